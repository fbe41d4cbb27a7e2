// SPDX-License-Identifier: MIT
#include "toteops.h"

#include <QUuid>

namespace Omnitote::ToteOps {

namespace {

QJsonObject op(const char *type, const QString &lineId)
{
    return {{QStringLiteral("opId"), newUuid()},
            {QStringLiteral("type"), QLatin1String(type)},
            {QStringLiteral("lineId"), lineId}};
}

} // namespace

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject add(const ToteLine &line)
{
    QJsonObject json = op("add", line.lineId);
    json.insert(QStringLiteral("productId"), line.productId);
    if (!line.variantId.isEmpty())
        json.insert(QStringLiteral("variantId"), line.variantId);
    json.insert(QStringLiteral("qty"), line.qty);
    json.insert(QStringLiteral("fulfilment"), fulfilmentName(line.fulfilment));
    return json;
}

QJsonObject setQty(const QString &lineId, int qty)
{
    QJsonObject json = op("setQty", lineId);
    json.insert(QStringLiteral("qty"), qty);
    return json;
}

QJsonObject setFulfilment(const QString &lineId, Fulfilment fulfilment)
{
    QJsonObject json = op("setFulfilment", lineId);
    json.insert(QStringLiteral("fulfilment"), fulfilmentName(fulfilment));
    return json;
}

QJsonObject remove(const QString &lineId)
{
    return op("remove", lineId);
}

} // namespace Omnitote::ToteOps
