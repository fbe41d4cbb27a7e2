// SPDX-License-Identifier: MIT
#pragma once

#include "decodedbarcode.h"
#include "lumaimage.h"

#include <QTransform>

namespace Omnitote {

/** One call into ZXing-C++: which settings to use. Our own type so ZXing stays out of headers. */
struct ZXingSettings
{
    enum class Binarizer { LocalAverage, GlobalHistogram, FixedThreshold };
    enum class Formats {
        Retail, // EAN-13/8, UPC-A/E, Code 128, DataBar, DataBar Expanded, QR Code, DataMatrix
        RetailWithoutDataBar, // the same minus DataBar (its tryHarder path can abort Debian's 1.4.0)
        EanUpc, // EAN-13/8, UPC-A/E only (the add-on pass)
    };
    enum class AddOns { Ignore, Read, Require };

    Formats formats = Formats::Retail;
    bool tryHarder = false;
    bool tryRotate = false;
    bool tryDownscale = false;
    Binarizer binarizer = Binarizer::LocalAverage;
    int maxSymbols = 1; // more than one makes Debian's 1.4.0 ReadBarcodes abort on some 1D frames
    AddOns addOns = AddOns::Read;

    /** ZXing's own defaults (tryHarder, tryRotate, tryDownscale, all symbols), limited to Retail. */
    static ZXingSettings plainZXing();
};

/**
 * Thin wrapper around ZXing-C++ 1.4 `ReadBarcodes` on a luminance image.
 *
 * NOTE: Debian's ZXing 1.4.0 keeps assert() on and aborts on some inputs, so call this only inside
 * the decoder worker process (omnitote-decoder), never in the kiosk process itself.
 */
class BarcodeDecoder
{
public:
    /**
     * Decodes `image`; `toFrame` maps the image's coordinates back to the submitted frame's (for
     * images the pipeline scaled, cropped or rotated). `step` is stored in each result.
     */
    static QList<DecodedBarcode> read(const LumaImage &image, const ZXingSettings &settings,
                                      const QString &step = {}, const QTransform &toFrame = {});
};

} // namespace Omnitote
