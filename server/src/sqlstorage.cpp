// SPDX-License-Identifier: MIT
#include "sqlstorage.h"

#include "associatestore.h"
#include "cartlinks.h"
#include "emailstore.h"
#include "pickstore.h"
#include "servertotestore.h"

#include <QAtomicInteger>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QtMath>

#include <cmath>

Q_LOGGING_CATEGORY(lcStorage, "omnitote.server.storage")

namespace Omnitote::Server {

namespace {

// The columns productSummary() reads, in this order.
constexpr auto kSummaryColumns = "p.id, p.name, p.brand, p.category, p.online_only, p.price, p.images, "
                                 "p.rating_count, p.rating_sum";

QString imageUrl(const QString &file)
{
    return file.isEmpty() ? QString() : QStringLiteral("/images/") + file;
}

QJsonArray imageUrls(const QString &jsonArray)
{
    QJsonArray urls;
    const auto files = QJsonDocument::fromJson(jsonArray.toUtf8()).array();
    for (const auto &file : files)
        urls.append(imageUrl(file.toString()));
    return urls;
}

QJsonObject ratingObject(qint64 count, qint64 sum)
{
    const double average = count > 0 ? std::round(double(sum) / double(count) * 10.0) / 10.0 : 0.0;
    return {{QStringLiteral("average"), average}, {QStringLiteral("count"), count}};
}

double distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    // Haversine: stores are a few kilometres apart, but the formula costs nothing.
    constexpr double earthRadiusKm = 6371.0;
    const double dLat = qDegreesToRadians(lat2 - lat1);
    const double dLon = qDegreesToRadians(lon2 - lon1);
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(qDegreesToRadians(lat1)) * std::cos(qDegreesToRadians(lat2)) * std::sin(dLon / 2)
            * std::sin(dLon / 2);
    return earthRadiusKm * 2 * std::atan2(std::sqrt(a), std::sqrt(1 - a));
}

QString requireString(const QJsonObject &object, const char *key, QString *error)
{
    const auto value = object.value(QLatin1String(key));
    if (!value.isString() || value.toString().isEmpty()) {
        *error = QStringLiteral("missing or empty \"%1\"").arg(QLatin1String(key));
        return {};
    }
    return value.toString();
}

} // namespace

SqlStorage::SqlStorage() = default;

SqlStorage::~SqlStorage()
{
    m_picks.reset();
    m_associates.reset();
    m_totes.reset();
    m_cartLinks.reset();
    m_email.reset();
    m_statements.clear();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

QString SqlStorage::nextConnectionName(const QString &kind)
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("omnitote-%1-%2").arg(kind).arg(counter.fetchAndAddRelaxed(1));
}

bool SqlStorage::open(QString *error)
{
    if (!connectDatabase(error))
        return false;
    if (!applyMigrations(error))
        return false;
    loadCaches();
    m_totes = std::make_unique<ToteStore>(m_db, m_statements, m_currency);
    m_cartLinks = std::make_unique<CartLinks>(m_db, m_statements);
    m_associates = std::make_unique<AssociateStore>(m_statements);
    m_picks = std::make_unique<PickStore>(m_db, m_statements, *m_associates, m_currency);
    m_email = std::make_unique<EmailStore>(m_db, m_statements);
    return true;
}

EmailStore &SqlStorage::email()
{
    return *m_email;
}

ToteStore &SqlStorage::totes()
{
    return *m_totes;
}

CartLinks &SqlStorage::cartLinks()
{
    return *m_cartLinks;
}

AssociateStore &SqlStorage::associates()
{
    return *m_associates;
}

PickStore &SqlStorage::picks()
{
    return *m_picks;
}

bool SqlStorage::setError(const QSqlQuery &query, QString *error)
{
    m_lastError = query.lastError().text();
    qCWarning(lcStorage) << "query failed:" << m_lastError << query.lastQuery().left(200);
    if (error)
        *error = m_lastError;
    return false;
}

ActiveQuery SqlStorage::run(const QString &sql, const QVariantList &values)
{
    auto query = m_statements.run(sql, values);
    if (!query)
        m_lastError = m_statements.lastError();
    return query;
}

int SqlStorage::schemaVersion()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool SqlStorage::applyMigrations(QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                   "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")))
        return setError(query, error);
    const int current = schemaVersion();
    for (const auto &migration : migrations()) {
        if (migration.version <= current)
            continue;
        if (!m_db.transaction()) {
            *error = m_db.lastError().text();
            return false;
        }
        for (const auto &statement : migration.statements) {
            if (!query.exec(statement)) {
                setError(query, error);
                *error = QStringLiteral("migration %1 failed: %2").arg(migration.version).arg(*error);
                m_db.rollback();
                return false;
            }
        }
        query.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
        query.addBindValue(migration.version);
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!query.exec() || !m_db.commit()) {
            setError(query, error);
            m_db.rollback();
            return false;
        }
        qCInfo(lcStorage) << "applied schema migration" << migration.version;
    }
    return true;
}

void SqlStorage::loadCaches()
{
    m_retailer = {};
    m_stores.clear();
    m_categoryNames.clear();
    if (auto q = run(QStringLiteral("SELECT value FROM meta WHERE key = 'retailer'")); q && q->next()) {
        m_retailer = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
        m_retailer.remove(QStringLiteral("kind")); // the import line's tag, not part of the retailer
        m_currency = m_retailer.value(QStringLiteral("currency")).toString(QStringLiteral("EUR"));
    }
    if (auto q =
            run(QStringLiteral("SELECT id, name, city, address, lat, lon, aisles FROM stores ORDER BY id"))) {
        while (q->next()) {
            m_stores.append({{QStringLiteral("id"), q->value(0).toString()},
                             {QStringLiteral("name"), q->value(1).toString()},
                             {QStringLiteral("city"), q->value(2).toString()},
                             {QStringLiteral("address"), q->value(3).toString()},
                             {QStringLiteral("lat"), q->value(4).toDouble()},
                             {QStringLiteral("lon"), q->value(5).toDouble()},
                             {QStringLiteral("aisles"),
                              QJsonDocument::fromJson(q->value(6).toString().toUtf8()).array()}});
        }
    }
    if (auto q = run(QStringLiteral("SELECT id, name FROM categories"))) {
        while (q->next())
            m_categoryNames.insert(q->value(0).toString(), q->value(1).toString());
    }
}

bool SqlStorage::hasCatalog()
{
    auto q = run(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM products LIMIT 1) AS any_product"));
    return q && q->next() && q->value(0).toInt() > 0;
}

// ---- import ---------------------------------------------------------------------------------------

bool SqlStorage::importCatalog(QIODevice *jsonLines, ImportStats *stats, QString *error)
{
    if (hasCatalog()) {
        *error = QStringLiteral("the database already holds a catalogue; import into an empty database");
        return false;
    }
    ImportStats local;
    stats = stats ? stats : &local;
    m_importRatings.clear();
    // Large catalogues commit in slices so neither back end holds one enormous transaction.
    constexpr int linesPerTransaction = 20000;
    qint64 lineNumber = 0;
    int inTransaction = 0;
    const auto fail = [&](const QString &reason) {
        *error = QStringLiteral("line %1: %2").arg(lineNumber).arg(reason);
        m_db.rollback();
        return false;
    };
    m_db.transaction();
    while (!jsonLines->atEnd()) {
        const QByteArray raw = jsonLines->readLine().trimmed();
        ++lineNumber;
        if (raw.isEmpty())
            continue;
        QJsonParseError parseError;
        const auto document = QJsonDocument::fromJson(raw, &parseError);
        if (!document.isObject())
            return fail(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                     : QStringLiteral("not a JSON object"));
        QString lineError;
        if (!importLine(document.object(), stats, &lineError))
            return fail(lineError);
        if (++inTransaction >= linesPerTransaction) {
            if (!m_db.commit())
                return fail(m_db.lastError().text());
            m_db.transaction();
            inTransaction = 0;
        }
    }
    // Rating summaries, summed while the reviews streamed by.
    for (auto it = m_importRatings.cbegin(); it != m_importRatings.cend(); ++it) {
        const auto &h = it.value();
        const int count = h[0] + h[1] + h[2] + h[3] + h[4];
        const int sum = h[0] + 2 * h[1] + 3 * h[2] + 4 * h[3] + 5 * h[4];
        if (!run(QStringLiteral("UPDATE products SET rating_count = ?, rating_sum = ?, rating_1 = ?, "
                                "rating_2 = ?, rating_3 = ?, rating_4 = ?, rating_5 = ? WHERE id = ?"),
                 {count, sum, h[0], h[1], h[2], h[3], h[4], it.key()}))
            return fail(m_lastError);
    }
    m_importRatings.clear();
    if (!m_db.commit())
        return fail(m_db.lastError().text());
    loadCaches();
    return true;
}

bool SqlStorage::importLine(const QJsonObject &line, ImportStats *stats, QString *error)
{
    const QString kind = line.value(QStringLiteral("kind")).toString();
    const auto json = [](const QJsonValue &value) {
        return QString::fromUtf8(value.isArray()
                                     ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    };
    const auto exec = [&](const QString &sql, const QVariantList &values) {
        if (run(sql, values))
            return true;
        *error = m_lastError;
        return false;
    };
    if (kind == QLatin1String("retailer"))
        return exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('retailer', ?)"), {json(line)});
    if (kind == QLatin1String("store")) {
        const QString id = requireString(line, "id", error);
        if (id.isEmpty())
            return false;
        ++stats->stores;
        return exec(
            QStringLiteral("INSERT INTO stores (id, name, city, address, lat, lon, aisles) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {id, line.value(QStringLiteral("name")).toString(), line.value(QStringLiteral("city")).toString(),
             line.value(QStringLiteral("address")).toString(), line.value(QStringLiteral("lat")).toDouble(),
             line.value(QStringLiteral("lon")).toDouble(), json(line.value(QStringLiteral("aisles")))});
    }
    if (kind == QLatin1String("category")) {
        const QString id = requireString(line, "id", error);
        if (id.isEmpty())
            return false;
        ++stats->categories;
        const auto parent = line.value(QStringLiteral("parent"));
        return exec(
            QStringLiteral("INSERT INTO categories (id, name, parent) VALUES (?, ?, ?)"),
            {id, line.value(QStringLiteral("name")).toString(),
             parent.isString() ? QVariant(parent.toString()) : QVariant(QMetaType::fromType<QString>())});
    }
    if (kind == QLatin1String("product")) {
        const QString id = requireString(line, "id", error);
        const QString name = id.isEmpty() ? QString() : requireString(line, "name", error);
        if (name.isEmpty())
            return false;
        const QString category = line.value(QStringLiteral("category")).toString();
        const QString brand = line.value(QStringLiteral("brand")).toString();
        if (!run(QStringLiteral(
                     "INSERT INTO products (id, name, brand, category, description, online_only, url, "
                     "price, images) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {id, name, brand, category, line.value(QStringLiteral("description")).toString(),
                  line.value(QStringLiteral("onlineOnly")).toBool() ? 1 : 0,
                  line.value(QStringLiteral("url")).toString(),
                  line.value(QStringLiteral("price")).toInteger(),
                  json(line.value(QStringLiteral("images")))})) {
            *error = m_lastError;
            return false;
        }
        const QString parentName = m_categoryNames.value(category);
        if (!run(indexProductSql(),
                 {QStringList {name, brand, parentName, category}.join(QLatin1Char(' ')), id})) {
            *error = m_lastError;
            return false;
        }
        const auto variants = line.value(QStringLiteral("variants")).toArray();
        int position = 0;
        for (const auto &variantValue : variants) {
            const auto variant = variantValue.toObject();
            const QString variantId = requireString(variant, "id", error);
            if (variantId.isEmpty())
                return false;
            const auto online = variant.value(QStringLiteral("online")).toObject();
            const auto nullable = [](const QJsonValue &value) {
                return value.isString() && !value.toString().isEmpty()
                    ? QVariant(value.toString())
                    : QVariant(QMetaType::fromType<QString>());
            };
            if (!run(QStringLiteral(
                         "INSERT INTO variants (id, product_id, position, sku, gtin, nfc_uid, color, "
                         "color_hex, size, price, image, online_qty, ship_days) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {variantId, id, position++, nullable(variant.value(QStringLiteral("sku"))),
                      nullable(variant.value(QStringLiteral("gtin"))),
                      nullable(variant.value(QStringLiteral("nfcUid"))),
                      variant.value(QStringLiteral("color")).toString(),
                      variant.value(QStringLiteral("colorHex")).toString(),
                      variant.value(QStringLiteral("size")).toString(),
                      variant.value(QStringLiteral("price")).toInteger(),
                      variant.value(QStringLiteral("image")).toString(),
                      online.value(QStringLiteral("qty")).toInt(),
                      online.value(QStringLiteral("shipDays")).toInt()})) {
                *error = QStringLiteral("variant %1: %2").arg(variantId, m_lastError);
                return false;
            }
            const auto stock = variant.value(QStringLiteral("stock")).toObject();
            for (auto it = stock.constBegin(); it != stock.constEnd(); ++it) {
                const auto place = it.value().toObject();
                if (!run(QStringLiteral("INSERT INTO stock (store_id, variant_id, qty, aisle, bay) VALUES "
                                        "(?, ?, ?, ?, ?)"),
                         {it.key(), variantId, place.value(QStringLiteral("qty")).toInt(),
                          place.value(QStringLiteral("aisle")).toString(),
                          place.value(QStringLiteral("bay")).toString()})) {
                    *error = QStringLiteral("stock of %1: %2").arg(variantId, m_lastError);
                    return false;
                }
            }
            ++stats->variants;
        }
        const auto relatedItems = line.value(QStringLiteral("related")).toArray();
        position = 0;
        for (const auto &relatedValue : relatedItems) {
            const auto item = relatedValue.toObject();
            if (!run(QStringLiteral(
                         "INSERT INTO related (product_id, related_id, kind, position) VALUES (?, ?, ?, ?)"),
                     {id, item.value(QStringLiteral("id")).toString(),
                      item.value(QStringLiteral("kind")).toString(), position++})) {
                *error = m_lastError;
                return false;
            }
        }
        if (!run(QStringLiteral(
                     "INSERT INTO catalog_changes (product_id, op, changed_at) VALUES (?, 'upsert', ?)"),
                 {id, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)})) {
            *error = m_lastError;
            return false;
        }
        ++stats->products;
        return true;
    }
    if (kind == QLatin1String("review")) {
        const QString id = requireString(line, "id", error);
        const QString productId = id.isEmpty() ? QString() : requireString(line, "productId", error);
        if (productId.isEmpty())
            return false;
        const int rating = line.value(QStringLiteral("rating")).toInt();
        if (rating < 1 || rating > 5) {
            *error = QStringLiteral("review %1: rating %2 is not 1-5").arg(id).arg(rating);
            return false;
        }
        if (!run(
                QStringLiteral(
                    "INSERT INTO reviews (id, product_id, rating, title, body, author, created_at, verified) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {id, productId, rating, line.value(QStringLiteral("title")).toString(),
                 line.value(QStringLiteral("body")).toString(),
                 line.value(QStringLiteral("author")).toString(),
                 line.value(QStringLiteral("createdAt")).toString(),
                 line.value(QStringLiteral("verified")).toBool() ? 1 : 0})) {
            *error = m_lastError;
            return false;
        }
        m_importRatings[productId][rating - 1] += 1;
        ++stats->reviews;
        return true;
    }
    *error = QStringLiteral("unknown kind \"%1\"").arg(kind);
    return false;
}

// ---- tokens ---------------------------------------------------------------------------------------

bool SqlStorage::insertToken(const TokenRecord &token)
{
    return bool(
        run(QStringLiteral("INSERT INTO tokens (token_hash, role, store_id, label, created_at, expires_at, "
                           "customer_id, associate_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {QString::fromLatin1(token.tokenHash), Principal::roleName(token.principal.role),
             token.principal.storeId, token.principal.label, token.createdAt.toString(Qt::ISODate),
             token.expiresAt.isValid() ? QVariant(token.expiresAt.toString(Qt::ISODateWithMs)) : nullText(),
             token.principal.customerId.isEmpty() ? nullText() : QVariant(token.principal.customerId),
             token.principal.associateId.isEmpty() ? nullText() : QVariant(token.principal.associateId)}));
}

std::optional<TokenRecord> SqlStorage::findToken(const QByteArray &tokenHash)
{
    auto q =
        run(QStringLiteral("SELECT role, store_id, label, created_at, expires_at, customer_id, associate_id "
                           "FROM tokens WHERE token_hash = ? AND revoked = 0"),
            {QString::fromLatin1(tokenHash)});
    if (!q || !q->next())
        return std::nullopt;
    const auto role = Principal::roleFromName(q->value(0).toString());
    if (!role)
        return std::nullopt;
    TokenRecord record;
    record.tokenHash = tokenHash;
    record.principal = {*role, q->value(1).toString(), q->value(2).toString(), q->value(5).toString(),
                        q->value(6).toString()};
    record.createdAt = QDateTime::fromString(q->value(3).toString(), Qt::ISODate);
    if (!q->value(4).isNull())
        record.expiresAt = QDateTime::fromString(q->value(4).toString(), Qt::ISODate);
    return record;
}

bool SqlStorage::revokeToken(const QByteArray &tokenHash)
{
    return m_statements.execCount(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE token_hash = ?"),
                                  {QString::fromLatin1(tokenHash)})
        > 0;
}

// ---- catalogue reads ------------------------------------------------------------------------------

QJsonObject SqlStorage::retailer()
{
    return m_retailer;
}

std::optional<QJsonObject> SqlStorage::store(const QString &storeId)
{
    for (const auto &store : std::as_const(m_stores)) {
        if (store.value(QStringLiteral("id")).toString() == storeId)
            return store;
    }
    return std::nullopt;
}

QJsonArray SqlStorage::stores()
{
    QJsonArray all;
    for (const auto &store : std::as_const(m_stores))
        all.append(store);
    return all;
}

std::optional<VariantRef> SqlStorage::findVariant(const QString &column, const QString &value)
{
    // `column` is one of ours, never the caller's text.
    auto q = run(QStringLiteral("SELECT product_id, id FROM variants WHERE %1 = ?").arg(column), {value});
    if (!q || !q->next())
        return std::nullopt;
    return VariantRef {q->value(0).toString(), q->value(1).toString()};
}

std::optional<VariantRef> SqlStorage::findByGtin(const QString &gtin14)
{
    return findVariant(QStringLiteral("gtin"), gtin14);
}

std::optional<VariantRef> SqlStorage::findBySku(const QString &sku)
{
    if (auto ref = findVariant(QStringLiteral("sku"), sku))
        return ref;
    // A product id is also a fair thing to type at a kiosk.
    auto q = run(QStringLiteral("SELECT id FROM products WHERE id = ?"), {sku});
    if (!q || !q->next())
        return std::nullopt;
    return VariantRef {q->value(0).toString(), {}};
}

std::optional<VariantRef> SqlStorage::findByNfcUid(const QString &uidHex)
{
    return findVariant(QStringLiteral("nfc_uid"), uidHex);
}

std::optional<VariantRef> SqlStorage::findByProductUrl(const QString &url)
{
    auto q = run(QStringLiteral("SELECT id FROM products WHERE url = ?"), {url});
    if (!q || !q->next())
        return std::nullopt;
    return VariantRef {q->value(0).toString(), {}};
}

QJsonObject SqlStorage::price(qint64 amount) const
{
    return {{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), m_currency}};
}

QJsonObject SqlStorage::productSummary(const QSqlQuery &row) const
{
    const auto images = imageUrls(row.value(6).toString());
    return {{QStringLiteral("id"), row.value(0).toString()},
            {QStringLiteral("name"), row.value(1).toString()},
            {QStringLiteral("brand"), row.value(2).toString()},
            {QStringLiteral("category"), row.value(3).toString()},
            {QStringLiteral("onlineOnly"), row.value(4).toInt() != 0},
            {QStringLiteral("price"), price(row.value(5).toLongLong())},
            {QStringLiteral("image"), images.isEmpty() ? QJsonValue() : images.first()},
            {QStringLiteral("rating"), ratingObject(row.value(7).toLongLong(), row.value(8).toLongLong())}};
}

std::optional<QJsonObject> SqlStorage::product(const QString &productId)
{
    auto q =
        run(QStringLiteral("SELECT %1, p.description, p.url, p.rating_1, p.rating_2, p.rating_3, p.rating_4, "
                           "p.rating_5 FROM products p WHERE p.id = ?")
                .arg(QLatin1String(kSummaryColumns)),
            {productId});
    if (!q || !q->next())
        return std::nullopt;
    QJsonObject product = productSummary(*q);
    product.remove(QStringLiteral("image"));
    const QString categoryId = q->value(3).toString();
    product.insert(QStringLiteral("category"),
                   QJsonObject {{QStringLiteral("id"), categoryId},
                                {QStringLiteral("name"), m_categoryNames.value(categoryId, categoryId)}});
    product.insert(QStringLiteral("description"), q->value(9).toString());
    product.insert(QStringLiteral("url"), q->value(10).toString());
    product.insert(QStringLiteral("images"), imageUrls(q->value(6).toString()));
    auto rating = ratingObject(q->value(7).toLongLong(), q->value(8).toLongLong());
    rating.insert(QStringLiteral("histogram"),
                  QJsonArray {q->value(11).toInt(), q->value(12).toInt(), q->value(13).toInt(),
                              q->value(14).toInt(), q->value(15).toInt()});
    product.insert(QStringLiteral("rating"), rating);

    auto v = run(
        QStringLiteral("SELECT id, sku, gtin, color, color_hex, size, price, image, online_qty, ship_days, "
                       "nfc_uid FROM variants WHERE product_id = ? ORDER BY position"),
        {productId});
    QJsonArray variants;
    QJsonArray colors;
    QJsonArray sizes;
    QStringList seenColors;
    QStringList seenSizes;
    while (v && v->next()) {
        const QString color = v->value(3).toString();
        const QString size = v->value(5).toString();
        variants.append(QJsonObject {
            {QStringLiteral("id"), v->value(0).toString()},
            {QStringLiteral("sku"), v->value(1).toString()},
            {QStringLiteral("gtin"), v->value(2).isNull() ? QJsonValue() : v->value(2).toString()},
            // The shelf tag's UID: the kiosk's offline copy resolves NFC taps without the network.
            {QStringLiteral("nfcUid"), v->value(10).isNull() ? QJsonValue() : v->value(10).toString()},
            {QStringLiteral("color"), color},
            {QStringLiteral("colorHex"), v->value(4).toString()},
            {QStringLiteral("size"), size},
            {QStringLiteral("price"), price(v->value(6).toLongLong())},
            {QStringLiteral("image"), imageUrl(v->value(7).toString())},
            {QStringLiteral("online"),
             QJsonObject {{QStringLiteral("qty"), v->value(8).toInt()},
                          {QStringLiteral("shipDays"), v->value(9).toInt()}}},
        });
        if (!color.isEmpty() && !seenColors.contains(color)) {
            seenColors.append(color);
            colors.append(QJsonObject {{QStringLiteral("name"), color},
                                       {QStringLiteral("hex"), v->value(4).toString()}});
        }
        if (!size.isEmpty() && !seenSizes.contains(size)) {
            seenSizes.append(size);
            sizes.append(size);
        }
    }
    product.insert(QStringLiteral("variants"), variants);
    product.insert(QStringLiteral("options"),
                   QJsonObject {{QStringLiteral("colors"), colors}, {QStringLiteral("sizes"), sizes}});
    return product;
}

QJsonObject SqlStorage::search(const SearchQuery &query)
{
    QStringList conditions;
    QVariantList values;
    QStringList words;
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    for (const auto &word : query.text.split(separators, Qt::SkipEmptyParts))
        words.append(word.toLower());
    if (!words.isEmpty()) {
        conditions.append(searchCondition());
        values.append(searchTerm(words));
    }
    if (query.onlineOnly) {
        conditions.append(QStringLiteral("p.online_only = ?"));
        values.append(*query.onlineOnly ? 1 : 0);
    }
    if (!query.inStockAt.isEmpty()) {
        conditions.append(
            QStringLiteral("EXISTS (SELECT 1 FROM variants v JOIN stock s ON s.variant_id = v.id "
                           "WHERE v.product_id = p.id AND s.store_id = ? AND s.qty > 0)"));
        values.append(query.inStockAt);
    }
    // The category facet ignores the category filter, so the shopper can switch category and still see
    // the others; brand and online-only facets count the list as filtered.
    const QStringList facetConditions = conditions;
    const QVariantList facetValues = values;
    if (!query.category.isEmpty()) {
        conditions.append(
            QStringLiteral("(p.category = ? OR p.category IN (SELECT id FROM categories WHERE parent = ?))"));
        values << query.category << query.category;
    }
    const auto where = [](const QStringList &c) {
        return c.isEmpty() ? QString() : QStringLiteral(" WHERE ") + c.join(QStringLiteral(" AND "));
    };

    QJsonObject result {{QStringLiteral("page"), query.page}, {QStringLiteral("pageSize"), query.pageSize}};
    qint64 total = 0;
    if (auto q = run(QStringLiteral("SELECT COUNT(*) FROM products p") + where(conditions), values);
        q && q->next())
        total = q->value(0).toLongLong();
    result.insert(QStringLiteral("total"), total);

    QJsonArray items;
    QVariantList pageValues = values;
    pageValues << query.pageSize << qint64(query.page - 1) * query.pageSize;
    if (auto q = run(QStringLiteral("SELECT %1 FROM products p%2 ORDER BY p.rating_count DESC, p.name, p.id "
                                    "LIMIT ? OFFSET ?")
                         .arg(QLatin1String(kSummaryColumns), where(conditions)),
                     pageValues)) {
        while (q->next())
            items.append(productSummary(*q));
    }
    result.insert(QStringLiteral("items"), items);

    if (query.withFacets) {
        QJsonArray categories;
        if (auto q = run(QStringLiteral("SELECT p.category, COUNT(*) FROM products p%1 GROUP BY p.category "
                                        "ORDER BY COUNT(*) DESC, p.category")
                             .arg(where(facetConditions)),
                         facetValues)) {
            while (q->next()) {
                const QString id = q->value(0).toString();
                categories.append(QJsonObject {{QStringLiteral("id"), id},
                                               {QStringLiteral("name"), m_categoryNames.value(id, id)},
                                               {QStringLiteral("count"), q->value(1).toLongLong()}});
            }
        }
        QJsonArray brands;
        if (auto q = run(QStringLiteral("SELECT p.brand, COUNT(*) FROM products p%1 GROUP BY p.brand "
                                        "ORDER BY COUNT(*) DESC, p.brand LIMIT 30")
                             .arg(where(conditions)),
                         values)) {
            while (q->next())
                brands.append(QJsonObject {{QStringLiteral("name"), q->value(0).toString()},
                                           {QStringLiteral("count"), q->value(1).toLongLong()}});
        }
        QJsonObject onlineOnly {{QStringLiteral("true"), 0}, {QStringLiteral("false"), 0}};
        if (auto q =
                run(QStringLiteral("SELECT p.online_only, COUNT(*) FROM products p%1 GROUP BY p.online_only")
                        .arg(where(conditions)),
                    values)) {
            while (q->next())
                onlineOnly.insert(q->value(0).toInt() ? QStringLiteral("true") : QStringLiteral("false"),
                                  q->value(1).toLongLong());
        }
        result.insert(QStringLiteral("facets"),
                      QJsonObject {{QStringLiteral("categories"), categories},
                                   {QStringLiteral("brands"), brands},
                                   {QStringLiteral("onlineOnly"), onlineOnly}});
    }
    return result;
}

std::optional<QJsonObject> SqlStorage::reviews(const QString &productId, ReviewSort sort, int page,
                                               int pageSize)
{
    auto p = run(QStringLiteral("SELECT rating_count FROM products WHERE id = ?"), {productId});
    if (!p || !p->next())
        return std::nullopt;
    const qint64 total = p->value(0).toLongLong();
    QString order;
    QString sortName;
    switch (sort) {
    case ReviewSort::Newest:
        order = QStringLiteral("created_at DESC, id");
        sortName = QStringLiteral("newest");
        break;
    case ReviewSort::Highest:
        order = QStringLiteral("rating DESC, created_at DESC, id");
        sortName = QStringLiteral("highest");
        break;
    case ReviewSort::Lowest:
        order = QStringLiteral("rating ASC, created_at DESC, id");
        sortName = QStringLiteral("lowest");
        break;
    }
    QJsonArray items;
    if (auto q =
            run(QStringLiteral("SELECT id, rating, title, body, author, created_at, verified FROM reviews "
                               "WHERE product_id = ? ORDER BY %1 LIMIT ? OFFSET ?")
                    .arg(order),
                {productId, pageSize, qint64(page - 1) * pageSize})) {
        while (q->next()) {
            items.append(QJsonObject {{QStringLiteral("id"), q->value(0).toString()},
                                      {QStringLiteral("rating"), q->value(1).toInt()},
                                      {QStringLiteral("title"), q->value(2).toString()},
                                      {QStringLiteral("body"), q->value(3).toString()},
                                      {QStringLiteral("author"), q->value(4).toString()},
                                      {QStringLiteral("createdAt"), q->value(5).toString()},
                                      {QStringLiteral("verified"), q->value(6).toInt() != 0}});
        }
    }
    return QJsonObject {{QStringLiteral("productId"), productId}, {QStringLiteral("sort"), sortName},
                        {QStringLiteral("page"), page},           {QStringLiteral("pageSize"), pageSize},
                        {QStringLiteral("total"), total},         {QStringLiteral("items"), items}};
}

std::optional<QJsonObject> SqlStorage::availability(const QString &productId, const QString &storeId)
{
    const auto here = store(storeId);
    if (!here)
        return std::nullopt;
    auto v =
        run(QStringLiteral("SELECT id, color, size, online_qty, ship_days FROM variants WHERE product_id = ? "
                           "ORDER BY position"),
            {productId});
    struct Row
    {
        QString id;
        QJsonObject json;
    };
    QList<Row> rows;
    while (v && v->next()) {
        rows.append({v->value(0).toString(),
                     QJsonObject {{QStringLiteral("variantId"), v->value(0).toString()},
                                  {QStringLiteral("color"), v->value(1).toString()},
                                  {QStringLiteral("size"), v->value(2).toString()},
                                  {QStringLiteral("online"),
                                   QJsonObject {{QStringLiteral("qty"), v->value(3).toInt()},
                                                {QStringLiteral("shipDays"), v->value(4).toInt()}}},
                                  {QStringLiteral("store"), QJsonValue()},
                                  {QStringLiteral("nearby"), QJsonArray()}}});
    }
    if (rows.isEmpty())
        return std::nullopt;

    const double lat = here->value(QStringLiteral("lat")).toDouble();
    const double lon = here->value(QStringLiteral("lon")).toDouble();
    QHash<QString, QList<QJsonObject>> nearbyByVariant;
    QHash<QString, QJsonObject> hereByVariant;
    auto s = run(QStringLiteral("SELECT s.variant_id, s.store_id, s.qty, s.aisle, s.bay FROM stock s "
                                "JOIN variants v ON v.id = s.variant_id WHERE v.product_id = ?"),
                 {productId});
    while (s && s->next()) {
        const QString variantId = s->value(0).toString();
        const QString sid = s->value(1).toString();
        if (sid == storeId) {
            hereByVariant.insert(variantId,
                                 {{QStringLiteral("qty"), s->value(2).toInt()},
                                  {QStringLiteral("aisle"), s->value(3).toString()},
                                  {QStringLiteral("bay"), s->value(4).toString()}});
            continue;
        }
        const auto other = store(sid);
        if (!other)
            continue;
        const double km = distanceKm(lat, lon, other->value(QStringLiteral("lat")).toDouble(),
                                     other->value(QStringLiteral("lon")).toDouble());
        nearbyByVariant[variantId].append({{QStringLiteral("storeId"), sid},
                                           {QStringLiteral("name"), other->value(QStringLiteral("name"))},
                                           {QStringLiteral("qty"), s->value(2).toInt()},
                                           {QStringLiteral("distanceKm"), std::round(km * 10.0) / 10.0}});
    }
    QJsonArray variants;
    for (auto &row : rows) {
        if (auto it = hereByVariant.constFind(row.id); it != hereByVariant.constEnd())
            row.json.insert(QStringLiteral("store"), it.value());
        auto nearby = nearbyByVariant.value(row.id);
        std::sort(nearby.begin(), nearby.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QStringLiteral("distanceKm")).toDouble()
                < b.value(QStringLiteral("distanceKm")).toDouble();
        });
        QJsonArray nearbyArray;
        for (const auto &n : std::as_const(nearby))
            nearbyArray.append(n);
        row.json.insert(QStringLiteral("nearby"), nearbyArray);
        variants.append(row.json);
    }
    return QJsonObject {{QStringLiteral("productId"), productId},
                        {QStringLiteral("store"),
                         QJsonObject {{QStringLiteral("id"), storeId},
                                      {QStringLiteral("name"), here->value(QStringLiteral("name"))}}},
                        {QStringLiteral("asOf"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                        {QStringLiteral("variants"), variants}};
}

std::optional<QJsonArray> SqlStorage::related(const QString &productId)
{
    auto exists = run(QStringLiteral("SELECT 1 FROM products WHERE id = ?"), {productId});
    if (!exists || !exists->next())
        return std::nullopt;
    QJsonArray items;
    // The kind comes after the summary columns, so productSummary() reads the row as it is.
    auto q = run(QStringLiteral("SELECT %1, r.kind FROM related r JOIN products p ON p.id = r.related_id "
                                "WHERE r.product_id = ? ORDER BY r.position")
                     .arg(QLatin1String(kSummaryColumns)),
                 {productId});
    while (q && q->next())
        items.append(QJsonObject {{QStringLiteral("kind"), q->value(9).toString()},
                                  {QStringLiteral("product"), productSummary(*q)}});
    return items;
}

QJsonObject SqlStorage::catalogChanges(qint64 since, int limit)
{
    struct Change
    {
        qint64 seq;
        QString productId;
        QString op;
        QString at;
    };
    QList<Change> changes;
    if (auto q =
            run(QStringLiteral("SELECT seq, product_id, op, changed_at FROM catalog_changes WHERE seq > ? "
                               "ORDER BY seq LIMIT ?"),
                {since, limit + 1})) {
        while (q->next())
            changes.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                            q->value(3).toString()});
    }
    const bool hasMore = changes.size() > limit;
    if (hasMore)
        changes.removeLast();
    QJsonArray items;
    qint64 cursor = since;
    for (const auto &change : std::as_const(changes)) {
        QJsonObject item {{QStringLiteral("seq"), change.seq},
                          {QStringLiteral("productId"), change.productId},
                          {QStringLiteral("op"), change.op},
                          {QStringLiteral("changedAt"), change.at}};
        if (change.op == QLatin1String("upsert")) {
            if (auto p = product(change.productId))
                item.insert(QStringLiteral("product"), *p);
        }
        items.append(item);
        cursor = change.seq;
    }
    return {{QStringLiteral("changes"), items},
            {QStringLiteral("cursor"), QString::number(cursor)},
            {QStringLiteral("hasMore"), hasMore}};
}

} // namespace Omnitote::Server
