// SPDX-License-Identifier: MIT
#include "cameraformatchooser.h"

#include "videoframeluma.h"

#include <cmath>
#include <tuple>

namespace Omnitote::CameraFormatChooser {

namespace {

constexpr int unusableRank = 4;

// How far a resolution is from the preferred one, in doublings of the pixel count. Smaller than
// preferred counts double: lost detail loses small codes, extra pixels only cost time.
double resolutionDistance(QSize size, QSize preferred)
{
    const double ratio =
        double(size.width()) * size.height() / (double(preferred.width()) * preferred.height());
    const double doublings = std::log2(ratio);
    return doublings < 0 ? -2 * doublings : doublings;
}

} // namespace

int pixelFormatRank(QVideoFrameFormat::PixelFormat format)
{
    if (format == QVideoFrameFormat::Format_Invalid)
        return unusableRank;
    if (format == QVideoFrameFormat::Format_YUYV || format == QVideoFrameFormat::Format_UYVY)
        return 1; // luminance in every other byte: a strided copy
    if (format == QVideoFrameFormat::Format_Jpeg)
        return 3; // decompressed by the backend first: CPU per frame before we see it
    switch (VideoFrameLuma::pathFor(format)) {
    case VideoFrameLuma::Path::YPlane8:
        return 0;
    case VideoFrameLuma::Path::YPlane16:
        return 1;
    case VideoFrameLuma::Path::Converted:
        break;
    }
    return QVideoFrameFormat::imageFormatFromPixelFormat(format) == QImage::Format_Invalid ? unusableRank : 2;
}

int choose(const QList<Candidate> &candidates, const Preference &preference)
{
    bool anyLive = false;
    for (const Candidate &candidate : candidates)
        anyLive |= pixelFormatRank(candidate.pixelFormat) < unusableRank && !candidate.resolution.isEmpty()
            && candidate.maxFrameRate >= preference.minFrameRate;
    int best = -1;
    // Compared lexicographically, smaller is better.
    std::tuple<bool, bool, int, double, float> bestKey;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const Candidate &candidate = candidates.at(i);
        const int rank = pixelFormatRank(candidate.pixelFormat);
        if (rank >= unusableRank || candidate.resolution.isEmpty())
            continue;
        const bool tooSlow = anyLive && candidate.maxFrameRate < preference.minFrameRate;
        const double distance = resolutionDistance(candidate.resolution, preference.resolution);
        // Within about 1.5x of the preferred pixel count a better pixel format wins; further off,
        // the resolution matters more (640x480 YUYV loses to 1280x720 MJPEG for small codes).
        const bool farOff = distance > 0.6;
        const auto key = std::make_tuple(tooSlow, farOff, rank, distance, -candidate.maxFrameRate);
        if (best < 0 || key < bestKey) {
            best = static_cast<int>(i);
            bestKey = key;
        }
    }
    return best;
}

QList<Candidate> candidatesOf(const QList<QCameraFormat> &formats)
{
    QList<Candidate> candidates;
    candidates.reserve(formats.size());
    for (const QCameraFormat &format : formats)
        candidates.append({format.pixelFormat(), format.resolution(), format.maxFrameRate()});
    return candidates;
}

} // namespace Omnitote::CameraFormatChooser
