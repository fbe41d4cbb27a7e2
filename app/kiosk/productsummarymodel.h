// SPDX-License-Identifier: MIT
#pragma once

#include "catalogitems.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Omnitote {

class BackendApi;

/** Base of the lists of product cards (search results, related products): rows and roles, no fetching. */
class ProductSummaryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles {
        ProductIdRole = Qt::UserRole,
        NameRole,
        BrandRole,
        PriceTextRole,
        ImageUrlRole,
        OnlineOnlyRole,
        RatingAverageRole,
        RatingCountRole,
        RelationRole,
        RelationTextRole,
    };
    Q_ENUM(Roles)

    explicit ProductSummaryModel(BackendApi *api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const ProductSummary &at(int row) const { return m_items.at(row); }
    /** The language changed: prices and relation names are re-formatted. */
    void refreshTexts();

    /** "Goes with", "Similar", … in the current language. */
    static QString relationText(const QString &relation);

Q_SIGNALS:
    void countChanged();

protected:
    void resetItems(QList<ProductSummary> items);
    void appendItems(const QList<ProductSummary> &items);

    BackendApi *m_api;

private:
    QList<ProductSummary> m_items;
};

} // namespace Omnitote
