// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Omnitote {

/** One answer of GET /v1/catalog/changes, checked field by field before anything touches the cache. */
struct CatalogPage
{
    struct Change
    {
        enum class Op { Upsert, Delete };
        qint64 seq = 0;
        Op op = Op::Upsert;
        QString productId;
        QJsonObject product; // Upsert: the product as GET /v1/products/{id} serves it
        QJsonObject availability; // Upsert, store-bound token: this store's stock (may be empty)
    };

    QList<Change> changes;
    qint64 cursor = 0;
    bool hasMore = false;

    /**
     * Parses a page that follows a cache at `since`. Anything malformed (not JSON, missing or mistyped
     * fields, a product without variants, a cursor that goes backwards, changes out of order) is refused
     * with the reason: a broken page must never reach the cache in part.
     */
    static std::optional<CatalogPage> parse(const QByteArray &body, qint64 since, QString *error);
    static std::optional<CatalogPage> fromJson(const QJsonObject &json, qint64 since, QString *error);
};

} // namespace Omnitote
