// SPDX-License-Identifier: MIT
#include "camerascansource.h"

#include <QCamera>
#include <QLoggingCategory>

namespace Omnitote {

Q_LOGGING_CATEGORY(lcCamera, "omnitote.camera")

CameraScanSource::CameraScanSource(Config config, QObject *parent)
    : ScanSource(parent), m_config(std::move(config)), m_devices(new QMediaDevices(this)),
      m_decoder(std::make_unique<LatestFrameDecoder>(m_config.decode)), m_voter(m_config.voting)
{
    setState(State::Stopped);
    m_session.setVideoSink(&m_sink);
    // Direct: runs on whichever thread delivers the frame (GStreamer's streaming thread for a camera)
    // and only hands the frame on, so frames never pile up in the GUI thread's event queue.
    connect(&m_sink, &QVideoSink::videoFrameChanged, this, &CameraScanSource::onFrame, Qt::DirectConnection);
    connect(m_decoder.get(), &LatestFrameDecoder::frameDecoded, this, &CameraScanSource::onDecoded);
    connect(m_decoder.get(), &LatestFrameDecoder::decoderCrashed, this, &CameraScanSource::onDecoderCrashed);
    connect(m_devices, &QMediaDevices::videoInputsChanged, this, [this] {
        // A camera plugged in after start (or the chosen one came back).
        if (m_running && m_config.frameSource == FrameSource::Camera && !m_camera)
            startCamera();
    });
}

CameraScanSource::~CameraScanSource()
{
    m_running = false;
    disconnect(&m_sink, nullptr, this, nullptr);
    m_decoder.reset(); // joins the decode thread before the members it reports to go away
    releaseCamera();
}

void CameraScanSource::start()
{
    if (m_running)
        return;
    m_running = true;
    m_voter.reset();
    if (m_config.frameSource == FrameSource::Feed) {
        m_cameraName = tr("Frame feed");
        setState(State::Ready);
        return;
    }
    startCamera();
}

void CameraScanSource::stop()
{
    m_running = false;
    m_decoder->clearPending();
    releaseCamera();
    setState(State::Stopped);
}

QVideoSink *CameraScanSource::viewfinderSink() const
{
    QMutexLocker lock(&m_viewfinderMutex);
    return m_viewfinder;
}

void CameraScanSource::setViewfinderSink(QVideoSink *sink)
{
    {
        QMutexLocker lock(&m_viewfinderMutex);
        if (m_viewfinder == sink)
            return;
        m_viewfinder = sink;
    }
    Q_EMIT viewfinderSinkChanged();
}

std::optional<QCameraDevice> CameraScanSource::findCamera(const QString &selector, QString *reason)
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    if (cameras.isEmpty()) {
        *reason = tr("No camera found");
        return std::nullopt;
    }
    if (selector.isEmpty() || selector == QLatin1String("auto")) {
        const QCameraDevice preferred = QMediaDevices::defaultVideoInput();
        return preferred.isNull() ? cameras.first() : preferred;
    }
    QStringList names;
    for (const QCameraDevice &camera : cameras) {
        if (QString::fromUtf8(camera.id()) == selector
            || camera.description().compare(selector, Qt::CaseInsensitive) == 0)
            return camera;
        names.append(camera.description());
    }
    *reason = tr("No camera \"%1\" (found: %2)").arg(selector, names.join(QStringLiteral(", ")));
    return std::nullopt;
}

void CameraScanSource::onFrame(const QVideoFrame &frame)
{
    // NOTE: may run on the camera's streaming thread. Only cheap, thread-safe hand-offs here: the
    // frame is implicitly shared, so neither line copies pixels.
    if (!frame.isValid())
        return;
    {
        QMutexLocker lock(&m_viewfinderMutex);
        if (m_viewfinder)
            m_viewfinder->setVideoFrame(frame);
    }
    if (m_running)
        m_decoder->submit(frame, scanClockNs());
}

void CameraScanSource::onDecoded(const FrameOutcome &outcome)
{
    ++m_framesHandled;
    if (!m_running)
        return;
    const SupervisedDecoder::Result &result = outcome.result;
    if (result.status == SupervisedDecoder::Status::Unavailable) {
        // Paused after too many restarts, or the helper is missing: say so; SupervisedDecoder retries.
        setState(State::Error, tr("Barcode decoder unavailable: %1").arg(result.error));
        return;
    }
    if (state() == State::Error)
        setState(State::Ready);
    const QList<DecodedBarcode> accepted = m_voter.addFrame(result.barcodes, outcome.capturedAtNs);
    if (!result.barcodes.isEmpty() || !accepted.isEmpty())
        Q_EMIT codesInView(result.barcodes, outcome.frameSize);
    for (const DecodedBarcode &barcode : accepted) {
        const QString sourceId = m_cameraName.isEmpty() ? QStringLiteral("camera") : m_cameraName;
        Q_EMIT scanned(barcode.toScanEvent(ScanEvent::Source::Camera, sourceId, outcome.capturedAtNs));
    }
}

void CameraScanSource::onDecoderCrashed(const QString &reason, const QString &savedFrame)
{
    ++m_decoderRestarts;
    qCWarning(lcCamera).noquote() << "decoder restarted:" << reason;
    // Scanning goes on with a new helper process; staff see why a frame was skipped.
    if (state() == State::Ready || state() == State::Error)
        setState(State::Ready,
                 tr("Barcode decoder restarted after a crash (%n so far)", nullptr, m_decoderRestarts));
    Q_EMIT decoderRestarted(reason, savedFrame);
}

void CameraScanSource::startCamera()
{
    QString reason;
    const auto device = findCamera(m_config.device, &reason);
    if (!device) {
        qCInfo(lcCamera).noquote() << reason;
        setState(State::Unavailable, reason);
        return;
    }
    m_cameraName = device->description();
    m_camera = new QCamera(*device, this);
    const QList<QCameraFormat> formats = device->videoFormats();
    const int chosen =
        CameraFormatChooser::choose(CameraFormatChooser::candidatesOf(formats), m_config.format);
    if (chosen >= 0) {
        // Before start(): the backend negotiates the pipeline once, with this format.
        const QCameraFormat &format = formats.at(chosen);
        m_camera->setCameraFormat(format);
        qCInfo(lcCamera).noquote() << "camera format"
                                   << QVideoFrameFormat::pixelFormatToString(format.pixelFormat())
                                   << format.resolution() << format.maxFrameRate() << "fps, of"
                                   << formats.size();
    }
    connect(m_camera, &QCamera::errorOccurred, this,
            [this](QCamera::Error, const QString &message) { setState(State::Error, message); });
    connect(m_camera, &QCamera::activeChanged, this, [this](bool active) {
        if (active) {
            configureCamera(); // focus and torch are only known once the camera runs
            setState(State::Ready);
        } else if (m_running && state() != State::Error) {
            setState(State::Starting);
        }
    });
    m_session.setCamera(m_camera);
    setState(State::Starting, m_cameraName);
    m_camera->start();
}

void CameraScanSource::configureCamera()
{
    // Codes are held close to the lens: near autofocus when the camera has it, else plain autofocus.
    if (m_camera->isFocusModeSupported(QCamera::FocusModeAutoNear))
        m_camera->setFocusMode(QCamera::FocusModeAutoNear);
    else if (m_camera->isFocusModeSupported(QCamera::FocusModeAuto))
        m_camera->setFocusMode(QCamera::FocusModeAuto);
    if (m_config.torch && m_camera->isTorchModeSupported(QCamera::TorchOn))
        m_camera->setTorchMode(QCamera::TorchOn);
}

void CameraScanSource::releaseCamera()
{
    if (!m_camera)
        return;
    m_session.setCamera(nullptr);
    m_camera->stop();
    delete m_camera;
    m_camera = nullptr;
}

} // namespace Omnitote
