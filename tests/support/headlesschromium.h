// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QWebSocket>

#include <functional>
#include <optional>

namespace Omnitote::Testing {

/**
 * Debian's headless Chromium in a child process, driven over the Chrome DevTools Protocol on one
 * page target. Synchronous on purpose: each call spins the event loop until its answer arrives (or
 * a deadline passes), so a test reads top to bottom like a person using the page.
 */
class HeadlessChromium
{
public:
    HeadlessChromium();
    ~HeadlessChromium();

    /** The browser binary: $OMNITOTE_CHROMIUM, else chromium / chromium-browser on PATH; empty if none. */
    static QString findBinary();

    /** Starts the browser and attaches to its page; false with a reason. */
    bool start(QString *error);

    /** One CDP command; its `result`, or std::nullopt with `*error` (an error answer or no answer). */
    std::optional<QJsonObject> call(const QString &method, const QJsonObject &params = {},
                                    QString *error = nullptr);
    /** Navigates (or submits, via `action`) and waits for the next page's load event. */
    bool waitForLoad(const std::function<bool()> &action, QString *error);
    /** Evaluates `expression` in the page; its value (JSON-compatible) or an invalid QJsonValue. */
    QJsonValue evaluate(const QString &expression, QString *error = nullptr);
    /** Sets the viewport (CSS px) and returns a PNG of the whole page at that width. */
    QByteArray screenshot(int width, double scale, bool mobile, QString *error);

private:
    bool waitFor(const std::function<bool()> &done, int timeoutMs);
    void onMessage(const QString &message);

    QTemporaryDir m_profile;
    QProcess m_process;
    QWebSocket m_socket;
    QString m_session; // the page target's CDP session
    int m_nextId = 1;
    QHash<int, QJsonObject> m_answers;
    int m_loads = 0;
};

} // namespace Omnitote::Testing
