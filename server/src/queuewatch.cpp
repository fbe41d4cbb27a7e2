// SPDX-License-Identifier: MIT
#include "queuewatch.h"

#include <QDateTime>

namespace Omnitote::Server {

QueueWatch::QueueWatch() : m_epoch(QDateTime::currentMSecsSinceEpoch() * 1000) { }

qint64 QueueWatch::version(const QString &storeId) const
{
    return m_versions.value(storeId, m_epoch);
}

void QueueWatch::bump(const QString &storeId)
{
    m_versions.insert(storeId, version(storeId) + 1);
    QList<quint64> woken;
    for (const auto &[id, waiter] : m_waiters) {
        if (waiter.storeId == storeId)
            woken.append(id);
    }
    if (woken.isEmpty())
        return;
    // Queued: the change that bumped may still be running (a handler, a transaction's caller), and
    // each wake reads the queue again.
    QMetaObject::invokeMethod(
        this,
        [this, woken] {
            for (const quint64 id : woken)
                finish(id, true);
        },
        Qt::QueuedConnection);
}

void QueueWatch::bumpLater(const QString &storeId, int delayMs)
{
    QTimer::singleShot(delayMs, this, [this, storeId] { bump(storeId); });
}

bool QueueWatch::wait(const QString &storeId, int timeoutMs, std::function<void(bool)> wake)
{
    if (m_waiters.size() >= size_t(maxWaiters))
        return false;
    const quint64 id = m_nextId++;
    auto timer = std::make_unique<QTimer>();
    timer->setSingleShot(true);
    timer->callOnTimeout(this, [this, id] { finish(id, false); });
    timer->start(timeoutMs);
    m_waiters.emplace(id, Waiter {storeId, std::move(wake), std::move(timer)});
    return true;
}

void QueueWatch::finish(quint64 id, bool changed)
{
    const auto it = m_waiters.find(id);
    if (it == m_waiters.end())
        return; // woken already (a bump and a timeout in the same turn)
    auto wake = std::move(it->second.wake);
    m_waiters.erase(it);
    wake(changed);
}

} // namespace Omnitote::Server
