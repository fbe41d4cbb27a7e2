// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Omnitote::Server {

/**
 * The QR code a customer's phone shows so a kiosk can link a tote to them: a signed, expiring
 * token `otc1.<customerId>.<expiry unix seconds>.<base64url HMAC-SHA256>`. Only the server holds the
 * key, so a code cannot be made up from a loyalty number or a customer id.
 */
class CustomerQr
{
public:
    explicit CustomerQr(QByteArray key) : m_key(std::move(key)) { }

    enum class Problem { None, Malformed, BadSignature, Expired };
    struct Verified
    {
        Problem problem = Problem::None;
        QString customerId;
        QDateTime expiresAt;
    };

    QString sign(const QString &customerId, const QDateTime &expiresAt) const;
    /** Checks shape, then signature (in constant time), then expiry against `now`. */
    Verified verify(const QString &payload, const QDateTime &now) const;

    /** Equal contents, in time that depends only on the lengths. */
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    QByteArray mac(const QByteArray &signedPart) const;
    QByteArray m_key;
};

} // namespace Omnitote::Server
