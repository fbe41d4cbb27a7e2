// SPDX-License-Identifier: MIT
#include "catalogsyncworker.h"

#include "catalogcachelogging.h"

#include <backendapi.h>
#include <httpclient.h>

namespace Omnitote {

CatalogSyncWorker::CatalogSyncWorker(QObject *parent) : QObject(parent), m_timer(this)
{
    // A child, so moveToThread() takes the timer along to the catalogue thread.
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CatalogSyncWorker::requestPage);
}

CatalogSyncWorker::~CatalogSyncWorker()
{
    delete m_call.data(); // cancels the transfer before the client goes
}

void CatalogSyncWorker::start(const CatalogSyncSettings &settings)
{
    m_settings = settings;
    QString error;
    if (!m_cache.open(settings.path, &error)) {
        qCWarning(lcCatalogCache) << error;
        Q_EMIT opened(false, error, 0, {});
        return;
    }
    // Created here, on this thread: the client's socket notifiers belong to this thread's event loop.
    m_http = new HttpClient(this);
    m_http->setDefaultTimeoutMs(settings.timeoutMs);
    m_http->setConnectTimeoutMs(qMin(settings.timeoutMs, 3000));
    m_api = new BackendApi(m_http, this);
    m_api->setBaseUrl(settings.baseUrl);
    m_api->setToken(settings.token);
    Q_EMIT opened(true, {}, m_cache.productCount(), m_cache.syncedAt());
    requestPage();
}

void CatalogSyncWorker::syncNow()
{
    if (m_api && !m_call) {
        m_retryMs = 0;
        requestPage();
    }
}

void CatalogSyncWorker::requestPage()
{
    m_timer.stop();
    if (!m_api || !m_api->isConfigured() || m_call)
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(m_cache.cursor()));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_settings.pageSize));
    m_call = m_api->get(QStringLiteral("/v1/catalog/changes"), query);
    ApiCall *call = m_call;
    connect(call, &ApiCall::finished, this, [this, call] { onPage(call); });
}

void CatalogSyncWorker::onPage(ApiCall *call)
{
    call->deleteLater();
    m_call = nullptr;
    if (!call->ok()) {
        scheduleRetry(call->errorMessage());
        return;
    }
    QString error;
    const auto page = CatalogPage::fromJson(call->json().object(), m_cache.cursor(), &error);
    if (!page || !m_cache.apply(*page, QDateTime::currentDateTimeUtc(), &error)) {
        // Nothing of the page reached the disk; the same page is asked for again later.
        scheduleRetry(QStringLiteral("catalogue page refused: %1").arg(error));
        return;
    }
    m_retryMs = 0;
    const qint64 products = m_cache.productCount();
    Q_EMIT pageApplied(products, page->cursor);
    if (page->hasMore) {
        requestPage();
        return;
    }
    Q_EMIT synced(products, m_cache.syncedAt());
    m_timer.start(m_settings.pollMs);
}

void CatalogSyncWorker::scheduleRetry(const QString &error)
{
    qCInfo(lcCatalogCache) << "catalogue sync:" << error;
    m_retryMs = m_retryMs == 0 ? m_settings.retryMs : qMin(m_retryMs * 2, m_settings.pollMs);
    Q_EMIT syncFailed(error);
    m_timer.start(m_retryMs);
}

void CatalogSyncWorker::lookup(quint64 requestId, const QString &code)
{
    const auto found = m_cache.isOpen() ? m_cache.lookup(code) : std::nullopt;
    if (!found) {
        Q_EMIT lookedUp(requestId, {}, {}, {});
        return;
    }
    Q_EMIT lookedUp(requestId, found->toLookupJson(), found->availability, found->asOf);
}

void CatalogSyncWorker::search(quint64 requestId, const CatalogQuery &query)
{
    // An empty cache (nothing loaded yet) has no answer: the caller keeps the network's error.
    if (!m_cache.isOpen() || m_cache.productCount() == 0) {
        Q_EMIT searched(requestId, {}, {});
        return;
    }
    Q_EMIT searched(requestId, m_cache.search(query), m_cache.syncedAt());
}

} // namespace Omnitote
