// SPDX-License-Identifier: MIT
#include "syncengine.h"

#include "totelogging.h"
#include "totestore.h"

#include <backendapi.h>

#include <QJsonArray>

namespace Omnitote {

SyncEngine::SyncEngine(ToteStore *store, BackendApi *api, QObject *parent)
    : QObject(parent), m_store(store), m_api(api), m_random(QRandomGenerator::securelySeeded())
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::pump);
    // Every edit queues an op: send it (unless a backoff is running; the retry picks it up).
    connect(m_store, &ToteStore::outboxChanged, this, [this] {
        updateState();
        pump();
    });
    updateState(); // a previous run may have left ops: "pending", even before start()
}

SyncEngine::~SyncEngine()
{
    delete m_call; // cancels the transfer; its ops stay queued
}

void SyncEngine::setBackoff(int initialMs, int maxMs)
{
    m_initialBackoffMs = qMax(1, initialMs);
    m_maxBackoffMs = qMax(m_initialBackoffMs, maxMs);
}

int SyncEngine::pendingCount() const
{
    return m_store->pendingCount();
}

void SyncEngine::start()
{
    m_running = true;
    pump();
}

void SyncEngine::stop()
{
    m_running = false;
    m_retry.stop();
    delete m_call;
    updateState();
}

void SyncEngine::retryNow()
{
    m_stopped = false;
    m_attempt = 0;
    m_retry.stop();
    pump();
}

void SyncEngine::pump()
{
    if (!m_running || m_call || m_retry.isActive() || m_stopped) {
        updateState();
        return;
    }
    const QList<OutboxOp> batch = m_store->nextBatch(m_isolating > 0 ? 1 : m_batchSize);
    if (batch.isEmpty()) {
        m_isolating = 0;
        updateState();
        Q_EMIT synced();
        return;
    }
    const auto tote = m_store->tote(batch.first().toteId);
    if (!tote) {
        stopWithError(tr("The tote's record is missing on this device"));
        return;
    }
    if (tote->serverId.isEmpty())
        createServerTote(tote->localId);
    else
        sendBatch(tote->serverId, batch);
    updateState();
}

void SyncEngine::createServerTote(const QString &localId)
{
    // The device's own tote id goes along, so a retried create (its answer lost) gets the same tote.
    ToteCall *call = m_api->createTote(localId);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call, localId] {
        call->deleteLater();
        onCreated(call, localId);
    });
}

void SyncEngine::onCreated(ApiCall *call, const QString &localId)
{
    m_call = nullptr;
    switch (classify(*call)) {
    case Outcome::Done: {
        const ServerTote &tote = *static_cast<ToteCall *>(call)->result();
        QString error;
        if (!m_store->setServerTote(localId, tote.id, tote.pickupCode, tote.version, &error))
            return stopWithError(error);
        qCInfo(lcToteSync) << "server tote" << tote.id << "for local tote" << localId;
        backOnline();
        return pump();
    }
    case Outcome::Retry:
        return retryLater(describe(*call->error()));
    case Outcome::Refused:
    case Outcome::Stop:
        return stopWithError(describe(*call->error()));
    }
}

void SyncEngine::sendBatch(const QString &serverId, const QList<OutboxOp> &batch)
{
    QJsonArray ops;
    for (const OutboxOp &op : batch)
        ops.append(op.body);
    // Only the version of the answer is used: ask for the changed lines, not the whole tote.
    ToteCall *call = m_api->applyToteOps(serverId, ops, true);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call, batch] {
        call->deleteLater();
        onBatchAnswered(call, batch);
    });
}

void SyncEngine::onBatchAnswered(ApiCall *call, const QList<OutboxOp> &batch)
{
    m_call = nullptr;
    switch (classify(*call)) {
    case Outcome::Done: {
        QString error;
        // Only now do the ops leave the outbox: until this commit, a crash means "send them again".
        if (!m_store->acknowledge(batch, static_cast<ToteCall *>(call)->result()->version, &error))
            return stopWithError(error);
        backOnline();
        m_isolating = qMax(0, m_isolating - int(batch.size()));
        return pump();
    }
    case Outcome::Retry:
        return retryLater(describe(*call->error()));
    case Outcome::Refused:
        return handleRefusal(*call, batch);
    case Outcome::Stop:
        // The request body was over the server's limit: smaller batches, same order, same ops.
        if (call->error()->status == 413 && m_batchSize > 1) {
            m_batchSize = qMax(1, m_batchSize / 2);
            qCInfo(lcToteSync) << "batch too large; now" << m_batchSize << "ops per request";
            return pump();
        }
        return stopWithError(describe(*call->error()));
    }
}

SyncEngine::Outcome SyncEngine::classify(const ApiCall &call) const
{
    if (call.ok())
        return Outcome::Done;
    const ApiError error = *call.error();
    if (error.transport != HttpReply::Error::None || error.status == 0)
        return Outcome::Retry;
    if (error.status >= 500 || error.status == 408 || error.status == 429)
        return Outcome::Retry;
    // A 2xx we could not read (cut short, garbled by a proxy): sending the same ops again is safe.
    if (error.status >= 200 && error.status < 300)
        return Outcome::Retry;
    if (error.status == 400 || error.status == 422)
        return Outcome::Refused;
    if (error.status == 409) {
        // An op the server will never take (names it), a tote that takes no more changes, or a race
        // with another writer (send the same batch again).
        if (error.problem.contains(QLatin1String("opId")))
            return Outcome::Refused;
        return error.problem.contains(QLatin1String("toteStatus")) ? Outcome::Stop : Outcome::Retry;
    }
    return Outcome::Stop; // 401/403 (device not allowed), 404 (tote gone) …: a person has to look
}

void SyncEngine::handleRefusal(const ApiCall &call, const QList<OutboxOp> &batch)
{
    const ApiError error = *call.error();
    // The server may name the op it refused; otherwise resend one op at a time to find it.
    const QString named = error.problem.value(QLatin1String("opId")).toString();
    const OutboxOp *culprit = nullptr;
    for (const OutboxOp &op : batch) {
        if (op.opId == named)
            culprit = &op;
    }
    if (!culprit && batch.size() == 1)
        culprit = &batch.first();
    if (!culprit) {
        qCInfo(lcToteSync) << "batch of" << batch.size()
                           << "refused; isolating the bad op:" << error.message();
        m_isolating = int(batch.size());
        return pump();
    }
    QString storeError;
    if (!m_store->quarantine(*culprit, describe(error), &storeError))
        return stopWithError(storeError);
    m_isolating = qMax(0, m_isolating - 1);
    m_lastError = tr("A change could not be saved: %1").arg(error.message());
    pump();
}

void SyncEngine::backOnline()
{
    if (m_offline)
        m_lastError.clear();
    m_offline = false;
    m_attempt = 0;
}

void SyncEngine::retryLater(const QString &reason)
{
    ++m_attempt;
    ++m_failedAttempts;
    m_offline = true;
    // Exponential, capped, with "equal jitter": half fixed, half random, so tablets that lost the
    // network together do not come back in lockstep.
    const qint64 ceiling =
        qMin<qint64>(m_maxBackoffMs, qint64(m_initialBackoffMs) << qMin(m_attempt - 1, 20));
    const int delay = int(ceiling / 2 + m_random.bounded(ceiling / 2 + 1));
    qCDebug(lcToteSync) << "retry in" << delay << "ms after:" << reason;
    m_retry.start(delay);
    setState(State::Offline, reason);
}

void SyncEngine::stopWithError(const QString &reason)
{
    qCWarning(lcToteSync) << "sync stopped:" << reason;
    m_stopped = true;
    setState(State::Error, reason);
}

void SyncEngine::updateState()
{
    if (m_stopped)
        setState(State::Error, m_lastError);
    else if (pendingCount() == 0 && !m_call)
        setState(State::Synced, m_lastError);
    else if (m_offline)
        setState(State::Offline, m_lastError);
    else
        setState(State::Pending, m_lastError);
}

void SyncEngine::setState(State state, const QString &error)
{
    // Pending N changes with every op, so listeners hear about it even when the state stays.
    m_state = state;
    m_lastError = error;
    Q_EMIT stateChanged();
}

QString SyncEngine::describe(const ApiError &error)
{
    return error.status > 0 ? QStringLiteral("HTTP %1: %2").arg(error.status).arg(error.message())
                            : error.message();
}

} // namespace Omnitote
