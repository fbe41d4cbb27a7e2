// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Omnitote::Testing {

/**
 * Reads what the server queued in its email outbox, through a second connection to its SQLite file:
 * the tests see the real message the server composed (for the one-time code or the cart link)
 * without a relay.
 */
class OutboxPeek
{
public:
    explicit OutboxPeek(const QString &sqliteFile);
    ~OutboxPeek();

    /** The decoded text/plain part of the newest `kind` ("list", "code") message to `recipient`. */
    QString newestText(const QString &recipient, const QString &kind);
    /** How many `kind` messages to `recipient` are in the outbox. */
    int count(const QString &recipient, const QString &kind);
    /** A row of marketing_consents for `email`: (granted, wording), or (-1, "") when there is none. */
    std::pair<int, QString> consent(const QString &email);

private:
    QString m_connection;
};

} // namespace Omnitote::Testing
