// SPDX-License-Identifier: MIT
#include "latestframedecoder.h"

#include "videoframeluma.h"

#include <QLoggingCategory>

#include <algorithm>

namespace Omnitote {

Q_LOGGING_CATEGORY(lcFrameDecoder, "omnitote.camera.decode")

namespace {

QRect scanAreaPixels(const QRectF &fraction, const QSize &frame)
{
    const QRect area(qRound(fraction.x() * frame.width()), qRound(fraction.y() * frame.height()),
                     qRound(fraction.width() * frame.width()), qRound(fraction.height() * frame.height()));
    const QRect clipped = area.intersected(QRect(QPoint(0, 0), frame));
    // A nonsense area (empty, or outside the frame) means the whole frame, never nothing.
    return clipped.width() < 32 || clipped.height() < 32 ? QRect(QPoint(0, 0), frame) : clipped;
}

} // namespace

LatestFrameDecoder::LatestFrameDecoder(Config config, QObject *parent)
    : QObject(parent), m_worker(new FrameDecodeWorker(std::move(config), this))
{
    qRegisterMetaType<Omnitote::FrameOutcome>();
    m_thread.setObjectName(QStringLiteral("omnitote-camera-decode"));
    m_worker->moveToThread(&m_thread);
    // Deleted on its own thread, so the decoder process is stopped by the thread that owns it.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

LatestFrameDecoder::~LatestFrameDecoder()
{
    clearPending();
    m_thread.quit();
    m_thread.wait();
}

void LatestFrameDecoder::submit(const QVideoFrame &frame, qint64 capturedAtNs)
{
    const quint64 sequence = ++m_submitted;
    QMutexLocker lock(&m_mutex);
    if (m_busy) {
        if (m_pending)
            ++m_dropped; // replaced before the decoder got to it
        m_pending = Job {frame, capturedAtNs, sequence};
        return;
    }
    m_busy = true;
    lock.unlock();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, frame, capturedAtNs, sequence] {
        worker->run(frame, capturedAtNs, sequence);
    });
}

void LatestFrameDecoder::clearPending()
{
    QMutexLocker lock(&m_mutex);
    if (m_pending)
        ++m_dropped;
    m_pending.reset();
}

bool LatestFrameDecoder::busy() const
{
    QMutexLocker lock(&m_mutex);
    return m_busy;
}

std::optional<LatestFrameDecoder::Job> LatestFrameDecoder::takeNext()
{
    QMutexLocker lock(&m_mutex);
    std::optional<Job> next = std::move(m_pending);
    m_pending.reset();
    m_busy = next.has_value();
    return next;
}

void LatestFrameDecoder::finished(const FrameOutcome &outcome)
{
    ++m_decoded;
    Q_EMIT frameDecoded(outcome);
}

FrameDecodeWorker::FrameDecodeWorker(LatestFrameDecoder::Config config, LatestFrameDecoder *owner)
    : m_config(std::move(config)), m_owner(owner)
{ }

void FrameDecodeWorker::run(const QVideoFrame &frame, qint64 capturedAtNs, quint64 sequence)
{
    // NOTE: runs on the decode thread. Loops here rather than posting itself, so a frame that arrives
    // during a decode is picked up at once and the owner's thread is never involved.
    std::optional<LatestFrameDecoder::Job> job = LatestFrameDecoder::Job {frame, capturedAtNs, sequence};
    while (job) {
        FrameOutcome outcome = decodeOne(job->frame);
        outcome.capturedAtNs = job->capturedAtNs;
        outcome.sequence = job->sequence;
        job->frame = {}; // hand the camera buffer back before waiting for anything else
        m_owner->finished(outcome);
        job = m_owner->takeNext();
    }
}

FrameOutcome FrameDecodeWorker::decodeOne(const QVideoFrame &frame)
{
    if (!m_decoder) {
        m_decoder = new SupervisedDecoder(m_config.decoder, this);
        connect(m_decoder, &SupervisedDecoder::workerCrashed, m_owner, &LatestFrameDecoder::decoderCrashed,
                Qt::DirectConnection);
    }
    FrameOutcome outcome;
    QString error;
    const auto luma = VideoFrameLuma::fromFrame(frame, &error);
    if (!luma) {
        qCWarning(lcFrameDecoder).noquote() << "frame skipped:" << error;
        outcome.result.status = SupervisedDecoder::Status::Ok; // a bad frame is not a decoder fault
        return outcome;
    }
    outcome.frameSize = QSize(luma->width(), luma->height());
    const QRect area = scanAreaPixels(m_config.scanArea, outcome.frameSize);
    const LumaImage crop = area.size() == outcome.frameSize
        ? std::move(*luma)
        : LumaImage::fromPlane(luma->row(area.y()) + area.x(), area.width(), area.height(), luma->width());

    const qint64 now = scanClockNs();
    const bool stepped = m_config.harderMode == DecoderProtocol::Mode::Stepped;
    const bool harder =
        m_emptyStreak >= m_config.harderAfterEmptyFrames && (!stepped || now >= m_nextHarderAtNs);
    outcome.mode = harder ? m_config.harderMode : DecoderProtocol::Mode::Fast;
    const int step = harder && stepped ? m_nextCameraStep++ % 1024 : 0;
    if (harder && stepped)
        outcome.cameraStep = step;
    outcome.result = m_decoder->decode(crop, outcome.mode, step);
    for (DecodedBarcode &barcode : outcome.result.barcodes) {
        for (QPoint &corner : barcode.position)
            corner += area.topLeft();
    }
    if (harder && stepped) {
        // Work W at duty d must be followed by W * (1 - d) / d of fast-only time.
        const double duty = std::clamp(m_config.harderDuty, 0.01, 1.0);
        m_nextHarderAtNs = scanClockNs() + static_cast<qint64>(outcome.result.ms * 1e6 * (1 - duty) / duty);
    }
    if (!outcome.result.barcodes.isEmpty()) {
        m_emptyStreak = 0;
        m_nextCameraStep = 0; // a new code starts from the cheapest harder step again
    } else if (harder && !stepped) {
        m_emptyStreak = 0;
    } else {
        ++m_emptyStreak;
    }
    return outcome;
}

} // namespace Omnitote
