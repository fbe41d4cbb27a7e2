// SPDX-License-Identifier: MIT
#pragma once

#include <decodedbarcode.h>

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QRectF>
#include <QTimer>
#include <QVideoSink>

namespace Omnitote {

class CameraScanSource;

/**
 * What the scan screen shows of the camera: whether a viewfinder is live, the message instead of it
 * (no camera: "use the scanner or type the code"), where the last code was seen (for the overlay),
 * and the VideoOutput's sink that frames are mirrored into. The camera may be absent (--camera none).
 */
class CameraController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("CameraController is created by the application")
    Q_PROPERTY(bool live READ live NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(
        QVideoSink *viewfinderSink READ viewfinderSink WRITE setViewfinderSink NOTIFY viewfinderSinkChanged)
    Q_PROPERTY(QRectF highlight READ highlight NOTIFY highlightChanged)
public:
    explicit CameraController(CameraScanSource *source, QObject *parent = nullptr);

    bool live() const;
    QString message() const;
    QVideoSink *viewfinderSink() const;
    void setViewfinderSink(QVideoSink *sink);
    /** The last code seen, in 0..1 of the frame; empty when none was seen lately. */
    QRectF highlight() const { return m_highlight; }

Q_SIGNALS:
    void changed();
    void viewfinderSinkChanged();
    void highlightChanged();

private:
    void showCodes(const QList<Omnitote::DecodedBarcode> &barcodes, QSize frameSize);

    QPointer<CameraScanSource> m_source;
    QRectF m_highlight;
    QTimer m_highlightTimer;
};

} // namespace Omnitote
