// SPDX-License-Identifier: MIT
#include "cameracontroller.h"

#include <camerascansource.h>

#include <QPolygon>

namespace Omnitote {

CameraController::CameraController(CameraScanSource *source, QObject *parent)
    : QObject(parent), m_source(source)
{
    // Long enough to see what was read, short enough not to mark a code that has gone.
    m_highlightTimer.setSingleShot(true);
    m_highlightTimer.setInterval(700);
    connect(&m_highlightTimer, &QTimer::timeout, this, [this] {
        m_highlight = {};
        Q_EMIT highlightChanged();
    });
    if (!m_source)
        return;
    connect(m_source, &ScanSource::stateChanged, this, &CameraController::changed);
    connect(m_source, &CameraScanSource::viewfinderSinkChanged, this,
            &CameraController::viewfinderSinkChanged);
    connect(m_source, &CameraScanSource::codesInView, this, &CameraController::showCodes);
}

bool CameraController::live() const
{
    return m_source && m_source->state() == ScanSource::State::Ready;
}

QString CameraController::message() const
{
    if (!m_source || m_source->state() == ScanSource::State::Unavailable)
        return tr("No camera — use the scanner or type the code");
    switch (m_source->state()) {
    case ScanSource::State::Starting:
        return tr("Starting the camera…");
    case ScanSource::State::Error:
        return tr("The camera is not working (%1) — use the scanner or type the code")
            .arg(m_source->statusText());
    case ScanSource::State::Stopped:
        return tr("The camera is off — use the scanner or type the code");
    default:
        return {};
    }
}

QVideoSink *CameraController::viewfinderSink() const
{
    return m_source ? m_source->viewfinderSink() : nullptr;
}

void CameraController::setViewfinderSink(QVideoSink *sink)
{
    if (m_source)
        m_source->setViewfinderSink(sink);
}

void CameraController::showCodes(const QList<DecodedBarcode> &barcodes, QSize frameSize)
{
    if (barcodes.isEmpty() || frameSize.isEmpty() || barcodes.first().position.isEmpty())
        return;
    const QRectF box = QPolygon(barcodes.first().position).boundingRect();
    m_highlight = QRectF(box.x() / frameSize.width(), box.y() / frameSize.height(),
                         box.width() / frameSize.width(), box.height() / frameSize.height())
                      .intersected(QRectF(0, 0, 1, 1));
    m_highlightTimer.start();
    Q_EMIT highlightChanged();
}

} // namespace Omnitote
