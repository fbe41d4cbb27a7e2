// SPDX-License-Identifier: MIT
#pragma once

#include <totelimits.h>

#include <QList>
#include <QString>

#include <optional>

namespace Omnitote::Server {

/** How a line leaves the shop: carried out now, picked up in store later, or shipped home. */
enum class Fulfilment { Take, Pickup, Ship };

QString fulfilmentName(Fulfilment fulfilment);
std::optional<Fulfilment> fulfilmentFromName(QStringView name);

/** One change to a tote or a cart, as sent on the wire and validated by parseOps(). */
struct LineOp
{
    enum class Type { Add, SetQty, Remove, SetFulfilment };
    QString opId; // idempotency key (tote ops); empty for cart ops
    Type type = Type::Add;
    QString lineId;
    QString productId; // add only
    QString variantId; // add only
    int qty = 0; // add, setQty
    std::optional<Fulfilment> fulfilment; // add (optional), setFulfilment
    QString source; // tote add only: scan, nfc, search, related, manual

    static QString typeName(Type type);
};

/** The wire dialect: tote ops carry op ids and line ids; cart ops add by product and need no op id. */
enum class OpsDialect { Tote, Cart };

/** Largest batch one request may carry; bigger outboxes are sent in several requests. */
constexpr int maxOpsPerBatch = 500;
/** Largest quantity of one line: the limit the kiosk applies too (app/core/totelimits.h). */
constexpr int maxLineQty = ToteLimits::maxLineQty;
/** Most live lines one tote may hold, as on the kiosk. */
constexpr int maxToteLines = ToteLimits::maxLines;

/**
 * Parses and checks the syntax of `{"ops":[...]}`: types, ids, quantities, fulfilment names.
 * What needs the database (does the product exist, is it online-only, does the line exist) is
 * checked when the batch is applied. Returns std::nullopt with a message naming the op on error.
 */
std::optional<QList<LineOp>> parseOps(const QByteArray &body, OpsDialect dialect, QString *error);

/** True for ids we accept from clients (UUIDs and similar): 1-64 of [A-Za-z0-9._:-]. */
bool isClientId(const QString &id);

} // namespace Omnitote::Server
