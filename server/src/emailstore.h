// SPDX-License-Identifier: MIT
#pragma once

#include "sqlstatements.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Omnitote::Server {

/** A rendered message waiting in the outbox. */
struct OutboxMessage
{
    QString id;
    QString messageId;
    QString kind; // "list" or "code"
    QString recipient;
    QString sender;
    QString storeId;
    QString device;
    QString toteId;
    QByteArray message; // the whole RFC 5322 message, CRLF line ends
    int attempts = 0;
    qint64 expiresAtMs = 0; // 0: never (codes are useless after their expiry)
};

/** How many messages one key queued since a time, and when the oldest of them was. */
struct WindowCount
{
    int count = 0;
    qint64 oldestMs = 0;
};

/**
 * The email tables: outbox, one-time codes, marketing consent. Runs on the connection (and
 * thread) of the Storage that owns it; the request thread and the sender each have their own.
 *
 * The outbox's states: queued → sending (claimed with a lease) → sent | failed | expired. A claim
 * is a conditional UPDATE, so of two senders (threads or servers) on one database only one wins.
 */
class EmailStore
{
public:
    EmailStore(QSqlDatabase &db, StatementCache &statements) : m_db(db), m_sql(statements) { }

    /** A transaction for work that is only email's (a code request); rolled back unless committed. */
    class Transaction
    {
    public:
        explicit Transaction(EmailStore &store) : m_db(store.m_db), m_open(beginTransaction(m_db)) { }
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

    /** Inserts a queued message; the caller holds the transaction with the request's other effects. */
    bool enqueue(const OutboxMessage &message, qint64 nowMs);
    /** Claims the next message due at `nowMs` (or whose lease ran out) until `nowMs + leaseMs`. */
    std::optional<OutboxMessage> claimNext(qint64 nowMs, qint64 leaseMs);
    bool markSent(const QString &id, qint64 nowMs);
    bool markRetry(const QString &id, qint64 nextAttemptMs, const QString &error);
    /** A final state other than sent: "failed" (refused for good) or "expired". */
    bool markFinal(const QString &id, const QString &state, const QString &error);
    /** When the next queued message is due; std::nullopt when nothing is queued. */
    std::optional<qint64> nextDueMs();
    /** The state and number of attempts of one message (tests and diagnostics). */
    std::optional<std::pair<QString, int>> status(const QString &messageId);
    /** Why the last delivery attempt of one message failed; empty when it did not (or is unknown). */
    QString deliveryError(const QString &messageId);

    /**
     * Serialises the abuse-limit check and the insert it guards across connections: on PostgreSQL
     * takes a transaction-scoped advisory lock per subject ("device:ID", ...), in one global order so
     * two requests never wait on each other crosswise. SQLite needs none: BEGIN IMMEDIATE already
     * lets one writer in at a time. Call inside the transaction, before countSince().
     */
    bool lockLimitSubjects(const QStringList &subjects);
    /** Messages queued for `key` in `column` (device, store_id, lower(recipient)) since `sinceMs`. */
    WindowCount countSince(const QString &column, const QString &key, const QString &kind, qint64 sinceMs);

    /** Replaces the code of (tote, address); only its hash is kept. */
    bool storeCode(const QString &toteId, const QString &emailKey, const QByteArray &codeHash,
                   qint64 expiresMs, qint64 nowMs);
    enum class CodeCheck { Ok, Missing, Wrong, Expired, Exhausted, Failed };
    /** Checks a code; a wrong one uses up an attempt, the right one is deleted (used once). */
    CodeCheck checkCode(const QString &toteId, const QString &emailKey, const QByteArray &codeHash,
                        qint64 nowMs, int maxAttempts, int *attemptsLeft);

    /** Records the shopper's answer; returns the unsubscribe token when consent was given. */
    std::optional<QString> recordConsent(const QString &customerId, const QString &email, bool granted,
                                         const QString &wording, const QString &storeId,
                                         const QString &toteId);
    /** Withdraws the consent an unsubscribe token belongs to; false when the token is unknown. */
    bool unsubscribe(const QString &token);

    /** The product and variant text, image and store stock a list line shows; false when unknown. */
    bool lineDetails(const QString &variantId, const QString &storeId, QString *name, QString *variant,
                     QString *imagePath, int *stock);

    QString lastError() const { return m_sql.lastError(); }

    static QByteArray hash(const QString &secret);

private:
    QSqlDatabase &m_db;
    StatementCache &m_sql;
};

} // namespace Omnitote::Server
