// SPDX-License-Identifier: MIT
#pragma once

#include "sqlstatements.h"
#include "storage.h"

#include <QHash>

#include <memory>

namespace Omnitote::Server {

/** One versioned step of the schema; applied once, in order, in its own transaction. */
struct Migration
{
    int version;
    QStringList statements;
};

/**
 * The Storage both SQL back ends share: all queries are plain SQL that SQLite and PostgreSQL both
 * accept; what differs (connection, schema types, full-text search) is asked of the subclass.
 */
class SqlStorage : public Storage
{
public:
    ~SqlStorage() override;

    bool open(QString *error) override;
    int schemaVersion() override;
    QString lastError() const override { return m_lastError; }

    bool hasCatalog() override;
    bool importCatalog(QIODevice *jsonLines, ImportStats *stats, QString *error) override;

    bool insertToken(const TokenRecord &token) override;
    std::optional<TokenRecord> findToken(const QByteArray &tokenHash) override;
    bool revokeToken(const QByteArray &tokenHash) override;

    QJsonObject retailer() override;
    std::optional<QJsonObject> store(const QString &storeId) override;
    QJsonArray stores() override;

    std::optional<VariantRef> findByGtin(const QString &gtin14) override;
    std::optional<VariantRef> findBySku(const QString &sku) override;
    std::optional<VariantRef> findByNfcUid(const QString &uidHex) override;
    std::optional<VariantRef> findByProductUrl(const QString &url) override;

    std::optional<QJsonObject> product(const QString &productId) override;
    QJsonObject search(const SearchQuery &query) override;
    std::optional<QJsonObject> reviews(const QString &productId, ReviewSort sort, int page,
                                       int pageSize) override;
    std::optional<QJsonObject> availability(const QString &productId, const QString &storeId) override;
    std::optional<QJsonArray> related(const QString &productId) override;
    QJsonObject catalogChanges(qint64 since, int limit) override;

    ToteStore &totes() override;
    CartLinks &cartLinks() override;
    EmailStore &email() override;

    AssociateStore &associates() override;
    PickStore &picks() override;

protected:
    SqlStorage();

    /** Creates and opens m_db. */
    virtual bool connectDatabase(QString *error) = 0;
    virtual QList<Migration> migrations() const = 0;
    /** A WHERE condition on `p` (products) with one placeholder that the search term binds. */
    virtual QString searchCondition() const = 0;
    /** The bound value for searchCondition() from the shopper's words (already split, non-empty). */
    virtual QString searchTerm(const QStringList &words) const = 0;
    /** Indexes one product for search; binds (text, productId). */
    virtual QString indexProductSql() const = 0;

    static QString nextConnectionName(const QString &kind);

    QSqlDatabase m_db;
    QString m_connectionName;
    StatementCache m_statements {m_db};

private:
    /** A prepared statement kept for the life of the connection, bound and executed. */
    ActiveQuery run(const QString &sql, const QVariantList &values = {});
    bool applyMigrations(QString *error);
    void loadCaches();
    std::optional<VariantRef> findVariant(const QString &column, const QString &value);
    QJsonObject productSummary(const QSqlQuery &row) const;
    QJsonObject price(qint64 amount) const;
    bool importLine(const QJsonObject &line, ImportStats *stats, QString *error);
    bool setError(const QSqlQuery &query, QString *error = nullptr);

    QJsonObject m_retailer;
    QString m_currency = QStringLiteral("EUR");
    QList<QJsonObject> m_stores;
    QHash<QString, QString> m_categoryNames;
    QString m_lastError;
    // Import state: rating histograms are summed in memory while reviews stream by.
    QHash<QString, std::array<int, 5>> m_importRatings;
    std::unique_ptr<ToteStore> m_totes;
    std::unique_ptr<CartLinks> m_cartLinks;

    std::unique_ptr<AssociateStore> m_associates;
    std::unique_ptr<PickStore> m_picks;
    std::unique_ptr<EmailStore> m_email;
};

} // namespace Omnitote::Server
