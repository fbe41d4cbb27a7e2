// SPDX-License-Identifier: MIT
#include "picklistmodel.h"

namespace Omnitote {

namespace {

QString joinParts(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return a + b;
    return a + QStringLiteral(" · ") + b;
}

bool isResolved(const PickLine &line)
{
    return line.state == QLatin1String("picked") || line.state == QLatin1String("short");
}

} // namespace

PickListModel::PickListModel(QObject *parent) : QAbstractListModel(parent) { }

int PickListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant PickListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PickLine &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return line.name;
    case LineIdRole:
        return line.lineId;
    case ProductIdRole:
        return line.productId;
    case VariantTextRole:
        return joinParts(line.color, line.size);
    case ImageUrlRole:
        return m_resolve && !line.image.isEmpty() ? m_resolve(line.image) : QUrl();
    case QtyRole:
        return line.qty;
    case PickedRole:
        return line.picked;
    case ShortRole:
        return line.shortQty;
    case StateRole:
        return line.state;
    case ResolvedRole:
        return isResolved(line);
    case LocationTextRole: {
        const QString aisle = line.aisleName.isEmpty() ? tr("Aisle %1").arg(line.aisle)
                                                       : tr("Aisle %1 (%2)").arg(line.aisle, line.aisleName);
        if (line.aisle.isEmpty())
            return tr("Stock room");
        return line.bay.isEmpty() ? aisle : joinParts(aisle, tr("Bay %1").arg(line.bay));
    }
    case StockOnHandRole:
        return line.stockOnHand;
    case GtinRole:
        return line.substitute ? line.substitute->gtin : line.gtin;
    case SubstituteTextRole:
        if (!line.substitute)
            return QString();
        return line.substitute->shopperConsent
            ? tr("Substitute: %1 (the shopper agreed)")
                  .arg(joinParts(line.substitute->color, line.substitute->size))
            : tr("Substitute: %1").arg(joinParts(line.substitute->color, line.substitute->size));
    default:
        return {};
    }
}

QHash<int, QByteArray> PickListModel::roleNames() const
{
    return {{LineIdRole, "lineId"},
            {ProductIdRole, "productId"},
            {NameRole, "name"},
            {VariantTextRole, "variantText"},
            {ImageUrlRole, "imageUrl"},
            {QtyRole, "qty"},
            {PickedRole, "picked"},
            {ShortRole, "shortQty"},
            {StateRole, "lineState"},
            {ResolvedRole, "resolved"},
            {LocationTextRole, "locationText"},
            {StockOnHandRole, "stockOnHand"},
            {GtinRole, "gtin"},
            {SubstituteTextRole, "substituteText"}};
}

void PickListModel::setLines(const QList<PickLine> &lines)
{
    const bool sameLines = lines.size() == m_lines.size()
        && std::equal(lines.begin(), lines.end(), m_lines.begin(),
                      [](const PickLine &a, const PickLine &b) { return a.lineId == b.lineId; });
    if (sameLines) {
        m_lines = lines;
        if (!m_lines.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_lines.size()) - 1));
        return;
    }
    const bool countChanges = lines.size() != m_lines.size();
    beginResetModel();
    m_lines = lines;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

int PickListModel::rowOf(const QString &lineId) const
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).lineId == lineId)
            return row;
    }
    return -1;
}

bool PickListModel::allResolved() const
{
    return std::all_of(m_lines.begin(), m_lines.end(), isResolved);
}

} // namespace Omnitote
