// SPDX-License-Identifier: MIT
#include "videoframefeed.h"

#include "videoframeluma.h"

#include <scanevent.h>

#include <QImage>

#include <algorithm>
#include <cstring>

namespace Omnitote {

VideoFrameFeed::VideoFrameFeed(QVideoSink *sink, QObject *parent) : QObject(parent), m_sink(sink)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &VideoFrameFeed::tick);
}

std::optional<QVideoFrame> VideoFrameFeed::frameFromImage(const QString &path, QSize canvas, QString *error)
{
    const auto luma = LumaImage::load(path, error);
    if (!luma)
        return std::nullopt;
    return frameFromLuma(*luma, canvas);
}

QVideoFrame VideoFrameFeed::frameFromLuma(const LumaImage &image, QSize canvas)
{
    if (canvas.isEmpty())
        canvas = QSize(image.width(), image.height());
    QImage source(image.data(), image.width(), image.height(), image.width(), QImage::Format_Grayscale8);
    if (source.width() > canvas.width() || source.height() > canvas.height())
        source = source.scaled(canvas, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                     .convertToFormat(QImage::Format_Grayscale8);
    // A light grey surround, like a shelf behind the label, rather than a pure-white page.
    LumaImage frame(canvas.width(), canvas.height(), 190);
    const int left = (canvas.width() - source.width()) / 2;
    const int top = (canvas.height() - source.height()) / 2;
    for (int y = 0; y < source.height(); ++y)
        std::memcpy(frame.row(top + y) + left, source.constScanLine(y),
                    static_cast<std::size_t>(source.width()));
    return VideoFrameLuma::nv12Frame(frame);
}

void VideoFrameFeed::start(int fps, int repeat)
{
    m_repeat = std::max(1, repeat);
    m_step = 0;
    m_timer.start(1000 / std::max(1, fps));
}

QVideoFrame VideoFrameFeed::copied(const QVideoFrame &frame)
{
    QVideoFrame source = frame;
    QVideoFrame copy(frame.surfaceFormat());
    if (!source.map(QVideoFrame::ReadOnly))
        return {};
    if (!copy.map(QVideoFrame::WriteOnly)) {
        source.unmap();
        return {};
    }
    for (int plane = 0; plane < source.planeCount(); ++plane)
        std::memcpy(copy.bits(plane), source.bits(plane),
                    static_cast<std::size_t>(std::min(source.mappedBytes(plane), copy.mappedBytes(plane))));
    copy.unmap();
    source.unmap();
    return copy;
}

void VideoFrameFeed::push(const QVideoFrame &frame)
{
    // A camera hands over a new buffer every time; QVideoSink also ignores a frame equal to its last.
    m_sink->setVideoFrame(copied(frame));
}

void VideoFrameFeed::tick()
{
    const int index = m_step / m_repeat;
    if (index >= m_frames.size()) {
        m_timer.stop();
        Q_EMIT finished();
        return;
    }
    ++m_step;
    const qint64 atNs = scanClockNs();
    push(m_frames.at(index));
    Q_EMIT pushed(index, atNs);
}

} // namespace Omnitote
