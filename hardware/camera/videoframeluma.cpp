// SPDX-License-Identifier: MIT
#include "videoframeluma.h"

#include <QImage>

#include <cstring>

namespace Omnitote::VideoFrameLuma {

namespace {

// No Y plane. Packed YUV keeps luminance in every other byte; RGB is wrapped in a QImage and
// converted on the CPU. QVideoFrame::toImage() is not used: it needs a QGuiApplication (RHI) and
// this runs on the decode thread, in tests without one.
std::optional<LumaImage> converted(QVideoFrame &frame, QString *error)
{
    const auto format = frame.pixelFormat();
    const QImage::Format imageFormat = QVideoFrameFormat::imageFormatFromPixelFormat(format);
    const bool packedYuv =
        format == QVideoFrameFormat::Format_UYVY || format == QVideoFrameFormat::Format_YUYV;
    if (!packedYuv && imageFormat == QImage::Format_Invalid) {
        *error =
            QStringLiteral("unsupported pixel format %1").arg(QVideoFrameFormat::pixelFormatToString(format));
        return std::nullopt;
    }
    if (!frame.map(QVideoFrame::ReadOnly)) {
        *error = QStringLiteral("cannot map the video frame");
        return std::nullopt;
    }
    const int width = frame.width();
    const int height = frame.height();
    const int stride = frame.bytesPerLine(0);
    const int bytesPerPixel = packedYuv ? 2 : 4;
    if (stride < width * bytesPerPixel || frame.mappedBytes(0) < stride * height) {
        frame.unmap();
        *error = QStringLiteral("video frame plane 0 is smaller than its size claims");
        return std::nullopt;
    }
    std::optional<LumaImage> luma;
    if (packedYuv) {
        const int offset = format == QVideoFrameFormat::Format_UYVY ? 1 : 0;
        luma.emplace(width, height);
        for (int y = 0; y < height; ++y) {
            const uchar *in = frame.bits(0) + static_cast<qsizetype>(y) * stride;
            std::uint8_t *out = luma->row(y);
            for (int x = 0; x < width; ++x)
                out[x] = in[2 * x + offset];
        }
    } else {
        const QImage grey = QImage(frame.bits(0), width, height, stride, imageFormat)
                                .convertToFormat(QImage::Format_Grayscale8);
        luma = LumaImage::fromPlane(grey.constBits(), grey.width(), grey.height(),
                                    static_cast<int>(grey.bytesPerLine()));
    }
    frame.unmap();
    return luma;
}

} // namespace

Path pathFor(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8:
        return Path::YPlane8;
    case QVideoFrameFormat::Format_Y16:
    case QVideoFrameFormat::Format_P010:
    case QVideoFrameFormat::Format_P016:
        return Path::YPlane16;
    default:
        return Path::Converted;
    }
}

std::optional<LumaImage> fromFrame(QVideoFrame frame, QString *error)
{
    if (!frame.isValid()) {
        *error = QStringLiteral("invalid video frame");
        return std::nullopt;
    }
    const int width = frame.width();
    const int height = frame.height();
    if (width <= 0 || height <= 0 || width > LumaImage::maxDimension || height > LumaImage::maxDimension) {
        *error = QStringLiteral("video frame of %1x%2 is out of range").arg(width).arg(height);
        return std::nullopt;
    }
    const Path path = pathFor(frame.pixelFormat());
    if (path == Path::Converted)
        return converted(frame, error);
    if (!frame.map(QVideoFrame::ReadOnly)) {
        *error = QStringLiteral("cannot map the video frame");
        return std::nullopt;
    }
    const int stride = frame.bytesPerLine(0);
    const int bytesPerSample = path == Path::YPlane16 ? 2 : 1;
    if (stride < width * bytesPerSample || frame.mappedBytes(0) < stride * height) {
        frame.unmap();
        *error = QStringLiteral("video frame plane 0 is smaller than its size claims");
        return std::nullopt;
    }
    std::optional<LumaImage> luma;
    if (path == Path::YPlane8) {
        luma = LumaImage::fromPlane(frame.bits(0), width, height, stride);
    } else {
        // 16-bit samples in host (little-endian) order: the high byte is the 8-bit luminance.
        luma.emplace(width, height);
        for (int y = 0; y < height; ++y) {
            const uchar *in = frame.bits(0) + static_cast<qsizetype>(y) * stride;
            std::uint8_t *out = luma->row(y);
            for (int x = 0; x < width; ++x)
                out[x] = in[2 * x + 1];
        }
    }
    frame.unmap();
    return luma;
}

QVideoFrame nv12Frame(const LumaImage &luma)
{
    // NV12 needs even dimensions (2x2 chroma blocks); an odd last row or column is dropped.
    const int width = luma.width() & ~1;
    const int height = luma.height() & ~1;
    QVideoFrame frame(QVideoFrameFormat(QSize(width, height), QVideoFrameFormat::Format_NV12));
    if (width <= 0 || height <= 0 || !frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < height; ++y)
        std::memcpy(frame.bits(0) + static_cast<qsizetype>(y) * frame.bytesPerLine(0), luma.row(y),
                    static_cast<std::size_t>(width));
    // Interleaved U/V at 128 is grey: the colour a camera would see on a black-and-white label.
    for (int y = 0; y < height / 2; ++y)
        std::memset(frame.bits(1) + static_cast<qsizetype>(y) * frame.bytesPerLine(1), 128,
                    static_cast<std::size_t>(width));
    frame.unmap();
    return frame;
}

} // namespace Omnitote::VideoFrameLuma
