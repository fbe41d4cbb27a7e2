// SPDX-License-Identifier: MIT
#pragma once

#include "catalogsyncworker.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QThread>

namespace Omnitote {

/**
 * The GUI thread's handle on the offline catalogue: starts the worker on a thread of its own
 * ("OmnitoteCatalog"), forwards lookups to it and reports what it did. Never blocks, except once
 * when it is destroyed (the worker must be deleted on its own thread).
 */
class CatalogService : public QObject
{
    Q_OBJECT
public:
    explicit CatalogService(QObject *parent = nullptr);
    ~CatalogService() override;

    void start(const CatalogSyncSettings &settings);
    bool isStarted() const { return m_worker != nullptr; }
    /** Looks a code up in the cache; the answer comes as lookedUp(requestId, ...). */
    quint64 lookup(const QString &code);
    /** Searches the cache; the answer comes as searched(requestId, ...). */
    quint64 search(const CatalogQuery &query);
    void syncNow();

    qint64 productCount() const { return m_products; }
    /** When the server last confirmed the cache was current; invalid before the first full load. */
    QDateTime syncedAt() const { return m_syncedAt; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void lookedUp(quint64 requestId, const QJsonObject &lookupJson, const QJsonObject &availability,
                  const QDateTime &asOf);
    /** `result` is empty when the cache has nothing; otherwise the shape of GET /v1/products. */
    void searched(quint64 requestId, const QJsonObject &result, const QDateTime &asOf);
    void pageApplied(qint64 products, qint64 cursor);
    void synced();
    void syncFailed(const QString &error);
    void changed();

private:
    QThread m_thread;
    CatalogSyncWorker *m_worker = nullptr;
    quint64 m_nextRequest = 0;
    qint64 m_products = 0;
    QDateTime m_syncedAt;
    QString m_lastError;
};

} // namespace Omnitote
