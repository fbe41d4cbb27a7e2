// SPDX-License-Identifier: MIT
#include "emailservice.h"

#include "cartlinks.h"
#include "emailaddress.h"
#include "emailstore.h"
#include "mailcomposer.h"
#include "mimemessage.h"

#include <QRandomGenerator>
#include <QUrl>
#include <QUuid>

namespace Omnitote::Server {

namespace {

using Error = StoreOutcome::Error;

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

StoreOutcome unavailable()
{
    return StoreOutcome::fail(Error::Failed, QStringLiteral("The database could not complete the request."));
}

QByteArray codeHash(const QString &toteId, const QString &emailKey, const QString &code)
{
    // Bound to the tote and the address: a code is no use anywhere else.
    return EmailStore::hash(toteId + QLatin1Char('\n') + emailKey + QLatin1Char('\n') + code);
}

} // namespace

EmailService::EmailService(Storage &storage, EmailSettings settings)
    : m_storage(storage), m_settings(std::move(settings))
{ }

QString EmailService::absoluteUrl(const QString &path) const
{
    QString base = m_settings.publicUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    // Fully encoded, so the URL is printable ASCII wherever it goes (a header, an href).
    return QUrl(base + path).toString(QUrl::FullyEncoded);
}

QString EmailService::storeName(const QString &storeId)
{
    const auto store = m_storage.store(storeId);
    return store ? store->value(QStringLiteral("name")).toString() : storeId;
}

std::optional<StoreOutcome> EmailService::limited(const Principal &caller, const QString &emailKey, bool code)
{
    EmailStore &email = m_storage.email();
    // Two servers on one PostgreSQL database would otherwise both count N-1 and both insert.
    if (!email.lockLimitSubjects({QStringLiteral("device:") + caller.tokenId,
                                  QStringLiteral("store:") + caller.storeId,
                                  QStringLiteral("recipient:") + emailKey}))
        return unavailable();
    const qint64 now = nowMs();
    struct Limit
    {
        const char *name;
        QString column;
        QString key;
        QString kind;
        int max;
        qint64 windowMs;
        QString detail;
    };
    const QList<Limit> limits {
        {"device", QStringLiteral("device"), caller.tokenId, QString(), m_settings.deviceLimitPerHour,
         kHourMs,
         QStringLiteral("This kiosk has sent as many emails as it may in an hour. Please try again later.")},
        {"store", QStringLiteral("store_id"), caller.storeId, QString(), m_settings.storeLimitPerHour,
         kHourMs,
         QStringLiteral("This store has sent as many emails as it may in an hour. Please try again later.")},
        code ? Limit {"code-recipient", QStringLiteral("lower(recipient)"), emailKey, QStringLiteral("code"),
                      m_settings.codeRecipientLimitPerHour, kHourMs,
                      QStringLiteral("Too many codes were sent to this address in the last hour. "
                                     "Please try again later.")}
             : Limit {"recipient", QStringLiteral("lower(recipient)"), emailKey, QStringLiteral("list"),
                      m_settings.recipientLimitPerDay, kDayMs,
                      QStringLiteral("This address has already been sent %1 lists today. Please try again "
                                     "tomorrow.")
                          .arg(m_settings.recipientLimitPerDay)},
    };
    for (const Limit &limit : limits) {
        const WindowCount count = email.countSince(limit.column, limit.key, limit.kind, now - limit.windowMs);
        if (count.count < limit.max)
            continue;
        const qint64 retryAfter = std::max<qint64>(1, (count.oldestMs + limit.windowMs - now + 999) / 1000);
        return StoreOutcome::fail(Error::TooManyRequests, limit.detail,
                                  {{QStringLiteral("reason"), QStringLiteral("rate-limited")},
                                   {QStringLiteral("limit"), QString::fromLatin1(limit.name)},
                                   {QStringLiteral("retryAfter"), retryAfter}});
    }
    return std::nullopt;
}

bool EmailService::enqueue(const QString &kind, const Principal &caller, const QString &toteId,
                           const QString &to, const QString &subject, const QString &text,
                           const QString &html, const QList<QPair<QByteArray, QByteArray>> &extraHeaders,
                           qint64 expiresMs, QString *messageId)
{
    const QString domain = m_settings.mailFrom.mid(m_settings.mailFrom.indexOf(QLatin1Char('@')) + 1);
    MimeMessage mime;
    mime.from = {m_settings.mailFromName.isEmpty()
                     ? m_storage.retailer().value(QStringLiteral("name")).toString()
                     : m_settings.mailFromName,
                 m_settings.mailFrom};
    mime.to = {QString(), to};
    mime.subject = subject;
    mime.messageId = QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@') + domain;
    mime.date = QDateTime::currentDateTimeUtc();
    mime.extraHeaders = extraHeaders;
    mime.text = text;
    mime.html = html;
    QString error;
    const auto rendered = mime.render(&error);
    if (!rendered)
        return false;
    OutboxMessage message;
    message.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    message.messageId = mime.messageId;
    message.kind = kind;
    message.recipient = to;
    message.sender = m_settings.mailFrom;
    message.storeId = caller.storeId;
    message.device = caller.tokenId;
    message.toteId = toteId;
    message.message = *rendered;
    message.expiresAtMs = expiresMs;
    *messageId = mime.messageId;
    return m_storage.email().enqueue(message, nowMs());
}

StoreOutcome EmailService::emailList(const Principal &caller, const ListEmailRequest &request)
{
    const QString emailKey = EmailAddress::key(request.email);
    const auto outcome = m_storage.totes().mergeForEmail(
        request.toteId, caller.storeId, emailKey,
        [&](const EmailedTote &tote) {
            QString error;
            const auto ttl = std::chrono::seconds(qint64(m_settings.cartLinkDays) * 86400);
            const auto token =
                m_storage.cartLinks().issue(tote.customer.cartId, tote.toteId, tote.storeId, ttl, &error);
            if (!token)
                return unavailable();
            const auto unsubscribe =
                m_storage.email().recordConsent(tote.customer.id, request.email, request.marketingConsent,
                                                request.consentWording, tote.storeId, tote.toteId);
            if (!unsubscribe)
                return unavailable();
            ListEmail mail;
            mail.language = request.language;
            mail.storeName = storeName(tote.storeId);
            mail.currency =
                m_storage.retailer().value(QStringLiteral("currency")).toString(QStringLiteral("EUR"));
            mail.cartUrl = absoluteUrl(QStringLiteral("/cart/") + *token);
            mail.cartLinkExpiresAt = QDateTime::currentDateTimeUtc().addSecs(ttl.count());
            for (const EmailedLine &line : tote.lines) {
                ListEmailLine shown;
                QString image;
                if (!m_storage.email().lineDetails(line.variantId, tote.storeId, &shown.name, &shown.variant,
                                                   &image, &shown.storeStock))
                    shown.name = line.productId;
                shown.qty = line.qty;
                shown.unitPrice = line.unitPrice;
                shown.imageUrl = image.isEmpty() ? QString() : absoluteUrl(image);
                mail.lines.append(shown);
            }
            QList<QPair<QByteArray, QByteArray>> headers;
            if (request.marketingConsent) {
                mail.unsubscribeUrl = absoluteUrl(QStringLiteral("/unsubscribe/") + *unsubscribe);
                headers.append(
                    qMakePair(QByteArray("List-Unsubscribe"), '<' + mail.unsubscribeUrl.toLatin1() + '>'));
                headers.append(
                    qMakePair(QByteArray("List-Unsubscribe-Post"), QByteArray("List-Unsubscribe=One-Click")));
            }
            const ComposedMail composed = MailComposer::list(mail);
            QString messageId;
            if (!enqueue(QStringLiteral("list"), caller, tote.toteId, request.email, composed.subject,
                         composed.text, composed.html, headers, 0, &messageId))
                return unavailable();
            StoreOutcome ok;
            ok.json = {{QStringLiteral("messageId"), messageId},
                       {QStringLiteral("status"), QStringLiteral("queued")},
                       {QStringLiteral("cartLinkExpiresAt"), mail.cartLinkExpiresAt.toString(Qt::ISODate)}};
            return ok;
        },
        // Before the customer is looked up: the limit's locks also keep two requests for one new
        // address from both inserting that customer.
        [&] { return limited(caller, emailKey, false); });
    if (outcome.ok() && m_queued)
        m_queued();
    return outcome;
}

StoreOutcome EmailService::requestCode(const Principal &caller, const QString &toteId, const QString &email,
                                       const QString &language)
{
    if (const auto tote = m_storage.totes().tote(toteId, caller.storeId); !tote.ok())
        return tote;
    const QString emailKey = EmailAddress::key(email);
    EmailStore::Transaction transaction(m_storage.email());
    if (!transaction.isOpen())
        return unavailable();
    if (auto hit = limited(caller, emailKey, true))
        return *hit;
    const QString code =
        QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1'000'000), 6, 10, QLatin1Char('0'));
    const qint64 now = nowMs();
    const qint64 expires = now + qint64(m_settings.codeMinutes) * 60'000;
    const ComposedMail composed =
        MailComposer::code(language, storeName(caller.storeId), code, m_settings.codeMinutes);
    QString messageId;
    if (!m_storage.email().storeCode(toteId, emailKey, codeHash(toteId, emailKey, code), expires, now)
        || !enqueue(QStringLiteral("code"), caller, toteId, email, composed.subject, composed.text,
                    composed.html, {}, expires, &messageId)
        || !transaction.commit())
        return unavailable();
    if (m_queued)
        m_queued();
    StoreOutcome ok;
    ok.json = {
        {QStringLiteral("expiresAt"), QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("codeLength"), 6},
        {QStringLiteral("attempts"), m_settings.codeAttempts}};
    return ok;
}

StoreOutcome EmailService::linkByCode(const Principal &caller, const QString &toteId, const QString &email,
                                      const QString &code)
{
    if (const auto tote = m_storage.totes().tote(toteId, caller.storeId); !tote.ok())
        return tote;
    const QString emailKey = EmailAddress::key(email);
    int attemptsLeft = 0;
    EmailStore::CodeCheck check = EmailStore::CodeCheck::Failed;
    {
        // Committed whatever the answer: a wrong guess must use up an attempt.
        EmailStore::Transaction transaction(m_storage.email());
        if (transaction.isOpen())
            check = m_storage.email().checkCode(toteId, emailKey, codeHash(toteId, emailKey, code), nowMs(),
                                                m_settings.codeAttempts, &attemptsLeft);
        if (check == EmailStore::CodeCheck::Failed || !transaction.commit())
            return unavailable();
    }
    const auto forbidden = [](const char *reason, const QString &detail, QJsonObject extra = {}) {
        extra.insert(QStringLiteral("reason"), QString::fromLatin1(reason));
        return StoreOutcome::fail(Error::Forbidden, detail, extra);
    };
    switch (check) {
    case EmailStore::CodeCheck::Ok:
        break;
    case EmailStore::CodeCheck::Wrong:
        return forbidden("code-wrong",
                         QStringLiteral("That code is not right; check the email and try again."),
                         {{QStringLiteral("attemptsLeft"), attemptsLeft}});
    case EmailStore::CodeCheck::Exhausted:
        return forbidden("code-exhausted", QStringLiteral("Too many wrong codes; ask for a new one."));
    case EmailStore::CodeCheck::Missing:
    case EmailStore::CodeCheck::Expired:
    case EmailStore::CodeCheck::Failed:
        return forbidden("code-expired", QStringLiteral("The code has expired; ask for a new one."));
    }
    QString error;
    const auto customer = m_storage.totes().verifiedCustomer(emailKey, &error);
    if (!customer)
        return unavailable();
    return m_storage.totes().linkCustomer(toteId, caller.storeId, customer->id);
}

} // namespace Omnitote::Server
