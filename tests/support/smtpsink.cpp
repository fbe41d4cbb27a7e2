// SPDX-License-Identifier: MIT
#include "smtpsink.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTest>

namespace Omnitote::Testing {

SmtpSink::SmtpSink()
{
    // A free port, kept for the sink's life so a restarted relay is found where it was.
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    m_port = probe.serverPort();
}

SmtpSink::~SmtpSink()
{
    stop();
}

bool SmtpSink::start(const QStringList &extra)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(QStringLiteral(OMNITOTE_PYTHON3),
                     QStringList {QStringLiteral(OMNITOTE_SOURCE_DIR "/tests/scripts/smtpsink.py"),
                                  m_dir.path(), QString::number(m_port)}
                         + extra);
    if (!m_process->waitForStarted(10000))
        return false;
    // "ready" once it listens (or the process ended: aiosmtpd missing, port taken).
    while (!m_process->canReadLine()) {
        if (!m_process->waitForReadyRead(10000))
            return false;
    }
    return m_process->readLine().trimmed() == "ready";
}

void SmtpSink::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

bool SmtpSink::waitUntilGone()
{
    // Generous: the sender must first deliver N messages, on a machine that may be busy.
    return m_process && m_process->waitForFinished(60000);
}

QString SmtpSink::url() const
{
    return QStringLiteral("smtp://127.0.0.1:%1").arg(m_port);
}

QString SmtpSink::smtpsUrl() const
{
    return QStringLiteral("smtps://127.0.0.1:%1").arg(m_port);
}

QList<QJsonObject> SmtpSink::messages() const
{
    // N.eml appears (by rename) only after N.json is written, so a listed message is complete.
    QList<QJsonObject> out;
    const QDir dir(m_dir.path());
    for (const QString &name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name.chopped(4) + QStringLiteral(".json")));
        if (file.open(QIODevice::ReadOnly))
            out.append(QJsonDocument::fromJson(file.readAll()).object());
    }
    return out;
}

bool SmtpSink::waitForMessages(int count) const
{
    return QTest::qWaitFor([&] { return messages().size() >= count; }, 20000);
}

QString SmtpSink::header(const QJsonObject &message, const char *name)
{
    return message.value(QStringLiteral("headers")).toObject().value(QString::fromLatin1(name)).toString();
}

QJsonObject SmtpSink::part(const QJsonObject &message, const char *type)
{
    for (const auto &p : message.value(QStringLiteral("parts")).toArray()) {
        if (p.toObject().value(QStringLiteral("contentType")).toString() == QLatin1String(type))
            return p.toObject();
    }
    return {};
}

QString SmtpSink::partText(const QJsonObject &message, const char *type)
{
    return part(message, type).value(QStringLiteral("text")).toString();
}

} // namespace Omnitote::Testing
