// SPDX-License-Identifier: MIT
#include "authenticator.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Omnitote::Server {

namespace {
constexpr qint64 cacheLifetimeMs = 30'000;
constexpr int maxCachedTokens = 10'000;
} // namespace

QByteArray Authenticator::hashToken(QByteArrayView token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

QByteArray Authenticator::bearerToken(const QByteArray &authorizationHeader)
{
    static const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (authorizationHeader.size() <= scheme.size() || authorizationHeader.size() > 512
        || authorizationHeader.left(scheme.size()).toLower() != scheme)
        return {};
    return authorizationHeader.mid(scheme.size()).trimmed();
}

bool Authenticator::revoke(const QByteArray &authorizationHeader)
{
    const QByteArray token = bearerToken(authorizationHeader);
    if (token.isEmpty())
        return false;
    const QByteArray hash = hashToken(token);
    m_cache.remove(hash);
    return m_storage.revokeToken(hash);
}

std::optional<Principal> Authenticator::authenticate(const QByteArray &authorizationHeader)
{
    const QByteArray token = bearerToken(authorizationHeader);
    if (token.isEmpty())
        return std::nullopt;
    const QByteArray hash = hashToken(token);
    if (!m_clock.isValid())
        m_clock.start();
    const qint64 now = m_clock.elapsed();
    const auto expired = [](const QDateTime &expiresAt) {
        return expiresAt.isValid() && expiresAt <= QDateTime::currentDateTimeUtc();
    };
    if (auto it = m_cache.constFind(hash);
        it != m_cache.constEnd() && now - it->verifiedAtMs < cacheLifetimeMs) {
        if (expired(it->expiresAt))
            return std::nullopt;
        return it->principal;
    }
    const auto record = m_storage.findToken(hash);
    if (!record || expired(record->expiresAt)) {
        m_cache.remove(hash);
        return std::nullopt;
    }
    if (m_cache.size() >= maxCachedTokens)
        m_cache.clear();
    Principal principal = record->principal;
    principal.tokenId = QString::fromLatin1(hash);
    m_cache.insert(hash, {principal, record->expiresAt, now});
    return principal;
}

QString Authenticator::issueToken(const Principal &principal, QString *error, const QDateTime &expiresAt)
{
    std::array<quint32, 8> random;
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QByteArray bytes(reinterpret_cast<const char *>(random.data()), sizeof(random));
    // The prefix says what a leaked token is at a glance (and lets secret scanners find it).
    const QString token = QStringLiteral("ot_") + Principal::roleName(principal.role).left(3)
        + QLatin1Char('_')
        + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    TokenRecord record;
    record.tokenHash = hashToken(token.toLatin1());
    record.principal = principal;
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.expiresAt = expiresAt;
    if (!m_storage.insertToken(record)) {
        *error = m_storage.lastError();
        return {};
    }
    return token;
}

} // namespace Omnitote::Server
