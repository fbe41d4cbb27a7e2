// SPDX-License-Identifier: MIT
#include "totemodel.h"

#include "productcontroller.h"

#include <totestore.h>

#include <QLocale>

namespace Omnitote {

ToteModel::ToteModel(ToteStore *store, QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_lines(store->lines())
{
    // The store signals after it committed and changed its list; the model keeps its own copy so
    // that it changes only between begin…() and end…(), as views expect.
    connect(m_store, &ToteStore::lineInserted, this, [this](int row) {
        beginInsertRows({}, row, row);
        m_lines.insert(row, m_store->lines().at(row));
        endInsertRows();
    });
    connect(m_store, &ToteStore::lineRemoved, this, [this](int row) {
        beginRemoveRows({}, row, row);
        m_lines.removeAt(row);
        endRemoveRows();
    });
    connect(m_store, &ToteStore::lineChanged, this, [this](int row) {
        m_lines[row] = m_store->lines().at(row);
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed);
    });
    connect(m_store, &ToteStore::linesReset, this, [this] {
        beginResetModel();
        m_lines = m_store->lines();
        endResetModel();
    });
}

int ToteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant ToteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ToteLine &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return line.productName;
    case LineIdRole:
        return line.lineId;
    case VariantRole:
        return line.variantText;
    case ImageRole:
        return line.imageUrl;
    case QtyRole:
        return line.qty;
    case FulfilmentRole:
        return fulfilmentName(line.fulfilment);
    case OnlineOnlyRole:
        return line.onlineOnly;
    case SourceRole:
        return lineSourceName(line.source);
    case UnitPriceRole:
        return ProductController::formatPrice({line.unitPrice, line.currency}, QLocale());
    case LineTotalRole:
        return ProductController::formatPrice({line.lineTotal(), line.currency}, QLocale());
    case LineTotalCentsRole:
        return line.lineTotal();
    default:
        return {};
    }
}

QHash<int, QByteArray> ToteModel::roleNames() const
{
    return {{LineIdRole, "lineId"},
            {NameRole, "name"},
            {VariantRole, "variant"},
            {ImageRole, "image"},
            {QtyRole, "qty"},
            {FulfilmentRole, "fulfilment"},
            {OnlineOnlyRole, "onlineOnly"},
            {SourceRole, "source"},
            {UnitPriceRole, "unitPrice"},
            {LineTotalRole, "lineTotal"},
            {LineTotalCentsRole, "lineTotalCents"}};
}

void ToteModel::refreshFormatting()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {UnitPriceRole, LineTotalRole});
}

} // namespace Omnitote
