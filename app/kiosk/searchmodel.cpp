// SPDX-License-Identifier: MIT
#include "searchmodel.h"

#include "facetmodel.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace Omnitote {

SearchModel::SearchModel(BackendApi *api, QObject *parent)
    : ProductSummaryModel(api, parent), m_categories(new FacetModel(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &SearchModel::searchNow);
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
    requestPage(1);
}

void SearchModel::clear()
{
    m_debounce.stop();
    m_call.cancel();
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
    m_call.start(this, call, [this, page](ApiCall *done) {
        if (!done->ok()) {
            m_errorMessage = LatestCall::userMessage(*done);
            Q_EMIT stateChanged();
            return;
        }
        m_errorMessage.clear();
        m_searched = true;
        const QJsonObject json = done->json().object();
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
    });
    Q_EMIT stateChanged();
}

} // namespace Omnitote
