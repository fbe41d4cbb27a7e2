// SPDX-License-Identifier: MIT
#include "emailstore.h"

#include "thumbnails.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <array>

namespace Omnitote::Server {

namespace {

const QString kDueCondition = QStringLiteral(
    "((state = 'queued' AND next_attempt_at <= ?) OR (state = 'sending' AND lease_until <= ?))");

} // namespace

QByteArray EmailStore::hash(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

bool EmailStore::enqueue(const OutboxMessage &message, qint64 nowMs)
{
    return m_sql.exec(
        QStringLiteral("INSERT INTO email_outbox (id, message_id, kind, recipient, sender, store_id, "
                       "device, tote_id, message, state, attempts, next_attempt_at, expires_at, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?)"),
        {message.id, message.messageId, message.kind, message.recipient, message.sender, message.storeId,
         message.device, message.toteId, QString::fromLatin1(message.message), nowMs,
         message.expiresAtMs > 0 ? QVariant(message.expiresAtMs) : QVariant(QMetaType::fromType<qint64>()),
         nowMs});
}

std::optional<OutboxMessage> EmailStore::claimNext(qint64 nowMs, qint64 leaseMs)
{
    QString id;
    if (auto q = m_sql.run(QStringLiteral("SELECT id FROM email_outbox WHERE ") + kDueCondition
                               + QStringLiteral(" ORDER BY next_attempt_at, created_at LIMIT 1"),
                           {nowMs, nowMs});
        q && q->next())
        id = q->value(0).toString();
    if (id.isEmpty())
        return std::nullopt;
    // Only one claimant's UPDATE matches; the loser sees 0 rows and tries again on its next turn.
    if (m_sql.execCount(
            QStringLiteral("UPDATE email_outbox SET state = 'sending', lease_until = ? WHERE id = ? AND ")
                + kDueCondition,
            {nowMs + leaseMs, id, nowMs, nowMs})
        != 1)
        return std::nullopt;
    auto q =
        m_sql.run(QStringLiteral("SELECT id, message_id, kind, recipient, sender, store_id, device, tote_id, "
                                 "message, attempts, expires_at FROM email_outbox WHERE id = ?"),
                  {id});
    if (!q || !q->next())
        return std::nullopt;
    OutboxMessage message;
    message.id = q->value(0).toString();
    message.messageId = q->value(1).toString();
    message.kind = q->value(2).toString();
    message.recipient = q->value(3).toString();
    message.sender = q->value(4).toString();
    message.storeId = q->value(5).toString();
    message.device = q->value(6).toString();
    message.toteId = q->value(7).toString();
    message.message = q->value(8).toString().toLatin1();
    message.attempts = q->value(9).toInt();
    message.expiresAtMs = q->value(10).isNull() ? 0 : q->value(10).toLongLong();
    return message;
}

bool EmailStore::markSent(const QString &id, qint64 nowMs)
{
    return m_sql.exec(
        QStringLiteral("UPDATE email_outbox SET state = 'sent', sent_at = ?, attempts = attempts + 1, "
                       "lease_until = NULL, last_error = NULL WHERE id = ?"),
        {nowMs, id});
}

bool EmailStore::markRetry(const QString &id, qint64 nextAttemptMs, const QString &error)
{
    return m_sql.exec(QStringLiteral("UPDATE email_outbox SET state = 'queued', attempts = attempts + 1, "
                                     "next_attempt_at = ?, lease_until = NULL, last_error = ? WHERE id = ?"),
                      {nextAttemptMs, error.left(500), id});
}

bool EmailStore::markFinal(const QString &id, const QString &state, const QString &error)
{
    return m_sql.exec(QStringLiteral("UPDATE email_outbox SET state = ?, attempts = attempts + 1, "
                                     "lease_until = NULL, last_error = ? WHERE id = ?"),
                      {state, error.left(500), id});
}

std::optional<qint64> EmailStore::nextDueMs()
{
    auto q = m_sql.run(
        QStringLiteral("SELECT MIN(CASE WHEN state = 'queued' THEN next_attempt_at "
                       "ELSE lease_until END) FROM email_outbox WHERE state IN ('queued', 'sending')"));
    if (!q || !q->next() || q->value(0).isNull())
        return std::nullopt;
    return q->value(0).toLongLong();
}

std::optional<std::pair<QString, int>> EmailStore::status(const QString &messageId)
{
    auto q = m_sql.run(QStringLiteral("SELECT state, attempts FROM email_outbox WHERE message_id = ?"),
                       {messageId});
    if (!q || !q->next())
        return std::nullopt;
    return std::make_pair(q->value(0).toString(), q->value(1).toInt());
}

bool EmailStore::lockLimitSubjects(const QStringList &subjects)
{
    if (m_db.driverName() != QLatin1String("QPSQL"))
        return true;
    // 64-bit keys from a hash of the subject; a collision only makes two subjects share a lock.
    QList<qint64> keys;
    for (const QString &subject : subjects) {
        const QByteArray digest = QCryptographicHash::hash(
            QByteArrayLiteral("omnitote-email-limit\n") + subject.toUtf8(), QCryptographicHash::Sha256);
        qint64 key = 0;
        for (int i = 0; i < 8; ++i)
            key = qint64((quint64(key) << 8) | quint8(digest.at(i)));
        keys.append(key);
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const qint64 key : std::as_const(keys)) {
        if (!m_sql.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {key}))
            return false;
    }
    return true;
}

QString EmailStore::deliveryError(const QString &messageId)
{
    auto q =
        m_sql.run(QStringLiteral("SELECT last_error FROM email_outbox WHERE message_id = ?"), {messageId});
    return q && q->next() ? q->value(0).toString() : QString();
}

WindowCount EmailStore::countSince(const QString &column, const QString &key, const QString &kind,
                                   qint64 sinceMs)
{
    // `column` is one of three names chosen by the caller, never request text.
    Q_ASSERT(column == QLatin1String("device") || column == QLatin1String("store_id")
             || column == QLatin1String("lower(recipient)"));
    QVariantList values {key, sinceMs};
    QString sql =
        QStringLiteral("SELECT COUNT(*), MIN(created_at) FROM email_outbox WHERE %1 = ? AND created_at > ?")
            .arg(column);
    if (!kind.isEmpty()) {
        sql += QStringLiteral(" AND kind = ?");
        values.append(kind);
    }
    auto q = m_sql.run(sql, values);
    if (!q || !q->next())
        return {};
    return {q->value(0).toInt(), q->value(1).isNull() ? 0 : q->value(1).toLongLong()};
}

bool EmailStore::storeCode(const QString &toteId, const QString &emailKey, const QByteArray &codeHash,
                           qint64 expiresMs, qint64 nowMs)
{
    return m_sql.exec(QStringLiteral("DELETE FROM email_codes WHERE tote_id = ? AND email = ?"),
                      {toteId, emailKey})
        && m_sql.exec(
            QStringLiteral("INSERT INTO email_codes (tote_id, email, code_hash, expires_at, attempts, "
                           "created_at) VALUES (?, ?, ?, ?, 0, ?)"),
            {toteId, emailKey, QString::fromLatin1(codeHash), expiresMs, nowMs});
}

EmailStore::CodeCheck EmailStore::checkCode(const QString &toteId, const QString &emailKey,
                                            const QByteArray &codeHash, qint64 nowMs, int maxAttempts,
                                            int *attemptsLeft)
{
    QByteArray stored;
    qint64 expires = 0;
    int attempts = 0;
    {
        auto q = m_sql.run(QStringLiteral("SELECT code_hash, expires_at, attempts FROM email_codes "
                                          "WHERE tote_id = ? AND email = ?"),
                           {toteId, emailKey});
        if (!q)
            return CodeCheck::Failed;
        if (!q->next())
            return CodeCheck::Missing;
        stored = q->value(0).toString().toLatin1();
        expires = q->value(1).toLongLong();
        attempts = q->value(2).toInt();
    }
    *attemptsLeft = std::max(0, maxAttempts - attempts);
    if (attempts >= maxAttempts)
        return CodeCheck::Exhausted;
    if (nowMs >= expires)
        return CodeCheck::Expired;
    // Compared in constant time: the hash of a guess must not leak how much of it matched.
    char diff = char(stored.size() != codeHash.size());
    for (qsizetype i = 0; i < std::min(stored.size(), codeHash.size()); ++i)
        diff = char(diff | (stored.at(i) ^ codeHash.at(i)));
    if (diff == 0) {
        return m_sql.exec(QStringLiteral("DELETE FROM email_codes WHERE tote_id = ? AND email = ?"),
                          {toteId, emailKey})
            ? CodeCheck::Ok
            : CodeCheck::Failed;
    }
    if (!m_sql.exec(
            QStringLiteral("UPDATE email_codes SET attempts = attempts + 1 WHERE tote_id = ? AND email = ?"),
            {toteId, emailKey}))
        return CodeCheck::Failed;
    *attemptsLeft = std::max(0, maxAttempts - attempts - 1);
    return *attemptsLeft == 0 ? CodeCheck::Exhausted : CodeCheck::Wrong;
}

std::optional<QString> EmailStore::recordConsent(const QString &customerId, const QString &email,
                                                 bool granted, const QString &wording, const QString &storeId,
                                                 const QString &toteId)
{
    QString token;
    if (granted) {
        std::array<quint32, 8> random;
        QRandomGenerator::system()->fillRange(random.data(), random.size());
        token = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(random.data()), sizeof(random))
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    if (!m_sql.exec(
            QStringLiteral("INSERT INTO marketing_consents (id, customer_id, email, granted, wording, "
                           "store_id, tote_id, recorded_at, unsubscribe_hash) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {QUuid::createUuid().toString(QUuid::WithoutBraces), customerId, email, granted ? 1 : 0,
             wording.isEmpty() ? nullText() : QVariant(wording), storeId, toteId,
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
             granted ? QVariant(QString::fromLatin1(hash(token))) : nullText()}))
        return std::nullopt;
    return token;
}

bool EmailStore::lineDetails(const QString &variantId, const QString &storeId, QString *name,
                             QString *variant, QString *imagePath, int *stock)
{
    {
        auto q = m_sql.run(QStringLiteral("SELECT p.name, v.color, v.size, v.image FROM variants v "
                                          "JOIN products p ON p.id = v.product_id WHERE v.id = ?"),
                           {variantId});
        if (!q || !q->next())
            return false;
        *name = q->value(0).toString();
        QStringList parts;
        for (int column : {1, 2}) {
            if (const QString part = q->value(column).toString(); !part.isEmpty())
                parts.append(part);
        }
        *variant = parts.join(QStringLiteral(", "));
        const QString image = q->value(3).toString();
        // Email shows PNG thumbnails: many mail clients do not display SVG.
        *imagePath = image.isEmpty() ? QString() : Thumbnails::pathFor(image);
    }
    auto q = m_sql.run(QStringLiteral("SELECT qty FROM stock WHERE store_id = ? AND variant_id = ?"),
                       {storeId, variantId});
    *stock = q && q->next() ? q->value(0).toInt() : 0;
    return true;
}

bool EmailStore::unsubscribe(const QString &token)
{
    const QString tokenHash = QString::fromLatin1(hash(token));
    bool known = false;
    if (auto q = m_sql.run(QStringLiteral("SELECT 1 FROM marketing_consents WHERE unsubscribe_hash = ?"),
                           {tokenHash});
        q && q->next())
        known = true;
    if (!known)
        return false;
    m_sql.exec(QStringLiteral("UPDATE marketing_consents SET withdrawn_at = ? "
                              "WHERE unsubscribe_hash = ? AND withdrawn_at IS NULL"),
               {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), tokenHash});
    return true;
}

} // namespace Omnitote::Server
