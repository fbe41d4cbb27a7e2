// SPDX-License-Identifier: MIT
#pragma once

#include "sqlstatements.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace Omnitote::Server {

/** Where a cart link leads: the cart, and the tote and store it was made from (may be empty). */
struct CartLink
{
    QString cartId;
    QString toteId;
    QString storeId;
    QDateTime createdAt;
    QDateTime expiresAt;
};

/**
 * The unguessable links in "email me my list" messages that open a customer's cart page without a
 * sign-in. A link is 256 random bits; only its SHA-256 is stored, so a copy of the database does
 * not hand out working links. Links expire; an expired or unknown token resolves to nothing, and the
 * caller cannot tell which (no oracle for guessing).
 */
class CartLinks
{
public:
    CartLinks(QSqlDatabase &db, StatementCache &statements);

    /** A new link to `cartId`, valid for `ttl`; empty when the database refused it (see `error`). */
    std::optional<QString> issue(const QString &cartId, const QString &toteId, const QString &storeId,
                                 std::chrono::seconds ttl, QString *error);
    /** The link behind `token` if it exists and has not expired at `now`. */
    std::optional<CartLink> resolve(const QString &token,
                                    const QDateTime &now = QDateTime::currentDateTimeUtc());
    /** Ends a link early (the customer asked, or support did). True when one was revoked. */
    bool revoke(const QString &token);

    /** Tokens are 43 base64url characters; anything else is rejected before touching the database. */
    static bool looksLikeToken(const QString &token);

private:
    static QString hashOf(const QString &token);

    QSqlDatabase &m_db;
    StatementCache &m_sql;
};

} // namespace Omnitote::Server
