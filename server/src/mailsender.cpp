// SPDX-License-Identifier: MIT
#include "mailsender.h"

#include "emailstore.h"
#include "storage.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QThread>
#include <QUrl>

Q_LOGGING_CATEGORY(lcMail, "omnitote.server.mail", QtInfoMsg)

namespace Omnitote::Server {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

MailSender::MailSender(QString databaseUrl, MailSenderSettings settings)
    : m_databaseUrl(std::move(databaseUrl)), m_settings(std::move(settings)), m_client(m_settings.smtp)
{ }

MailSender::~MailSender() = default;

void MailSender::start()
{
    QString error;
    m_storage = createStorage(m_databaseUrl, &error);
    if (!m_storage || !m_storage->open(&error)) {
        qCWarning(lcMail) << "mail sender cannot open the database; nothing will be sent:" << error;
        m_storage.reset();
        return;
    }
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &MailSender::drain);
    qCInfo(lcMail) << "mail sender started; relay"
                   << QUrl(m_settings.smtp.url).toString(QUrl::RemoveUserInfo);
    drain();
}

void MailSender::wake()
{
    if (m_storage && m_timer)
        drain();
}

qint64 MailSender::backoffMs(int attempts) const
{
    qint64 delay = m_settings.retryBaseMs;
    for (int i = 0; i < attempts && delay < m_settings.retryMaxMs; ++i)
        delay *= 2;
    return std::min(delay, m_settings.retryMaxMs);
}

void MailSender::drain()
{
    EmailStore &store = m_storage->email();
    while (!m_stopping.loadRelaxed()) {
        const auto message = store.claimNext(nowMs(), m_settings.leaseMs);
        if (!message)
            break;
        QString state;
        if (message->expiresAtMs > 0 && nowMs() >= message->expiresAtMs) {
            // A one-time code nobody can use any more is not worth a message.
            store.markFinal(message->id, QStringLiteral("expired"),
                            QStringLiteral("expired before it was sent"));
            state = QStringLiteral("expired");
        } else {
            const SmtpResult result = m_client.send(message->sender, message->recipient, message->message);
            // The window: the relay has the message now; until this commit a crash means a resend.
            if (result.sent) {
                // Recording "sent" is retried: a lost update here would mean a second copy later.
                for (int attempt = 0; attempt < 5 && !store.markSent(message->id, nowMs()); ++attempt)
                    QThread::msleep(200);
                state = QStringLiteral("sent");
            } else if (result.permanent || message->attempts + 1 >= m_settings.maxAttempts) {
                store.markFinal(message->id, QStringLiteral("failed"), result.error);
                state = QStringLiteral("failed");
                qCWarning(lcMail) << "message" << message->messageId << "failed for good:" << result.error;
            } else {
                const qint64 delay = backoffMs(message->attempts);
                store.markRetry(message->id, nowMs() + delay, result.error);
                qCInfo(lcMail) << "message" << message->messageId << "not sent (" << result.error
                               << "); retry in" << delay << "ms";
            }
        }
        if (!state.isEmpty())
            emit delivered(message->messageId, state);
    }
    scheduleNext();
}

void MailSender::scheduleNext()
{
    if (m_stopping.loadRelaxed())
        return;
    qint64 wait = m_settings.pollMs;
    if (const auto due = m_storage->email().nextDueMs())
        wait = std::clamp(*due - nowMs(), qint64(0), m_settings.pollMs);
    // Never a busy loop, even when a due message cannot be claimed (a database error, say).
    wait = std::max<qint64>(wait, 20);
    m_timer->start(std::chrono::milliseconds(wait));
}

} // namespace Omnitote::Server
