// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Omnitote {

/** Counts for one search filter (the categories), as the server's facets report them. */
class FacetModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FacetModel belongs to the SearchModel")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles { IdRole = Qt::UserRole, NameRole, CountRole };
    struct Facet
    {
        QString id;
        QString name;
        qint64 count = 0;
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setFacets(const QList<Facet> &facets);
    /** The name of facet `id`, or an empty string. */
    QString nameOf(const QString &id) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<Facet> m_facets;
};

} // namespace Omnitote
