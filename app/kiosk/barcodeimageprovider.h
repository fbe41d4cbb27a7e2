// SPDX-License-Identifier: MIT
#pragma once

#include "barcoderenderer.h"

#include <QQuickImageProvider>
#include <QUrl>

namespace Omnitote {

/**
 * `image://barcode/<kind>/<payload>` for QML: kind is qr, ean13, upca or ean8 and the payload is
 * percent-encoded (build URLs with url()). Set the Image's sourceSize to its size: the symbol is drawn
 * as large as fits with whole-pixel modules (use `fillMode: Image.Pad`, `smooth: false`).
 * An invalid request gives a null image and a warning, never a crash.
 */
class BarcodeImageProvider : public QQuickImageProvider
{
public:
    static constexpr auto providerId = "barcode";

    BarcodeImageProvider();
    /** NOTE: runs on Qt Quick's image loader thread (ForceAsynchronousImageLoading). */
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    /** The image URL that draws `payload` as `kind`. */
    static QUrl url(BarcodeRenderer::Kind kind, const QString &payload);
    /** The inverse of url()'s path: kind and payload from an image id; false when it is not one. */
    static bool parseId(const QString &id, BarcodeRenderer::Kind *kind, QString *payload);
};

} // namespace Omnitote
