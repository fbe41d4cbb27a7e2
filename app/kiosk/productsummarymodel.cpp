// SPDX-License-Identifier: MIT
#include "productsummarymodel.h"

#include "productcontroller.h"

#include <backendapi.h>

#include <QLocale>

namespace Omnitote {

ProductSummaryModel::ProductSummaryModel(BackendApi *api, QObject *parent)
    : QAbstractListModel(parent), m_api(api)
{ }

int ProductSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QString ProductSummaryModel::relationText(const QString &relation)
{
    if (relation == QLatin1String("goes-with"))
        return tr("Goes with");
    if (relation == QLatin1String("similar"))
        return tr("Similar");
    return tr("You may also like");
}

QVariant ProductSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProductSummary &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return item.name;
    case ProductIdRole:
        return item.id;
    case BrandRole:
        return item.brand;
    case PriceTextRole:
        return ProductController::formatPrice(item.price, QLocale());
    case ImageUrlRole:
        return m_api->resolve(item.image);
    case OnlineOnlyRole:
        return item.onlineOnly;
    case RatingAverageRole:
        return item.ratingAverage;
    case RatingCountRole:
        return item.ratingCount;
    case RelationRole:
        return item.relation;
    case RelationTextRole:
        return item.relation.isEmpty() ? QString() : relationText(item.relation);
    default:
        return {};
    }
}

QHash<int, QByteArray> ProductSummaryModel::roleNames() const
{
    return {{ProductIdRole, "productId"},
            {NameRole, "name"},
            {BrandRole, "brand"},
            {PriceTextRole, "priceText"},
            {ImageUrlRole, "imageUrl"},
            {OnlineOnlyRole, "onlineOnly"},
            {RatingAverageRole, "ratingAverage"},
            {RatingCountRole, "ratingCount"},
            {RelationRole, "relation"},
            {RelationTextRole, "relationText"}};
}

void ProductSummaryModel::refreshTexts()
{
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1), {PriceTextRole, RelationTextRole});
}

void ProductSummaryModel::resetItems(QList<ProductSummary> items)
{
    const bool countChanges = items.size() != m_items.size();
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

void ProductSummaryModel::appendItems(const QList<ProductSummary> &items)
{
    if (items.isEmpty())
        return;
    const int first = int(m_items.size());
    beginInsertRows({}, first, first + int(items.size()) - 1);
    m_items.append(items);
    endInsertRows();
    Q_EMIT countChanged();
}

} // namespace Omnitote
