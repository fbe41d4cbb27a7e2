// SPDX-License-Identifier: MIT
#pragma once

#include "sqlstatements.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace Omnitote::Server {

/** One associate as stored: the hashes, never the PIN or badge secret. */
struct AssociateRecord
{
    QString id;
    QString storeId;
    QString staffNumber;
    QString name;
    QString pinHash;
    QString badgeHash;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid: not locked

    bool isLocked(const QDateTime &now) const { return lockedUntil.isValid() && lockedUntil > now; }
    QJsonObject toJson() const;
};

/** An associate just made or re-keyed, with the clear secrets that are shown once. */
struct NewAssociate
{
    AssociateRecord record;
    QString pin;
    QString badge; // the badge payload, ota1.<id>.<secret>
};

/** One line of the audit log, as written. */
struct AuditEntry
{
    QString storeId;
    QString associateId;
    QString staffNumber;
    QString action;
    QString toteId;
    QJsonObject details = {};
};

/** The parts of a badge payload `ota1.<associateId>.<secret>`. */
struct BadgePayload
{
    QString associateId;
    QByteArray secret;
    static std::optional<BadgePayload> parse(const QString &payload);
};

/**
 * Associates, their failed sign-ins (lockout with backoff) and the audit log. Uses the catalogue
 * storage's connection, so it lives on the server thread; hashing happens elsewhere.
 */
class AssociateStore
{
public:
    static constexpr int freeAttempts = 5;
    /** The badge secret is 256 random bits: stretching adds nothing, so it gets 1/100 of the PIN's
     * iterations and a badge sign-in stays cheap. */
    static constexpr int badgeIterationDivisor = 100;
    /** Seconds an associate stays locked after `failedAttempts` failures: 0 for the first few, then
     * 30 s doubling per failure, at most 15 minutes. */
    static int lockSeconds(int failedAttempts);

    explicit AssociateStore(StatementCache &statements);

    /** Creates the associate, or gives an existing one (same store and staff number) new secrets. */
    std::optional<NewAssociate> add(const QString &storeId, const QString &staffNumber, const QString &name,
                                    int iterations, QString *error);
    std::optional<AssociateRecord> byId(const QString &id);
    std::optional<AssociateRecord> byStaffNumber(const QString &storeId, const QString &staffNumber);
    /** Counts a failed check and locks as lockSeconds() says; the record as it is now. */
    std::optional<AssociateRecord> recordFailure(const QString &id);
    bool recordSuccess(const QString &id);

    bool audit(const AuditEntry &entry);
    /** Newest first; `before` 0 for the newest page. */
    std::optional<QJsonObject> auditPage(const QString &storeId, qint64 before, int limit);

    QString lastError() const { return m_sql.lastError(); }

private:
    std::optional<AssociateRecord> load(const QString &where, const QVariantList &values);

    StatementCache &m_sql;
};

} // namespace Omnitote::Server
