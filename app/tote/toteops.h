// SPDX-License-Identifier: MIT
#pragma once

#include "totetypes.h"

#include <QJsonObject>
#include <QString>

namespace Omnitote {

/** One queued change in the outbox, exactly as it goes on the wire (server/openapi.yaml, tote ops). */
struct OutboxOp
{
    qint64 seq = 0; // local order; the outbox is sent strictly in this order
    QString toteId; // the local tote it belongs to
    QString opId; // uuid; the server's idempotency key, so a resend is never applied twice
    QJsonObject body;
};

/** Builders for the four op types; each gets a fresh opId. */
namespace ToteOps {
QString newUuid();
QJsonObject add(const ToteLine &line);
QJsonObject setQty(const QString &lineId, int qty);
QJsonObject setFulfilment(const QString &lineId, Fulfilment fulfilment);
QJsonObject remove(const QString &lineId);
} // namespace ToteOps

} // namespace Omnitote
