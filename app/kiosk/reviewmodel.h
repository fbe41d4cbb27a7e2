// SPDX-License-Identifier: MIT
#pragma once

#include "catalogitems.h"
#include "latestcall.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Omnitote {

class BackendApi;

/**
 * A product's reviews, fetched a page at a time as the list scrolls (canFetchMore/fetchMore), in
 * the order the shopper picked. Changing the product or the order starts again at page 1.
 */
class ReviewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ReviewModel belongs to the ProductPage")
    Q_PROPERTY(Sort sort READ sort WRITE setSort NOTIFY sortChanged)
    Q_PROPERTY(int total READ total NOTIFY stateChanged)
    Q_PROPERTY(int count READ count NOTIFY stateChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)
public:
    enum class Sort { Newest, Highest, Lowest };
    Q_ENUM(Sort)
    enum Roles { RatingRole = Qt::UserRole, TitleRole, BodyRole, AuthorRole, DateTextRole, VerifiedRole };

    explicit ReviewModel(BackendApi *api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /** Shows the reviews of `productId` from the first page. */
    void setProductId(const QString &productId);
    QString productId() const { return m_productId; }
    Sort sort() const { return m_sort; }
    void setSort(Sort sort);
    /** Reviews per request (the server allows 1-50). */
    void setPageSize(int pageSize) { m_pageSize = qBound(1, pageSize, 50); }

    int total() const { return m_total; }
    int count() const { return int(m_reviews.size()); }
    bool loading() const { return m_call.isRunning(); }
    bool hasMore() const { return m_reviews.size() < m_total; }
    QString errorMessage() const { return m_errorMessage; }

    /** Fetches the next page (a "More reviews" button); ignored while one loads or after a failure. */
    Q_INVOKABLE void loadMore();
    /** Tries the page that failed again. */
    Q_INVOKABLE void retry();
    void clear();
    /** The language changed: dates are re-formatted. */
    void refreshTexts();

Q_SIGNALS:
    void sortChanged();
    void stateChanged();
    /** A page arrived (for tests and the screenshot tour). */
    void pageLoaded();

private:
    void restart();
    void requestPage(int page);

    BackendApi *m_api;
    LatestCall m_call;
    QString m_productId;
    Sort m_sort = Sort::Newest;
    int m_pageSize = 10;
    int m_total = 0;
    int m_pagesLoaded = 0;
    QList<Review> m_reviews;
    QString m_errorMessage;
};

} // namespace Omnitote
