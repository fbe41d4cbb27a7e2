// SPDX-License-Identifier: MIT
#pragma once

#include <associatetypes.h>

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

namespace Omnitote {

/**
 * The till hand-off after a completed pick: one QR code with the tote for POS systems that read it
 * from our API, and "scan-to-till" for those that do not: each item's EAN/UPC barcode full screen,
 * one after another, for the till's own scanner.
 */
class TillHandoff : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("TillHandoff is created by the application")
    Q_PROPERTY(QUrl qrSource READ qrSource NOTIFY itemsChanged)
    Q_PROPERTY(int count READ count NOTIFY itemsChanged)
    Q_PROPERTY(int index READ index NOTIFY currentChanged)
    Q_PROPERTY(QString name READ name NOTIFY currentChanged)
    Q_PROPERTY(int qty READ qty NOTIFY currentChanged)
    Q_PROPERTY(QString gtin READ gtin NOTIFY currentChanged)
    Q_PROPERTY(QUrl barcodeSource READ barcodeSource NOTIFY currentChanged)
    Q_PROPERTY(QString positionText READ positionText NOTIFY currentChanged)
public:
    using QObject::QObject;

    /** What the till gets: the tote's QR payload and the items (one per GTIN). */
    void setItems(const QString &qrPayload, const QList<TillItem> &items);
    void clear() { setItems({}, {}); }

    QUrl qrSource() const { return m_qrSource; }
    int count() const { return int(m_items.size()); }
    int index() const { return m_index; }
    QString name() const;
    int qty() const;
    QString gtin() const;
    /** The current item's barcode (UPC-A, EAN-13 or EAN-8, whichever its GTIN is). */
    QUrl barcodeSource() const;
    /** The barcode URL of item `i` (tests decode each one). */
    QUrl barcodeSourceAt(int i) const;
    QString positionText() const;

    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();

Q_SIGNALS:
    void itemsChanged();
    void currentChanged();

private:
    void setIndex(int index);

    QList<TillItem> m_items;
    QUrl m_qrSource;
    int m_index = 0;
};

} // namespace Omnitote
