// SPDX-License-Identifier: MIT
#pragma once

#include "facetmodel.h"
#include "latestcall.h"
#include "productsummarymodel.h"

#include <QDateTime>
#include <QTimer>

namespace Omnitote {

class CatalogService;

/**
 * Search and browse: results for the words typed so far and the filters set, fetched a page at a
 * time as the grid scrolls. Typing is debounced, and a newer search cancels an older one in flight.
 *
 * The server filters by words, category, "in stock here" and "online only". It has no price or
 * rating filter, so those two are applied here to the pages fetched, and more pages are fetched
 * while the filtered list is short.
 *
 * With the offline catalogue set, a search the server does not answer (unreachable, in trouble, or
 * slower than offlineAfterMs) is answered from the cache instead, marked `offline` with its age. The
 * server is asked again in the background (and when the catalogue syncs); its answer takes over.
 */
class SearchModel : public ProductSummaryModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SearchModel is created by the application")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY filtersChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY filtersChanged)
    Q_PROPERTY(bool inStockHere READ inStockHere WRITE setInStockHere NOTIFY filtersChanged)
    Q_PROPERTY(bool onlineOnly READ onlineOnly WRITE setOnlineOnly NOTIFY filtersChanged)
    Q_PROPERTY(int maxPriceCents READ maxPriceCents WRITE setMaxPriceCents NOTIFY filtersChanged)
    Q_PROPERTY(int minRating READ minRating WRITE setMinRating NOTIFY filtersChanged)
    Q_PROPERTY(FacetModel *categories READ categories CONSTANT)
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    Q_PROPERTY(bool searched READ searched NOTIFY stateChanged)
    Q_PROPERTY(int total READ total NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)
    Q_PROPERTY(bool offline READ offline NOTIFY stateChanged)
    Q_PROPERTY(QString freshnessText READ freshnessText NOTIFY stateChanged)
public:
    explicit SearchModel(BackendApi *api, QObject *parent = nullptr);

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    QString category() const { return m_category; }
    void setCategory(const QString &category);
    bool inStockHere() const { return m_inStockHere; }
    void setInStockHere(bool on);
    bool onlineOnly() const { return m_onlineOnly; }
    void setOnlineOnly(bool on);
    int maxPriceCents() const { return m_maxPriceCents; }
    void setMaxPriceCents(int cents);
    int minRating() const { return m_minRating; }
    void setMinRating(int stars);
    /** The store whose shelves "in stock here" means (this device's store). */
    void setStoreId(const QString &storeId) { m_storeId = storeId; }
    /** Milliseconds to wait after the last keystroke before searching. */
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    /** The offline catalogue that answers when the server does not (may be null: no fallback). */
    void setCatalog(CatalogService *catalog);
    /** How long the server may take with a first page before the cache's results are shown. */
    void setOfflineAfterMs(int ms) { m_slow.setInterval(ms); }
    /** While offline results are shown, how often the server is asked again. */
    void setOnlineRetryMs(int ms) { m_onlineRetry.setInterval(ms); }

    FacetModel *categories() const { return m_categories; }
    bool loading() const { return m_cacheRequest != 0 || (m_call.isRunning() && !m_backgroundCall); }
    bool searched() const { return m_searched; }
    /** Products the server matched (before the price and rating filters). */
    int total() const { return m_total; }
    QString errorMessage() const { return m_errorMessage; }
    /** The results on screen came from the offline catalogue. */
    bool offline() const { return m_offline; }
    /** For offline results: that they are, and how old ("Offline results. … 3 min ago"); else empty. */
    QString freshnessText() const;

    /** Searches now, without waiting for the debounce (Enter, a filter tap, the screen opening). */
    Q_INVOKABLE void searchNow();
    /** Sets every filter back and forgets the results (the session ended). */
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void filtersChanged();
    void stateChanged();
    /** Page `page` (1-based) of results arrived. */
    void pageLoaded(int page);

private:
    void filtersEdited(bool debounce);
    void requestPage(int page);
    void requestOnline(int page, bool background);
    void onOnlineFailed(const ApiCall &call, int page);
    void askCache(int page);
    void onCacheAnswer(quint64 requestId, const QJsonObject &result, const QDateTime &asOf);
    void retryOnline();
    void showPage(const QJsonObject &json, int page);
    bool accepts(const ProductSummary &summary) const;

    FacetModel *m_categories;
    LatestCall m_call;
    QTimer m_debounce;
    QString m_query;
    QString m_category;
    QString m_storeId;
    bool m_inStockHere = false;
    bool m_onlineOnly = false;
    int m_maxPriceCents = 0; // 0: no limit
    int m_minRating = 0; // 0: any
    int m_pageSize = 24;
    int m_pagesLoaded = 0;
    int m_total = 0;
    bool m_searched = false;
    QString m_errorMessage;

    CatalogService *m_catalog = nullptr;
    QTimer m_slow; // the server's first page is late: show the cache's
    QTimer m_onlineRetry; // offline results on screen: ask the server again
    QTimer m_ageTick; // the age text counts up while offline results are shown
    quint64 m_cacheRequest = 0; // the cache search still to answer (0: none)
    int m_cachePage = 0;
    bool m_backgroundCall = false; // the running call is a retry behind offline results
    bool m_offline = false;
    QDateTime m_asOf; // offline results: when the cache was last confirmed current
    int m_generation = 0; // bumped by every new search (filters, Enter, clear)
    int m_shownGeneration = -1; // the search the rows on screen answer
    QString m_networkError; // the server failed while the cache had not answered yet
};

} // namespace Omnitote
