// SPDX-License-Identifier: MIT
#include "productpage.h"

#include "availabilitymodel.h"
#include "productcontroller.h"
#include "relatedmodel.h"
#include "reviewmodel.h"
#include "variantoptionmodel.h"

namespace Omnitote {

namespace {

using Availability = VariantOptionModel::Availability;

// The best way to get any of `variants`: on the shelf here beats a nearby store beats online.
Availability bestAvailability(const QList<const Variant *> &variants, const AvailabilityModel &stock)
{
    Availability best = Availability::Unknown;
    for (const Variant *variant : variants) {
        Availability mark = variant->onlineQty > 0 ? Availability::Online : Availability::Unknown;
        if (const VariantStock *known = stock.stock(variant->id)) {
            mark = known->carriedHere && known->storeQty > 0 ? Availability::InStore
                : known->nearbyQty() > 0                     ? Availability::Nearby
                : known->onlineQty > 0                       ? Availability::Online
                                                             : Availability::SoldOut;
        }
        best = std::min(best, mark);
    }
    return best;
}

} // namespace

ProductPage::ProductPage(ProductController *products, BackendApi *api, QObject *parent)
    : QObject(parent), m_products(products), m_colors(new VariantOptionModel(this)),
      m_sizes(new VariantOptionModel(this)), m_availability(new AvailabilityModel(api, this)),
      m_reviews(new ReviewModel(api, this)), m_related(new RelatedModel(api, this))
{
    connect(m_products, &ProductController::productShown, this, &ProductPage::onProductShown);
    connect(m_products, &ProductController::changed, this, &ProductPage::onProductChanged);
    // Stock arriving re-marks the pickers and the fulfilment choices.
    connect(m_availability, &AvailabilityModel::loaded, this, &ProductPage::rebuildOptions);
    connect(m_availability, &AvailabilityModel::changed, this, &ProductPage::changed);
}

const Product &ProductPage::product() const
{
    return m_products->product();
}

void ProductPage::onProductShown()
{
    m_productId = product().id;
    m_availability->setVariantId(m_products->variantId());
    m_availability->load(m_productId, m_products->cachedAvailability());
    m_reviews->setProductId(m_productId);
    m_related->load(m_productId);
    rebuildOptions();
}

void ProductPage::onProductChanged()
{
    // A cleared controller (session over) must leave nothing of the shopper's product behind.
    if (m_products->status() == ProductController::Status::Empty && !m_productId.isEmpty()) {
        m_productId.clear();
        m_availability->clear();
        m_reviews->clear();
        m_related->clear();
        m_colors->setOptions({});
        m_sizes->setOptions({});
        Q_EMIT changed();
    }
}

QString ProductPage::selectedColor() const
{
    const Variant *variant = product().variant(m_products->variantId());
    return variant ? variant->color : QString();
}

QString ProductPage::selectedSize() const
{
    const Variant *variant = product().variant(m_products->variantId());
    return variant ? variant->size : QString();
}

void ProductPage::selectColor(const QString &color)
{
    select(color, selectedSize());
}

void ProductPage::selectSize(const QString &size)
{
    select(selectedColor(), size);
}

void ProductPage::select(const QString &color, const QString &size)
{
    // The exact combination if it exists; otherwise keep the new choice and take its first variant.
    const Variant *match = nullptr;
    const Variant *fallback = nullptr;
    const bool colorChanged = color != selectedColor();
    for (const auto &variant : product().variants) {
        if (variant.color == color && variant.size == size) {
            match = &variant;
            break;
        }
        const bool keepsNewChoice = colorChanged ? variant.color == color : variant.size == size;
        if (!fallback && keepsNewChoice)
            fallback = &variant;
    }
    if (!match)
        match = fallback;
    if (!match || match->id == m_products->variantId())
        return;
    m_products->selectVariant(match->id);
    m_availability->setVariantId(match->id);
    rebuildOptions();
}

void ProductPage::rebuildOptions()
{
    const Product &current = product();
    const QString color = selectedColor();
    const QString size = selectedSize();
    QList<VariantOptionModel::Option> colors;
    QList<VariantOptionModel::Option> sizes;
    for (const auto &variant : current.variants) {
        const auto known = [](const QList<VariantOptionModel::Option> &options, const QString &value) {
            return std::any_of(options.begin(), options.end(),
                               [&](const VariantOptionModel::Option &o) { return o.value == value; });
        };
        if (!variant.color.isEmpty() && !known(colors, variant.color))
            colors.append({variant.color, variant.colorHex, Availability::Unknown, variant.color == color});
        if (!variant.size.isEmpty() && !known(sizes, variant.size))
            sizes.append({variant.size, QString(), Availability::Unknown, variant.size == size});
    }
    // Each option is marked for the other picker's current choice: "Walnut in 45 × 30 cm".
    for (auto &option : colors) {
        QList<const Variant *> candidates;
        for (const auto &variant : current.variants) {
            if (variant.color == option.value && (size.isEmpty() || variant.size == size))
                candidates.append(&variant);
        }
        option.availability = bestAvailability(candidates, *m_availability);
    }
    for (auto &option : sizes) {
        QList<const Variant *> candidates;
        for (const auto &variant : current.variants) {
            if (variant.size == option.value && (color.isEmpty() || variant.color == color))
                candidates.append(&variant);
        }
        option.availability = bestAvailability(candidates, *m_availability);
    }
    m_colors->setOptions(colors);
    m_sizes->setOptions(sizes);
    Q_EMIT changed();
}

QList<QUrl> ProductPage::images() const
{
    // The chosen variant's photo first, then the product's other photos, each once.
    QStringList paths;
    if (const Variant *variant = product().variant(m_products->variantId());
        variant && !variant->image.isEmpty())
        paths.append(variant->image);
    for (const auto &image : product().images) {
        if (!paths.contains(image))
            paths.append(image);
    }
    QList<QUrl> urls;
    for (const auto &path : std::as_const(paths))
        urls.append(m_products->resolve(path));
    return urls;
}

QList<int> ProductPage::histogram() const
{
    QList<int> counts = product().rating.histogram;
    counts.resize(5, 0);
    return counts;
}

bool ProductPage::canTakeNow() const
{
    return !product().onlineOnly && m_availability->carriedHere() && m_availability->storeQty() > 0;
}

bool ProductPage::canPickUp() const
{
    return !product().onlineOnly && m_availability->nearbyQty() > 0;
}

bool ProductPage::canShip() const
{
    if (m_availability->hasData())
        return m_availability->onlineQty() > 0;
    const Variant *variant = product().variant(m_products->variantId());
    return variant && variant->onlineQty > 0;
}

int ProductPage::shipDays() const
{
    if (m_availability->hasData())
        return m_availability->shipDays();
    const Variant *variant = product().variant(m_products->variantId());
    return variant ? variant->shipDays : 0;
}

bool ProductPage::addToTote(Fulfilment fulfilment)
{
    const bool possible = fulfilment == Fulfilment::TakeNow ? canTakeNow()
        : fulfilment == Fulfilment::PickUp                  ? canPickUp()
                                                            : canShip();
    if (!possible || m_productId.isEmpty() || m_products->variantId().isEmpty())
        return false;
    Q_EMIT addToToteRequested(m_productId, m_products->variantId(), fulfilment);
    return true;
}

void ProductPage::refreshTexts()
{
    m_availability->refreshTexts();
    m_reviews->refreshTexts();
    m_related->refreshTexts();
}

} // namespace Omnitote
