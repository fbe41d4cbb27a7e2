// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringView>

#include <optional>

namespace Omnitote {

/**
 * Draws a QR code or a retail barcode (EAN-13, UPC-A, EAN-8) for a screen that a scanner reads: black
 * modules on white, the symbology's quiet zone, and every module the same whole number of pixels so
 * no edge is blurred by scaling. Payloads are validated before ZXing's writer sees them.
 *
 * Thread-safe (no state): the image provider calls it on Qt Quick's loader thread.
 */
class BarcodeRenderer
{
public:
    enum class Kind { Qr, Ean13, UpcA, Ean8 };

    /** "qr", "ean13", "upca", "ean8"; nullopt for anything else. */
    static std::optional<Kind> kindFromName(QStringView name);
    static QString kindName(Kind kind);

    /** The best symbology for a GTIN as a till expects it: UPC-A for 12 digits (or 0-padded 13/14), EAN-8,
     * EAN-13. */
    static std::optional<Kind> kindForGtin(QStringView gtin, QString *digits);

    /** Whether `payload` can be drawn as `kind`; a reason for a person when it cannot. */
    static bool validate(Kind kind, const QString &payload, QString *error);

    /**
     * The symbol as large as fits in `bounds` with whole-pixel modules (at least one pixel per module,
     * so it may exceed tiny bounds). An empty `bounds` means 8 px per module. A null image and `error`
     * when the payload is invalid.
     */
    static QImage render(Kind kind, const QString &payload, QSize bounds, QString *error);

    /** Quiet zone on the left and right (and for QR also top and bottom), in modules. */
    static int quietZoneModules(Kind kind, bool right);
};

} // namespace Omnitote
