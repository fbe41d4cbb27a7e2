// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

namespace Omnitote {

class BackendApi;

/** Whether the kiosk can reach its backend, and the store it belongs to (for the attract screen). */
class BackendStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("BackendStatus is created by the application")
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString storeName READ storeName NOTIFY changed)
    Q_PROPERTY(QString retailerName READ retailerName NOTIFY changed)
public:
    enum class State { Starting, Ready, Unreachable };
    Q_ENUM(State)

    explicit BackendStatus(BackendApi *api, QObject *parent = nullptr);

    State state() const { return m_state; }
    QString message() const { return m_message; }
    QString storeName() const { return m_storeName; }
    QString storeId() const { return m_storeId; }
    QString retailerName() const { return m_retailerName; }

    /** The backend is configured: ask it who we are; retries with backoff until it answers. */
    void connectToBackend();
    /** The backend could not be started or configured at all. */
    void setFailed(const QString &reason);

Q_SIGNALS:
    void changed();

private:
    void set(State state, const QString &message);

    BackendApi *m_api;
    State m_state = State::Starting;
    QString m_message;
    QString m_storeName;
    QString m_storeId;
    QString m_retailerName;
    QTimer m_retry;
    int m_retryDelayMs = 1000;
};

} // namespace Omnitote
