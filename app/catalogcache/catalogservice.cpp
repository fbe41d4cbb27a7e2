// SPDX-License-Identifier: MIT
#include "catalogservice.h"

namespace Omnitote {

CatalogService::CatalogService(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("OmnitoteCatalog"));
}

CatalogService::~CatalogService()
{
    if (m_worker) {
        // The worker's HTTP client and SQLite connection belong to its thread: delete it there.
        CatalogSyncWorker *worker = m_worker;
        QMetaObject::invokeMethod(
            worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

void CatalogService::start(const CatalogSyncSettings &settings)
{
    if (m_worker)
        return;
    m_worker = new CatalogSyncWorker;
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &CatalogSyncWorker::lookedUp, this, &CatalogService::lookedUp);
    connect(m_worker, &CatalogSyncWorker::searched, this, &CatalogService::searched);
    connect(m_worker, &CatalogSyncWorker::opened, this,
            [this](bool ok, const QString &error, qint64 products, const QDateTime &syncedAt) {
                m_lastError = ok ? QString() : error;
                m_products = products;
                m_syncedAt = syncedAt;
                Q_EMIT changed();
            });
    connect(m_worker, &CatalogSyncWorker::pageApplied, this, [this](qint64 products, qint64 cursor) {
        m_products = products;
        Q_EMIT pageApplied(products, cursor);
        Q_EMIT changed();
    });
    connect(m_worker, &CatalogSyncWorker::synced, this, [this](qint64 products, const QDateTime &syncedAt) {
        m_products = products;
        m_syncedAt = syncedAt;
        m_lastError.clear();
        Q_EMIT synced();
        Q_EMIT changed();
    });
    connect(m_worker, &CatalogSyncWorker::syncFailed, this, [this](const QString &error) {
        m_lastError = error;
        Q_EMIT syncFailed(error);
        Q_EMIT changed();
    });
    m_thread.start();
    CatalogSyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, settings] { worker->start(settings); });
}

quint64 CatalogService::lookup(const QString &code)
{
    const quint64 id = ++m_nextRequest;
    if (!m_worker) {
        // Not started: answer "not cached" on the next turn of the event loop, like the worker would.
        QMetaObject::invokeMethod(
            this, [this, id] { Q_EMIT lookedUp(id, {}, {}, {}); }, Qt::QueuedConnection);
        return id;
    }
    CatalogSyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, id, code] { worker->lookup(id, code); });
    return id;
}

quint64 CatalogService::search(const CatalogQuery &query)
{
    const quint64 id = ++m_nextRequest;
    if (!m_worker) {
        QMetaObject::invokeMethod(
            this, [this, id] { Q_EMIT searched(id, {}, {}); }, Qt::QueuedConnection);
        return id;
    }
    CatalogSyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, id, query] { worker->search(id, query); });
    return id;
}

void CatalogService::syncNow()
{
    if (CatalogSyncWorker *worker = m_worker)
        QMetaObject::invokeMethod(worker, [worker] { worker->syncNow(); });
}

} // namespace Omnitote
