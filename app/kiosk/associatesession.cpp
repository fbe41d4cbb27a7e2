// SPDX-License-Identifier: MIT
#include "associatesession.h"

#include <backendapi.h>

#include <QLoggingCategory>

#include <limits>

Q_LOGGING_CATEGORY(lcAssociate, "omnitote.kiosk.associate")

namespace Omnitote {

AssociateSession::AssociateSession(BackendApi *deviceApi, BackendApi *associateApi, QObject *parent)
    : QObject(parent), m_deviceApi(deviceApi), m_associateApi(associateApi)
{
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this,
            [this] { clear(tr("Your sign-in has expired. Please sign in again.")); });
}

AssociateSession::~AssociateSession() = default;

bool AssociateSession::isBadgePayload(const QString &payload)
{
    // ota1.<associate id>.<secret>: the server checks the rest.
    return payload.startsWith(QLatin1String("ota1.")) && payload.count(QLatin1Char('.')) == 2
        && payload.size() < 256;
}

bool AssociateSession::signInWithBadge(const QString &payload)
{
    const QString badge = payload.trimmed();
    if (!isBadgePayload(badge)) {
        m_errorMessage = tr("That is not a staff badge. Scan your badge or enter your staff number and PIN.");
        Q_EMIT changed();
        return false;
    }
    if (!busy())
        start(m_deviceApi->signInWithBadge(badge));
    return true;
}

void AssociateSession::signInWithPin(const QString &staffNumber, const QString &pin)
{
    if (staffNumber.trimmed().isEmpty() || pin.isEmpty()) {
        m_errorMessage = tr("Enter your staff number and PIN.");
        Q_EMIT changed();
        return;
    }
    if (!busy())
        start(m_deviceApi->signInWithPin(staffNumber.trimmed(), pin));
}

void AssociateSession::start(ApiCall *call)
{
    call->setParent(this);
    m_call = call;
    m_errorMessage.clear();
    connect(call, &ApiCall::finished, this, &AssociateSession::onAnswered);
    Q_EMIT changed();
}

void AssociateSession::onAnswered()
{
    auto *call = static_cast<AssociateSignInCall *>(m_call.data());
    m_call = nullptr;
    call->deleteLater();
    if (!call->ok() || !call->result()) {
        // 401 and 429 carry a sentence for the person at the tablet (attempts left, locked until).
        m_errorMessage = call->status() == 401
            ? tr("Sign-in failed: the badge, staff number or PIN is not right.")
            : tr("Sign-in failed: %1").arg(call->errorMessage());
        Q_EMIT changed();
        return;
    }
    const AssociateSignIn &signIn = *call->result();
    m_token = signIn.token;
    m_name = signIn.name;
    m_staffNumber = signIn.staffNumber;
    m_storeId = signIn.storeId;
    m_associateApi->setBaseUrl(m_deviceApi->baseUrl());
    m_associateApi->setToken(m_token);
    const qint64 msLeft = QDateTime::currentDateTimeUtc().msecsTo(signIn.expiresAt);
    if (signIn.expiresAt.isValid() && msLeft > 0)
        m_expiry.start(int(qMin<qint64>(msLeft, std::numeric_limits<int>::max())));
    qCInfo(lcAssociate) << "associate" << m_staffNumber << "signed in";
    Q_EMIT changed();
    Q_EMIT signedInChanged(true);
}

void AssociateSession::signOut()
{
    if (!signedIn())
        return;
    // Revoke on the server too; nobody waits for the answer (the token is forgotten here either way).
    ApiCall *call = m_associateApi->signOutAssociate();
    connect(call, &ApiCall::finished, call, &QObject::deleteLater);
    clear({});
}

void AssociateSession::tokenRejected()
{
    if (signedIn())
        clear(tr("You were signed out. Please sign in again."));
}

void AssociateSession::clear(const QString &reason)
{
    const bool was = signedIn();
    qCInfo(lcAssociate) << "associate" << m_staffNumber << "signed out";
    m_token.clear();
    m_name.clear();
    m_staffNumber.clear();
    m_associateApi->setToken({});
    m_expiry.stop();
    m_errorMessage = reason;
    Q_EMIT changed();
    if (was)
        Q_EMIT signedInChanged(false);
}

} // namespace Omnitote
