// SPDX-License-Identifier: MIT
#include "schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace Omnitote::Server {

/** PostgreSQL: for many stores on one backend; full-text search on a generated tsvector. */
class PostgresStorage final : public SqlStorage
{
public:
    explicit PostgresStorage(QUrl url) : m_url(std::move(url)) { }

    QString kind() const override { return QStringLiteral("postgresql"); }

protected:
    bool connectDatabase(QString *error) override
    {
        m_connectionName = nextConnectionName(kind());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        const QUrlQuery query(m_url);
        // libpq takes a folder as the host for a unix socket: postgresql:///db?host=/run/postgresql
        const QString host = query.hasQueryItem(QStringLiteral("host"))
            ? query.queryItemValue(QStringLiteral("host"))
            : m_url.host();
        if (!host.isEmpty())
            m_db.setHostName(host);
        if (m_url.port() > 0)
            m_db.setPort(m_url.port());
        m_db.setDatabaseName(m_url.path().mid(1));
        m_db.setUserName(m_url.userName());
        m_db.setPassword(m_url.password());
        QStringList options;
        for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
            if (item.first == QLatin1String("sslmode") || item.first == QLatin1String("connect_timeout")
                || item.first == QLatin1String("application_name"))
                options.append(item.first + QLatin1Char('=') + item.second);
        }
        if (!options.isEmpty())
            m_db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!m_db.open()) {
            *error = QStringLiteral("cannot connect to PostgreSQL %1: %2")
                         .arg(m_url.toDisplayString(QUrl::RemovePassword), m_db.lastError().text());
            return false;
        }
        QSqlQuery quiet(m_db);
        quiet.exec(QStringLiteral("SET client_min_messages TO WARNING"));
        return true;
    }

    QList<Migration> migrations() const override
    {
        auto all = commonMigrations({QStringLiteral("BIGSERIAL PRIMARY KEY"),
                                     QStringLiteral("DOUBLE PRECISION"), QStringLiteral("BIGINT")});
        all[0].statements.append(QStringLiteral("ALTER TABLE products ADD COLUMN search tsvector"));
        all[0].statements.append(
            QStringLiteral("CREATE INDEX products_search ON products USING GIN (search)"));
        return all;
    }

    QString searchCondition() const override { return QStringLiteral("p.search @@ to_tsquery('simple', ?)"); }

    QString searchTerm(const QStringList &words) const override
    {
        // Words are letters and digits only (split upstream), so they are safe tsquery lexemes.
        QStringList terms;
        for (const auto &word : words)
            terms.append(word + QStringLiteral(":*"));
        return terms.join(QStringLiteral(" & "));
    }

    QString indexProductSql() const override
    {
        return QStringLiteral("UPDATE products SET search = to_tsvector('simple', ?) WHERE id = ?");
    }

private:
    QUrl m_url;
};

std::unique_ptr<Storage> createPostgresStorage(const QUrl &url)
{
    return std::make_unique<PostgresStorage>(url);
}

} // namespace Omnitote::Server
