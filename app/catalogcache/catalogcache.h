// SPDX-License-Identifier: MIT
#pragma once

#include "catalogpage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Omnitote {

/** What the cache knows about a scanned code: the product, the variant named, and how old it is. */
struct CachedLookup
{
    QJsonObject product;
    QString variantId;
    QJsonObject availability; // this store's stock as of `asOf`; empty when the feed had none
    QDateTime asOf; // when the server last confirmed the cache was current (UTC)

    /** The shape GET /v1/lookup answers, so the kiosk decodes both the same way. */
    QJsonObject toLookupJson() const;
};

/** An offline search: the same filters as GET /v1/products plus the two the kiosk applies itself. */
struct CatalogQuery
{
    QString text; // the shopper's words; each is prefix-matched
    QString category; // a category id as the facets name it; empty: all
    bool inStockHere = false; // on the shelf of the store the cache was filled for
    bool onlineOnly = false;
    qint64 maxPriceCents = 0; // 0: no limit
    int minRating = 0; // 0: any
    int page = 1;
    int pageSize = 24;
    bool withFacets = true;
};

/**
 * The kiosk's offline copy of its store's catalogue in a local SQLite file (WAL, synchronous=FULL).
 * A page of the change feed is applied in one transaction together with the cursor it leads to, so a
 * kill at any point leaves either the page and its cursor or neither: a restart asks again from the
 * stored cursor and applies nothing twice (rows are keyed by product id).
 */
// Thread affinity: the thread that opened it (the catalogue worker's thread in the kiosk).
class CatalogCache
{
public:
    CatalogCache();
    ~CatalogCache();
    CatalogCache(const CatalogCache &) = delete;
    CatalogCache &operator=(const CatalogCache &) = delete;

    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_db.isOpen(); }

    /** Where the next request of the change feed starts (0: nothing loaded yet). */
    qint64 cursor() const;
    /** When the server last said "nothing more" (the cache was current then); invalid before that. */
    QDateTime syncedAt() const;
    qint64 productCount() const;

    /** Applies a checked page and moves the cursor, all in one transaction, or nothing. */
    bool apply(const CatalogPage &page, const QDateTime &now, QString *error);
    /** A scanned or typed code (GTIN, GS1, SKU, product URL) → the cached product, if any. */
    std::optional<CachedLookup> lookup(const QString &code) const;
    /** The cached product by id. */
    std::optional<CachedLookup> product(const QString &productId, const QString &variantId = {}) const;
    /**
     * Searches the cached products: answers in the shape of GET /v1/products (total, items as product
     * summaries, facets.categories), ranked like the server ranks (most reviewed first, then by name).
     * Unlike the server, price and rating filters are applied here, so `total` counts after them.
     */
    QJsonObject search(const CatalogQuery &query) const;

private:
    bool exec(const QString &sql, const QVariantList &values, QString *error) const;
    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value, QString *error);
    bool upsert(const CatalogPage::Change &change, const QString &now, QString *error);
    bool remove(const QString &productId, QString *error);
    bool upgrade(int from, QString *error);
    bool insertCodes(const CatalogPage::Change &change, QString *error);
    /** Rebuilds the search columns, index and codes of a cache written by an older version. */
    bool reindex(QString *error);

    QString m_connection;
    QSqlDatabase m_db;
};

} // namespace Omnitote
