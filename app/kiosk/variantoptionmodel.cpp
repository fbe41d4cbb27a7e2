// SPDX-License-Identifier: MIT
#include "variantoptionmodel.h"

namespace Omnitote {

int VariantOptionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_options.size());
}

QVariant VariantOptionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Option &option = m_options.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ValueRole:
        return option.value;
    case ColorHexRole:
        return option.colorHex;
    case AvailabilityRole:
        return int(option.availability); // QML compares it with VariantOptionModel.InStore etc.
    case SelectedRole:
        return option.selected;
    default:
        return {};
    }
}

QHash<int, QByteArray> VariantOptionModel::roleNames() const
{
    return {{ValueRole, "value"},
            {ColorHexRole, "colorHex"},
            {AvailabilityRole, "availability"},
            {SelectedRole, "selected"}};
}

void VariantOptionModel::setOptions(const QList<Option> &options)
{
    const bool sameValues = options.size() == m_options.size()
        && std::equal(options.begin(), options.end(), m_options.begin(),
                      [](const Option &a, const Option &b) { return a.value == b.value; });
    if (sameValues) {
        for (int row = 0; row < options.size(); ++row) {
            if (options.at(row) == m_options.at(row))
                continue;
            m_options[row] = options.at(row);
            Q_EMIT dataChanged(index(row), index(row), {ColorHexRole, AvailabilityRole, SelectedRole});
        }
        return;
    }
    const bool countChanges = options.size() != m_options.size();
    beginResetModel();
    m_options = options;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

} // namespace Omnitote
