// SPDX-License-Identifier: MIT
#include "catalogcache.h"

#include "catalogcachelogging.h"

#include <scannedcode.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace Omnitote {

namespace {

constexpr int kSchemaVersion = 1;

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    // The product and this store's availability as the server served them (JSON), keyed by id.
    "CREATE TABLE IF NOT EXISTS products (id TEXT PRIMARY KEY, url TEXT, json TEXT NOT NULL, "
    "availability TEXT, seq INTEGER NOT NULL, fetched_at TEXT NOT NULL)",
    // Every code that names a product: "gtin:<14 digits>", "sku:<sku>"; the variant it names.
    "CREATE TABLE IF NOT EXISTS codes (code TEXT PRIMARY KEY, product_id TEXT NOT NULL, variant_id TEXT NOT "
    "NULL)",
    "CREATE INDEX IF NOT EXISTS codes_product ON codes (product_id)",
    "CREATE INDEX IF NOT EXISTS products_url ON products (url)",
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
    if (version.value(0).toInt() > kSchemaVersion) {
        *error = QStringLiteral("the catalogue cache %1 was written by a newer version").arg(path);
        return false;
    }
    for (const char *sql : kSchema) {
        if (!exec(QString::fromLatin1(sql), {}, error))
            return false;
    }
    if (!exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion), {}, error))
        return false;
    qCInfo(lcCatalogCache) << "catalogue cache" << path << "products" << productCount() << "cursor"
                           << cursor();
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
        && exec(QStringLiteral("DELETE FROM products WHERE id = ?"), {productId}, error);
}

bool CatalogCache::upsert(const CatalogPage::Change &change, const QString &now, QString *error)
{
    const QJsonObject &product = change.product;
    if (!remove(change.productId, error))
        return false;
    const QString url = product.value(QStringLiteral("url")).toString();
    if (!exec(QStringLiteral("INSERT INTO products (id, url, json, availability, seq, fetched_at) VALUES (?, "
                             "?, ?, ?, ?, ?)"),
              {change.productId, url.isEmpty() ? QVariant() : QVariant(productUrlKey(url)),
               QString::fromUtf8(QJsonDocument(product).toJson(QJsonDocument::Compact)),
               change.availability.isEmpty()
                   ? QVariant()
                   : QVariant(
                       QString::fromUtf8(QJsonDocument(change.availability).toJson(QJsonDocument::Compact))),
               change.seq, now},
              error))
        return false;
    for (const auto &value : product.value(QStringLiteral("variants")).toArray()) {
        const QJsonObject variant = value.toObject();
        const QString variantId = variant.value(QStringLiteral("id")).toString();
        QStringList codes;
        if (const QString gtin = variant.value(QStringLiteral("gtin")).toString(); !gtin.isEmpty())
            codes.append(QStringLiteral("gtin:") + gtin);
        if (const QString sku = variant.value(QStringLiteral("sku")).toString(); !sku.isEmpty())
            codes.append(QStringLiteral("sku:") + sku);
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
        break; // tag UIDs are not in the change feed; NFC lookups need the network
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

} // namespace Omnitote
