// SPDX-License-Identifier: MIT
#include "productcontroller.h"

#include <backendapi.h>

#include <QLocale>

namespace Omnitote {

ProductController::ProductController(BackendApi *api, QObject *parent) : QObject(parent), m_api(api) { }

ProductController::~ProductController()
{
    delete m_pending.data();
}

void ProductController::lookup(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return;
    delete m_pending.data(); // cancels the transfer; its answer would be stale
    m_code = trimmed;
    m_errorMessage.clear();
    m_status = Status::Loading;
    Q_EMIT changed();
    if (!m_api->isConfigured()) {
        m_status = Status::Error;
        m_errorMessage = tr("The store's system is still starting. Please try again in a moment.");
        Q_EMIT changed();
        return;
    }
    auto *call = m_api->lookup(trimmed);
    m_pending = call;
    connect(call, &ApiCall::finished, this, [this, call] { onLookupFinished(call); });
}

void ProductController::onLookupFinished(LookupCall *call)
{
    call->deleteLater();
    if (call != m_pending)
        return;
    m_pending = nullptr;
    if (!call->ok() || !call->result()) {
        m_status = Status::Error;
        m_errorMessage = call->status() == 404 ? tr("We could not find a product for “%1”.").arg(m_code)
                                               : call->errorMessage();
        Q_EMIT changed();
        return;
    }
    m_product = call->result()->product;
    m_variantId = call->result()->variantId;
    // A code that names the product, not a variant, shows the first variant: its price and stock.
    if (!m_product.variant(m_variantId) && !m_product.variants.isEmpty())
        m_variantId = m_product.variants.first().id;
    m_status = Status::Ready;
    Q_EMIT changed();
    Q_EMIT productShown(m_product.id);
}

void ProductController::clear()
{
    delete m_pending.data();
    m_product = {};
    m_variantId.clear();
    m_code.clear();
    m_errorMessage.clear();
    m_status = Status::Empty;
    Q_EMIT changed();
}

QString ProductController::formatPrice(const Price &price, const QLocale &locale)
{
    const QString symbol = price.currency == QLatin1String("EUR") ? QStringLiteral("€") : price.currency;
    return locale.toCurrencyString(double(price.amount) / 100.0, symbol, 2);
}

QString ProductController::priceText() const
{
    if (m_status != Status::Ready)
        return {};
    const Variant *variant = m_product.variant(m_variantId);
    return formatPrice(variant ? variant->price : m_product.price, QLocale());
}

void ProductController::selectVariant(const QString &variantId)
{
    if (variantId == m_variantId || !m_product.variant(variantId))
        return;
    m_variantId = variantId;
    Q_EMIT changed();
}

QUrl ProductController::resolve(const QString &path) const
{
    return m_api->resolve(path);
}

QString ProductController::variantText() const
{
    const Variant *variant = m_product.variant(m_variantId);
    if (!variant)
        return {};
    QStringList parts;
    if (!variant->color.isEmpty())
        parts.append(variant->color);
    if (!variant->size.isEmpty())
        parts.append(variant->size);
    return parts.join(QStringLiteral(" · "));
}

QUrl ProductController::imageUrl() const
{
    const Variant *variant = m_product.variant(m_variantId);
    if (variant && !variant->image.isEmpty())
        return m_api->resolve(variant->image);
    return m_product.images.isEmpty() ? QUrl() : m_api->resolve(m_product.images.first());
}

} // namespace Omnitote
