// SPDX-License-Identifier: MIT
#include "associatemode.h"

#include "associatesession.h"
#include "backendstatus.h"
#include "checkoutqueuemodel.h"
#include "pickcontroller.h"
#include "scancontroller.h"
#include "sessioncontroller.h"

#include <backendapi.h>

namespace Omnitote {

namespace {
constexpr int kMaxAssociateDedupeMs = 400;
}

AssociateMode::AssociateMode(const Parts &parts, QObject *parent)
    : QObject(parent), m_parts(parts), m_api(new BackendApi(parts.http, this)),
      m_session(new AssociateSession(parts.deviceApi, m_api, this)),
      m_queue(new CheckoutQueueModel(m_api, this)),
      m_picking(new PickController(m_api, parts.deviceApi, this))
{
    // Scans never open the shopper's product page here: signed out they are badges, signed in they
    // are totes or the items being picked.
    m_parts.scans->setProductLookup(false);
    // Picking two of an item means scanning the same code twice in a row: only a scanner's own
    // double-send (well under half a second) may be folded into one scan here.
    if (m_parts.scans->dedupeWindowMs() > kMaxAssociateDedupeMs)
        m_parts.scans->setDedupeWindowMs(kMaxAssociateDedupeMs);
    connect(m_parts.scans, &ScanController::accepted, this, [this](const ScanEvent &event) {
        if (!m_session->signedIn())
            m_session->signInWithBadge(event.code.raw);
        else
            m_picking->handleScan(event);
    });
    connect(m_session, &AssociateSession::signedInChanged, this, &AssociateMode::onSignedIn);
    connect(m_parts.idle, &SessionController::ended, m_session, &AssociateSession::signOut);
    // An expired or revoked token: signed out with a reason, whichever call noticed.
    connect(m_queue, &CheckoutQueueModel::unauthorized, m_session, &AssociateSession::tokenRejected);
    connect(m_picking, &PickController::unauthorized, m_session, &AssociateSession::tokenRejected);
}

void AssociateMode::onSignedIn(bool signedIn)
{
    if (signedIn) {
        m_parts.idle->activity(); // the idle clock starts with the sign-in
        m_queue->setStoreId(m_session->storeId());
        m_picking->setStoreId(m_session->storeId());
    } else {
        m_picking->reset();
        if (m_parts.idle->state() != SessionController::State::Idle)
            m_parts.idle->end();
    }
    m_queue->setActive(signedIn);
}

QVariantMap AssociateMode::qmlProperties() const
{
    return {{QStringLiteral("associate"), QVariant::fromValue(m_session)},
            {QStringLiteral("queue"), QVariant::fromValue(m_queue)},
            {QStringLiteral("picking"), QVariant::fromValue(m_picking)}};
}

} // namespace Omnitote
