// SPDX-License-Identifier: MIT
#pragma once

#include "availabilitymodel.h"
#include "relatedmodel.h"
#include "reviewmodel.h"
#include "variantoptionmodel.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

namespace Omnitote {

class BackendApi;
class ProductController;
struct Product;

/**
 * Everything the product page shows beyond the product itself: variant pickers, stock, reviews,
 * related products, and the "Add to tote" choices. It follows ProductController: a new product
 * loads the models, a cleared one clears them.
 */
class ProductPage : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ProductPage is created by the application")
    Q_PROPERTY(VariantOptionModel *colors READ colors CONSTANT)
    Q_PROPERTY(VariantOptionModel *sizes READ sizes CONSTANT)
    Q_PROPERTY(AvailabilityModel *availability READ availability CONSTANT)
    Q_PROPERTY(ReviewModel *reviews READ reviews CONSTANT)
    Q_PROPERTY(RelatedModel *related READ related CONSTANT)
    Q_PROPERTY(QList<QUrl> images READ images NOTIFY changed)
    Q_PROPERTY(QList<int> histogram READ histogram NOTIFY changed)
    Q_PROPERTY(QString selectedColor READ selectedColor NOTIFY changed)
    Q_PROPERTY(QString selectedSize READ selectedSize NOTIFY changed)
    Q_PROPERTY(bool canTakeNow READ canTakeNow NOTIFY changed)
    Q_PROPERTY(bool canPickUp READ canPickUp NOTIFY changed)
    Q_PROPERTY(bool canShip READ canShip NOTIFY changed)
    Q_PROPERTY(int shipDays READ shipDays NOTIFY changed)
public:
    /** How the shopper wants the item: off the shelf now, reserved at a nearby store, or shipped. */
    enum class Fulfilment { TakeNow, PickUp, Ship };
    Q_ENUM(Fulfilment)

    ProductPage(ProductController *products, BackendApi *api, QObject *parent = nullptr);

    VariantOptionModel *colors() const { return m_colors; }
    VariantOptionModel *sizes() const { return m_sizes; }
    AvailabilityModel *availability() const { return m_availability; }
    ReviewModel *reviews() const { return m_reviews; }
    RelatedModel *related() const { return m_related; }
    QList<QUrl> images() const;
    QList<int> histogram() const;
    QString selectedColor() const;
    QString selectedSize() const;
    bool canTakeNow() const;
    bool canPickUp() const;
    bool canShip() const;
    int shipDays() const;

    Q_INVOKABLE void selectColor(const QString &color);
    Q_INVOKABLE void selectSize(const QString &size);
    /** Asks for the chosen variant in the tote; nothing happens when that fulfilment is not possible. */
    Q_INVOKABLE bool addToTote(Fulfilment fulfilment);
    /** The language changed: the models re-format their texts. */
    void refreshTexts();

Q_SIGNALS:
    void changed();
    /** The tote (toteclient's ToteController) takes it from here; KioskApplication wires it. */
    void addToToteRequested(const QString &productId, const QString &variantId, Fulfilment fulfilment);

private:
    void onProductShown();
    void onProductChanged();
    void select(const QString &color, const QString &size);
    void rebuildOptions();
    const Product &product() const;

    ProductController *m_products;
    VariantOptionModel *m_colors;
    VariantOptionModel *m_sizes;
    AvailabilityModel *m_availability;
    ReviewModel *m_reviews;
    RelatedModel *m_related;
    QString m_productId;
};

} // namespace Omnitote
