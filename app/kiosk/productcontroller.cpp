// SPDX-License-Identifier: MIT
#include "productcontroller.h"

#include <backendapi.h>
#include <catalogservice.h>

#include <QLocale>

namespace Omnitote {

ProductController::ProductController(BackendApi *api, QObject *parent) : QObject(parent), m_api(api)
{
    m_ageTick.setInterval(30000);
    connect(&m_ageTick, &QTimer::timeout, this, &ProductController::changed);
}

void ProductController::setCatalog(CatalogService *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_catalog)
        connect(m_catalog, &CatalogService::lookedUp, this, &ProductController::onCacheAnswer);
}

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
    m_networkError.clear();
    m_networkDone = false;
    m_asOf = {};
    m_cachedAvailability = {};
    m_ageTick.stop();
    m_status = Status::Loading;
    Q_EMIT changed();
    // The cache answers from its own thread; whichever of cache and network comes first is shown.
    m_cacheRequest = m_catalog ? m_catalog->lookup(trimmed) : 0;
    if (!m_api->isConfigured()) {
        const QString starting = tr("The store's system is still starting. Please try again in a moment.");
        if (m_cacheRequest == 0) {
            fail(starting);
        } else {
            m_networkDone = true;
            m_networkError = starting;
        }
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
    m_networkDone = true;
    if (call->ok() && call->result()) {
        m_cacheRequest = 0; // the server's answer is newer than anything the cache could say
        show(*call->result(), {});
        return;
    }
    const int status = call->status();
    const QString message =
        status == 404 ? tr("We could not find a product for “%1”.").arg(m_code) : call->errorMessage();
    // No answer at all, or a server in trouble: the cache is the best we have. A clear "no" (4xx) wins.
    const bool unreachable = status == 0 || status >= 500;
    if (unreachable && fromCache())
        return;
    if (unreachable && m_cacheRequest != 0) {
        m_networkError = message;
        return;
    }
    m_cacheRequest = 0;
    fail(message);
}

void ProductController::onCacheAnswer(quint64 requestId, const QJsonObject &lookupJson,
                                      const QJsonObject &availability, const QDateTime &asOf)
{
    if (requestId != m_cacheRequest || m_cacheRequest == 0)
        return;
    m_cacheRequest = 0;
    if (m_status != Status::Loading)
        return;
    QString error;
    const auto result = lookupJson.isEmpty() ? std::nullopt : LookupResult::fromJson(lookupJson, &error);
    if (!result) {
        if (m_networkDone)
            fail(m_networkError);
        return; // not cached: the network lookup decides
    }
    m_cachedAvailability = availability;
    // A cached row without a known age still counts as cached: "now" would claim it is fresh.
    show(*result, asOf.isValid() ? asOf : QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
}

void ProductController::show(const LookupResult &result, const QDateTime &asOf)
{
    m_product = result.product;
    m_variantId = result.variantId;
    m_asOf = asOf;
    if (!asOf.isValid())
        m_cachedAvailability = {};
    // A code that names the product, not a variant, shows the first variant: its price and stock.
    if (!m_product.variant(m_variantId) && !m_product.variants.isEmpty())
        m_variantId = m_product.variants.first().id;
    m_status = Status::Ready;
    if (asOf.isValid())
        m_ageTick.start();
    else
        m_ageTick.stop();
    Q_EMIT changed();
    Q_EMIT productShown(m_product.id);
}

void ProductController::fail(const QString &message)
{
    m_status = Status::Error;
    m_errorMessage = message;
    m_asOf = {};
    m_cachedAvailability = {};
    m_ageTick.stop();
    Q_EMIT changed();
}

QString ProductController::freshnessText() const
{
    return fromCache() ? freshnessText(m_asOf, QDateTime::currentDateTimeUtc()) : QString();
}

QString ProductController::freshnessText(const QDateTime &asOf, const QDateTime &now)
{
    if (asOf.toSecsSinceEpoch() <= 0)
        return tr("Stock and prices from the offline copy; their age is unknown");
    const qint64 seconds = asOf.secsTo(now);
    if (seconds < 60)
        return tr("Stock and prices updated just now");
    if (seconds < 3600)
        return tr("Stock and prices updated %n min ago", nullptr, int(seconds / 60));
    const QDateTime local = asOf.toLocalTime();
    const QLocale locale;
    //: %1 is a time ("14:02") or, on another day, a date and time
    return tr("Stock and prices as of %1")
        .arg(local.date() == now.toLocalTime().date() ? locale.toString(local.time(), QLocale::ShortFormat)
                                                      : locale.toString(local, QLocale::ShortFormat));
}

void ProductController::clear()
{
    delete m_pending.data();
    m_cacheRequest = 0;
    m_asOf = {};
    m_cachedAvailability = {};
    m_ageTick.stop();
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
