// SPDX-License-Identifier: MIT
#include "searchmodel.h"

#include "facetmodel.h"
#include "productcontroller.h"

#include <catalogservice.h>

#include <QJsonArray>
#include <QUrlQuery>

namespace Omnitote {

SearchModel::SearchModel(BackendApi *api, QObject *parent)
    : ProductSummaryModel(api, parent), m_categories(new FacetModel(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &SearchModel::searchNow);
    m_slow.setSingleShot(true);
    m_slow.setInterval(1500);
    connect(&m_slow, &QTimer::timeout, this, [this] {
        if (m_cacheRequest == 0)
            askCache(1);
    });
    m_onlineRetry.setSingleShot(true);
    m_onlineRetry.setInterval(15000);
    connect(&m_onlineRetry, &QTimer::timeout, this, &SearchModel::retryOnline);
    m_ageTick.setInterval(30000);
    connect(&m_ageTick, &QTimer::timeout, this, &SearchModel::stateChanged);
}

void SearchModel::setCatalog(CatalogService *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (!m_catalog)
        return;
    connect(m_catalog, &CatalogService::searched, this, &SearchModel::onCacheAnswer);
    // The catalogue reached the server: so may the search.
    connect(m_catalog, &CatalogService::synced, this, &SearchModel::retryOnline);
}

QString SearchModel::freshnessText() const
{
    if (!m_offline)
        return {};
    //: %1 says how old the offline copy's stock and prices are
    return tr("Offline results. %1")
        .arg(ProductController::freshnessText(m_asOf, QDateTime::currentDateTimeUtc()));
}

void SearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query.left(200); // the server's limit
    filtersEdited(true);
}

void SearchModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    filtersEdited(false);
}

void SearchModel::setInStockHere(bool on)
{
    if (on == m_inStockHere)
        return;
    m_inStockHere = on;
    filtersEdited(false);
}

void SearchModel::setOnlineOnly(bool on)
{
    if (on == m_onlineOnly)
        return;
    m_onlineOnly = on;
    filtersEdited(false);
}

void SearchModel::setMaxPriceCents(int cents)
{
    cents = qMax(0, cents);
    if (cents == m_maxPriceCents)
        return;
    m_maxPriceCents = cents;
    filtersEdited(false);
}

void SearchModel::setMinRating(int stars)
{
    stars = qBound(0, stars, 5);
    if (stars == m_minRating)
        return;
    m_minRating = stars;
    filtersEdited(false);
}

void SearchModel::filtersEdited(bool debounce)
{
    // The results on screen stay until the new ones arrive, but no further page of the old search
    // may be appended to them.
    m_call.cancel();
    m_cacheRequest = 0;
    m_slow.stop();
    m_pagesLoaded = 0;
    m_total = 0;
    Q_EMIT filtersChanged();
    if (debounce)
        m_debounce.start();
    else
        searchNow();
    Q_EMIT stateChanged();
}

void SearchModel::searchNow()
{
    m_debounce.stop();
    ++m_generation;
    requestPage(1);
}

void SearchModel::clear()
{
    m_debounce.stop();
    m_call.cancel();
    m_slow.stop();
    m_onlineRetry.stop();
    m_ageTick.stop();
    m_cacheRequest = 0;
    m_offline = false;
    m_asOf = {};
    m_networkError.clear();
    ++m_generation;
    m_shownGeneration = -1;
    m_query.clear();
    m_category.clear();
    m_inStockHere = false;
    m_onlineOnly = false;
    m_maxPriceCents = 0;
    m_minRating = 0;
    m_pagesLoaded = 0;
    m_total = 0;
    m_searched = false;
    m_errorMessage.clear();
    resetItems({});
    m_categories->setFacets({});
    Q_EMIT filtersChanged();
    Q_EMIT stateChanged();
}

bool SearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_pagesLoaded > 0 && m_pagesLoaded * m_pageSize < m_total
        && m_errorMessage.isEmpty();
}

void SearchModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent) && !loading())
        requestPage(m_pagesLoaded + 1);
}

bool SearchModel::accepts(const ProductSummary &summary) const
{
    if (m_maxPriceCents > 0 && summary.price.amount > m_maxPriceCents)
        return false;
    return m_minRating == 0 || summary.ratingAverage >= m_minRating;
}

void SearchModel::requestPage(int page)
{
    // Offline results page on from the cache: mixing the server's order with the cache's would skip
    // or repeat products.
    if (page > 1 && m_offline) {
        askCache(page);
        return;
    }
    m_networkError.clear();
    requestOnline(page, false);
    if (page == 1 && m_catalog)
        m_slow.start();
}

void SearchModel::requestOnline(int page, bool background)
{
    QUrlQuery query;
    if (!m_query.trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("q"), m_query.trimmed());
    if (!m_category.isEmpty())
        query.addQueryItem(QStringLiteral("category"), m_category);
    if (m_inStockHere && !m_storeId.isEmpty())
        query.addQueryItem(QStringLiteral("inStockAt"), m_storeId);
    if (m_onlineOnly)
        query.addQueryItem(QStringLiteral("onlineOnly"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(m_pageSize));
    // Category counts only change with a new search, not with the next page.
    query.addQueryItem(QStringLiteral("facets"),
                       page == 1 ? QStringLiteral("true") : QStringLiteral("false"));
    auto *call = m_api->get(QStringLiteral("/v1/products"), query);
    m_backgroundCall = background;
    m_call.start(this, call, [this, page](ApiCall *done) {
        m_backgroundCall = false;
        if (page == 1)
            m_slow.stop();
        if (!done->ok()) {
            onOnlineFailed(*done, page);
            return;
        }
        // The server answered: its results replace whatever the cache showed or was about to show.
        m_cacheRequest = 0;
        m_onlineRetry.stop();
        m_ageTick.stop();
        m_offline = false;
        m_asOf = {};
        m_errorMessage.clear();
        showPage(done->json().object(), page);
    });
    Q_EMIT stateChanged();
}

void SearchModel::onOnlineFailed(const ApiCall &call, int page)
{
    const QString message = LatestCall::userMessage(call);
    // No answer, or a server in trouble: the cache may answer. A clear "no" (4xx) is shown as it is.
    const bool unreachable = call.status() == 0 || call.status() >= 500;
    if (!unreachable || !m_catalog || page > 1) {
        m_errorMessage = message;
        Q_EMIT stateChanged();
        return;
    }
    m_networkError = message;
    if (m_offline && m_shownGeneration == m_generation) {
        m_onlineRetry.start(); // this search's offline results are already on screen
    } else if (m_cacheRequest == 0) {
        askCache(1);
    }
    Q_EMIT stateChanged();
}

void SearchModel::askCache(int page)
{
    CatalogQuery query;
    query.text = m_query;
    query.category = m_category;
    query.inStockHere = m_inStockHere;
    query.onlineOnly = m_onlineOnly;
    query.maxPriceCents = m_maxPriceCents;
    query.minRating = m_minRating;
    query.page = page;
    query.pageSize = m_pageSize;
    query.withFacets = page == 1;
    m_cachePage = page;
    m_cacheRequest = m_catalog ? m_catalog->search(query) : 0;
    Q_EMIT stateChanged();
}

void SearchModel::onCacheAnswer(quint64 requestId, const QJsonObject &result, const QDateTime &asOf)
{
    if (requestId != m_cacheRequest || m_cacheRequest == 0)
        return;
    m_cacheRequest = 0;
    if (result.isEmpty()) {
        // Nothing cached: the server's error stands (or its answer, still on the way, decides).
        if (!m_networkError.isEmpty())
            m_errorMessage = m_networkError;
        Q_EMIT stateChanged();
        return;
    }
    m_offline = true;
    // A cache never confirmed current still counts as offline: "now" would claim it is fresh.
    m_asOf = asOf.isValid() ? asOf : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    m_ageTick.start();
    m_errorMessage.clear();
    if (m_cachePage == 1 && !m_call.isRunning())
        m_onlineRetry.start();
    showPage(result, m_cachePage);
}

void SearchModel::retryOnline()
{
    if (!m_offline || m_call.isRunning() || !m_api->isConfigured())
        return;
    m_onlineRetry.stop();
    requestOnline(1, true);
}

void SearchModel::showPage(const QJsonObject &json, int page)
{
    m_searched = true;
    m_shownGeneration = m_generation;
    m_total = json.value(QStringLiteral("total")).toInt();
    m_pagesLoaded = page;
    QList<ProductSummary> items;
    const auto entries = json.value(QStringLiteral("items")).toArray();
    for (const auto &entry : entries) {
        ProductSummary summary = ProductSummary::fromJson(entry.toObject());
        if (!summary.id.isEmpty() && accepts(summary))
            items.append(summary);
    }
    if (entries.isEmpty())
        m_total = m_pagesLoaded * m_pageSize; // nothing more to ask for
    if (page == 1) {
        QList<FacetModel::Facet> facets;
        const auto categories =
            json.value(QStringLiteral("facets")).toObject().value(QStringLiteral("categories")).toArray();
        for (const auto &category : categories) {
            const auto object = category.toObject();
            facets.append({object.value(QStringLiteral("id")).toString(),
                           object.value(QStringLiteral("name")).toString(),
                           object.value(QStringLiteral("count")).toInteger()});
        }
        m_categories->setFacets(facets);
        resetItems(std::move(items));
    } else {
        appendItems(items);
    }
    Q_EMIT stateChanged();
    Q_EMIT pageLoaded(page);
    // Price and rating filters can leave a page nearly empty: keep the grid filled.
    if (rowCount() < m_pageSize && canFetchMore({}))
        requestPage(m_pagesLoaded + 1);
}

} // namespace Omnitote
