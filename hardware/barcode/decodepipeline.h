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
        Full, // every step until one reads: files (`omnitote decode`), support, tests
        // The first step, then only camera step `cameraStep` (mod cameraStepCount()): a camera
        // spreads the harder steps over successive frames, one per frame, instead of stalling on
        // the whole pipeline (about 1 s on a 720p frame with no code).
        CameraStep,
    };
    struct Options
    {
        Depth depth = Depth::Full;
        // Leave out ZXing settings known to abort Debian's 1.4.0 (DataBar with tryHarder); the
        // supervisor asks for this when it retries a frame that crashed the worker.
        bool safeMode = false;
        int cameraStep = 0; // CameraStep only
    };
    struct Outcome
    {
        QList<DecodedBarcode> barcodes;
        QString step; // the step that read them ("" when nothing was read)
        int stepsTried = 0;
    };

    static QStringList stepNames();
    /** The harder steps a camera takes turns with; the ones that read nothing on our scene set are left out.
     */
    static int cameraStepCount();
    static QString cameraStepName(int cameraStep);
    static Outcome decode(const LumaImage &frame, const Options &options);
};

} // namespace Omnitote
