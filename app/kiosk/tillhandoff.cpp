// SPDX-License-Identifier: MIT
#include "tillhandoff.h"

#include "barcodeimageprovider.h"

namespace Omnitote {

void TillHandoff::setItems(const QString &qrPayload, const QList<TillItem> &items)
{
    m_items = items;
    m_qrSource =
        qrPayload.isEmpty() ? QUrl() : BarcodeImageProvider::url(BarcodeRenderer::Kind::Qr, qrPayload);
    m_index = 0;
    Q_EMIT itemsChanged();
    Q_EMIT currentChanged();
}

QString TillHandoff::name() const
{
    return m_items.isEmpty() ? QString() : m_items.at(m_index).name;
}

int TillHandoff::qty() const
{
    return m_items.isEmpty() ? 0 : m_items.at(m_index).qty;
}

QString TillHandoff::gtin() const
{
    return m_items.isEmpty() ? QString() : m_items.at(m_index).gtin;
}

QUrl TillHandoff::barcodeSourceAt(int i) const
{
    if (i < 0 || i >= m_items.size())
        return {};
    QString digits;
    const auto kind = BarcodeRenderer::kindForGtin(m_items.at(i).gtin, &digits);
    return kind ? BarcodeImageProvider::url(*kind, digits) : QUrl();
}

QUrl TillHandoff::barcodeSource() const
{
    return barcodeSourceAt(m_index);
}

QString TillHandoff::positionText() const
{
    return m_items.isEmpty() ? QString() : tr("Item %1 of %2").arg(m_index + 1).arg(m_items.size());
}

void TillHandoff::next()
{
    setIndex(m_index + 1);
}

void TillHandoff::previous()
{
    setIndex(m_index - 1);
}

void TillHandoff::setIndex(int index)
{
    if (index < 0 || index >= m_items.size() || index == m_index)
        return;
    m_index = index;
    Q_EMIT currentChanged();
}

} // namespace Omnitote
