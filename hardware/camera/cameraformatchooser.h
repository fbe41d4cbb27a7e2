// SPDX-License-Identifier: MIT
#pragma once

#include <QCameraFormat>
#include <QList>
#include <QSize>
#include <QVideoFrameFormat>

namespace Omnitote {

/**
 * Picks the camera format the decoder likes best from what a device offers.
 *
 * In order: a frame rate a shopper sees as live (at least `minFrameRate` when any format offers
 * it); a resolution near `resolution` (1280x720: small codes still have 2+ px per module, and an
 * empty frame decodes in a few ms, docs/PERFORMANCE.md); then a pixel format whose luminance is
 * taken as it is (a Y plane: NV12, YUV420P...; then packed YUYV/UYVY) over one that must be
 * converted (RGB) or decompressed (MJPEG); then the closest resolution and the higher frame rate.
 *
 * Works on plain Candidates so it is testable with made-up lists (QCameraFormat has no public
 * constructor); candidatesOf() turns a device's QCameraDevice::videoFormats() into them, same order.
 */
namespace CameraFormatChooser {

struct Candidate
{
    QVideoFrameFormat::PixelFormat pixelFormat = QVideoFrameFormat::Format_Invalid;
    QSize resolution;
    float maxFrameRate = 0;
};

struct Preference
{
    QSize resolution {1280, 720};
    float minFrameRate = 15;
};

/** 0 (luminance as it is) .. 4 (cannot be used at all); lower is better. */
int pixelFormatRank(QVideoFrameFormat::PixelFormat format);

/** Index of the best candidate, or -1 when none is usable (empty list, unknown formats only). */
int choose(const QList<Candidate> &candidates, const Preference &preference = {});

QList<Candidate> candidatesOf(const QList<QCameraFormat> &formats);

} // namespace CameraFormatChooser

} // namespace Omnitote
