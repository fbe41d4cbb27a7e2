// SPDX-License-Identifier: MIT
#include "checkoutqueuemodel.h"

#include <backendapi.h>

namespace Omnitote {

namespace {
constexpr int kMaxBackoffMs = 30000;
}

CheckoutQueueModel::CheckoutQueueModel(BackendApi *api, QObject *parent)
    : QAbstractListModel(parent), m_api(api)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &CheckoutQueueModel::poll);
    m_tick.setInterval(15000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_totes.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_totes.size()) - 1), {WaitTextRole});
    });
}

CheckoutQueueModel::~CheckoutQueueModel() = default;

int CheckoutQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_totes.size());
}

QString CheckoutQueueModel::waitText(int seconds)
{
    if (seconds < 60)
        return tr("waiting %n second(s)", "", seconds);
    return tr("waiting %n minute(s)", "", seconds / 60);
}

QVariant CheckoutQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueuedTote &tote = m_totes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case PickupCodeRole:
        return tote.pickupCode;
    case ToteIdRole:
        return tote.id;
    case StatusRole:
        return tote.status;
    case WaitTextRole:
        return waitText(tote.waitSeconds + int(m_sinceAnswer.isValid() ? m_sinceAnswer.elapsed() / 1000 : 0));
    case ItemsRole:
        return tote.items;
    case PickLinesRole:
        return tote.pickLines;
    case CustomerRole:
        return tote.customer;
    case ClaimedByRole:
        return tote.claim ? tote.claim->name : QString();
    case ClaimedByMeRole:
        return tote.claim && tote.claim->mine;
    default:
        return {};
    }
}

QHash<int, QByteArray> CheckoutQueueModel::roleNames() const
{
    return {{ToteIdRole, "toteId"},     {PickupCodeRole, "pickupCode"}, {StatusRole, "status"},
            {WaitTextRole, "waitText"}, {ItemsRole, "items"},           {PickLinesRole, "pickLines"},
            {CustomerRole, "customer"}, {ClaimedByRole, "claimedBy"},   {ClaimedByMeRole, "claimedByMe"}};
}

void CheckoutQueueModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    delete m_call;
    m_retry.stop();
    m_version = 0;
    m_backoffMs = 1000;
    if (active) {
        m_tick.start();
        poll();
    } else {
        m_tick.stop();
        apply({});
        setError({});
    }
    Q_EMIT activeChanged();
}

void CheckoutQueueModel::poll()
{
    if (!m_active || m_storeId.isEmpty())
        return;
    // The first call answers at once; every later one waits on the server for a change.
    CheckoutQueueCall *call = m_api->checkoutQueue(m_storeId, m_version, m_version > 0 ? m_waitSeconds : 0);
    call->setParent(this);
    m_call = call;
    connect(call, &ApiCall::finished, this, &CheckoutQueueModel::onAnswered);
}

void CheckoutQueueModel::onAnswered()
{
    auto *call = static_cast<CheckoutQueueCall *>(m_call.data());
    m_call = nullptr;
    call->deleteLater();
    if (call->status() == 401) {
        Q_EMIT unauthorized();
        return;
    }
    if (!call->ok() || !call->result()) {
        setError(tr("The queue could not be refreshed: %1").arg(call->errorMessage()));
        m_retry.start(m_backoffMs);
        m_backoffMs = qMin(m_backoffMs * 2, kMaxBackoffMs);
        return;
    }
    m_backoffMs = 1000;
    setError({});
    const CheckoutQueue &queue = *call->result();
    if (queue.changed || queue.version != m_version)
        apply(queue);
    m_version = queue.version;
    poll();
}

void CheckoutQueueModel::apply(const CheckoutQueue &queue)
{
    const int before = int(m_totes.size());
    const bool sameTotes = queue.totes.size() == m_totes.size()
        && std::equal(queue.totes.begin(), queue.totes.end(), m_totes.begin(),
                      [](const QueuedTote &a, const QueuedTote &b) { return a.id == b.id; });
    m_sinceAnswer.start();
    if (sameTotes) {
        // The same totes in the same order: update in place so the list does not jump under a finger.
        m_totes = queue.totes;
        if (!m_totes.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_totes.size()) - 1));
        return;
    }
    beginResetModel();
    m_totes = queue.totes;
    endResetModel();
    if (before != int(m_totes.size()))
        Q_EMIT countChanged();
}

void CheckoutQueueModel::setError(const QString &error)
{
    if (error == m_errorMessage)
        return;
    m_errorMessage = error;
    Q_EMIT errorChanged();
}

} // namespace Omnitote
