// SPDX-License-Identifier: MIT
#pragma once

#include "cameraformatchooser.h"
#include "latestframedecoder.h"
#include "scanvoter.h"

#include <scansource.h>

#include <QCameraDevice>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QMutex>
#include <QPointer>
#include <QVideoSink>

#include <atomic>
#include <memory>

class QCamera;

namespace Omnitote {

/**
 * Scans barcodes held up to a camera: QCamera -> QMediaCaptureSession -> our QVideoSink -> the
 * luminance plane -> LatestFrameDecoder (its own thread, supervised decoder process) -> ScanVoter ->
 * `scanned`. The sink is the one entry for frames: a test or demo feed writes real QVideoFrames into
 * videoSink() and everything above it is the code a camera runs.
 *
 * No camera (or no matching one) is State::Unavailable with a statusText the UI shows; a camera that
 * appears later is picked up. A decoder process that dies is restarted by SupervisedDecoder; this
 * source keeps scanning, counts it and says so in statusText for a while.
 *
 * Thread affinity: created and used on the GUI thread, except that frames may arrive on the camera
 * back end's streaming thread (handled there without waiting: see onFrame()).
 */
class CameraScanSource : public ScanSource
{
    Q_OBJECT
    Q_PROPERTY(
        QVideoSink *viewfinderSink READ viewfinderSink WRITE setViewfinderSink NOTIFY viewfinderSinkChanged)
    Q_PROPERTY(QString cameraName READ cameraName NOTIFY stateChanged)
public:
    enum class FrameSource {
        Camera, // a QCamera chosen by Config::device
        Feed, // no camera: frames come from whatever writes into videoSink() (tests, demos)
    };
    struct Config
    {
        FrameSource frameSource = FrameSource::Camera;
        QString device = QStringLiteral("auto"); // "auto": the default camera; else an id or description
        bool torch = false; // light the code when the camera has a torch
        CameraFormatChooser::Preference format; // which of the camera's formats to ask for
        LatestFrameDecoder::Config decode;
        ScanVoter::Config voting;
    };

    explicit CameraScanSource(Config config, QObject *parent = nullptr);
    ~CameraScanSource() override;

    void start() override;
    void stop() override;

    /** Where frames enter (the camera's output, or a feed's input). */
    QVideoSink *videoSink() { return &m_sink; }
    /** The viewfinder (a QML VideoOutput's sink): every frame is shown there too. May be null. */
    QVideoSink *viewfinderSink() const;
    void setViewfinderSink(QVideoSink *sink);
    QString cameraName() const { return m_cameraName; }

    /** "auto"/"" = the default camera, else the one whose id or description matches (any case). */
    static std::optional<QCameraDevice> findCamera(const QString &selector, QString *reason);

    quint64 framesReceived() const { return m_decoder->submitted(); }
    quint64 framesDropped() const { return m_decoder->dropped(); }
    quint64 framesDecoded() const { return m_decoder->decoded(); }
    /** Decoded frames whose results this source has voted on (GUI thread; trails framesDecoded()). */
    quint64 framesHandled() const { return m_framesHandled; }
    int decoderRestarts() const { return m_decoderRestarts; }

Q_SIGNALS:
    void viewfinderSinkChanged();
    /** Codes in the last decoded frame, whether or not they became scans yet (for an overlay). */
    void codesInView(const QList<Omnitote::DecodedBarcode> &barcodes, QSize frameSize);
    /** The decoder process died on a frame and was restarted; scanning goes on. */
    void decoderRestarted(const QString &reason, const QString &savedFrame);

private:
    void onFrame(const QVideoFrame &frame);
    void onDecoded(const FrameOutcome &outcome);
    void onDecoderCrashed(const QString &reason, const QString &savedFrame);
    void startCamera();
    void configureCamera();
    void releaseCamera();

    Config m_config;
    QVideoSink m_sink;
    QMediaCaptureSession m_session;
    QMediaDevices *m_devices;
    std::unique_ptr<LatestFrameDecoder> m_decoder;
    ScanVoter m_voter;
    QCamera *m_camera = nullptr;
    QString m_cameraName;
    std::atomic<bool> m_running {false};
    mutable QMutex m_viewfinderMutex;
    QPointer<QVideoSink> m_viewfinder; // guarded by m_viewfinderMutex (frames arrive on other threads)
    int m_decoderRestarts = 0;
    quint64 m_framesHandled = 0;
};

} // namespace Omnitote
