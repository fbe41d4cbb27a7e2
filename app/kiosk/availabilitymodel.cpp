// SPDX-License-Identifier: MIT
#include "availabilitymodel.h"

#include <QJsonArray>
#include <QLocale>

namespace Omnitote {

AvailabilityModel::AvailabilityModel(BackendApi *api, QObject *parent)
    : QAbstractListModel(parent), m_api(api)
{ }

int AvailabilityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AvailabilityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NearbyStock &store = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case StoreNameRole:
        return store.name;
    case StoreIdRole:
        return store.storeId;
    case QtyRole:
        return store.qty;
    case DistanceKmRole:
        return store.distanceKm;
    case DistanceTextRole:
        //: Distance to another store, e.g. "2.8 km"
        return tr("%1 km").arg(QLocale().toString(store.distanceKm, 'f', 1));
    default:
        return {};
    }
}

QHash<int, QByteArray> AvailabilityModel::roleNames() const
{
    return {{StoreIdRole, "storeId"},
            {StoreNameRole, "storeName"},
            {QtyRole, "qty"},
            {DistanceKmRole, "distanceKm"},
            {DistanceTextRole, "distanceText"}};
}

const VariantStock *AvailabilityModel::stock(const QString &variantId) const
{
    for (const auto &variant : m_variants) {
        if (variant.variantId == variantId)
            return &variant;
    }
    return nullptr;
}

void AvailabilityModel::load(const QString &productId, const QJsonObject &cached)
{
    if (productId != m_productId) {
        m_variants.clear(); // never show one product's stock under another
        m_storeName.clear();
        resetRows();
    }
    m_productId = productId;
    m_errorMessage.clear();
    auto *call = m_api->get(QStringLiteral("/v1/products/%1/availability")
                                .arg(QString::fromLatin1(QUrl::toPercentEncoding(productId))));
    m_call.start(this, call, [this, cached](ApiCall *done) {
        if (done->ok()) {
            apply(done->json().object());
            return;
        }
        // Unreachable or in trouble: the offline copy's stock (its age is on the product screen).
        const bool unreachable = done->status() == 0 || done->status() >= 500;
        if (unreachable && cached.value(QStringLiteral("productId")).toString() == m_productId) {
            apply(cached);
            return;
        }
        m_errorMessage = LatestCall::userMessage(*done);
        Q_EMIT changed();
    });
    Q_EMIT changed();
}

void AvailabilityModel::apply(const QJsonObject &json)
{
    m_storeName = json.value(QStringLiteral("store")).toObject().value(QStringLiteral("name")).toString();
    m_variants.clear();
    const auto variants = json.value(QStringLiteral("variants")).toArray();
    for (const auto &variant : variants)
        m_variants.append(VariantStock::fromJson(variant.toObject()));
    resetRows();
    Q_EMIT changed();
    Q_EMIT loaded();
}

void AvailabilityModel::setVariantId(const QString &variantId)
{
    if (variantId == m_variantId)
        return;
    m_variantId = variantId;
    resetRows();
    Q_EMIT changed();
}

void AvailabilityModel::clear()
{
    m_call.cancel();
    m_productId.clear();
    m_variantId.clear();
    m_storeName.clear();
    m_variants.clear();
    m_errorMessage.clear();
    resetRows();
    Q_EMIT changed();
}

void AvailabilityModel::refreshTexts()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {DistanceTextRole});
}

void AvailabilityModel::resetRows()
{
    beginResetModel();
    const VariantStock *variant = current();
    m_rows = variant ? variant->nearby : QList<NearbyStock>();
    endResetModel();
}

} // namespace Omnitote
