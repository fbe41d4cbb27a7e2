// SPDX-License-Identifier: MIT
#pragma once

#include <backendapi.h>

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>

namespace Omnitote {

class CatalogService;

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
    Q_PROPERTY(bool fromCache READ fromCache NOTIFY changed)
    Q_PROPERTY(QString freshnessText READ freshnessText NOTIFY changed)
public:
    enum class Status { Empty, Loading, Ready, Error };
    Q_ENUM(Status)

    explicit ProductController(BackendApi *api, QObject *parent = nullptr);
    ~ProductController() override;

    /**
     * The offline catalogue: lookups ask it first and show what it has at once, while the network
     * lookup runs; the server's answer then replaces it. With the network down the cached product stays.
     */
    void setCatalog(CatalogService *catalog);

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
    /** The product on screen came from the offline catalogue, not from the server just now. */
    bool fromCache() const { return m_status == Status::Ready && m_asOf.isValid(); }
    /** For a cached product: how old its stock and prices are ("updated 3 min ago"); else empty. */
    QString freshnessText() const;
    /** This store's stock as the cache holds it (for the product page when the network is down). */
    QJsonObject cachedAvailability() const { return m_cachedAvailability; }
    /** The age text for data as of `asOf`, seen at `now` (shared with the product page's stock). */
    static QString freshnessText(const QDateTime &asOf, const QDateTime &now);

    /** "€12.99" in the current locale's way of writing money. */
    static QString formatPrice(const Price &price, const QLocale &locale);

Q_SIGNALS:
    void changed();
    /** A lookup finished with a product (for the scan screen's beep, and for tests). */
    void productShown(const QString &productId);

private:
    void onLookupFinished(LookupCall *call);
    void onCacheAnswer(quint64 requestId, const QJsonObject &lookupJson, const QJsonObject &availability,
                       const QDateTime &asOf);
    void show(const LookupResult &result, const QDateTime &asOf);
    void fail(const QString &message);

    BackendApi *m_api;
    QPointer<LookupCall> m_pending;
    Status m_status = Status::Empty;
    QString m_errorMessage;
    QString m_code;
    Product m_product;
    QString m_variantId;
    CatalogService *m_catalog = nullptr;
    quint64 m_cacheRequest = 0; // the cache lookup still to answer (0: none)
    bool m_networkDone = false;
    QString m_networkError; // the network failed while the cache had not answered yet
    QDateTime m_asOf; // valid while a cached product is on screen
    QJsonObject m_cachedAvailability;
    QTimer m_ageTick; // the age text counts up while a cached product is on screen
};

} // namespace Omnitote
