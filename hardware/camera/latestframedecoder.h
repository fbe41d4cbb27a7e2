// SPDX-License-Identifier: MIT
#pragma once

#include <superviseddecoder.h>

#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QRectF>
#include <QSize>
#include <QThread>
#include <QVideoFrame>

#include <atomic>
#include <optional>

namespace Omnitote {

/** What became of one camera frame on the decode thread. */
struct FrameOutcome
{
    SupervisedDecoder::Result result;
    DecoderProtocol::Mode mode = DecoderProtocol::Mode::Fast;
    int cameraStep = -1; // Mode::Stepped: which camera step ran after the fast one
    qint64 capturedAtNs = 0; // scanClockNs() when the frame reached the sink
    quint64 sequence = 0; // the frame's number among all frames submitted
    QSize frameSize; // the barcodes' positions are in these pixel coordinates
};

class FrameDecodeWorker;

/**
 * Decodes camera frames on a thread of its own ("omnitote-camera-decode"), one at a time, through
 * the supervised decoder process, so neither the GUI thread nor the camera's thread ever waits.
 *
 * Frames are never queued: while a decode runs, only the newest frame waits and each frame it
 * replaces counts as dropped. Holding at most two frames (in flight + newest) also bounds how many
 * camera buffers we keep from the driver. A shopper wants the code that is in view now, not the
 * backlog of a second ago.
 *
 * Only the scan area the viewfinder marks (with a margin) is decoded: a quarter fewer pixels for
 * every step, and a shopper aims at the marked area anyway.
 *
 * The fast pipeline runs on every frame. After `harderAfterEmptyFrames` frames in a row that read
 * nothing, frames also get one harder step each (Mode::Stepped), taking turns through the
 * pipeline's camera steps, so a hard code is still read within a few frames without any frame
 * paying for the whole pipeline (about 1 s on an empty 720p frame, docs/PERFORMANCE.md). The
 * harder steps are held to `harderDuty` of the decode thread's time: after a step of T ms the
 * next one waits T * (1 - duty) / duty ms, so an empty scene costs a bounded share of a core.
 * Mode::Full (or PlainZXing, for tests) as `harderMode` gives the older behaviour: one whole
 * pipeline pass after each empty streak.
 */
class LatestFrameDecoder : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        SupervisedDecoder::Config decoder;
        int harderAfterEmptyFrames = 3; // 0: every frame
        DecoderProtocol::Mode harderMode = DecoderProtocol::Mode::Stepped;
        double harderDuty = 0.3; // Stepped: the share of the decode thread harder steps may use
        // The part of each frame decoded, in fractions of its size: the viewfinder's scan area
        // (70% x 55%, CameraViewfinder.qml) plus a margin, so a code half inside still reads.
        QRectF scanArea {0.1, 0.15, 0.8, 0.7};
    };

    explicit LatestFrameDecoder(Config config, QObject *parent = nullptr);
    ~LatestFrameDecoder() override; // finishes the frame in flight, then stops the thread

    /** Thread-safe: called from whichever thread delivers camera frames. Never blocks on a decode. */
    void submit(const QVideoFrame &frame, qint64 capturedAtNs);
    /** Thread-safe: drops the waiting frame (the camera stopped); the one in flight still reports. */
    void clearPending();

    quint64 submitted() const { return m_submitted.load(); }
    quint64 dropped() const { return m_dropped.load(); }
    quint64 decoded() const { return m_decoded.load(); }
    bool busy() const;

Q_SIGNALS:
    // Emitted on the decode thread; receivers elsewhere get them queued.
    void frameDecoded(const Omnitote::FrameOutcome &outcome);
    void decoderCrashed(const QString &reason, const QString &savedFrame);

private:
    friend class FrameDecodeWorker;
    struct Job
    {
        QVideoFrame frame;
        qint64 capturedAtNs = 0;
        quint64 sequence = 0;
    };
    /** Called by the worker after each frame: the next job, or nothing (and no longer busy). */
    std::optional<Job> takeNext();
    void finished(const FrameOutcome &outcome);

    QThread m_thread;
    FrameDecodeWorker *m_worker;
    mutable QMutex m_mutex;
    std::optional<Job> m_pending; // guarded by m_mutex
    bool m_busy = false; // guarded by m_mutex: a job is on the worker
    std::atomic<quint64> m_submitted {0};
    std::atomic<quint64> m_dropped {0};
    std::atomic<quint64> m_decoded {0};
};

/** Lives on LatestFrameDecoder's thread; owns the SupervisedDecoder (and so its helper process). */
class FrameDecodeWorker : public QObject
{
    Q_OBJECT
public:
    FrameDecodeWorker(LatestFrameDecoder::Config config, LatestFrameDecoder *owner);

    /** Decodes `job`, then whatever frame arrived meanwhile, until none waits. */
    void run(const QVideoFrame &frame, qint64 capturedAtNs, quint64 sequence);

private:
    FrameOutcome decodeOne(const QVideoFrame &frame);

    LatestFrameDecoder::Config m_config;
    LatestFrameDecoder *m_owner;
    SupervisedDecoder *m_decoder = nullptr; // created on the decode thread
    int m_emptyStreak = 0;
    int m_nextCameraStep = 0; // Stepped: round robin over the pipeline's camera steps
    qint64 m_nextHarderAtNs = 0; // Stepped: no harder step before this (duty limit)
};

} // namespace Omnitote

Q_DECLARE_METATYPE(Omnitote::FrameOutcome)
