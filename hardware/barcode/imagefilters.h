// SPDX-License-Identifier: MIT
#pragma once

#include "lumaimage.h"

#include <QList>
#include <QRect>

namespace Omnitote::ImageFilters {

// Preprocessing steps the decode pipeline tries when plain ZXing finds nothing. Each returns a new
// image and never fails: degenerate input (empty, 1 pixel) comes back unchanged or empty.

/** Linear stretch so the 1st..99th percentile of grey levels spans 0..255 (low-contrast frames). */
LumaImage stretchContrast(const LumaImage &image);

/**
 * Local normalisation (a cheap CLAHE): each pixel relative to the mean and spread of its
 * (2*radius+1)² neighbourhood. Flattens glare gradients and lifts faint codes in dark corners.
 */
LumaImage normalizeLocally(const LumaImage &image, int radius);

/** Box-average downscale by an integer factor (also averages sensor noise away). */
LumaImage downscaled(const LumaImage &image, int factor);

/** Bilinear upscale by an integer factor, so codes with 1-pixel modules get several pixels a module. */
LumaImage upscaled(const LumaImage &image, int factor);

/** Unsharp mask with a 3x3 box: restores edges of slightly out-of-focus bars. */
LumaImage sharpened(const LumaImage &image);

/** Bilinear rotation by `degrees` (counter-clockwise) into the enclosing box, padded with white. */
LumaImage rotated(const LumaImage &image, double degrees);

/**
 * Where codes probably are: clusters of cells dense in strong edges (bars and modules), largest
 * first, with a margin for the quiet zone. Flat shelves, boxes and their outlines score low. Crops
 * around these let ZXing's per-row thresholds see the code instead of the whole frame's clutter.
 */
QList<QRect> findCodeRegions(const LumaImage &image, int maxRegions);

/** Copy of `rect` (clipped to the image). */
LumaImage cropped(const LumaImage &image, const QRect &rect);

} // namespace Omnitote::ImageFilters
