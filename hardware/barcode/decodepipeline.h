// SPDX-License-Identifier: MIT
#pragma once

#include "decodedbarcode.h"
#include "lumaimage.h"

#include <QStringList>

namespace Omnitote {

/**
 * What the kiosk runs on a frame: plain ZXing first, then preprocessing steps in order of cost
 * (harder ZXing settings, a downscale pyramid, contrast stretch, local normalisation, other
 * binarizers, sharpening, upscaled tiles, rotations), stopping at the first step that reads anything.
 *
 * NOTE: calls ZXing, so it runs inside the decoder worker process (see BarcodeDecoder).
 */
class DecodePipeline
{
public:
    enum class Depth {
        Fast, // only the first step: what a camera runs on every frame
        Full, // every step until one reads: files, and a camera frame now and then
    };
    struct Options
    {
        Depth depth = Depth::Full;
        // Leave out ZXing settings known to abort Debian's 1.4.0 (DataBar with tryHarder); the
        // supervisor asks for this when it retries a frame that crashed the worker.
        bool safeMode = false;
    };
    struct Outcome
    {
        QList<DecodedBarcode> barcodes;
        QString step; // the step that read them ("" when nothing was read)
        int stepsTried = 0;
    };

    static QStringList stepNames();
    static Outcome decode(const LumaImage &frame, const Options &options);
};

} // namespace Omnitote
