// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QVariantList>

#include <utility>

namespace Omnitote::Server {

/**
 * A cached prepared statement while it is in use; resets it when it goes out of scope, because an
 * un-reset SQLite statement keeps its read snapshot open and the connection would never see other
 * writers (a CLI adding a token beside a running server, say).
 */
class ActiveQuery
{
public:
    explicit ActiveQuery(QSqlQuery *query = nullptr) : m_query(query) { }
    ActiveQuery(ActiveQuery &&other) noexcept : m_query(std::exchange(other.m_query, nullptr)) { }
    ActiveQuery(const ActiveQuery &) = delete;
    ActiveQuery &operator=(const ActiveQuery &) = delete;
    /** Assigning (an empty one, say) resets the statement held so far. */
    ActiveQuery &operator=(ActiveQuery &&other) noexcept
    {
        if (this != &other) {
            if (m_query)
                m_query->finish();
            m_query = std::exchange(other.m_query, nullptr);
        }
        return *this;
    }
    ~ActiveQuery()
    {
        if (m_query)
            m_query->finish();
    }
    QSqlQuery *operator->() const { return m_query; }
    QSqlQuery &operator*() const { return *m_query; }
    explicit operator bool() const { return m_query != nullptr; }

private:
    QSqlQuery *m_query;
};

/**
 * Prepared statements kept for the life of one connection, keyed by their SQL text. Shared by the
 * catalogue storage and the tote store, which use the same connection (and thread).
 * Two live ActiveQuery objects for the same SQL text would share one statement: read a result
 * fully before running the same SQL again.
 */
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase &db) : m_db(db) { }
    ~StatementCache() { clear(); }
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    /** Prepares (once), binds `values` in order and executes; a false ActiveQuery on failure. */
    ActiveQuery run(const QString &sql, const QVariantList &values = {});
    /** Like run() for statements whose result is not read; true when it executed. */
    bool exec(const QString &sql, const QVariantList &values = {}) { return bool(run(sql, values)); }
    /** Rows an INSERT/UPDATE/DELETE changed, or -1 when it failed. */
    int execCount(const QString &sql, const QVariantList &values = {});

    QString lastError() const { return m_lastError; }
    void clear();

private:
    QSqlDatabase &m_db;
    QHash<QString, QSqlQuery *> m_prepared;
    QString m_lastError;
};

/**
 * Starts a transaction that is going to write. On SQLite it takes the write lock at once
 * (BEGIN IMMEDIATE): a deferred transaction that read first cannot upgrade once another connection
 * (the mail sender's) has written, and fails with "database is locked" without waiting. Commit and
 * roll back with QSqlDatabase as usual.
 */
bool beginTransaction(QSqlDatabase &db);

/** Rolls back unless committed: every early return leaves the database as it was. */
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db) : m_db(db), m_open(beginTransaction(db)) { }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isOpen() const { return m_open; }
    bool commit()
    {
        if (!m_open || !m_db.commit())
            return false;
        m_open = false;
        return true;
    }

private:
    QSqlDatabase &m_db;
    bool m_open;
};

/** Timestamps in the tables: UTC ISO 8601 with milliseconds, so text order is time order. */
inline QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/** A NULL of type text, for optional columns. */
inline QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace Omnitote::Server
