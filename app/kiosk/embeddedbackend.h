// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QThread>
#include <QUrl>

namespace Omnitote {

/**
 * The kiosk's built-in backend: omnitote-server running in this process, on its own thread, on
 * 127.0.0.1 with the demo catalogue in the user's data folder. Used when no --backend is given, so
 * a fresh install shows a working store with nothing else to set up.
 */
class EmbeddedBackend : public QObject
{
    Q_OBJECT
public:
    explicit EmbeddedBackend(const QString &dataDir, QObject *parent = nullptr);
    ~EmbeddedBackend() override;

    /** Starts the server thread; ready() or failed() follows. Never blocks the caller. */
    void start();

Q_SIGNALS:
    void ready(const QUrl &baseUrl, const QString &deviceToken, const QString &storeId);
    void failed(const QString &reason);

private:
    QString m_dataDir;
    QThread m_thread;
};

} // namespace Omnitote
