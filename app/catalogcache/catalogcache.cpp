// SPDX-License-Identifier: MIT
#include "catalogcache.h"

#include "catalogcachelogging.h"

#include <scannedcode.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace Omnitote {

namespace {

// v2: search columns, a full-text index and NFC tag codes, so search and NFC taps work offline.
constexpr int kSchemaVersion = 2;

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    // The product and this store's availability as the server served them (JSON), keyed by id.
    "CREATE TABLE IF NOT EXISTS products (id TEXT PRIMARY KEY, url TEXT, json TEXT NOT NULL, "
    "availability TEXT, seq INTEGER NOT NULL, fetched_at TEXT NOT NULL)",
    // Every code that names a product: "gtin:<14 digits>", "sku:<sku>", "nfc:<UID hex>"; the variant.
    "CREATE TABLE IF NOT EXISTS codes (code TEXT PRIMARY KEY, product_id TEXT NOT NULL, variant_id TEXT NOT "
    "NULL)",
    "CREATE INDEX IF NOT EXISTS codes_product ON codes (product_id)",
    "CREATE INDEX IF NOT EXISTS products_url ON products (url)",
};

// Version 2 on top of 1: what search filters and ranks on, taken from the JSON when a row is written.
const char *const kSearchSchema[] = {
    "ALTER TABLE products ADD COLUMN name TEXT",
    "ALTER TABLE products ADD COLUMN category TEXT",
    "ALTER TABLE products ADD COLUMN category_name TEXT",
    "ALTER TABLE products ADD COLUMN online_only INTEGER",
    "ALTER TABLE products ADD COLUMN price INTEGER",
    "ALTER TABLE products ADD COLUMN rating_count INTEGER",
    "ALTER TABLE products ADD COLUMN rating_average REAL",
    "ALTER TABLE products ADD COLUMN in_stock INTEGER", // on this store's shelves (qty > 0)
    "ALTER TABLE products ADD COLUMN summary TEXT", // a search result card, as GET /v1/products lists it
    "CREATE INDEX products_rank ON products (rating_count DESC, name, id)",
    // The same tokenizer as the server's SQLite search; rowid is the product row's rowid.
    "CREATE VIRTUAL TABLE product_search USING fts5(words, tokenize = 'unicode61 remove_diacritics 2')",
};

const QString kCursor = QStringLiteral("cursor");
const QString kSyncedAt = QStringLiteral("syncedAt");

QString productUrlKey(const QString &url)
{
    // The server matches its own product pages without query or fragment; so does the cache.
    QUrl parsed(url);
    parsed.setQuery(QString());
    parsed.setFragment(QString());
    return parsed.toString();
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/** The result card of a product, in the shape the server's search lists. */
QJsonObject summaryOf(const QJsonObject &product)
{
    QJsonObject rating = product.value(QStringLiteral("rating")).toObject();
    rating.remove(QStringLiteral("histogram"));
    const QJsonArray images = product.value(QStringLiteral("images")).toArray();
    return {{QStringLiteral("id"), product.value(QStringLiteral("id"))},
            {QStringLiteral("name"), product.value(QStringLiteral("name"))},
            {QStringLiteral("brand"), product.value(QStringLiteral("brand"))},
            {QStringLiteral("category"),
             product.value(QStringLiteral("category")).toObject().value(QStringLiteral("id"))},
            {QStringLiteral("onlineOnly"), product.value(QStringLiteral("onlineOnly")).toBool()},
            {QStringLiteral("price"), product.value(QStringLiteral("price"))},
            {QStringLiteral("image"), images.isEmpty() ? QJsonValue() : images.first()},
            {QStringLiteral("rating"), rating}};
}

bool onShelfHere(const QJsonObject &availability)
{
    const QJsonArray variants = availability.value(QStringLiteral("variants")).toArray();
    return std::any_of(variants.begin(), variants.end(), [](const QJsonValue &variant) {
        return variant.toObject()
                   .value(QStringLiteral("store"))
                   .toObject()
                   .value(QStringLiteral("qty"))
                   .toInt()
            > 0;
    });
}

/** The FTS5 query for the shopper's words: each quoted (never FTS syntax) and prefix-matched. */
QString matchExpression(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms.append(QLatin1Char('"') + word.toLower() + QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

} // namespace

QJsonObject CachedLookup::toLookupJson() const
{
    QJsonValue variant;
    for (const auto &candidate : product.value(QStringLiteral("variants")).toArray()) {
        if (candidate.toObject().value(QStringLiteral("id")).toString() == variantId)
            variant = candidate;
    }
    return {{QStringLiteral("product"), product}, {QStringLiteral("variant"), variant}};
}

CatalogCache::CatalogCache() = default;

CatalogCache::~CatalogCache()
{
    if (m_connection.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool CatalogCache::exec(const QString &sql, const QVariantList &values, QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool CatalogCache::open(const QString &path, QString *error)
{
    m_connection =
        QStringLiteral("omnitote-catalogcache-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        *error = QStringLiteral("cannot open the catalogue cache %1: %2").arg(path, m_db.lastError().text());
        return false;
    }
    // WAL: the worker writes pages while lookups read. synchronous=FULL: a committed page and its cursor
    // survive a power cut, so the cursor never points past rows the disk lacks.
    QSqlQuery pragma(m_db);
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !pragma.next()
        || pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *error = QStringLiteral("the catalogue cache %1 cannot use write-ahead logging").arg(path);
        return false;
    }
    if (!exec(QStringLiteral("PRAGMA synchronous=FULL"), {}, error))
        return false;
    QSqlQuery version(m_db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        *error = version.lastError().text();
        return false;
    }
    const int found = version.value(0).toInt();
    // No statement may be left open while the upgrade's transaction commits.
    pragma.finish();
    version.finish();
    if (found > kSchemaVersion) {
        *error = QStringLiteral("the catalogue cache %1 was written by a newer version").arg(path);
        return false;
    }
    if (found < kSchemaVersion && !upgrade(found, error)) {
        *error = QStringLiteral("cannot upgrade the catalogue cache %1: %2").arg(path, *error);
        return false;
    }
    qCInfo(lcCatalogCache) << "catalogue cache" << path << "products" << productCount() << "cursor"
                           << cursor();
    return true;
}

bool CatalogCache::upgrade(int from, QString *error)
{
    // One transaction: a kill mid-upgrade leaves the old version, which upgrades again next start.
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    bool ok = true;
    for (const char *sql : kSchema)
        ok = ok && exec(QString::fromLatin1(sql), {}, error);
    for (const char *sql : kSearchSchema)
        ok = ok && exec(QString::fromLatin1(sql), {}, error);
    // A version-1 file holds products without the search columns: derive them from the stored JSON.
    ok = ok && (from == 0 || reindex(error));
    ok = ok && exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion), {}, error);
    if (!ok || !m_db.commit()) {
        if (ok)
            *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

bool CatalogCache::reindex(QString *error)
{
    QList<CatalogPage::Change> rows;
    QStringList stamps;
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT id, json, availability, seq, fetched_at FROM products"))) {
            *error = query.lastError().text();
            return false;
        }
        while (query.next()) {
            CatalogPage::Change change;
            change.productId = query.value(0).toString();
            change.product = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
            change.availability = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
            change.seq = query.value(3).toLongLong();
            rows.append(change);
            stamps.append(query.value(4).toString());
        }
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!upsert(rows.at(i), stamps.at(i), error))
            return false;
    }
    qCInfo(lcCatalogCache) << "catalogue cache: indexed" << rows.size() << "products for offline search";
    return true;
}

QString CatalogCache::meta(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool CatalogCache::setMeta(const QString &key, const QString &value, QString *error)
{
    return exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"), {key, value},
                error);
}

qint64 CatalogCache::cursor() const
{
    return meta(kCursor).toLongLong();
}

QDateTime CatalogCache::syncedAt() const
{
    return QDateTime::fromString(meta(kSyncedAt), Qt::ISODateWithMs);
}

qint64 CatalogCache::productCount() const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM products")) && query.next()
        ? query.value(0).toLongLong()
        : 0;
}

bool CatalogCache::remove(const QString &productId, QString *error)
{
    return exec(QStringLiteral("DELETE FROM codes WHERE product_id = ?"), {productId}, error)
        && exec(QStringLiteral("DELETE FROM product_search WHERE rowid IN (SELECT rowid FROM products WHERE "
                               "id = ?)"),
                {productId}, error)
        && exec(QStringLiteral("DELETE FROM products WHERE id = ?"), {productId}, error);
}

bool CatalogCache::upsert(const CatalogPage::Change &change, const QString &now, QString *error)
{
    const QJsonObject &product = change.product;
    if (!remove(change.productId, error))
        return false;
    const QString url = product.value(QStringLiteral("url")).toString();
    const QJsonObject category = product.value(QStringLiteral("category")).toObject();
    const QJsonObject rating = product.value(QStringLiteral("rating")).toObject();
    const QString name = product.value(QStringLiteral("name")).toString();
    const QString brand = product.value(QStringLiteral("brand")).toString();
    const QString categoryId = category.value(QStringLiteral("id")).toString();
    const QString categoryName = category.value(QStringLiteral("name")).toString();
    if (!exec(QStringLiteral("INSERT INTO products (id, url, json, availability, seq, fetched_at, name, "
                             "category, category_name, online_only, price, rating_count, rating_average, "
                             "in_stock, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {change.productId, url.isEmpty() ? QVariant() : QVariant(productUrlKey(url)),
               compactJson(product),
               change.availability.isEmpty() ? QVariant() : QVariant(compactJson(change.availability)),
               change.seq, now, name, categoryId, categoryName,
               product.value(QStringLiteral("onlineOnly")).toBool() ? 1 : 0,
               product.value(QStringLiteral("price")).toObject().value(QStringLiteral("amount")).toInteger(),
               rating.value(QStringLiteral("count")).toInteger(),
               rating.value(QStringLiteral("average")).toDouble(), onShelfHere(change.availability) ? 1 : 0,
               compactJson(summaryOf(product))},
              error))
        return false;
    // The words the server indexes for its own search: name, brand, category name and id.
    if (!exec(QStringLiteral("INSERT INTO product_search (rowid, words) SELECT rowid, ? FROM products WHERE "
                             "id = ?"),
              {QStringList {name, brand, categoryName, categoryId}.join(QLatin1Char(' ')), change.productId},
              error))
        return false;
    return insertCodes(change, error);
}

bool CatalogCache::insertCodes(const CatalogPage::Change &change, QString *error)
{
    for (const auto &value : change.product.value(QStringLiteral("variants")).toArray()) {
        const QJsonObject variant = value.toObject();
        const QString variantId = variant.value(QStringLiteral("id")).toString();
        QStringList codes;
        if (const QString gtin = variant.value(QStringLiteral("gtin")).toString(); !gtin.isEmpty())
            codes.append(QStringLiteral("gtin:") + gtin);
        if (const QString sku = variant.value(QStringLiteral("sku")).toString(); !sku.isEmpty())
            codes.append(QStringLiteral("sku:") + sku);
        // Normalised the way a tap is (upper-case hex); a malformed UID from the feed is left out.
        if (const QString uid = variant.value(QStringLiteral("nfcUid")).toString(); !uid.isEmpty()) {
            const ScannedCode tag = parseScannedCode(QStringLiteral("nfc:") + uid);
            if (tag.ok() && tag.kind == ScannedCode::Kind::NfcUid)
                codes.append(QStringLiteral("nfc:") + tag.nfcUid);
        }
        for (const QString &code : std::as_const(codes)) {
            // OR REPLACE: a code that moved to another product follows the newest change.
            if (!exec(QStringLiteral(
                          "INSERT OR REPLACE INTO codes (code, product_id, variant_id) VALUES (?, ?, ?)"),
                      {code, change.productId, variantId}, error))
                return false;
        }
    }
    return true;
}

bool CatalogCache::apply(const CatalogPage &page, const QDateTime &now, QString *error)
{
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    const QString stamp = now.toUTC().toString(Qt::ISODateWithMs);
    bool ok = page.cursor >= cursor();
    if (!ok)
        *error = QStringLiteral("the page starts before the cache's cursor");
    for (const auto &change : page.changes) {
        if (!ok)
            break;
        ok = change.op == CatalogPage::Change::Op::Upsert ? upsert(change, stamp, error)
                                                          : remove(change.productId, error);
    }
    // The cursor moves in the same transaction as the rows: both or neither reach the disk.
    ok = ok && setMeta(kCursor, QString::number(page.cursor), error);
    if (ok && !page.hasMore)
        ok = setMeta(kSyncedAt, stamp, error);
    if (!ok || !m_db.commit()) {
        if (ok)
            *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

std::optional<CachedLookup> CatalogCache::product(const QString &productId, const QString &variantId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT json, availability, fetched_at FROM products WHERE id = ?"));
    query.addBindValue(productId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    CachedLookup found;
    found.product = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    found.availability = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
    found.variantId = variantId;
    // Current when it arrived, and still current when the server last said "nothing changed since".
    found.asOf = std::max(syncedAt(), QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs));
    return found;
}

std::optional<CachedLookup> CatalogCache::lookup(const QString &code) const
{
    const ScannedCode scanned = parseScannedCode(code);
    if (!scanned.ok())
        return std::nullopt;
    QString key;
    switch (scanned.kind) {
    case ScannedCode::Kind::Gtin:
    case ScannedCode::Kind::Gs1ElementString:
    case ScannedCode::Kind::Gs1DigitalLink:
        key = scanned.gtin.isEmpty() ? QString() : QStringLiteral("gtin:") + scanned.gtin;
        break;
    case ScannedCode::Kind::Text:
        key = QStringLiteral("sku:") + code.trimmed();
        break;
    case ScannedCode::Kind::Url: {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT id FROM products WHERE url = ?"));
        query.addBindValue(productUrlKey(scanned.url));
        if (query.exec() && query.next())
            return product(query.value(0).toString());
        return std::nullopt;
    }
    case ScannedCode::Kind::NfcUid:
        key = QStringLiteral("nfc:") + scanned.nfcUid;
        break;
    }
    if (key.isEmpty())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT product_id, variant_id FROM codes WHERE code = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return product(query.value(0).toString(), query.value(1).toString());
}

QJsonObject CatalogCache::search(const CatalogQuery &query) const
{
    QStringList conditions;
    QVariantList values;
    if (const QString match = matchExpression(query.text); !match.isEmpty()) {
        conditions.append(
            QStringLiteral("p.rowid IN (SELECT rowid FROM product_search WHERE product_search MATCH ?)"));
        values.append(match);
    }
    if (query.onlineOnly)
        conditions.append(QStringLiteral("p.online_only = 1"));
    if (query.inStockHere)
        conditions.append(QStringLiteral("p.in_stock = 1"));
    if (query.maxPriceCents > 0) {
        conditions.append(QStringLiteral("p.price <= ?"));
        values.append(query.maxPriceCents);
    }
    if (query.minRating > 0) {
        conditions.append(QStringLiteral("p.rating_average >= ?"));
        values.append(query.minRating);
    }
    // As on the server, the category counts ignore the category filter: the shopper can switch.
    const QStringList facetConditions = conditions;
    const QVariantList facetValues = values;
    if (!query.category.isEmpty()) {
        conditions.append(QStringLiteral("p.category = ?"));
        values.append(query.category);
    }
    const auto where = [](const QStringList &c) {
        return c.isEmpty() ? QString() : QStringLiteral(" WHERE ") + c.join(QStringLiteral(" AND "));
    };
    const auto run = [this](const QString &sql, const QVariantList &bound) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        bool ok = q->prepare(sql);
        for (const QVariant &value : bound)
            q->addBindValue(value);
        ok = ok && q->exec();
        if (!ok)
            qCWarning(lcCatalogCache) << "offline search:" << q->lastError().text();
        return ok ? std::move(q) : nullptr;
    };

    QJsonObject result {{QStringLiteral("page"), query.page}, {QStringLiteral("pageSize"), query.pageSize}};
    qint64 total = 0;
    if (auto q = run(QStringLiteral("SELECT COUNT(*) FROM products p") + where(conditions), values);
        q && q->next())
        total = q->value(0).toLongLong();
    result.insert(QStringLiteral("total"), total);

    QJsonArray items;
    QVariantList pageValues = values;
    pageValues << query.pageSize << qint64(qMax(0, query.page - 1)) * query.pageSize;
    // The server's order: most reviewed first, then by name.
    if (auto q =
            run(QStringLiteral("SELECT p.summary FROM products p%1 ORDER BY p.rating_count DESC, p.name, "
                               "p.id LIMIT ? OFFSET ?")
                    .arg(where(conditions)),
                pageValues)) {
        while (q->next())
            items.append(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
    }
    result.insert(QStringLiteral("items"), items);

    if (query.withFacets) {
        QJsonArray categories;
        if (auto q = run(QStringLiteral("SELECT p.category, MAX(p.category_name), COUNT(*) FROM products p%1 "
                                        "GROUP BY p.category ORDER BY COUNT(*) DESC, p.category")
                             .arg(where(facetConditions)),
                         facetValues)) {
            while (q->next())
                categories.append(QJsonObject {{QStringLiteral("id"), q->value(0).toString()},
                                               {QStringLiteral("name"), q->value(1).toString()},
                                               {QStringLiteral("count"), q->value(2).toLongLong()}});
        }
        result.insert(QStringLiteral("facets"), QJsonObject {{QStringLiteral("categories"), categories}});
    }
    return result;
}

} // namespace Omnitote
