// SPDX-License-Identifier: MIT
#include "checkoutcontroller.h"

#include "barcodeimageprovider.h"

#include <backendapi.h>
#include <syncengine.h>
#include <totestore.h>

namespace Omnitote {

CheckoutController::CheckoutController(ToteStore *store, SyncEngine *sync, BackendApi *api, QObject *parent)
    : QObject(parent), m_store(store), m_sync(sync), m_api(api)
{
    // Every sync step may be the one that makes the tote complete on the server.
    connect(m_sync, &SyncEngine::stateChanged, this, [this] {
        if (m_state == State::Saving)
            advance();
    });
}

CheckoutController::~CheckoutController() = default;

void CheckoutController::finish()
{
    if (m_state == State::Saving || m_state == State::Sending)
        return;
    if (m_store->itemCount() == 0) {
        setState(State::Failed, tr("Your tote is empty. Add something before you finish."));
        return;
    }
    setState(State::Saving);
    Q_EMIT started();
    m_sync->retryNow(); // an offline engine waiting out its backoff tries again now
    advance();
}

void CheckoutController::reset()
{
    delete m_call;
    m_pickupCode.clear();
    m_qrPayload.clear();
    m_qrSource.clear();
    setState(State::Idle);
}

void CheckoutController::advance()
{
    const ToteStore::ToteRecord tote = m_store->activeTote();
    if (m_sync->state() == SyncEngine::State::Error) {
        setState(State::Failed, tr("Your tote could not be saved. Please ask an associate for help."));
        return;
    }
    // The associate must see exactly what the shopper sees: nothing may still be in the outbox.
    if (m_sync->pendingCount() > 0 || tote.serverId.isEmpty())
        return; // stateChanged brings us back
    send(tote.serverId);
}

void CheckoutController::send(const QString &serverToteId)
{
    setState(State::Sending);
    CheckoutCall *call = m_api->checkoutTote(serverToteId);
    call->setParent(this);
    m_call = call;
    connect(call, &ApiCall::finished, this, &CheckoutController::onAnswered);
}

void CheckoutController::onAnswered()
{
    auto *call = static_cast<CheckoutCall *>(m_call.data());
    if (!call)
        return;
    call->deleteLater();
    m_call = nullptr;
    if (!call->ok() || !call->result()) {
        setState(State::Failed, tr("The checkout could not be started: %1").arg(call->errorMessage()));
        return;
    }
    m_pickupCode = call->result()->pickupCode;
    m_qrPayload = call->result()->qr;
    m_qrSource = BarcodeImageProvider::url(BarcodeRenderer::Kind::Qr, m_qrPayload);
    setState(State::Ready);
}

void CheckoutController::setState(State state, const QString &error)
{
    m_state = state;
    m_errorMessage = error;
    Q_EMIT changed();
}

} // namespace Omnitote
