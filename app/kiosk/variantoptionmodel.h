// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Omnitote {

/** The choices of one variant picker (colours or sizes), each marked with where it can be had. */
class VariantOptionModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("VariantOptionModel belongs to the ProductPage")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    /** Best way to get this option, given the other picker's choice; most useful first. */
    enum class Availability { InStore, Nearby, Online, SoldOut, Unknown };
    Q_ENUM(Availability)
    enum Roles { ValueRole = Qt::UserRole, ColorHexRole, AvailabilityRole, SelectedRole };

    struct Option
    {
        QString value;
        QString colorHex;
        Availability availability = Availability::Unknown;
        bool selected = false;
        bool operator==(const Option &other) const
        {
            return value == other.value && colorHex == other.colorHex && availability == other.availability
                && selected == other.selected;
        }
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Replaces the options; when only marks change, rows are updated in place (no flicker). */
    void setOptions(const QList<Option> &options);
    const QList<Option> &options() const { return m_options; }

Q_SIGNALS:
    void countChanged();

private:
    QList<Option> m_options;
};

} // namespace Omnitote
