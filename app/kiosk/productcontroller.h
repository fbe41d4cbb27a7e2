// SPDX-License-Identifier: MIT
#pragma once

#include <backendapi.h>

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>

namespace Omnitote {

/** Looks up what the shopper scanned or typed and holds the product the product screen shows. */
class ProductController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ProductController is created by the application")
    Q_PROPERTY(Status status READ status NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QString productId READ productId NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString brand READ brand NOTIFY changed)
    Q_PROPERTY(QString categoryName READ categoryName NOTIFY changed)
    Q_PROPERTY(QString description READ description NOTIFY changed)
    Q_PROPERTY(QString priceText READ priceText NOTIFY changed)
    Q_PROPERTY(QString variantText READ variantText NOTIFY changed)
    Q_PROPERTY(QString variantId READ variantId NOTIFY changed)
    Q_PROPERTY(QUrl imageUrl READ imageUrl NOTIFY changed)
    Q_PROPERTY(bool onlineOnly READ onlineOnly NOTIFY changed)
    Q_PROPERTY(double ratingAverage READ ratingAverage NOTIFY changed)
    Q_PROPERTY(int ratingCount READ ratingCount NOTIFY changed)
public:
    enum class Status { Empty, Loading, Ready, Error };
    Q_ENUM(Status)

    explicit ProductController(BackendApi *api, QObject *parent = nullptr);
    ~ProductController() override;

    /** Looks up a scanned or typed code; a newer lookup cancels an older one still running. */
    Q_INVOKABLE void lookup(const QString &code);
    /** Forgets the product (the session ended). */
    Q_INVOKABLE void clear();
    /** Shows another variant of the same product (the pickers); unknown ids are ignored. */
    void selectVariant(const QString &variantId);

    /** The product on screen and the variant shown (for "Add to tote"). */
    const Product &product() const { return m_product; }
    QString variantId() const { return m_variantId; }
    /** A server-relative path (an image) as a URL the UI can load. */
    QUrl resolve(const QString &path) const;

    Status status() const { return m_status; }
    QString errorMessage() const { return m_errorMessage; }
    QString code() const { return m_code; }
    QString productId() const { return m_product.id; }
    QString name() const { return m_product.name; }
    QString brand() const { return m_product.brand; }
    QString categoryName() const { return m_product.categoryName; }
    QString description() const { return m_product.description; }
    QString priceText() const;
    QString variantText() const;
    QUrl imageUrl() const;
    bool onlineOnly() const { return m_product.onlineOnly; }
    double ratingAverage() const { return m_product.rating.average; }
    int ratingCount() const { return m_product.rating.count; }

    /** "€12.99" in the current locale's way of writing money. */
    static QString formatPrice(const Price &price, const QLocale &locale);

Q_SIGNALS:
    void changed();
    /** A lookup finished with a product (for the scan screen's beep, and for tests). */
    void productShown(const QString &productId);

private:
    void onLookupFinished(LookupCall *call);

    BackendApi *m_api;
    QPointer<LookupCall> m_pending;
    Status m_status = Status::Empty;
    QString m_errorMessage;
    QString m_code;
    Product m_product;
    QString m_variantId;
};

} // namespace Omnitote
