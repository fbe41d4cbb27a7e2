// SPDX-License-Identifier: MIT
#include "catalogpage.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Omnitote {

namespace {

std::nullopt_t fail(QString *error, const QString &reason)
{
    *error = reason;
    return std::nullopt;
}

bool nonEmptyString(const QJsonObject &json, const char *key)
{
    const QJsonValue value = json.value(QLatin1String(key));
    return value.isString() && !value.toString().isEmpty();
}

// The parts of a product the kiosk relies on offline: an id, a name, and variants with ids and prices.
bool checkProduct(const QJsonObject &product, const QString &productId, QString *error)
{
    if (product.value(QStringLiteral("id")).toString() != productId) {
        *error = QStringLiteral("product of change %1 has another id").arg(productId);
        return false;
    }
    if (!nonEmptyString(product, "name")) {
        *error = QStringLiteral("product %1 has no name").arg(productId);
        return false;
    }
    const QJsonValue variants = product.value(QStringLiteral("variants"));
    if (!variants.isArray() || variants.toArray().isEmpty()) {
        *error = QStringLiteral("product %1 has no variants").arg(productId);
        return false;
    }
    for (const auto &value : variants.toArray()) {
        const QJsonObject variant = value.toObject();
        if (!nonEmptyString(variant, "id") || !variant.value(QStringLiteral("price")).isObject()) {
            *error = QStringLiteral("product %1 has a variant without id or price").arg(productId);
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<CatalogPage> CatalogPage::parse(const QByteArray &body, qint64 since, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error, QStringLiteral("the change feed is not JSON: %1").arg(parseError.errorString()));
    if (!document.isObject())
        return fail(error, QStringLiteral("the change feed is not a JSON object"));
    return fromJson(document.object(), since, error);
}

std::optional<CatalogPage> CatalogPage::fromJson(const QJsonObject &json, qint64 since, QString *error)
{
    CatalogPage page;
    const QJsonValue cursor = json.value(QStringLiteral("cursor"));
    bool ok = false;
    page.cursor = cursor.toString().toLongLong(&ok);
    if (!cursor.isString() || !ok || page.cursor < since)
        return fail(error, QStringLiteral("the change feed's cursor is missing or goes backwards"));
    const QJsonValue hasMore = json.value(QStringLiteral("hasMore"));
    const QJsonValue changes = json.value(QStringLiteral("changes"));
    if (!hasMore.isBool() || !changes.isArray())
        return fail(error, QStringLiteral("the change feed lacks \"changes\" or \"hasMore\""));
    page.hasMore = hasMore.toBool();
    qint64 previous = since;
    for (const auto &value : changes.toArray()) {
        const QJsonObject item = value.toObject();
        Change change;
        change.seq = item.value(QStringLiteral("seq")).toInteger(-1);
        change.productId = item.value(QStringLiteral("productId")).toString();
        if (change.seq <= previous || change.seq > page.cursor || change.productId.isEmpty())
            return fail(error,
                        QStringLiteral("change %1 is out of order or names no product").arg(change.seq));
        previous = change.seq;
        const QString op = item.value(QStringLiteral("op")).toString();
        const QJsonValue product = item.value(QStringLiteral("product"));
        // An upsert whose product no longer exists carries none: for the cache that is a removal.
        if (op == QLatin1String("delete") || (op == QLatin1String("upsert") && product.isUndefined())) {
            change.op = Change::Op::Delete;
        } else if (op == QLatin1String("upsert")) {
            if (!product.isObject() || !checkProduct(product.toObject(), change.productId, error))
                return std::nullopt;
            change.product = product.toObject();
            const QJsonValue availability = item.value(QStringLiteral("availability"));
            if (!availability.isUndefined() && !availability.isObject())
                return fail(error,
                            QStringLiteral("availability of %1 is not an object").arg(change.productId));
            change.availability = availability.toObject();
        } else {
            return fail(error, QStringLiteral("change %1 has an unknown op \"%2\"").arg(change.seq).arg(op));
        }
        page.changes.append(change);
    }
    return page;
}

} // namespace Omnitote
