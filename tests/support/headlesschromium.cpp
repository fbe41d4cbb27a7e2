// SPDX-License-Identifier: MIT
#include "headlesschromium.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QThread>

namespace Omnitote::Testing {

namespace {

constexpr int kStartMs = 30000;
constexpr int kCallMs = 20000;

} // namespace

HeadlessChromium::HeadlessChromium()
{
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                     [this](const QString &message) { onMessage(message); });
}

HeadlessChromium::~HeadlessChromium()
{
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        // Browser.close lets Chromium shut down its helpers itself; SIGTERM/SIGKILL only if it does not.
        call(QStringLiteral("Browser.close"));
        m_socket.close();
    }
    if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(5000)) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QString HeadlessChromium::findBinary()
{
    const QString configured = qEnvironmentVariable("OMNITOTE_CHROMIUM");
    if (!configured.isEmpty())
        return QFile::exists(configured) ? configured : QString();
    for (const char *name : {"chromium", "chromium-browser"}) {
        const QString found = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!found.isEmpty())
            return found;
    }
    return {};
}

bool HeadlessChromium::start(QString *error)
{
    const QString binary = findBinary();
    if (binary.isEmpty()) {
        *error = QStringLiteral("no chromium binary");
        return false;
    }
    // Port 0: Chromium picks a free port and writes it to DevToolsActivePort in the profile. A
    // throwaway profile, no sandbox (tests may run as root in a container), nothing phoning home.
    const QStringList arguments {QStringLiteral("--headless=new"),
                                 QStringLiteral("--no-sandbox"),
                                 QStringLiteral("--disable-gpu"),
                                 QStringLiteral("--disable-dev-shm-usage"),
                                 QStringLiteral("--no-first-run"),
                                 QStringLiteral("--no-default-browser-check"),
                                 QStringLiteral("--disable-extensions"),
                                 QStringLiteral("--disable-background-networking"),
                                 QStringLiteral("--disable-component-update"),
                                 QStringLiteral("--disable-sync"),
                                 QStringLiteral("--hide-scrollbars"),
                                 QStringLiteral("--mute-audio"),
                                 QStringLiteral("--force-color-profile=srgb"),
                                 QStringLiteral("--remote-debugging-address=127.0.0.1"),
                                 QStringLiteral("--remote-debugging-port=0"),
                                 QStringLiteral("--user-data-dir=") + m_profile.path(),
                                 QStringLiteral("about:blank")};
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(binary, arguments);
    if (!m_process.waitForStarted(kStartMs)) {
        *error = QStringLiteral("%1 did not start: %2").arg(binary, m_process.errorString());
        return false;
    }
    const QString portFile = m_profile.filePath(QStringLiteral("DevToolsActivePort"));
    QByteArrayList lines;
    const bool ready = waitFor(
        [&] {
            QFile file(portFile);
            if (!file.open(QIODevice::ReadOnly))
                return false;
            lines = file.readAll().split('\n');
            return lines.size() >= 2 && !lines.at(1).isEmpty();
        },
        kStartMs);
    if (!ready) {
        *error = QStringLiteral("Chromium wrote no DevToolsActivePort (exit %1)").arg(m_process.exitCode());
        return false;
    }
    m_socket.open(QUrl(
        QStringLiteral("ws://127.0.0.1:%1%2")
            .arg(QString::fromLatin1(lines.at(0).trimmed()), QString::fromLatin1(lines.at(1).trimmed()))));
    if (!waitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, kStartMs)) {
        *error = QStringLiteral("cannot connect to DevTools: %1").arg(m_socket.errorString());
        return false;
    }
    // A fresh page target, attached in "flat" mode: page commands go over this one socket.
    const auto target = call(QStringLiteral("Target.createTarget"),
                             {{QStringLiteral("url"), QStringLiteral("about:blank")}}, error);
    if (!target)
        return false;
    const auto session = call(QStringLiteral("Target.attachToTarget"),
                              {{QStringLiteral("targetId"), target->value(QStringLiteral("targetId"))},
                               {QStringLiteral("flatten"), true}},
                              error);
    if (!session)
        return false;
    m_session = session->value(QStringLiteral("sessionId")).toString();
    return call(QStringLiteral("Page.enable"), {}, error).has_value()
        && call(QStringLiteral("Runtime.enable"), {}, error).has_value();
}

std::optional<QJsonObject> HeadlessChromium::call(const QString &method, const QJsonObject &params,
                                                  QString *error)
{
    const int id = m_nextId++;
    QJsonObject message {
        {QStringLiteral("id"), id}, {QStringLiteral("method"), method}, {QStringLiteral("params"), params}};
    if (!m_session.isEmpty() && !method.startsWith(QLatin1String("Target."))
        && !method.startsWith(QLatin1String("Browser.")))
        message.insert(QStringLiteral("sessionId"), m_session);
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    if (!waitFor([this, id] { return m_answers.contains(id); }, kCallMs)) {
        if (error)
            *error = QStringLiteral("%1: no answer from Chromium").arg(method);
        return std::nullopt;
    }
    const QJsonObject answer = m_answers.take(id);
    if (answer.contains(QStringLiteral("error"))) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(
                method,
                QString::fromUtf8(QJsonDocument(answer.value(QStringLiteral("error")).toObject())
                                      .toJson(QJsonDocument::Compact)));
        return std::nullopt;
    }
    return answer.value(QStringLiteral("result")).toObject();
}

bool HeadlessChromium::waitForLoad(const std::function<bool()> &action, QString *error)
{
    const int before = m_loads;
    if (!action())
        return false;
    if (!waitFor([this, before] { return m_loads > before; }, kCallMs)) {
        *error = QStringLiteral("the page did not finish loading");
        return false;
    }
    return true;
}

QJsonValue HeadlessChromium::evaluate(const QString &expression, QString *error)
{
    const auto result =
        call(QStringLiteral("Runtime.evaluate"),
             {{QStringLiteral("expression"), expression}, {QStringLiteral("returnByValue"), true}}, error);
    if (!result)
        return QJsonValue::Undefined;
    if (result->contains(QStringLiteral("exceptionDetails"))) {
        if (error)
            *error =
                QString::fromUtf8(QJsonDocument(result->value(QStringLiteral("exceptionDetails")).toObject())
                                      .toJson(QJsonDocument::Compact));
        return QJsonValue::Undefined;
    }
    return result->value(QStringLiteral("result")).toObject().value(QStringLiteral("value"));
}

QByteArray HeadlessChromium::screenshot(int width, double scale, bool mobile, QString *error)
{
    const auto metrics = [&](int height) {
        return call(QStringLiteral("Emulation.setDeviceMetricsOverride"),
                    {{QStringLiteral("width"), width},
                     {QStringLiteral("height"), height},
                     {QStringLiteral("deviceScaleFactor"), scale},
                     {QStringLiteral("mobile"), mobile}},
                    error)
            .has_value();
    };
    // Lay the page out at the width first, then grow the viewport to the whole page and take it.
    if (!metrics(800))
        return {};
    const int height = evaluate(QStringLiteral("document.documentElement.scrollHeight"), error).toInt();
    if (height <= 0 || !metrics(qMax(height, 200)))
        return {};
    const auto shot = call(QStringLiteral("Page.captureScreenshot"),
                           {{QStringLiteral("format"), QStringLiteral("png")}}, error);
    return shot ? QByteArray::fromBase64(shot->value(QStringLiteral("data")).toString().toLatin1())
                : QByteArray();
}

bool HeadlessChromium::waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs
            || (m_process.state() == QProcess::NotRunning && m_process.exitStatus() == QProcess::CrashExit))
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

void HeadlessChromium::onMessage(const QString &message)
{
    const QJsonObject json = QJsonDocument::fromJson(message.toUtf8()).object();
    if (json.contains(QStringLiteral("id")))
        m_answers.insert(json.value(QStringLiteral("id")).toInt(), json);
    else if (json.value(QStringLiteral("method")).toString() == QLatin1String("Page.loadEventFired"))
        ++m_loads;
}

} // namespace Omnitote::Testing
