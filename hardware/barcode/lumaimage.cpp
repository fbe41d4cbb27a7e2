// SPDX-License-Identifier: MIT
#include "lumaimage.h"

#include <QFile>
#include <QImage>
#include <QImageReader>

#include <cstring>

namespace Omnitote {

LumaImage::LumaImage(int width, int height, std::uint8_t fill)
    : m_width(width > 0 ? width : 0), m_height(height > 0 ? height : 0),
      m_pixels(static_cast<std::size_t>(m_width) * m_height, fill)
{ }

LumaImage LumaImage::fromPlane(const std::uint8_t *data, int width, int height, int bytesPerLine)
{
    LumaImage image(width, height);
    for (int y = 0; y < image.m_height; ++y)
        std::memcpy(image.row(y), data + static_cast<std::ptrdiff_t>(y) * bytesPerLine, image.m_width);
    return image;
}

std::optional<LumaImage> LumaImage::load(const QString &path, QString *error)
{
    QImageReader reader(path);
    const QSize size = reader.size();
    if (size.width() > maxDimension || size.height() > maxDimension) {
        *error = QStringLiteral("image too large (%1x%2, the limit is %3 pixels a side)")
                     .arg(size.width())
                     .arg(size.height())
                     .arg(maxDimension);
        return std::nullopt;
    }
    QImage image = reader.read();
    if (image.isNull()) {
        *error = reader.errorString();
        return std::nullopt;
    }
    // Transparent pixels (PNG codes drawn on nothing) must read as white paper, not black.
    if (image.hasAlphaChannel()) {
        const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
        QImage flattened(image.size(), QImage::Format_RGB32);
        for (int y = 0; y < argb.height(); ++y) {
            const auto *src = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
            auto *dst = reinterpret_cast<QRgb *>(flattened.scanLine(y));
            for (int x = 0; x < argb.width(); ++x) {
                const int a = qAlpha(src[x]);
                auto blend = [a](int c) {
                    return (c * a + 255 * (255 - a)) / 255;
                };
                dst[x] = qRgb(blend(qRed(src[x])), blend(qGreen(src[x])), blend(qBlue(src[x])));
            }
        }
        image = flattened;
    }
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    return fromPlane(gray.constBits(), gray.width(), gray.height(), static_cast<int>(gray.bytesPerLine()));
}

bool LumaImage::savePgm(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QByteArray header = QByteArrayLiteral("P5\n") + QByteArray::number(m_width) + ' '
        + QByteArray::number(m_height) + QByteArrayLiteral("\n255\n");
    return file.write(header) == header.size()
        && file.write(reinterpret_cast<const char *>(m_pixels.data()), static_cast<qint64>(m_pixels.size()))
        == static_cast<qint64>(m_pixels.size());
}

} // namespace Omnitote
