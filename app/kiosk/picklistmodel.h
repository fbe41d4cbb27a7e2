// SPDX-License-Identifier: MIT
#pragma once

#include <associatetypes.h>

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QUrl>

#include <functional>

namespace Omnitote {

/**
 * A tote's take-now and pick-up lines in the store's walking order (the server sorts them: aisle,
 * then bay): what to fetch, where it is, how many are picked, short or substituted.
 */
class PickListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PickListModel is created by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Roles {
        LineIdRole = Qt::UserRole,
        ProductIdRole,
        NameRole,
        VariantTextRole,
        ImageUrlRole,
        QtyRole,
        PickedRole,
        ShortRole,
        StateRole, // open | partial | picked | short
        ResolvedRole, // picked or short: nothing left to do on this line
        LocationTextRole, // "Aisle 1 (Kitchen) · Bay F8"
        StockOnHandRole,
        GtinRole,
        SubstituteTextRole, // "" unless substituted
    };
    Q_ENUM(Roles)

    using UrlResolver = std::function<QUrl(const QString &)>;

    explicit PickListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Turns the server's image paths into URLs (the backend's base). */
    void setUrlResolver(UrlResolver resolver) { m_resolve = std::move(resolver); }
    /** Shows `lines`: in place when the same lines come back (a pick), else a reset (another tote). */
    void setLines(const QList<PickLine> &lines);
    void clear() { setLines({}); }
    const QList<PickLine> &lines() const { return m_lines; }
    int rowOf(const QString &lineId) const;
    bool allResolved() const;

Q_SIGNALS:
    void countChanged();

private:
    QList<PickLine> m_lines;
    UrlResolver m_resolve;
};

} // namespace Omnitote
