// SPDX-License-Identifier: MIT
#include "associatestore.h"

#include "secrethash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace Omnitote::Server {

namespace {

constexpr auto badgePrefix = "ota1.";
constexpr int pinDigits = 6;
constexpr int maxLockSeconds = 15 * 60;

QString newPin()
{
    QString pin;
    for (int i = 0; i < pinDigits; ++i)
        pin.append(QChar(u'0' + QRandomGenerator::system()->bounded(10)));
    return pin;
}

QByteArray newBadgeSecret()
{
    std::array<quint32, 8> random;
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    return QByteArray(reinterpret_cast<const char *>(random.data()), sizeof(random))
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QJsonObject AssociateRecord::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("staffNumber"), staffNumber},
            {QStringLiteral("name"), name},
            {QStringLiteral("storeId"), storeId}};
}

std::optional<BadgePayload> BadgePayload::parse(const QString &payload)
{
    if (!payload.startsWith(QLatin1String(badgePrefix)) || payload.size() > 200)
        return std::nullopt;
    const QStringList parts = payload.mid(int(qstrlen(badgePrefix))).split(QLatin1Char('.'));
    if (parts.size() != 2 || parts.at(0).isEmpty() || parts.at(1).size() < 32)
        return std::nullopt;
    return BadgePayload {parts.at(0), parts.at(1).toLatin1()};
}

int AssociateStore::lockSeconds(int failedAttempts)
{
    if (failedAttempts < freeAttempts)
        return 0;
    const int doublings = std::min(failedAttempts - freeAttempts, 10);
    return std::min(30 << doublings, maxLockSeconds);
}

AssociateStore::AssociateStore(StatementCache &statements) : m_sql(statements) { }

std::optional<NewAssociate> AssociateStore::add(const QString &storeId, const QString &staffNumber,
                                                const QString &name, int iterations, QString *error)
{
    const auto existing = byStaffNumber(storeId, staffNumber);
    NewAssociate made;
    made.record.id = existing ? existing->id : newId();
    made.record.storeId = storeId;
    made.record.staffNumber = staffNumber;
    made.record.name = name.isEmpty() && existing ? existing->name : name;
    made.pin = newPin();
    const QByteArray secret = newBadgeSecret();
    made.badge = QLatin1String(badgePrefix) + made.record.id + QLatin1Char('.') + QString::fromLatin1(secret);
    made.record.pinHash = SecretHash::make(made.pin.toLatin1(), iterations);
    made.record.badgeHash = SecretHash::make(secret, std::max(1, iterations / badgeIterationDivisor));
    const bool ok = existing
        ? m_sql.exec(QStringLiteral("UPDATE associates SET name = ?, pin_hash = ?, badge_hash = ?, "
                                    "failed_attempts = 0, locked_until = NULL WHERE id = ?"),
                     {made.record.name, made.record.pinHash, made.record.badgeHash, made.record.id})
        : m_sql.exec(QStringLiteral("INSERT INTO associates (id, store_id, staff_number, name, pin_hash, "
                                    "badge_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {made.record.id, storeId, staffNumber, made.record.name, made.record.pinHash,
                      made.record.badgeHash, nowText()});
    if (!ok) {
        *error = m_sql.lastError();
        return std::nullopt;
    }
    return made;
}

std::optional<AssociateRecord> AssociateStore::load(const QString &where, const QVariantList &values)
{
    auto q = m_sql.run(QStringLiteral("SELECT id, store_id, staff_number, name, pin_hash, badge_hash, "
                                      "failed_attempts, locked_until FROM associates WHERE ")
                           + where,
                       values);
    if (!q || !q->next())
        return std::nullopt;
    AssociateRecord record {
        q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
        q->value(4).toString(), q->value(5).toString(), q->value(6).toInt(),    {}};
    if (!q->value(7).isNull())
        record.lockedUntil = QDateTime::fromString(q->value(7).toString(), Qt::ISODateWithMs);
    return record;
}

std::optional<AssociateRecord> AssociateStore::byId(const QString &id)
{
    return load(QStringLiteral("id = ?"), {id});
}

std::optional<AssociateRecord> AssociateStore::byStaffNumber(const QString &storeId,
                                                             const QString &staffNumber)
{
    return load(QStringLiteral("store_id = ? AND staff_number = ?"), {storeId, staffNumber});
}

std::optional<AssociateRecord> AssociateStore::recordFailure(const QString &id)
{
    // Incremented in SQL, not from what was read: two wrong PINs at once both count.
    if (!m_sql.exec(
            QStringLiteral("UPDATE associates SET failed_attempts = failed_attempts + 1 WHERE id = ?"), {id}))
        return std::nullopt;
    auto record = byId(id);
    if (!record)
        return std::nullopt;
    if (const int seconds = lockSeconds(record->failedAttempts); seconds > 0) {
        record->lockedUntil = QDateTime::currentDateTimeUtc().addSecs(seconds);
        if (!m_sql.exec(QStringLiteral("UPDATE associates SET locked_until = ? WHERE id = ?"),
                        {record->lockedUntil.toString(Qt::ISODateWithMs), id}))
            return std::nullopt;
    }
    return record;
}

bool AssociateStore::recordSuccess(const QString &id)
{
    return m_sql.exec(
        QStringLiteral("UPDATE associates SET failed_attempts = 0, locked_until = NULL WHERE id = ?"), {id});
}

bool AssociateStore::audit(const AuditEntry &entry)
{
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? nullText() : QVariant(text);
    };
    return m_sql.exec(
        QStringLiteral("INSERT INTO associate_audit (store_id, associate_id, staff_number, action, "
                       "tote_id, details, at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {entry.storeId, orNull(entry.associateId), orNull(entry.staffNumber), entry.action,
         orNull(entry.toteId), QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)),
         nowText()});
}

std::optional<QJsonObject> AssociateStore::auditPage(const QString &storeId, qint64 before, int limit)
{
    auto q = m_sql.run(QStringLiteral("SELECT seq, at, associate_id, staff_number, action, tote_id, details "
                                      "FROM associate_audit WHERE store_id = ? AND seq < ? "
                                      "ORDER BY seq DESC LIMIT ?"),
                       {storeId, before > 0 ? before : std::numeric_limits<qint64>::max(), limit + 1});
    if (!q)
        return std::nullopt;
    QJsonArray entries;
    QJsonValue next;
    const auto textOrNull = [](const QVariant &value) {
        return value.isNull() ? QJsonValue() : QJsonValue(value.toString());
    };
    while (q->next()) {
        if (entries.size() == limit) {
            next = entries.last().toObject().value(QStringLiteral("seq"));
            break;
        }
        entries.append(QJsonObject {
            {QStringLiteral("seq"), q->value(0).toLongLong()},
            {QStringLiteral("at"), q->value(1).toString()},
            {QStringLiteral("associateId"), textOrNull(q->value(2))},
            {QStringLiteral("staffNumber"), textOrNull(q->value(3))},
            {QStringLiteral("action"), q->value(4).toString()},
            {QStringLiteral("toteId"), textOrNull(q->value(5))},
            {QStringLiteral("details"), QJsonDocument::fromJson(q->value(6).toString().toUtf8()).object()}});
    }
    return QJsonObject {{QStringLiteral("entries"), entries}, {QStringLiteral("next"), next}};
}

} // namespace Omnitote::Server
