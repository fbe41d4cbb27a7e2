// SPDX-License-Identifier: MIT
#pragma once

#include "toteops.h"

#include <backendapi.h>

#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

namespace Omnitote {

class ToteStore;

/**
 * Drains the ToteStore's outbox to the server: strictly in order, in batches, creating the server tote
 * first. Ops leave the outbox only once the server acknowledged them, so a lost answer just means the
 * same ops (same opIds) are sent again and the server answers them without applying them twice.
 * Network trouble and 5xx: exponential backoff with jitter. A 400 for a batch: the op the server
 * refuses is found, set aside with the reason (quarantined), and the rest flows on.
 */
// Thread affinity: the store's and the BackendApi's thread. At most one call is in flight.
class SyncEngine : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY stateChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY stateChanged)
public:
    enum class State { Synced, Pending, Offline, Error };
    Q_ENUM(State)

    SyncEngine(ToteStore *store, BackendApi *api, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setBatchSize(int ops) { m_batchSize = qMax(1, ops); }
    /** First retry after about initialMs, doubling up to maxMs; each delay is jittered. */
    void setBackoff(int initialMs, int maxMs);
    /** Seeds the jitter (tests replay runs). */
    void setSeed(quint32 seed) { m_random.seed(seed); }

    /** Starts syncing now and whenever the outbox grows; also what a restart calls to resume. */
    void start();
    /** Stops: cancels the call in flight (its ops stay queued) and any retry timer. */
    void stop();
    /** Retries at once (a "Retry" button, or the network came back). Also clears an Error stop. */
    void retryNow();

    State state() const { return m_state; }
    int pendingCount() const;
    QString lastError() const { return m_lastError; }
    /** Nothing in flight and nothing queued. */
    bool isIdle() const { return !m_call && pendingCount() == 0; }
    /** Attempts that failed on the network or with 5xx since start (diagnostics, tests). */
    int failedAttempts() const { return m_failedAttempts; }

Q_SIGNALS:
    void stateChanged();
    /** The outbox is empty and nothing is in flight. */
    void synced();

private:
    enum class Outcome { Done, Retry, Refused, Stop };

    void pump();
    void createServerTote(const QString &localId);
    void sendBatch(const QString &serverId, const QList<OutboxOp> &batch);
    void onCreated(ApiCall *call, const QString &localId);
    void onBatchAnswered(ApiCall *call, const QList<OutboxOp> &batch);
    Outcome classify(const ApiCall &call) const;
    void handleRefusal(const ApiCall &call, const QList<OutboxOp> &batch);
    void backOnline();
    void retryLater(const QString &reason);
    void stopWithError(const QString &reason);
    void updateState();
    void setState(State state, const QString &error);
    static QString describe(const ApiError &error);

    ToteStore *m_store;
    BackendApi *m_api;
    QPointer<ApiCall> m_call;
    QTimer m_retry;
    QRandomGenerator m_random;
    int m_batchSize = 100;
    int m_initialBackoffMs = 500;
    int m_maxBackoffMs = 30000;
    int m_attempt = 0; // consecutive failures, for the backoff
    int m_failedAttempts = 0;
    // After a refused batch, ops go one at a time until this many have been resolved, to find the bad one.
    int m_isolating = 0;
    bool m_running = false;
    bool m_offline = false;
    bool m_stopped = false; // a non-retryable error: wait for retryNow()
    State m_state = State::Synced;
    QString m_lastError;
};

} // namespace Omnitote
