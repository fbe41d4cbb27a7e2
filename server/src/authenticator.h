// SPDX-License-Identifier: MIT
#pragma once

#include "storage.h"

#include <QElapsedTimer>
#include <QHash>

namespace Omnitote::Server {

/**
 * Turns `Authorization: Bearer <token>` into a Principal, and mints new tokens.
 *
 * Tokens are 256 random bits; the database keeps only their SHA-256, so a copy of the database
 * lets nobody call the API. Verified tokens are remembered for a short while so a busy kiosk does
 * not cost a database read per request; a revoked token stops working within that time.
 */
class Authenticator
{
public:
    explicit Authenticator(Storage &storage) : m_storage(storage) { }

    std::optional<Principal> authenticate(const QByteArray &authorizationHeader);

    /** Creates and stores a token; returns it (the only time it exists in clear). */
    QString issueToken(const Principal &principal, QString *error, const QDateTime &expiresAt = {});
    /** Revokes the token in the header at once (also in this process's cache); false if none. */
    bool revoke(const QByteArray &authorizationHeader);

    static QByteArray hashToken(QByteArrayView token);

private:
    static QByteArray bearerToken(const QByteArray &authorizationHeader);

    struct Cached
    {
        Principal principal;
        QDateTime expiresAt;
        qint64 verifiedAtMs;
    };
    Storage &m_storage;
    QHash<QByteArray, Cached> m_cache;
    QElapsedTimer m_clock;
};

} // namespace Omnitote::Server
