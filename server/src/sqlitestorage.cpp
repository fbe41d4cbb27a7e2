// SPDX-License-Identifier: MIT
#include "schema.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Omnitote::Server {

/** SQLite: one file, WAL journal, FTS5 for search. */
class SqliteStorage final : public SqlStorage
{
public:
    explicit SqliteStorage(QString path) : m_path(std::move(path)) { }

    QString kind() const override { return QStringLiteral("sqlite"); }

protected:
    bool connectDatabase(QString *error) override
    {
        if (m_path != QLatin1String(":memory:")) {
            const QFileInfo info(m_path);
            if (!QDir().mkpath(info.absolutePath())) {
                *error = QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
                return false;
            }
        }
        m_connectionName = nextConnectionName(kind());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_db.setDatabaseName(m_path);
        // Another process (a CLI command beside a running server) may hold the write lock briefly.
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!m_db.open()) {
            *error =
                QStringLiteral("cannot open SQLite database %1: %2").arg(m_path, m_db.lastError().text());
            return false;
        }
        QSqlQuery pragma(m_db);
        // WAL lets readers run beside the writer; synchronous=FULL makes every commit survive power loss,
        // which the tote and cart data will rely on.
        for (const char *statement :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
            if (!pragma.exec(QLatin1String(statement))) {
                *error = pragma.lastError().text();
                return false;
            }
        }
        return true;
    }

    QList<Migration> migrations() const override
    {
        auto all = commonMigrations({QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"),
                                     QStringLiteral("REAL"), QStringLiteral("INTEGER")});
        // The search index keeps its own copy of the words; its rowid is the product's rowid.
        all[0].statements.append(QStringLiteral("CREATE VIRTUAL TABLE product_search USING fts5(words, "
                                                "tokenize = 'unicode61 remove_diacritics 2')"));
        return all;
    }

    QString searchCondition() const override
    {
        return QStringLiteral("p.rowid IN (SELECT rowid FROM product_search WHERE product_search MATCH ?)");
    }

    QString searchTerm(const QStringList &words) const override
    {
        // Every word quoted (so nothing the shopper types is FTS syntax) and prefix-matched.
        QStringList terms;
        for (const auto &word : words)
            terms.append(QLatin1Char('"') + QString(word).replace(QLatin1Char('"'), QString())
                         + QStringLiteral("\"*"));
        return terms.join(QLatin1Char(' '));
    }

    QString indexProductSql() const override
    {
        return QStringLiteral(
            "INSERT INTO product_search (rowid, words) SELECT rowid, ? FROM products WHERE id = ?");
    }

private:
    QString m_path;
};

std::unique_ptr<Storage> createSqliteStorage(const QString &path)
{
    return std::make_unique<SqliteStorage>(path);
}

} // namespace Omnitote::Server
