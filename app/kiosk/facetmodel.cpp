// SPDX-License-Identifier: MIT
#include "facetmodel.h"

namespace Omnitote {

int FacetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_facets.size());
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Facet &facet = m_facets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return facet.name;
    case IdRole:
        return facet.id;
    case CountRole:
        return facet.count;
    default:
        return {};
    }
}

QHash<int, QByteArray> FacetModel::roleNames() const
{
    return {{IdRole, "facetId"}, {NameRole, "name"}, {CountRole, "count"}};
}

void FacetModel::setFacets(const QList<Facet> &facets)
{
    const bool countChanges = facets.size() != m_facets.size();
    beginResetModel();
    m_facets = facets;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

QString FacetModel::nameOf(const QString &id) const
{
    for (const auto &facet : m_facets) {
        if (facet.id == id)
            return facet.name;
    }
    return {};
}

} // namespace Omnitote
