// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace Omnitote::Scenes {

/** One generated camera-like frame and what it must decode to. */
struct Scene
{
    QString file; // PNG path
    QString format; // our format name ("EAN-13", "QR Code", ...)
    QString expectedText; // ZXing's text for the symbol (GS as 0x1D)
    QString condition; // "small", "rotated", "blur", "noise", "low-contrast", "glare", "far-blur", ...
    bool stress = false; // a condition beyond the 95% promise (small and steeply rotated at once)
};

/** One frame for benchmarks: the clutter and sensor noise of the scenes, with or without a sharp EAN-13. */
QImage benchmarkFrame(int width, int height, bool withEan13, unsigned seed = 1);

/**
 * Writes a deterministic set of camera-like scenes into `outDir`: every retail format under every
 * condition, in 1280x720 and 1920x1080 frames with a cluttered background. Codes are drawn with
 * ZXing's writer (1D and 2D); DataBar and DataBar Expanded, which ZXing 1.4 cannot write, are
 * taken from clean sample images under `sharedTestdata`/barcodes (left out when that is empty).
 * Same `seed`, same pixels. `stride` > 1 writes only every stride-th scene (the others are still
 * drawn in memory, so the kept ones are identical to the full set's).
 */
QList<Scene> generate(const QString &outDir, const QString &sharedTestdata, unsigned seed = 1,
                      int stride = 1);

} // namespace Omnitote::Scenes
