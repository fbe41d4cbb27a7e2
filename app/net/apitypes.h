// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Omnitote {

/** An amount in minor units (cents) and its ISO 4217 currency. */
struct Price
{
    qint64 amount = 0;
    QString currency;

    static Price fromJson(const QJsonObject &json);
};

/** Average, count and the 1-5 star histogram (index 0 = one star). */
struct RatingSummary
{
    double average = 0;
    int count = 0;
    QList<int> histogram;

    static RatingSummary fromJson(const QJsonObject &json);
};

/** One buyable variant of a product (a size and/or colour). */
struct Variant
{
    QString id;
    QString sku;
    QString gtin;
    QString color;
    QString colorHex;
    QString size;
    QString image; // server-relative URL
    Price price;
    int onlineQty = 0;
    int shipDays = 0;

    static Variant fromJson(const QJsonObject &json);
};

/** A product as GET /v1/products/{id} returns it. */
struct Product
{
    QString id;
    QString name;
    QString brand;
    QString categoryId;
    QString categoryName;
    QString description;
    QString url;
    bool onlineOnly = false;
    Price price;
    QStringList images; // server-relative URLs
    QList<Variant> variants;
    RatingSummary rating;

    const Variant *variant(const QString &variantId) const;
    /** Fails (with a reason) when the JSON lacks what the kiosk cannot do without. */
    static std::optional<Product> fromJson(const QJsonObject &json, QString *error);
};

/** What GET /v1/lookup answers: the product, the variant the code names (if any) and how it matched. */
struct LookupResult
{
    Product product;
    QString variantId;
    QString matchKind;
    QString normalizedCode;

    static std::optional<LookupResult> fromJson(const QJsonObject &json, QString *error);
};

/** GET /v1/me: who this device is and where it stands. */
struct DeviceContext
{
    QString role;
    QString storeId;
    QString storeName;
    QString retailerName;
    QString currency;

    static std::optional<DeviceContext> fromJson(const QJsonObject &json, QString *error);
};

/** One line of a tote as the server holds it (POST /v1/totes/{id}/ops, GET /v1/totes/{id}). */
struct ServerToteLine
{
    QString lineId;
    QString productId;
    QString variantId;
    int qty = 0;
    QString fulfilment; // "take", "pickup" or "ship"

    static std::optional<ServerToteLine> fromJson(const QJsonObject &json, QString *error);
};

/** A tote on the server: its id, the short code a shopper gives at the desk, its version and lines. */
struct ServerTote
{
    QString id;
    QString pickupCode;
    qint64 version = 0;
    QList<ServerToteLine> lines;

    static std::optional<ServerTote> fromJson(const QJsonObject &json, QString *error);
};

} // namespace Omnitote
