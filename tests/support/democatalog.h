// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Omnitote::Testing {

/**
 * The demo catalogue as the tests read it, straight from the JSON Lines file compiled into the
 * server, so every expected value in a test comes from the data rather than from the test.
 */
struct DemoCatalog
{
    QJsonObject retailer;
    QList<QJsonObject> stores;
    QList<QJsonObject> products;
    QHash<QString, QJsonObject> productsById;
    QHash<QString, QList<QJsonObject>> reviewsByProduct;

    static DemoCatalog load(const QString &path = QStringLiteral(":/omnitote/catalog/demo-catalog.jsonl"));

    /** The first product for which `predicate(product)` holds, or an empty object. */
    template<typename Predicate>
    QJsonObject find(Predicate predicate) const
    {
        for (const auto &product : products) {
            if (predicate(product))
                return product;
        }
        return {};
    }
    static QJsonObject firstVariant(const QJsonObject &product)
    {
        return product.value(QStringLiteral("variants")).toArray().first().toObject();
    }
};

} // namespace Omnitote::Testing
