// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Omnitote::Testing {

/**
 * A real SMTP server for tests: tests/scripts/smtpsink.py (Debian's python3-aiosmtpd) as a child
 * process on a loopback port of its own, which stays the same across stop() and start() (a relay
 * going away and coming back). Each received message is read back as Python's email package parsed
 * it (headers, each part's decoded text), so tests check mail with a parser that is not ours.
 */
class SmtpSink
{
public:
    SmtpSink();
    ~SmtpSink();
    SmtpSink(const SmtpSink &) = delete;
    SmtpSink &operator=(const SmtpSink &) = delete;

    /** Starts listening (extra: smtpsink.py flags such as --starttls CERT KEY); false if it did not. */
    bool start(const QStringList &extra = {});
    void stop();
    /** Waits for a --stop-after sink to leave on its own. */
    bool waitUntilGone();

    /** smtp://127.0.0.1:PORT, or smtps:// for a sink started with --smtps. */
    QString url() const;
    QString smtpsUrl() const;
    /** Every message received so far, as smtpsink.py parsed it, in arrival order. */
    QList<QJsonObject> messages() const;
    /** Waits (events run meanwhile) until at least `count` messages arrived. */
    bool waitForMessages(int count) const;

    /** A header of a parsed message ("Subject"), decoded; empty when absent. */
    static QString header(const QJsonObject &message, const char *name);
    /** The first part of `type` ("text/plain", "text/html"); {} when there is none. */
    static QJsonObject part(const QJsonObject &message, const char *type);
    /** The decoded text of that part. */
    static QString partText(const QJsonObject &message, const char *type);

private:
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

} // namespace Omnitote::Testing
