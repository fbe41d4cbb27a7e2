// SPDX-License-Identifier: MIT
#include "outboxpeek.h"

#include <QSqlQuery>
#include <QUuid>

namespace Omnitote::Testing {

OutboxPeek::OutboxPeek(const QString &sqliteFile)
    : m_connection(QStringLiteral("outboxpeek-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(sqliteFile);
    db.open();
}

OutboxPeek::~OutboxPeek()
{
    QSqlDatabase::database(m_connection).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QString OutboxPeek::newestText(const QString &recipient, const QString &kind)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT message FROM email_outbox WHERE recipient = ? AND kind = ? "
                             "ORDER BY created_at DESC LIMIT 1"));
    q.addBindValue(recipient);
    q.addBindValue(kind);
    if (!q.exec() || !q.next())
        return {};
    // multipart/alternative: the text/plain part's base64 body runs from its blank line to the boundary.
    const QString message = q.value(0).toString();
    const qsizetype part = message.indexOf(QStringLiteral("Content-Type: text/plain"));
    const qsizetype start = part < 0 ? -1 : message.indexOf(QStringLiteral("\r\n\r\n"), part);
    const qsizetype end = start < 0 ? -1 : message.indexOf(QStringLiteral("\r\n--"), start);
    if (end < 0)
        return {};
    return QString::fromUtf8(QByteArray::fromBase64(message.mid(start, end - start).toLatin1()));
}

int OutboxPeek::count(const QString &recipient, const QString &kind)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM email_outbox WHERE recipient = ? AND kind = ?"));
    q.addBindValue(recipient);
    q.addBindValue(kind);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

std::pair<int, QString> OutboxPeek::consent(const QString &email)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT granted, wording FROM marketing_consents WHERE email = ? "
                             "ORDER BY recorded_at DESC LIMIT 1"));
    q.addBindValue(email);
    if (!q.exec() || !q.next())
        return {-1, {}};
    return {q.value(0).toInt(), q.value(1).toString()};
}

} // namespace Omnitote::Testing
