// SPDX-License-Identifier: MIT
#include "customerlinkcontroller.h"

#include <backendapi.h>
#include <totestore.h>

#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcCustomerLink, "omnitote.kiosk.customer")

namespace Omnitote {

CustomerLinkController::CustomerLinkController(ToteStore *store, BackendApi *api, QObject *parent)
    : QObject(parent), m_store(store), m_api(api)
{ }

bool CustomerLinkController::isCustomerCode(const QString &payload)
{
    return payload.trimmed().startsWith(QLatin1String("otc1."));
}

void CustomerLinkController::link(const QString &payload)
{
    m_call.cancel();
    // A new code replaces whatever was shown: nothing of an earlier customer stays on screen.
    m_payload = payload.trimmed().left(512);
    m_maskedEmail.clear();
    m_errorMessage.clear();
    m_toteId.clear();
    m_state = State::Linking;
    Q_EMIT changed();
    if (!m_api->isConfigured() || !m_store->isOpen()) {
        fail(tr("Your account cannot be linked right now. Please try again in a moment."));
        return;
    }
    const ToteStore::ToteRecord tote = m_store->activeTote();
    if (!tote.serverId.isEmpty()) {
        sendLink(tote.serverId);
        return;
    }
    // The server does not know this tote yet (nothing added so far): create it with the device's id for
    // it, the same idempotent call the sync engine makes, so both end up with one tote.
    auto *call = m_api->createTote(tote.localId);
    m_call.start(this, call, [this, call, localId = tote.localId](ApiCall *) {
        if (!call->ok() || !call->result()) {
            fail(messageFor(*call));
            return;
        }
        const ServerTote &created = *call->result();
        QString error;
        if (m_store->tote(localId) && m_store->tote(localId)->serverId.isEmpty()
            && !m_store->setServerTote(localId, created.id, created.pickupCode, created.version, &error))
            qCWarning(lcCustomerLink) << "could not record the server tote:" << error;
        sendLink(created.id);
    });
}

void CustomerLinkController::sendLink(const QString &serverToteId)
{
    m_toteId = serverToteId;
    const QString path = QStringLiteral("/v1/totes/%1/customer")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(serverToteId)));
    auto *call = m_api->post(path, QJsonObject {{QStringLiteral("qr"), m_payload}});
    m_call.start(this, call, [this](ApiCall *done) {
        const QJsonObject customer = done->json().object().value(QStringLiteral("customer")).toObject();
        if (!done->ok() || customer.isEmpty()) {
            fail(messageFor(*done));
            return;
        }
        m_payload.clear(); // the code did its job; it is not kept
        m_maskedEmail = customer.value(QStringLiteral("email")).toString();
        m_state = State::Linked;
        qCInfo(lcCustomerLink) << "tote" << m_toteId << "linked to a customer";
        Q_EMIT changed();
        Q_EMIT linkedToCustomer();
    });
}

QString CustomerLinkController::messageFor(const ApiCall &call) const
{
    const auto error = call.error();
    const QString reason = error ? error->problem.value(QStringLiteral("reason")).toString() : QString();
    if (reason == QLatin1String("qr-expired"))
        return tr("This code has expired. Please reopen the code in your app and scan it again.");
    if (reason == QLatin1String("qr-signature"))
        return tr("This code is not valid. Please show the code from the store's app.");
    if (reason == QLatin1String("qr-malformed"))
        return tr("That is not a customer code. Please show the code from the store's app.");
    if (call.status() == 0 || call.status() >= 500)
        return tr("Your account cannot be linked right now. Please try again in a moment.");
    return tr("Your account could not be linked: %1").arg(call.errorMessage());
}

void CustomerLinkController::fail(const QString &message)
{
    m_payload.clear();
    m_maskedEmail.clear();
    m_errorMessage = message;
    m_state = State::Error;
    Q_EMIT changed();
    Q_EMIT failed(message);
}

void CustomerLinkController::forget()
{
    m_call.cancel();
    m_payload.clear();
    m_toteId.clear();
    m_maskedEmail.clear();
    m_errorMessage.clear();
    if (m_state == State::None)
        return;
    m_state = State::None;
    Q_EMIT changed();
}

} // namespace Omnitote
