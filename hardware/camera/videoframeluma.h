// SPDX-License-Identifier: MIT
#pragma once

#include <lumaimage.h>

#include <QString>
#include <QVideoFrame>

#include <optional>

namespace Omnitote {

/**
 * A camera frame's luminance, as the decoder wants it. Frames that carry a Y plane (NV12, NV21,
 * YUV420P, YV12, Y8, Y16, P010, ...) give it up as it is, with no colour conversion; any other
 * format is converted to grey once.
 *
 * Thread affinity: none; the camera's decode thread calls it so the GUI thread never touches pixels.
 */
namespace VideoFrameLuma {

enum class Path {
    YPlane8, // plane 0 is 8-bit luminance: copied row by row
    YPlane16, // plane 0 is 16-bit luminance: the high byte of each sample
    Converted, // no Y plane: QVideoFrame::toImage() then Grayscale8
};

Path pathFor(QVideoFrameFormat::PixelFormat format);

/** nullopt (with `error`) for an invalid frame, one that does not map, or an absurd size. */
std::optional<LumaImage> fromFrame(QVideoFrame frame, QString *error);

/**
 * An NV12 frame holding `luma` as its Y plane and neutral chroma: what a camera delivers, built from
 * a still image (the test and demo feed).
 */
QVideoFrame nv12Frame(const LumaImage &luma);

} // namespace VideoFrameLuma

} // namespace Omnitote
