// SPDX-License-Identifier: MIT
#include "catalogitems.h"

#include <QJsonArray>

namespace Omnitote {

ProductSummary ProductSummary::fromJson(const QJsonObject &json)
{
    ProductSummary summary;
    summary.name = json.value(QStringLiteral("name")).toString();
    if (summary.name.isEmpty())
        return summary; // id stays empty: callers skip it
    summary.id = json.value(QStringLiteral("id")).toString();
    summary.brand = json.value(QStringLiteral("brand")).toString();
    summary.categoryId = json.value(QStringLiteral("category")).toString();
    summary.onlineOnly = json.value(QStringLiteral("onlineOnly")).toBool();
    summary.price = Price::fromJson(json.value(QStringLiteral("price")).toObject());
    summary.image = json.value(QStringLiteral("image")).toString(); // null → empty
    const auto rating = json.value(QStringLiteral("rating")).toObject();
    summary.ratingAverage = rating.value(QStringLiteral("average")).toDouble();
    summary.ratingCount = rating.value(QStringLiteral("count")).toInt();
    return summary;
}

Review Review::fromJson(const QJsonObject &json)
{
    Review review;
    review.id = json.value(QStringLiteral("id")).toString();
    review.rating = qBound(0, json.value(QStringLiteral("rating")).toInt(), 5);
    review.title = json.value(QStringLiteral("title")).toString();
    review.body = json.value(QStringLiteral("body")).toString();
    review.author = json.value(QStringLiteral("author")).toString();
    review.createdAt = QDateTime::fromString(json.value(QStringLiteral("createdAt")).toString(), Qt::ISODate);
    review.verified = json.value(QStringLiteral("verified")).toBool();
    return review;
}

int VariantStock::nearbyQty() const
{
    int total = 0;
    for (const auto &store : nearby)
        total += qMax(0, store.qty);
    return total;
}

VariantStock VariantStock::fromJson(const QJsonObject &json)
{
    VariantStock stock;
    stock.variantId = json.value(QStringLiteral("variantId")).toString();
    stock.color = json.value(QStringLiteral("color")).toString();
    stock.size = json.value(QStringLiteral("size")).toString();
    const auto online = json.value(QStringLiteral("online")).toObject();
    stock.onlineQty = online.value(QStringLiteral("qty")).toInt();
    stock.shipDays = online.value(QStringLiteral("shipDays")).toInt();
    const auto store = json.value(QStringLiteral("store"));
    if (store.isObject()) {
        stock.carriedHere = true;
        stock.storeQty = store.toObject().value(QStringLiteral("qty")).toInt();
        stock.aisle = store.toObject().value(QStringLiteral("aisle")).toString();
        stock.bay = store.toObject().value(QStringLiteral("bay")).toString();
    }
    const auto nearby = json.value(QStringLiteral("nearby")).toArray();
    for (const auto &entry : nearby) {
        const auto object = entry.toObject();
        stock.nearby.append({object.value(QStringLiteral("storeId")).toString(),
                             object.value(QStringLiteral("name")).toString(),
                             object.value(QStringLiteral("qty")).toInt(),
                             object.value(QStringLiteral("distanceKm")).toDouble()});
    }
    return stock;
}

} // namespace Omnitote
