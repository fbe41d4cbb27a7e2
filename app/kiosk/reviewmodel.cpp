// SPDX-License-Identifier: MIT
#include "reviewmodel.h"

#include <QJsonArray>
#include <QLocale>
#include <QUrlQuery>

namespace Omnitote {

ReviewModel::ReviewModel(BackendApi *api, QObject *parent) : QAbstractListModel(parent), m_api(api) { }

int ReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reviews.size());
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Review &review = m_reviews.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return review.title;
    case RatingRole:
        return review.rating;
    case BodyRole:
        return review.body;
    case AuthorRole:
        return review.author;
    case DateTextRole:
        return review.createdAt.isValid() ? QLocale().toString(review.createdAt.date(), QLocale::LongFormat)
                                          : QString();
    case VerifiedRole:
        return review.verified;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReviewModel::roleNames() const
{
    return {{RatingRole, "rating"}, {TitleRole, "title"},       {BodyRole, "body"},
            {AuthorRole, "author"}, {DateTextRole, "dateText"}, {VerifiedRole, "verified"}};
}

bool ReviewModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_productId.isEmpty() && hasMore() && m_errorMessage.isEmpty();
}

void ReviewModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        loadMore();
}

void ReviewModel::loadMore()
{
    // After a failure only retry() asks again: a view parked at the end must not hammer the server.
    if (m_productId.isEmpty() || loading() || !hasMore() || !m_errorMessage.isEmpty())
        return;
    requestPage(m_pagesLoaded + 1);
}

void ReviewModel::retry()
{
    if (m_productId.isEmpty() || loading())
        return;
    requestPage(m_pagesLoaded + 1);
}

void ReviewModel::setProductId(const QString &productId)
{
    m_productId = productId;
    restart();
}

void ReviewModel::setSort(Sort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    Q_EMIT sortChanged();
    restart();
}

void ReviewModel::restart()
{
    m_call.cancel();
    beginResetModel();
    m_reviews.clear();
    m_total = 0;
    m_pagesLoaded = 0;
    endResetModel();
    m_errorMessage.clear();
    if (!m_productId.isEmpty())
        requestPage(1);
    Q_EMIT stateChanged();
}

void ReviewModel::clear()
{
    m_productId.clear();
    if (m_sort != Sort::Newest) {
        m_sort = Sort::Newest;
        Q_EMIT sortChanged();
    }
    restart();
}

void ReviewModel::requestPage(int page)
{
    static const char *const sortNames[] = {"newest", "highest", "lowest"};
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sort"), QLatin1String(sortNames[int(m_sort)]));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(m_pageSize));
    auto *call = m_api->get(QStringLiteral("/v1/products/%1/reviews")
                                .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_productId))),
                            query);
    m_call.start(this, call, [this, page](ApiCall *done) {
        if (!done->ok()) {
            // The reviews already shown stay; the list says why no more arrive.
            m_errorMessage = LatestCall::userMessage(*done);
            Q_EMIT stateChanged();
            return;
        }
        m_errorMessage.clear();
        const QJsonObject json = done->json().object();
        m_total = json.value(QStringLiteral("total")).toInt();
        QList<Review> reviews;
        const auto items = json.value(QStringLiteral("items")).toArray();
        for (const auto &item : items)
            reviews.append(Review::fromJson(item.toObject()));
        m_pagesLoaded = page;
        // A page that adds nothing (reviews vanished server-side) ends the list instead of asking forever.
        if (reviews.isEmpty())
            m_total = int(m_reviews.size());
        if (!reviews.isEmpty()) {
            const int first = int(m_reviews.size());
            beginInsertRows({}, first, first + int(reviews.size()) - 1);
            m_reviews.append(reviews);
            endInsertRows();
        }
        Q_EMIT stateChanged();
        Q_EMIT pageLoaded();
    });
    Q_EMIT stateChanged();
}

void ReviewModel::refreshTexts()
{
    if (!m_reviews.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_reviews.size()) - 1), {DateTextRole});
}

} // namespace Omnitote
