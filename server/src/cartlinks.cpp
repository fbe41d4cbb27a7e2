// SPDX-License-Identifier: MIT
#include "cartlinks.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Omnitote::Server {

namespace {

constexpr int tokenBytes = 32;
constexpr int tokenLength = 43; // base64url of 32 bytes, no padding

QString timestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

CartLinks::CartLinks(QSqlDatabase &db, StatementCache &statements) : m_db(db), m_sql(statements) { }

bool CartLinks::looksLikeToken(const QString &token)
{
    if (token.size() != tokenLength)
        return false;
    for (const QChar c : token) {
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
            || c == u'-' || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

QString CartLinks::hashOf(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

std::optional<QString> CartLinks::issue(const QString &cartId, const QString &toteId, const QString &storeId,
                                        std::chrono::seconds ttl, QString *error)
{
    QByteArray random(tokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), tokenBytes / 4);
    const QString token =
        QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool inserted = m_sql.exec(
        QStringLiteral(
            "INSERT INTO cart_links (token_hash, cart_id, tote_id, store_id, created_at, expires_at) "
            "VALUES (?, ?, ?, ?, ?, ?)"),
        {hashOf(token), cartId, toteId.isEmpty() ? nullText() : QVariant(toteId),
         storeId.isEmpty() ? nullText() : QVariant(storeId), timestamp(now),
         timestamp(now.addSecs(ttl.count()))});
    if (!inserted) {
        if (error)
            *error = m_sql.lastError();
        return std::nullopt;
    }
    return token;
}

std::optional<CartLink> CartLinks::resolve(const QString &token, const QDateTime &now)
{
    if (!looksLikeToken(token))
        return std::nullopt;
    ActiveQuery query = m_sql.run(QStringLiteral("SELECT cart_id, tote_id, store_id, created_at, expires_at "
                                                 "FROM cart_links WHERE token_hash = ? AND revoked = 0"),
                                  {hashOf(token)});
    if (!query || !query->next())
        return std::nullopt;
    CartLink link;
    link.cartId = query->value(0).toString();
    link.toteId = query->value(1).toString();
    link.storeId = query->value(2).toString();
    link.createdAt = QDateTime::fromString(query->value(3).toString(), Qt::ISODateWithMs);
    link.expiresAt = QDateTime::fromString(query->value(4).toString(), Qt::ISODateWithMs);
    if (!link.expiresAt.isValid() || link.expiresAt <= now)
        return std::nullopt;
    return link;
}

bool CartLinks::revoke(const QString &token)
{
    if (!looksLikeToken(token))
        return false;
    return m_sql.execCount(
               QStringLiteral("UPDATE cart_links SET revoked = 1 WHERE token_hash = ? AND revoked = 0"),
               {hashOf(token)})
        > 0;
}

} // namespace Omnitote::Server
