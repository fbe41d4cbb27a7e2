// SPDX-License-Identifier: MIT
#pragma once

#include <scanevent.h>

#include <QList>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

namespace Omnitote {

class CustomerLinkController;
class ProductController;
class ScanSource;
class SessionController;

/**
 * Every scan source's events as one stream: a code seen again within dedupeWindowMs is one scan,
 * an invalid code gets a message instead of a lookup, and a valid one starts (or extends) the
 * shopper's session and opens the product. Sources are anything behind ScanSource (USB wedge,
 * evdev, camera, NFC, simulated); manual entry joins the same stream.
 */
class ScanController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ScanController is created by the application")
    Q_PROPERTY(QVariantMap lastScan READ lastScan NOTIFY lastScanChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QVariantList sources READ sources NOTIFY sourcesChanged)
    Q_PROPERTY(int scanCount READ scanCount NOTIFY lastScanChanged)
    Q_PROPERTY(int dedupeWindowMs READ dedupeWindowMs WRITE setDedupeWindowMs NOTIFY dedupeWindowMsChanged)
public:
    ScanController(ProductController *products, SessionController *session, QObject *parent = nullptr);
    ~ScanController() override;

    /** Customer QR codes (any scan source) go here instead of to the product lookup. */
    void setCustomerLink(CustomerLinkController *link) { m_customerLink = link; }

    /** Listens to `source`; takes ownership when it has no parent. Does not start it. */
    void addSource(ScanSource *source);
    QList<ScanSource *> scanSources() const { return m_sources; }
    void startSources();
    void stopSources();

    /** What the shopper typed in the code field, as a scan (never de-duplicated: they meant it). */
    Q_INVOKABLE void submitManual(const QString &text);
    /** One scan from any source: de-duplicate, validate, then session and lookup. */
    void handle(const Omnitote::ScanEvent &event);

    QVariantMap lastScan() const { return m_lastScan; }
    QString lastError() const { return m_lastError; }
    QVariantList sources() const;
    int scanCount() const { return m_scanCount; }
    int dedupeWindowMs() const { return m_dedupeWindowMs; }
    void setDedupeWindowMs(int ms);
    /**
     * Whether an accepted scan opens the product (the shopper's kiosk, the default). Associate mode
     * turns it off: its controllers take accepted() scans (badges, totes, items being picked).
     */
    void setProductLookup(bool enabled) { m_productLookup = enabled; }
    /** Shows a message under the scanner status (e.g. "wrong item" from the picking screen). */
    void showError(const QString &message) { setLastError(message); }
    /** How long lastError stays before it clears itself (the shopper has read it; default 6 s). */
    void setErrorDisplayMs(int ms) { m_errorTimer.setInterval(ms); }

Q_SIGNALS:
    void lastScanChanged();
    void lastErrorChanged();
    void sourcesChanged();
    void dedupeWindowMsChanged();
    /** A scan passed every check and went to the product lookup. */
    void accepted(const Omnitote::ScanEvent &event);
    /** A scan was invalid; `reason` is for the shopper. */
    void rejected(const QString &reason);
    /** The same code again within the window: ignored. */
    void duplicateIgnored(const QString &lookupKey);

private:
    bool isDuplicate(const ScanEvent &event);
    void setLastError(const QString &error);

    ProductController *m_products;
    CustomerLinkController *m_customerLink = nullptr;
    SessionController *m_session;
    QList<ScanSource *> m_sources;
    QVariantMap m_lastScan;
    QString m_lastError;
    int m_scanCount = 0;
    int m_dedupeWindowMs = 1500;
    bool m_productLookup = true;
    QString m_lastKey;
    qint64 m_lastSeenNs = 0;
    QTimer m_errorTimer;
};

} // namespace Omnitote
