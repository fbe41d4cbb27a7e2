// SPDX-License-Identifier: MIT
#pragma once

#include <lumaimage.h>

#include <QList>
#include <QObject>
#include <QSize>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>

#include <optional>

namespace Omnitote {

/**
 * The only stand-in for a camera: pushes real NV12 QVideoFrames into a QVideoSink (the very sink a
 * CameraScanSource reads) at a camera's frame rate. Frames are built from still images, e.g. ZXing's
 * sample photos, placed on a camera-sized canvas. For tests, the benchmark and demos.
 */
class VideoFrameFeed : public QObject
{
    Q_OBJECT
public:
    explicit VideoFrameFeed(QVideoSink *sink, QObject *parent = nullptr);

    /**
     * `image` centred on a grey canvas of `canvas` pixels (the image is scaled down if it is larger),
     * as the NV12 frame a camera would deliver. nullopt with `error` when the image cannot be read.
     */
    static std::optional<QVideoFrame> frameFromImage(const QString &path, QSize canvas, QString *error);
    static QVideoFrame frameFromLuma(const LumaImage &image, QSize canvas);

    void setFrames(QList<QVideoFrame> frames) { m_frames = std::move(frames); }
    /** Pushes the frames in order at `fps`, each `repeat` times in a row, then emits finished(). */
    void start(int fps, int repeat = 1);
    void stop() { m_timer.stop(); }
    /** A new frame with the same pixels (a new buffer, as a camera delivers each time). */
    static QVideoFrame copied(const QVideoFrame &frame);
    /** Pushes a copy of `frame` into the sink now, from the calling thread as a camera's thread would. */
    void push(const QVideoFrame &frame);

Q_SIGNALS:
    void pushed(int index, qint64 atNs);
    void finished();

private:
    void tick();

    QVideoSink *m_sink;
    QList<QVideoFrame> m_frames;
    QTimer m_timer;
    int m_repeat = 1;
    int m_step = 0;
};

} // namespace Omnitote
