// SPDX-License-Identifier: MIT
#pragma once

#include "latestcall.h"

#include <QObject>
#include <QQmlEngine>

namespace Omnitote {

class BackendApi;
class ToteStore;

/**
 * Links the tote to a customer whose phone shows their QR code (`otc1.<id>.<expiry>.<mac>`): the server
 * checks the signature and expiry and answers with the customer's masked email. Only what the server
 * verified is shown, and never the customer's cart; the link lives in memory and ends with the session.
 */
class CustomerLinkController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("CustomerLinkController is created by the application")
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(bool linked READ linked NOTIFY changed)
    Q_PROPERTY(QString maskedEmail READ maskedEmail NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
public:
    enum class State { None, Linking, Linked, Error };
    Q_ENUM(State)

    CustomerLinkController(ToteStore *store, BackendApi *api, QObject *parent = nullptr);

    /** A scan that is a customer's QR code rather than a product (prefix "otc1."). */
    static bool isCustomerCode(const QString &payload);

    /** Sends the scanned code to the server for the active tote (creating it there first if needed). */
    void link(const QString &payload);
    /** The session ended: the link and the masked email are forgotten. The server keeps the link. */
    void forget();

    State state() const { return m_state; }
    bool linked() const { return m_state == State::Linked; }
    QString maskedEmail() const { return m_maskedEmail; }
    QString errorMessage() const { return m_errorMessage; }
    /** The server tote the customer was linked to (tests, diagnostics). */
    QString toteId() const { return m_toteId; }

Q_SIGNALS:
    void changed();
    /** The server verified the code: the tote now flows into this customer's cart. */
    void linkedToCustomer();
    void failed(const QString &message);

private:
    void sendLink(const QString &serverToteId);
    void fail(const QString &message);
    QString messageFor(const ApiCall &call) const;

    ToteStore *m_store;
    BackendApi *m_api;
    LatestCall m_call;
    QString m_payload;
    QString m_toteId;
    State m_state = State::None;
    QString m_maskedEmail;
    QString m_errorMessage;
};

} // namespace Omnitote
