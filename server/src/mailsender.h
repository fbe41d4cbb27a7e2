// SPDX-License-Identifier: MIT
#pragma once

#include "smtpclient.h"

#include <QAtomicInteger>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Omnitote::Server {

class Storage;

/** How the sender paces itself. */
struct MailSenderSettings
{
    SmtpSettings smtp;
    qint64 retryBaseMs = 30'000; // the first retry; doubled after each failure
    qint64 retryMaxMs = 3'600'000;
    int maxAttempts = 60; // then the message is marked failed (about two days at the defaults)
    qint64 leaseMs = 5 * 60'000; // a claim older than this is taken to be a dead sender's
    qint64 pollMs = 30'000; // look for work queued by other servers on the same database
};

/**
 * Delivers the outbox: claims one due message at a time, sends it over SMTP, and records the result.
 *
 * Lives on its own thread ("omnitote-mail") with its own database connection, so a slow or dead
 * relay never holds up a request. Never sends a message twice except in one window: the relay's
 * 250 has arrived and the process dies before `sent` is committed (see docs/API.md).
 */
class MailSender : public QObject
{
    Q_OBJECT
public:
    MailSender(QString databaseUrl, MailSenderSettings settings);
    ~MailSender() override;

    /** Thread-safe: asks the sender to stop after the message in hand. */
    void requestStop() { m_stopping.storeRelaxed(1); }

public slots:
    /** Opens the sender's own connection and starts draining; runs on the sender's thread. */
    void start();
    /** Something was queued: look now rather than at the next timer. */
    void wake();

signals:
    /** One message reached a final state ("sent", "failed", "expired"): for tests and logs. */
    void delivered(const QString &messageId, const QString &state);

private:
    void drain();
    void scheduleNext();
    qint64 backoffMs(int attempts) const;

    QString m_databaseUrl;
    MailSenderSettings m_settings;
    SmtpClient m_client;
    std::unique_ptr<Storage> m_storage;
    QTimer *m_timer = nullptr;
    QAtomicInteger<int> m_stopping {0};
};

} // namespace Omnitote::Server
