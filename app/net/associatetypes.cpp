// SPDX-License-Identifier: MIT
#include "associatetypes.h"

#include <QJsonArray>

namespace Omnitote {

namespace {

QString str(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

QDateTime time(const QJsonObject &json, const char *key)
{
    return QDateTime::fromString(str(json, key), Qt::ISODateWithMs);
}

bool require(const QString &value, const char *what, QString *error)
{
    if (value.isEmpty())
        *error = QStringLiteral("the answer has no %1").arg(QLatin1String(what));
    return !value.isEmpty();
}

PickLine pickLineFromJson(const QJsonObject &json)
{
    PickLine line;
    line.lineId = str(json, "lineId");
    line.productId = str(json, "productId");
    line.variantId = str(json, "variantId");
    line.name = str(json, "name");
    line.color = str(json, "color");
    line.size = str(json, "size");
    line.image = str(json, "image");
    line.gtin = str(json, "gtin");
    line.fulfilment = str(json, "fulfilment");
    line.qty = json.value(QLatin1String("qty")).toInt();
    line.picked = json.value(QLatin1String("picked")).toInt();
    line.shortQty = json.value(QLatin1String("short")).toInt();
    line.state = str(json, "state");
    line.aisle = str(json, "aisle");
    line.aisleName = str(json, "aisleName");
    line.bay = str(json, "bay");
    line.stockOnHand = json.value(QLatin1String("stockOnHand")).toInt();
    const QJsonObject substitute = json.value(QLatin1String("substitute")).toObject();
    if (!substitute.isEmpty()) {
        line.substitute = PickSubstitute {str(substitute, "variantId"), str(substitute, "color"),
                                          str(substitute, "size"), str(substitute, "gtin"),
                                          substitute.value(QLatin1String("shopperConsent")).toBool()};
    }
    return line;
}

} // namespace

std::optional<ToteClaim> ToteClaim::fromJson(const QJsonValue &value)
{
    const QJsonObject json = value.toObject();
    if (json.isEmpty())
        return std::nullopt;
    return ToteClaim {str(json, "associateId"), str(json, "staffNumber"), str(json, "name"),
                      time(json, "expiresAt"), json.value(QLatin1String("mine")).toBool()};
}

std::optional<AssociateSignIn> AssociateSignIn::fromJson(const QJsonObject &json, QString *error)
{
    AssociateSignIn signIn;
    signIn.token = str(json, "token");
    if (!require(signIn.token, "token", error))
        return std::nullopt;
    signIn.expiresAt = time(json, "expiresAt");
    signIn.idleTimeoutSeconds = json.value(QLatin1String("idleTimeoutSeconds")).toInt(300);
    const QJsonObject who = json.value(QLatin1String("associate")).toObject();
    signIn.associateId = str(who, "id");
    signIn.staffNumber = str(who, "staffNumber");
    signIn.name = str(who, "name");
    signIn.storeId = str(who, "storeId");
    return signIn;
}

std::optional<CheckoutResult> CheckoutResult::fromJson(const QJsonObject &json, QString *error)
{
    CheckoutResult result {str(json, "id"), str(json, "status"), str(json, "pickupCode"), str(json, "qr")};
    if (!require(result.toteId, "tote id", error) || !require(result.qr, "QR payload", error))
        return std::nullopt;
    return result;
}

std::optional<CheckoutQueue> CheckoutQueue::fromJson(const QJsonObject &json, QString *error)
{
    if (!json.contains(QLatin1String("version"))) {
        *error = QStringLiteral("the queue has no version");
        return std::nullopt;
    }
    CheckoutQueue queue;
    queue.version = json.value(QLatin1String("version")).toInteger();
    queue.changed = json.value(QLatin1String("changed")).toBool(true);
    const QJsonArray totes = json.value(QLatin1String("totes")).toArray();
    for (const QJsonValue &value : totes) {
        const QJsonObject tote = value.toObject();
        QueuedTote queued;
        queued.id = str(tote, "id");
        if (!require(queued.id, "tote id in the queue", error))
            return std::nullopt;
        queued.pickupCode = str(tote, "pickupCode");
        queued.status = str(tote, "status");
        queued.queuedAt = time(tote, "queuedAt");
        queued.waitSeconds = tote.value(QLatin1String("waitSeconds")).toInt();
        queued.lines = tote.value(QLatin1String("lines")).toInt();
        queued.items = tote.value(QLatin1String("items")).toInt();
        queued.pickLines = tote.value(QLatin1String("pickLines")).toInt();
        queued.customer = tote.value(QLatin1String("customer")).toBool();
        queued.claim = ToteClaim::fromJson(tote.value(QLatin1String("claim")));
        queue.totes.append(queued);
    }
    return queue;
}

std::optional<ToteLookup> ToteLookup::fromJson(const QJsonObject &json, QString *error)
{
    ToteLookup lookup {str(json, "toteId"), str(json, "pickupCode"), str(json, "status")};
    if (!require(lookup.toteId, "tote id", error))
        return std::nullopt;
    return lookup;
}

std::optional<PickList> PickList::fromJson(const QJsonObject &answer, QString *error)
{
    // Pick, short and substitute wrap the list in "pickList"; the list itself is the object otherwise.
    const QJsonObject json = answer.contains(QLatin1String("pickList"))
        ? answer.value(QLatin1String("pickList")).toObject()
        : answer;
    PickList list;
    list.toteId = str(json, "toteId");
    if (!require(list.toteId, "tote id", error))
        return std::nullopt;
    list.pickupCode = str(json, "pickupCode");
    list.status = str(json, "status");
    list.claim = ToteClaim::fromJson(json.value(QLatin1String("claim")));
    const QJsonArray lines = json.value(QLatin1String("lines")).toArray();
    for (const QJsonValue &value : lines) {
        PickLine line = pickLineFromJson(value.toObject());
        if (!require(line.lineId, "line id", error))
            return std::nullopt;
        list.lines.append(line);
    }
    list.shipLines = int(json.value(QLatin1String("ship")).toArray().size());
    list.complete = json.value(QLatin1String("complete")).toBool();
    return list;
}

std::optional<CompleteResult> CompleteResult::fromJson(const QJsonObject &json, QString *error)
{
    CompleteResult result;
    result.toteId = str(json, "toteId");
    result.status = str(json, "status");
    const QJsonObject till = json.value(QLatin1String("till")).toObject();
    result.tillQr = str(till, "qr");
    if (!require(result.toteId, "tote id", error) || !require(result.tillQr, "till QR payload", error))
        return std::nullopt;
    const QJsonArray items = till.value(QLatin1String("items")).toArray();
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        result.tillItems.append({str(item, "gtin"), str(item, "variantId"), str(item, "name"),
                                 item.value(QLatin1String("qty")).toInt(),
                                 Price::fromJson(item.value(QLatin1String("unitPrice")).toObject())});
    }
    result.tillTotal = Price::fromJson(till.value(QLatin1String("total")).toObject());
    for (const QJsonValue &value : json.value(QLatin1String("shortItems")).toArray())
        result.shortItems += value.toObject().value(QLatin1String("qty")).toInt();
    const QJsonObject ship = json.value(QLatin1String("ship")).toObject();
    result.shipDisposition = str(ship, "disposition");
    result.orderId = str(ship.value(QLatin1String("order")).toObject(), "id");
    return result;
}

} // namespace Omnitote
