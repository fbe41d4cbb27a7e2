// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>

namespace Omnitote::Server {

/**
 * Versions of each store's checkout queue, and the long-poll requests waiting for them to move.
 *
 * Lives on the server thread. A version starts at the time the server started (microseconds), so
 * a client's version from before a restart never matches by chance, and goes up by one per change.
 * Waiters are woken from the event loop, never from inside the change that moved the version.
 */
class QueueWatch : public QObject
{
public:
    /** More waiters than this are refused: each holds a connection open. */
    static constexpr int maxWaiters = 1000;

    QueueWatch();

    qint64 version(const QString &storeId) const;
    /** The store's queue changed: a new version, and every waiter for the store wakes. */
    void bump(const QString &storeId);
    /** A bump in `delayMs`, for changes that happen by time passing (an abandoned claim expires). */
    void bumpLater(const QString &storeId, int delayMs);
    /** Calls `wake(true)` at the store's next bump, or `wake(false)` after `timeoutMs`; false when full. */
    bool wait(const QString &storeId, int timeoutMs, std::function<void(bool changed)> wake);
    qsizetype waiting() const { return qsizetype(m_waiters.size()); }

private:
    struct Waiter
    {
        QString storeId;
        std::function<void(bool)> wake;
        std::unique_ptr<QTimer> timer;
    };
    void finish(quint64 id, bool changed);

    qint64 m_epoch;
    QHash<QString, qint64> m_versions;
    std::map<quint64, Waiter> m_waiters;
    quint64 m_nextId = 1;
};

} // namespace Omnitote::Server
