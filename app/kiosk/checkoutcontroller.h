// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>

namespace Omnitote {

class ApiCall;
class BackendApi;
class SyncEngine;
class ToteStore;

/**
 * The shopper's "Finish at checkout": waits until every change to the tote is on the server, then
 * asks the server to queue the tote for an associate, and offers the QR code and the short pickup
 * code to show at the desk.
 */
class CheckoutController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("CheckoutController is created by the application")
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString pickupCode READ pickupCode NOTIFY changed)
    Q_PROPERTY(QUrl qrSource READ qrSource NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
public:
    enum class State {
        Idle, // nothing asked yet
        Saving, // waiting for the tote's last changes to reach the server
        Sending, // the checkout call is in flight
        Ready, // queued: show the QR code and the pickup code
        Failed, // errorMessage says why; finish() tries again
    };
    Q_ENUM(State)

    CheckoutController(ToteStore *store, SyncEngine *sync, BackendApi *api, QObject *parent = nullptr);
    ~CheckoutController() override;

    State state() const { return m_state; }
    QString pickupCode() const { return m_pickupCode; }
    QUrl qrSource() const { return m_qrSource; }
    QString qrPayload() const { return m_qrPayload; }
    QString errorMessage() const { return m_errorMessage; }

    /** Starts (or retries) the checkout of the active tote. */
    Q_INVOKABLE void finish();
    /** The session ended: forget the code (the next shopper must not see it). */
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void changed();
    /** finish() was accepted: the screen should show the checkout. */
    void started();

private:
    void advance();
    void send(const QString &serverToteId);
    void onAnswered();
    void setState(State state, const QString &error = {});

    ToteStore *m_store;
    SyncEngine *m_sync;
    BackendApi *m_api;
    QPointer<ApiCall> m_call;
    State m_state = State::Idle;
    QString m_pickupCode;
    QString m_qrPayload;
    QUrl m_qrSource;
    QString m_errorMessage;
};

} // namespace Omnitote
