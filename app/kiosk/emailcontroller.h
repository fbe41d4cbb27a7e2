// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>

#include <functional>

namespace Omnitote {

class ApiCall;
class BackendApi;
class SyncEngine;
class ToteStore;

/**
 * "Email me my list" and "identify by email" on the tote screen: the address the shopper types (checked
 * here first), the separate marketing consent, and the calls of docs/API.md "Email my list and identify
 * by email". The address lives only for the session: endSession() forgets it.
 */
class EmailController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("EmailController is created by the application")
    Q_PROPERTY(QString address READ address WRITE setAddress NOTIFY addressChanged)
    Q_PROPERTY(bool addressValid READ addressValid NOTIFY addressChanged)
    Q_PROPERTY(QString addressError READ addressError NOTIFY addressChanged)
    Q_PROPERTY(bool marketingConsent READ marketingConsent WRITE setMarketingConsent NOTIFY consentChanged)
    Q_PROPERTY(QString consentWording READ consentWording CONSTANT)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(bool canRetry READ canRetry NOTIFY stateChanged)
    Q_PROPERTY(int codeLength READ codeLength CONSTANT)
    Q_PROPERTY(QStringList cartLines READ cartLines NOTIFY stateChanged)
    Q_PROPERTY(QString cartTotalText READ cartTotalText NOTIFY stateChanged)
public:
    /** Editing: typing; Busy: a call is under way; Sent: the list is queued; CodeSent: waiting for the
     * six digits; Linked: the tote belongs to the customer (their cart is shown); Failed: see message. */
    enum class State { Editing, Busy, Sent, CodeSent, Linked, Failed };
    Q_ENUM(State)

    /** The id of the consent sentence the dialog shows; change it whenever that sentence changes. */
    static constexpr const char *kConsentWording = "kiosk-consent-2026-11";

    EmailController(BackendApi *api, ToteStore *tote, SyncEngine *sync, QObject *parent = nullptr);

    QString address() const { return m_address; }
    void setAddress(const QString &address);
    bool addressValid() const;
    QString addressError() const;
    bool marketingConsent() const { return m_consent; }
    void setMarketingConsent(bool consent);
    QString consentWording() const { return QString::fromLatin1(kConsentWording); }
    State state() const { return m_state; }
    QString message() const { return m_message; }
    bool canRetry() const { return m_state == State::Failed && bool(m_retry); }
    int codeLength() const { return 6; }
    QStringList cartLines() const { return m_cartLines; }
    QString cartTotalText() const { return m_cartTotal; }

    /** The message's language ("en", "zh_CN", "et", "pl"), as the kiosk's language changes. */
    void setLanguage(const QString &code);

    /** A dialog opened: back to typing (the address typed earlier in this session stays). */
    Q_INVOKABLE void begin();
    /** Emails the tote; false (with addressError or message) when it cannot be sent as it is. */
    Q_INVOKABLE bool sendList();
    /** Identify by email, step 1: a six-digit code goes to the address. */
    Q_INVOKABLE bool requestCode();
    /** Step 2: the code the shopper read; on success the tote is linked and the cart shown. */
    Q_INVOKABLE bool verifyCode(const QString &code);
    /** Repeats the call that failed (network trouble), with the same address. */
    Q_INVOKABLE void retry();

    /** The session ended: the address, the consent and any customer's cart are forgotten. */
    void endSession();

Q_SIGNALS:
    void addressChanged();
    void consentChanged();
    void stateChanged();

private:
    using ToteAction = std::function<void(const QString &serverToteId)>;

    /** Runs `action` once the tote and every queued change of it are on the server. */
    void withServerTote(ToteAction action);
    void onSyncStateChanged();
    void runPending();
    bool startCall(const std::function<ApiCall *(const QString &)> &makeCall,
                   const std::function<void(ApiCall *)> &onSuccess);
    void fail(const ApiCall &call);
    void setState(State state, const QString &message = {});
    void showCart(const QJsonObject &cart);
    QString messageLanguage() const;

    BackendApi *m_api;
    ToteStore *m_tote;
    SyncEngine *m_sync;
    QString m_address;
    bool m_consent = false;
    QString m_language = QStringLiteral("en");
    State m_state = State::Editing;
    QString m_message;
    QStringList m_cartLines;
    QString m_cartTotal;
    ToteAction m_pending; // waiting for the tote to reach the server
    int m_failuresBefore = 0; // the sync engine's failed attempts when m_pending began waiting
    std::function<void()> m_retry;
    QPointer<ApiCall> m_call;
};

} // namespace Omnitote
