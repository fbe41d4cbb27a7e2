// SPDX-License-Identifier: MIT
#include "imagefilters.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

namespace Omnitote::ImageFilters {

namespace {

std::uint8_t clampByte(int value)
{
    return static_cast<std::uint8_t>(std::clamp(value, 0, 255));
}

// Summed-area table with one extra row and column of zeros, so any box sum is four lookups.
struct IntegralImage
{
    int width = 0;
    std::vector<std::int64_t> sum;
    std::vector<std::int64_t> sumSquares;

    explicit IntegralImage(const LumaImage &image)
        : width(image.width() + 1), sum(static_cast<std::size_t>(width) * (image.height() + 1), 0),
          sumSquares(sum.size(), 0)
    {
        for (int y = 0; y < image.height(); ++y) {
            const std::uint8_t *row = image.row(y);
            std::int64_t rowSum = 0;
            std::int64_t rowSquares = 0;
            for (int x = 0; x < image.width(); ++x) {
                rowSum += row[x];
                rowSquares += row[x] * row[x];
                const std::size_t at = index(x + 1, y + 1);
                sum[at] = sum[index(x + 1, y)] + rowSum;
                sumSquares[at] = sumSquares[index(x + 1, y)] + rowSquares;
            }
        }
    }
    std::size_t index(int x, int y) const { return static_cast<std::size_t>(y) * width + x; }
    template<typename T>
    std::int64_t box(const std::vector<T> &table, int x0, int y0, int x1, int y1) const
    {
        return table[index(x1, y1)] - table[index(x0, y1)] - table[index(x1, y0)] + table[index(x0, y0)];
    }
};

} // namespace

LumaImage stretchContrast(const LumaImage &image)
{
    if (image.isNull())
        return image;
    std::array<std::size_t, 256> histogram {};
    for (std::size_t i = 0; i < image.byteCount(); ++i)
        ++histogram[image.data()[i]];
    const std::size_t clip = image.byteCount() / 100;
    int low = 0;
    for (std::size_t seen = 0; low < 255 && seen + histogram[low] <= clip; ++low)
        seen += histogram[low];
    int high = 255;
    for (std::size_t seen = 0; high > 0 && seen + histogram[high] <= clip; --high)
        seen += histogram[high];
    if (high <= low)
        return image;
    std::array<std::uint8_t, 256> lut {};
    for (int v = 0; v < 256; ++v)
        lut[v] = clampByte((v - low) * 255 / (high - low));
    LumaImage out(image.width(), image.height());
    for (std::size_t i = 0; i < image.byteCount(); ++i)
        out.data()[i] = lut[image.data()[i]];
    return out;
}

LumaImage normalizeLocally(const LumaImage &image, int radius)
{
    if (image.isNull() || radius < 1)
        return image;
    const IntegralImage integral(image);
    LumaImage out(image.width(), image.height());
    for (int y = 0; y < image.height(); ++y) {
        const int y0 = std::max(0, y - radius);
        const int y1 = std::min(image.height(), y + radius + 1);
        const std::uint8_t *in = image.row(y);
        std::uint8_t *dst = out.row(y);
        for (int x = 0; x < image.width(); ++x) {
            const int x0 = std::max(0, x - radius);
            const int x1 = std::min(image.width(), x + radius + 1);
            const double n = double(x1 - x0) * (y1 - y0);
            const double mean = double(integral.box(integral.sum, x0, y0, x1, y1)) / n;
            const double variance =
                double(integral.box(integral.sumSquares, x0, y0, x1, y1)) / n - mean * mean;
            // A floor on the spread keeps flat areas (paper, shelf) flat instead of amplifying noise.
            const double spread = std::max(std::sqrt(std::max(variance, 0.0)), 12.0);
            dst[x] = clampByte(static_cast<int>(128.0 + 80.0 * (in[x] - mean) / spread));
        }
    }
    return out;
}

LumaImage downscaled(const LumaImage &image, int factor)
{
    if (factor <= 1 || image.width() < factor || image.height() < factor)
        return image;
    LumaImage out(image.width() / factor, image.height() / factor);
    const int area = factor * factor;
    std::vector<int> sums(static_cast<std::size_t>(out.width()));
    for (int y = 0; y < out.height(); ++y) {
        std::fill(sums.begin(), sums.end(), 0);
        for (int dy = 0; dy < factor; ++dy) {
            const std::uint8_t *in = image.row(y * factor + dy);
            for (int x = 0; x < out.width(); ++x)
                for (int dx = 0; dx < factor; ++dx)
                    sums[x] += in[x * factor + dx];
        }
        std::uint8_t *dst = out.row(y);
        for (int x = 0; x < out.width(); ++x)
            dst[x] = static_cast<std::uint8_t>(sums[x] / area);
    }
    return out;
}

LumaImage upscaled(const LumaImage &image, int factor)
{
    if (factor <= 1 || image.isNull()
        || std::max(image.width(), image.height()) * factor > LumaImage::maxDimension)
        return image;
    LumaImage out(image.width() * factor, image.height() * factor);
    for (int y = 0; y < out.height(); ++y) {
        // Sample at pixel centres so the image does not shift by half a pixel.
        const double sy = std::clamp((y + 0.5) / factor - 0.5, 0.0, image.height() - 1.0);
        const int y0 = static_cast<int>(sy);
        const int y1 = std::min(y0 + 1, image.height() - 1);
        const int fy = static_cast<int>((sy - y0) * 256);
        const std::uint8_t *r0 = image.row(y0);
        const std::uint8_t *r1 = image.row(y1);
        std::uint8_t *dst = out.row(y);
        for (int x = 0; x < out.width(); ++x) {
            const double sx = std::clamp((x + 0.5) / factor - 0.5, 0.0, image.width() - 1.0);
            const int x0 = static_cast<int>(sx);
            const int x1 = std::min(x0 + 1, image.width() - 1);
            const int fx = static_cast<int>((sx - x0) * 256);
            const int top = r0[x0] * (256 - fx) + r0[x1] * fx;
            const int bottom = r1[x0] * (256 - fx) + r1[x1] * fx;
            dst[x] = static_cast<std::uint8_t>((top * (256 - fy) + bottom * fy) >> 16);
        }
    }
    return out;
}

LumaImage sharpened(const LumaImage &image)
{
    if (image.width() < 3 || image.height() < 3)
        return image;
    LumaImage out = image;
    for (int y = 1; y < image.height() - 1; ++y) {
        const std::uint8_t *above = image.row(y - 1);
        const std::uint8_t *here = image.row(y);
        const std::uint8_t *below = image.row(y + 1);
        std::uint8_t *dst = out.row(y);
        for (int x = 1; x < image.width() - 1; ++x) {
            const int box = above[x - 1] + above[x] + above[x + 1] + here[x - 1] + here[x] + here[x + 1]
                + below[x - 1] + below[x] + below[x + 1];
            dst[x] = clampByte(here[x] + (here[x] * 9 - box) / 9);
        }
    }
    return out;
}

LumaImage rotated(const LumaImage &image, double degrees)
{
    if (image.isNull())
        return image;
    const double radians = degrees * M_PI / 180.0;
    const double c = std::cos(radians);
    const double s = std::sin(radians);
    const int outWidth =
        static_cast<int>(std::ceil(std::abs(image.width() * c) + std::abs(image.height() * s)));
    const int outHeight =
        static_cast<int>(std::ceil(std::abs(image.width() * s) + std::abs(image.height() * c)));
    LumaImage out(outWidth, outHeight, 255);
    const double cxIn = image.width() / 2.0;
    const double cyIn = image.height() / 2.0;
    const double cxOut = outWidth / 2.0;
    const double cyOut = outHeight / 2.0;
    for (int y = 0; y < outHeight; ++y) {
        std::uint8_t *dst = out.row(y);
        const double dy = y - cyOut;
        for (int x = 0; x < outWidth; ++x) {
            // Inverse mapping: where in the source does this output pixel come from?
            const double dx = x - cxOut;
            const double sx = c * dx - s * dy + cxIn;
            const double sy = s * dx + c * dy + cyIn;
            if (sx < 0 || sy < 0 || sx >= image.width() - 1 || sy >= image.height() - 1)
                continue;
            const int x0 = static_cast<int>(sx);
            const int y0 = static_cast<int>(sy);
            const double fx = sx - x0;
            const double fy = sy - y0;
            const std::uint8_t *r0 = image.row(y0);
            const std::uint8_t *r1 = image.row(y0 + 1);
            const double top = r0[x0] * (1 - fx) + r0[x0 + 1] * fx;
            const double bottom = r1[x0] * (1 - fx) + r1[x0 + 1] * fx;
            dst[x] = static_cast<std::uint8_t>(top * (1 - fy) + bottom * fy + 0.5);
        }
    }
    return out;
}

QList<QRect> findCodeRegions(const LumaImage &image, int maxRegions)
{
    // Work on a half-size image: enough to see modules of 2+ pixels, four times fewer pixels.
    const int factor = image.width() >= 640 ? 2 : 1;
    const LumaImage small = downscaled(image, factor);
    constexpr int cell = 8;
    const int cellsX = small.width() / cell;
    const int cellsY = small.height() / cell;
    if (cellsX < 1 || cellsY < 1)
        return {};
    std::vector<int> edges(static_cast<std::size_t>(cellsX) * cellsY, 0);
    for (int y = 0; y + 1 < cellsY * cell; ++y) {
        const std::uint8_t *row = small.row(y);
        const std::uint8_t *next = small.row(y + 1);
        for (int x = 0; x + 1 < cellsX * cell; ++x) {
            const int gradient = std::abs(row[x + 1] - row[x]) + std::abs(next[x] - row[x]);
            if (gradient > 16)
                ++edges[static_cast<std::size_t>(y / cell) * cellsX + x / cell];
        }
    }
    // A straight outline crosses a cell in about one row of 8 pixels; bars cross it many times.
    std::vector<int> label(edges.size(), 0);
    for (std::size_t i = 0; i < edges.size(); ++i)
        label[i] = edges[i] >= cell * cell / 4 ? -1 : 0;

    struct Region
    {
        QRect cells;
        int count = 0;
    };
    QList<Region> regions;
    std::vector<int> stack;
    for (int start = 0; start < static_cast<int>(label.size()); ++start) {
        if (label[start] != -1)
            continue;
        Region region;
        label[start] = 1;
        stack.assign(1, start);
        while (!stack.empty()) {
            const int at = stack.back();
            stack.pop_back();
            const int cx = at % cellsX;
            const int cy = at / cellsX;
            region.cells |= QRect(cx, cy, 1, 1);
            ++region.count;
            // 8-connected, so the staircase of a rotated code stays one region.
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const int nx = cx + dx;
                    const int ny = cy + dy;
                    if (nx < 0 || ny < 0 || nx >= cellsX || ny >= cellsY)
                        continue;
                    const int neighbour = ny * cellsX + nx;
                    if (label[neighbour] == -1) {
                        label[neighbour] = 1;
                        stack.push_back(neighbour);
                    }
                }
            }
        }
        if (region.count >= 3)
            regions.append(region);
    }
    std::sort(regions.begin(), regions.end(),
              [](const Region &a, const Region &b) { return a.count > b.count; });
    QList<QRect> rects;
    const int scale = cell * factor;
    for (const Region &region : regions) {
        if (rects.size() >= maxRegions)
            break;
        const QRect inFrame(region.cells.x() * scale, region.cells.y() * scale, region.cells.width() * scale,
                            region.cells.height() * scale);
        const int margin = std::max(inFrame.width(), inFrame.height()) / 5 + scale;
        rects.append(inFrame.adjusted(-margin, -margin, margin, margin)
                         .intersected(QRect(0, 0, image.width(), image.height())));
    }
    return rects;
}

LumaImage cropped(const LumaImage &image, const QRect &rect)
{
    const QRect clipped = rect.intersected(QRect(0, 0, image.width(), image.height()));
    if (clipped.isEmpty())
        return {};
    LumaImage out(clipped.width(), clipped.height());
    for (int y = 0; y < clipped.height(); ++y)
        std::memcpy(out.row(y), image.row(clipped.y() + y) + clipped.x(), clipped.width());
    return out;
}

} // namespace Omnitote::ImageFilters
