// SPDX-License-Identifier: MIT
#include "backendstatus.h"

#include <backendapi.h>

namespace Omnitote {

BackendStatus::BackendStatus(BackendApi *api, QObject *parent) : QObject(parent), m_api(api)
{
    m_message = tr("Connecting to the store…");
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &BackendStatus::connectToBackend);
}

void BackendStatus::set(State state, const QString &message)
{
    m_state = state;
    m_message = message;
    Q_EMIT changed();
}

void BackendStatus::setFailed(const QString &reason)
{
    set(State::Unreachable, reason);
}

void BackendStatus::connectToBackend()
{
    auto *call = m_api->me();
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        if (!call->ok()) {
            // Keep whatever the screen showed and try again, backing off up to a minute.
            set(State::Unreachable, tr("The store's system cannot be reached: %1").arg(call->errorMessage()));
            m_retry.start(m_retryDelayMs);
            m_retryDelayMs = qMin(m_retryDelayMs * 2, 60'000);
            return;
        }
        m_retryDelayMs = 1000;
        m_storeName = call->result()->storeName;
        m_storeId = call->result()->storeId;
        m_retailerName = call->result()->retailerName;
        set(State::Ready, QString());
    });
}

} // namespace Omnitote
