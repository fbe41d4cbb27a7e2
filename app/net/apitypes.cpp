// SPDX-License-Identifier: MIT
#include "apitypes.h"

#include <QJsonArray>

namespace Omnitote {

Price Price::fromJson(const QJsonObject &json)
{
    return {json.value(QStringLiteral("amount")).toInteger(),
            json.value(QStringLiteral("currency")).toString()};
}

RatingSummary RatingSummary::fromJson(const QJsonObject &json)
{
    RatingSummary rating;
    rating.average = json.value(QStringLiteral("average")).toDouble();
    rating.count = json.value(QStringLiteral("count")).toInt();
    const auto histogram = json.value(QStringLiteral("histogram")).toArray();
    for (const auto &count : histogram)
        rating.histogram.append(count.toInt());
    return rating;
}

Variant Variant::fromJson(const QJsonObject &json)
{
    Variant variant;
    variant.id = json.value(QStringLiteral("id")).toString();
    variant.sku = json.value(QStringLiteral("sku")).toString();
    variant.gtin = json.value(QStringLiteral("gtin")).toString();
    variant.color = json.value(QStringLiteral("color")).toString();
    variant.colorHex = json.value(QStringLiteral("colorHex")).toString();
    variant.size = json.value(QStringLiteral("size")).toString();
    variant.image = json.value(QStringLiteral("image")).toString();
    variant.price = Price::fromJson(json.value(QStringLiteral("price")).toObject());
    const auto online = json.value(QStringLiteral("online")).toObject();
    variant.onlineQty = online.value(QStringLiteral("qty")).toInt();
    variant.shipDays = online.value(QStringLiteral("shipDays")).toInt();
    return variant;
}

const Variant *Product::variant(const QString &variantId) const
{
    for (const auto &candidate : variants) {
        if (candidate.id == variantId)
            return &candidate;
    }
    return nullptr;
}

std::optional<Product> Product::fromJson(const QJsonObject &json, QString *error)
{
    Product product;
    product.id = json.value(QStringLiteral("id")).toString();
    product.name = json.value(QStringLiteral("name")).toString();
    if (product.id.isEmpty() || product.name.isEmpty()) {
        *error = QStringLiteral("the product has no id or name");
        return std::nullopt;
    }
    product.brand = json.value(QStringLiteral("brand")).toString();
    const auto category = json.value(QStringLiteral("category"));
    if (category.isObject()) {
        product.categoryId = category.toObject().value(QStringLiteral("id")).toString();
        product.categoryName = category.toObject().value(QStringLiteral("name")).toString();
    } else {
        product.categoryId = category.toString();
    }
    product.description = json.value(QStringLiteral("description")).toString();
    product.url = json.value(QStringLiteral("url")).toString();
    product.onlineOnly = json.value(QStringLiteral("onlineOnly")).toBool();
    product.price = Price::fromJson(json.value(QStringLiteral("price")).toObject());
    const auto images = json.value(QStringLiteral("images")).toArray();
    for (const auto &image : images)
        product.images.append(image.toString());
    const auto variants = json.value(QStringLiteral("variants")).toArray();
    for (const auto &variant : variants)
        product.variants.append(Variant::fromJson(variant.toObject()));
    product.rating = RatingSummary::fromJson(json.value(QStringLiteral("rating")).toObject());
    return product;
}

std::optional<LookupResult> LookupResult::fromJson(const QJsonObject &json, QString *error)
{
    auto product = Product::fromJson(json.value(QStringLiteral("product")).toObject(), error);
    if (!product)
        return std::nullopt;
    LookupResult result;
    result.product = std::move(*product);
    result.variantId =
        json.value(QStringLiteral("variant")).toObject().value(QStringLiteral("id")).toString();
    const auto match = json.value(QStringLiteral("match")).toObject();
    result.matchKind = match.value(QStringLiteral("kind")).toString();
    result.normalizedCode = match.value(QStringLiteral("normalized")).toString();
    return result;
}

std::optional<DeviceContext> DeviceContext::fromJson(const QJsonObject &json, QString *error)
{
    if (!json.value(QStringLiteral("role")).isString()) {
        *error = QStringLiteral("the answer names no role");
        return std::nullopt;
    }
    const auto store = json.value(QStringLiteral("store")).toObject();
    const auto retailer = json.value(QStringLiteral("retailer")).toObject();
    return DeviceContext {
        json.value(QStringLiteral("role")).toString(), store.value(QStringLiteral("id")).toString(),
        store.value(QStringLiteral("name")).toString(), retailer.value(QStringLiteral("name")).toString(),
        retailer.value(QStringLiteral("currency")).toString()};
}

std::optional<ServerToteLine> ServerToteLine::fromJson(const QJsonObject &json, QString *error)
{
    ServerToteLine line;
    line.lineId = json.value(QStringLiteral("lineId")).toString();
    line.productId = json.value(QStringLiteral("productId")).toString();
    line.variantId = json.value(QStringLiteral("variantId")).toString();
    line.qty = json.value(QStringLiteral("qty")).toInt();
    line.fulfilment = json.value(QStringLiteral("fulfilment")).toString();
    if (line.lineId.isEmpty() || line.productId.isEmpty()) {
        *error = QStringLiteral("a tote line has no lineId or productId");
        return std::nullopt;
    }
    return line;
}

std::optional<ServerTote> ServerTote::fromJson(const QJsonObject &json, QString *error)
{
    ServerTote tote;
    tote.id = json.value(QStringLiteral("id")).toString();
    if (tote.id.isEmpty()) {
        *error = QStringLiteral("the tote has no id");
        return std::nullopt;
    }
    tote.pickupCode = json.value(QStringLiteral("pickupCode")).toString();
    tote.version = json.value(QStringLiteral("version")).toInteger();
    const auto lines = json.value(QStringLiteral("lines")).toArray();
    for (const auto &value : lines) {
        auto line = ServerToteLine::fromJson(value.toObject(), error);
        if (!line)
            return std::nullopt;
        tote.lines.append(*line);
    }
    return tote;
}

} // namespace Omnitote
