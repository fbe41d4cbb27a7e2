// SPDX-License-Identifier: MIT
#pragma once

#include <apitypes.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Omnitote {

/** A product as search results and related lists carry it (server schema ProductSummary). */
struct ProductSummary
{
    QString id;
    QString name;
    QString brand;
    QString categoryId;
    bool onlineOnly = false;
    Price price;
    QString image; // server-relative; empty when the product has none
    double ratingAverage = 0;
    int ratingCount = 0;
    QString relation; // "goes-with", "similar", ... for related products; empty in search results

    /** Empty id when the JSON is not a usable summary. */
    static ProductSummary fromJson(const QJsonObject &json);
};

/** One shopper review (server schema Review). */
struct Review
{
    QString id;
    int rating = 0;
    QString title;
    QString body;
    QString author;
    QDateTime createdAt;
    bool verified = false;

    static Review fromJson(const QJsonObject &json);
};

/** Stock of one variant in another store (server schema NearbyStock). */
struct NearbyStock
{
    QString storeId;
    QString name;
    int qty = 0;
    double distanceKm = 0;
};

/** Where one variant can be had: this store's shelf, nearby stores, online (schema VariantAvailability). */
struct VariantStock
{
    QString variantId;
    QString color;
    QString size;
    int onlineQty = 0;
    int shipDays = 0;
    bool carriedHere = false; // this store has a stock record for the variant
    int storeQty = 0;
    QString aisle;
    QString bay;
    QList<NearbyStock> nearby;

    int nearbyQty() const;
    static VariantStock fromJson(const QJsonObject &json);
};

} // namespace Omnitote
