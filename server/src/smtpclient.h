// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace Omnitote::Server {

/** The relay and how to talk to it (flags --smtp-*, --mail-from). */
struct SmtpSettings
{
    enum class StartTls { Required, Opportunistic, Off };
    /** smtp://host:port (plain, or STARTTLS per `startTls`) or smtps://host:port (TLS from the start). */
    QString url;
    StartTls startTls = StartTls::Required;
    QString user;
    QString password;
    /** CA bundle to verify the relay against; empty: the system's. Verification is never turned off. */
    QString caFile;
    int connectTimeoutSeconds = 10;
    int timeoutSeconds = 60;
};

/** What one delivery attempt came to. */
struct SmtpResult
{
    bool sent = false;
    bool permanent = false; // the relay refused with a 5xx: retrying would not help
    int replyCode = 0;
    QString error;
};

/**
 * Hands one message to the relay with libcurl's SMTP (blocking; call it from the sender's thread,
 * never a request thread). A fresh connection per message keeps a half-broken session from one
 * attempt out of the next.
 */
class SmtpClient
{
public:
    explicit SmtpClient(SmtpSettings settings) : m_settings(std::move(settings)) { }
    SmtpResult send(const QString &from, const QString &recipient, const QByteArray &message) const;

private:
    SmtpSettings m_settings;
};

} // namespace Omnitote::Server
