// SPDX-License-Identifier: MIT
#pragma once

#include "catalogcache.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace Omnitote {

class ApiCall;
class BackendApi;
class HttpClient;

/** Where the cache lives, which server feeds it, and how often to ask for changes. */
struct CatalogSyncSettings
{
    QString path; // the SQLite file
    QUrl baseUrl;
    QString token; // a device token: its store's stock comes with each product
    int pageSize = 200; // changes per request (the server allows 1-500)
    int pollMs = 60000; // once current, ask for changes this often
    int retryMs = 5000; // after a failure, first retry; doubles up to pollMs
    int timeoutMs = 15000;
};

/**
 * Keeps the catalogue cache current and answers lookups from it. Owns its own HTTP client and SQLite
 * connection, so neither the network nor the disk ever runs on the GUI thread.
 */
// Thread affinity: lives on the catalogue thread (CatalogService moves it there); call its methods only
// through queued invocations. Signals reach the GUI thread queued.
class CatalogSyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit CatalogSyncWorker(QObject *parent = nullptr);
    ~CatalogSyncWorker() override;

    /** Opens the cache and starts (or resumes, from the stored cursor) loading. */
    void start(const CatalogSyncSettings &settings);
    /** Asks the server for changes now (e.g. the network came back). */
    void syncNow();
    void lookup(quint64 requestId, const QString &code);
    void search(quint64 requestId, const CatalogQuery &query);

Q_SIGNALS:
    void opened(bool ok, const QString &error, qint64 products, const QDateTime &syncedAt);
    /** One page of the feed is on disk with its cursor. */
    void pageApplied(qint64 products, qint64 cursor);
    /** The cache is current as of `syncedAt`. */
    void synced(qint64 products, const QDateTime &syncedAt);
    void syncFailed(const QString &error);
    /** `lookupJson` is empty on a miss; otherwise the shape of GET /v1/lookup. */
    void lookedUp(quint64 requestId, const QJsonObject &lookupJson, const QJsonObject &availability,
                  const QDateTime &asOf);
    /**
     * `result` is empty when there is no cache; otherwise the shape of GET /v1/products. `asOf`: when
     * the server last confirmed the cache was current (invalid: never).
     */
    void searched(quint64 requestId, const QJsonObject &result, const QDateTime &asOf);

private:
    void requestPage();
    void onPage(ApiCall *call);
    void scheduleRetry(const QString &error);

    CatalogSyncSettings m_settings;
    CatalogCache m_cache;
    HttpClient *m_http = nullptr;
    BackendApi *m_api = nullptr;
    QPointer<ApiCall> m_call;
    QTimer m_timer;
    int m_retryMs = 0;
};

} // namespace Omnitote
