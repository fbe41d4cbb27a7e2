// SPDX-License-Identifier: MIT
#pragma once

#include "apitypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The associate API's answers (docs/API.md, "Associates, checkout queue and picking").
namespace Omnitote {

/** Who holds a tote's pick claim, and until when. */
struct ToteClaim
{
    QString associateId;
    QString staffNumber;
    QString name;
    QDateTime expiresAt;
    bool mine = false;

    static std::optional<ToteClaim> fromJson(const QJsonValue &json); // null/absent: nullopt
};

/** POST /v1/associates/sign-in. */
struct AssociateSignIn
{
    QString token;
    QDateTime expiresAt;
    int idleTimeoutSeconds = 300;
    QString associateId;
    QString staffNumber;
    QString name;
    QString storeId;

    static std::optional<AssociateSignIn> fromJson(const QJsonObject &json, QString *error);
};

/** POST /v1/totes/{id}/checkout: the tote now waits for an associate. */
struct CheckoutResult
{
    QString toteId;
    QString status;
    QString pickupCode;
    QString qr; // the big QR code's payload ("ott1.<toteId>")

    static std::optional<CheckoutResult> fromJson(const QJsonObject &json, QString *error);
};

/** One tote in a store's checkout queue. */
struct QueuedTote
{
    QString id;
    QString pickupCode;
    QString status; // "awaiting-pick" | "picking"
    QDateTime queuedAt;
    int waitSeconds = 0;
    int lines = 0;
    int items = 0;
    int pickLines = 0;
    bool customer = false;
    std::optional<ToteClaim> claim;
};

/** GET /v1/stores/{id}/checkout-queue: the list, and the version to long-poll on. */
struct CheckoutQueue
{
    qint64 version = 0;
    bool changed = true;
    QList<QueuedTote> totes;

    static std::optional<CheckoutQueue> fromJson(const QJsonObject &json, QString *error);
};

/** GET /v1/stores/{id}/totes/lookup: which tote a scanned or typed code names. */
struct ToteLookup
{
    QString toteId;
    QString pickupCode;
    QString status;

    static std::optional<ToteLookup> fromJson(const QJsonObject &json, QString *error);
};

/** A replacement variant the shopper agreed to. */
struct PickSubstitute
{
    QString variantId;
    QString color;
    QString size;
    QString gtin;
    bool shopperConsent = false;
};

/** One take/pick-up line to gather. */
struct PickLine
{
    QString lineId;
    QString productId;
    QString variantId;
    QString name;
    QString color;
    QString size;
    QString image; // server-relative
    QString gtin;
    QString fulfilment;
    int qty = 0;
    int picked = 0;
    int shortQty = 0;
    QString state; // open | partial | picked | short
    QString aisle;
    QString aisleName;
    QString bay;
    int stockOnHand = 0;
    std::optional<PickSubstitute> substitute;
};

/** GET /v1/totes/{id}/pick-list (and what claim/pick/short/substitute answer). */
struct PickList
{
    QString toteId;
    QString pickupCode;
    QString status;
    std::optional<ToteClaim> claim;
    QList<PickLine> lines; // walking order
    int shipLines = 0;
    bool complete = false;

    static std::optional<PickList> fromJson(const QJsonObject &json, QString *error);
};

/** One GTIN to ring up at the till. */
struct TillItem
{
    QString gtin;
    QString variantId;
    QString name;
    int qty = 0;
    Price unitPrice;
};

/** POST /v1/totes/{id}/complete: what goes to the till, and what became of the ship lines. */
struct CompleteResult
{
    QString toteId;
    QString status;
    QString tillQr;
    QList<TillItem> tillItems;
    Price tillTotal;
    int shortItems = 0;
    QString shipDisposition; // order | not-ordered | none
    QString orderId;

    static std::optional<CompleteResult> fromJson(const QJsonObject &json, QString *error);
};

} // namespace Omnitote
