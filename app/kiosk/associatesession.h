// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

namespace Omnitote {

class ApiCall;
class BackendApi;

/**
 * Who is signed in on an associate tablet. Sign-in (badge scan or staff number + PIN) goes out with
 * the device's token; the short-lived associate token the server answers is then set on the
 * associate API, which every queue and picking call uses. Signing out (a button, the idle timeout, the
 * token's expiry, or a 401) forgets the token at once.
 */
class AssociateSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AssociateSession is created by the application")
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString staffNumber READ staffNumber NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
public:
    /** `deviceApi` carries the device token; `associateApi` gets the associate's. */
    AssociateSession(BackendApi *deviceApi, BackendApi *associateApi, QObject *parent = nullptr);
    ~AssociateSession() override;

    bool signedIn() const { return !m_token.isEmpty(); }
    bool busy() const { return m_call != nullptr; }
    QString name() const { return m_name; }
    QString staffNumber() const { return m_staffNumber; }
    QString errorMessage() const { return m_errorMessage; }
    QString storeId() const { return m_storeId; }

    /** A scanned badge (`ota1.…`); false when the payload is not a badge at all. */
    Q_INVOKABLE bool signInWithBadge(const QString &payload);
    Q_INVOKABLE void signInWithPin(const QString &staffNumber, const QString &pin);
    Q_INVOKABLE void signOut();
    /** The server refused the associate token (expired or revoked): signed out, with a reason. */
    void tokenRejected();

    static bool isBadgePayload(const QString &payload);

Q_SIGNALS:
    void changed();
    void signedInChanged(bool signedIn);

private:
    void start(ApiCall *call);
    void onAnswered();
    void clear(const QString &reason);

    BackendApi *m_deviceApi;
    BackendApi *m_associateApi;
    QPointer<ApiCall> m_call;
    QString m_token;
    QString m_name;
    QString m_staffNumber;
    QString m_storeId;
    QString m_errorMessage;
    QTimer m_expiry; // the token's own end, so the tablet signs out before calls start failing
};

} // namespace Omnitote
