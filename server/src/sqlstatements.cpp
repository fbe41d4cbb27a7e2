// SPDX-License-Identifier: MIT
#include "sqlstatements.h"

#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcStatements, "omnitote.server.sql")

namespace Omnitote::Server {

void StatementCache::clear()
{
    qDeleteAll(m_prepared);
    m_prepared.clear();
}

ActiveQuery StatementCache::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery *query = m_prepared.value(sql);
    if (!query) {
        query = new QSqlQuery(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            m_lastError = query->lastError().text();
            qCWarning(lcStatements) << "prepare failed:" << m_lastError << sql.left(200);
            delete query;
            return ActiveQuery();
        }
        m_prepared.insert(sql, query);
    }
    query->finish();
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec()) {
        m_lastError = query->lastError().text();
        qCWarning(lcStatements) << "query failed:" << m_lastError << sql.left(200);
        query->finish();
        return ActiveQuery();
    }
    return ActiveQuery(query);
}

int StatementCache::execCount(const QString &sql, const QVariantList &values)
{
    auto q = run(sql, values);
    return q ? q->numRowsAffected() : -1;
}

bool beginTransaction(QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return db.transaction();
    QSqlQuery begin(db);
    return begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

} // namespace Omnitote::Server
