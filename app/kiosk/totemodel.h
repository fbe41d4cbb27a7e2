// SPDX-License-Identifier: MIT
#pragma once

#include <totetypes.h>

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Omnitote {

class ToteStore;

/** The active tote's lines for the tote screen, in the order they were added. */
// Follows ToteStore's row signals, so it only changes after the store has committed the change.
class ToteModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ToteModel is owned by ToteController")
public:
    enum Roles {
        LineIdRole = Qt::UserRole,
        NameRole,
        VariantRole,
        ImageRole,
        QtyRole,
        FulfilmentRole, // "take", "pickup", "ship"
        OnlineOnlyRole,
        SourceRole,
        UnitPriceRole, // formatted in the current language
        LineTotalRole, // formatted
        LineTotalCentsRole,
    };
    Q_ENUM(Roles)

    explicit ToteModel(ToteStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The language changed: prices are formatted again. */
    void refreshFormatting();

private:
    ToteStore *m_store;
    QList<ToteLine> m_lines;
};

} // namespace Omnitote
