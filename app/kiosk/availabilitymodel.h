// SPDX-License-Identifier: MIT
#pragma once

#include "catalogitems.h"
#include "latestcall.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QQmlEngine>

namespace Omnitote {

class BackendApi;

/**
 * Where the chosen variant can be had. The properties describe this store's shelf and online stock;
 * the rows are the other stores, nearest first. After a failed refresh the last answer stays.
 */
class AvailabilityModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AvailabilityModel belongs to the ProductPage")
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(bool hasData READ hasData NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
    Q_PROPERTY(QString storeName READ storeName NOTIFY changed)
    Q_PROPERTY(bool carriedHere READ carriedHere NOTIFY changed)
    Q_PROPERTY(int storeQty READ storeQty NOTIFY changed)
    Q_PROPERTY(QString aisle READ aisle NOTIFY changed)
    Q_PROPERTY(QString bay READ bay NOTIFY changed)
    Q_PROPERTY(bool lowStock READ lowStock NOTIFY changed)
    Q_PROPERTY(int nearbyQty READ nearbyQty NOTIFY changed)
    Q_PROPERTY(int onlineQty READ onlineQty NOTIFY changed)
    Q_PROPERTY(int shipDays READ shipDays NOTIFY changed)
public:
    /** At or below this many on the shelf, the panel suggests asking an associate. */
    static constexpr int lowStockThreshold = 3;
    enum Roles { StoreIdRole = Qt::UserRole, StoreNameRole, QtyRole, DistanceKmRole, DistanceTextRole };

    explicit AvailabilityModel(BackendApi *api, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /**
     * Asks the server for every variant of `productId` in this device's store. `cached` (the offline
     * catalogue's copy, same shape) is shown when the server cannot be reached.
     */
    void load(const QString &productId, const QJsonObject &cached = {});
    /** Which variant the properties and rows describe. */
    void setVariantId(const QString &variantId);
    void clear();
    /** The language changed: distances are re-formatted. */
    void refreshTexts();

    /** Stock of one variant from the last answer, or nullptr. */
    const VariantStock *stock(const QString &variantId) const;

    bool loading() const { return m_call.isRunning(); }
    bool hasData() const { return current() != nullptr; }
    QString errorMessage() const { return m_errorMessage; }
    QString storeName() const { return m_storeName; }
    bool carriedHere() const { return current() && current()->carriedHere; }
    int storeQty() const { return current() ? current()->storeQty : 0; }
    QString aisle() const { return current() ? current()->aisle : QString(); }
    QString bay() const { return current() ? current()->bay : QString(); }
    bool lowStock() const { return carriedHere() && storeQty() <= lowStockThreshold; }
    int nearbyQty() const { return current() ? current()->nearbyQty() : 0; }
    int onlineQty() const { return current() ? current()->onlineQty : 0; }
    int shipDays() const { return current() ? current()->shipDays : 0; }

Q_SIGNALS:
    void changed();
    /** An answer arrived (the option pickers re-mark what is in stock). */
    void loaded();

private:
    const VariantStock *current() const { return stock(m_variantId); }
    void resetRows();
    void apply(const QJsonObject &json);

    BackendApi *m_api;
    LatestCall m_call;
    QString m_productId;
    QString m_variantId;
    QString m_storeName;
    QList<VariantStock> m_variants;
    QList<NearbyStock> m_rows; // nearby stores of the current variant
    QString m_errorMessage;
};

} // namespace Omnitote
