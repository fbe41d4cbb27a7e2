// SPDX-License-Identifier: MIT
#include "barcoderenderer.h"

#include <gtin.h>

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <QLoggingCategory>

#include <algorithm>
#include <exception>

Q_LOGGING_CATEGORY(lcBarcodeRenderer, "omnitote.kiosk.barcode")

namespace Omnitote {

namespace {

// A QR code's payload here is a tote id, a pickup code or a URL: far below what version 40 holds, and a
// limit keeps an untrusted string from making a huge image.
constexpr int kMaxQrBytes = 512;
constexpr int kDefaultModulePx = 8;
// 1D bars are this many modules tall when the caller gives no height (about the GS1 nominal ratio).
constexpr int kDefaultBarModules = 60;

int expectedDigits(BarcodeRenderer::Kind kind)
{
    switch (kind) {
    case BarcodeRenderer::Kind::Ean13:
        return 13;
    case BarcodeRenderer::Kind::UpcA:
        return 12;
    case BarcodeRenderer::Kind::Ean8:
        return 8;
    case BarcodeRenderer::Kind::Qr:
        break;
    }
    return 0;
}

ZXing::BarcodeFormat zxingFormat(BarcodeRenderer::Kind kind)
{
    switch (kind) {
    case BarcodeRenderer::Kind::Qr:
        return ZXing::BarcodeFormat::QRCode;
    case BarcodeRenderer::Kind::Ean13:
        return ZXing::BarcodeFormat::EAN13;
    case BarcodeRenderer::Kind::UpcA:
        return ZXing::BarcodeFormat::UPCA;
    case BarcodeRenderer::Kind::Ean8:
        return ZXing::BarcodeFormat::EAN8;
    }
    return ZXing::BarcodeFormat::QRCode;
}

bool allDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

} // namespace

std::optional<BarcodeRenderer::Kind> BarcodeRenderer::kindFromName(QStringView name)
{
    if (name == u"qr")
        return Kind::Qr;
    if (name == u"ean13")
        return Kind::Ean13;
    if (name == u"upca")
        return Kind::UpcA;
    if (name == u"ean8")
        return Kind::Ean8;
    return std::nullopt;
}

QString BarcodeRenderer::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Qr:
        return QStringLiteral("qr");
    case Kind::Ean13:
        return QStringLiteral("ean13");
    case Kind::UpcA:
        return QStringLiteral("upca");
    case Kind::Ean8:
        return QStringLiteral("ean8");
    }
    return {};
}

std::optional<BarcodeRenderer::Kind> BarcodeRenderer::kindForGtin(QStringView gtin, QString *digits)
{
    QString error;
    const QString gtin14 = Gtin::normalize(gtin, &error);
    if (gtin14.isEmpty())
        return std::nullopt;
    // The shortest symbol that carries the number: what the item's own label most likely shows.
    if (gtin.size() == 8) {
        *digits = gtin14.right(8);
        return Kind::Ean8;
    }
    if (gtin14.startsWith(QLatin1String("00"))) {
        *digits = gtin14.right(12);
        return Kind::UpcA;
    }
    if (gtin14.startsWith(QLatin1Char('0'))) {
        *digits = gtin14.right(13);
        return Kind::Ean13;
    }
    return std::nullopt; // GTIN-14 (cases, with an indicator digit) has no EAN/UPC symbol
}

int BarcodeRenderer::quietZoneModules(Kind kind, bool right)
{
    // GS1 General Specifications 5.2.3.4: EAN-13 11X left and 7X right, UPC-A 9X both sides, EAN-8 7X;
    // ISO/IEC 18004: QR 4X all round.
    switch (kind) {
    case Kind::Qr:
        return 4;
    case Kind::Ean13:
        return right ? 7 : 11;
    case Kind::UpcA:
        return 9;
    case Kind::Ean8:
        return 7;
    }
    return 4;
}

bool BarcodeRenderer::validate(Kind kind, const QString &payload, QString *error)
{
    if (kind == Kind::Qr) {
        const qsizetype bytes = payload.toUtf8().size();
        if (bytes == 0 || bytes > kMaxQrBytes) {
            *error =
                QStringLiteral("a QR code here holds 1 to %1 bytes (got %2)").arg(kMaxQrBytes).arg(bytes);
            return false;
        }
        return true;
    }
    const int digits = expectedDigits(kind);
    if (payload.size() != digits || !allDigits(payload)) {
        *error =
            QStringLiteral("%1 wants %2 digits (got \"%3\")").arg(kindName(kind)).arg(digits).arg(payload);
        return false;
    }
    if (!Gtin::hasValidCheckDigit(payload)) {
        *error = QStringLiteral("%1: the check digit of %2 is wrong").arg(kindName(kind), payload);
        return false;
    }
    return true;
}

QImage BarcodeRenderer::render(Kind kind, const QString &payload, QSize bounds, QString *error)
{
    if (!validate(kind, payload, error))
        return {};
    ZXing::BitMatrix matrix;
    try {
        // Margin 0 and size 0: one pixel per module, so we scale by whole pixels and add the quiet
        // zone the symbology asks for (ZXing's own is the same on every side).
        matrix = ZXing::MultiFormatWriter(zxingFormat(kind)).setMargin(0).encode(payload.toStdString(), 0, 0);
    } catch (const std::exception &e) {
        *error = QStringLiteral("the barcode could not be encoded: %1").arg(QString::fromUtf8(e.what()));
        qCWarning(lcBarcodeRenderer) << *error;
        return {};
    }
    const bool is2d = kind == Kind::Qr;
    const int left = quietZoneModules(kind, false);
    const int right = quietZoneModules(kind, true);
    const int modulesWide = matrix.width() + left + right;
    const int modulesHigh = is2d ? matrix.height() + 2 * left : kDefaultBarModules;
    int module = kDefaultModulePx;
    if (!bounds.isEmpty()) {
        module = bounds.width() / modulesWide;
        if (is2d)
            module = std::min(module, bounds.height() / modulesHigh);
        module = std::max(module, 1);
    }
    const int width = modulesWide * module;
    int height = modulesHigh * module;
    if (!is2d && !bounds.isEmpty())
        height = std::max(bounds.height(), module * 10); // 1D: bars fill the height they are given
    QImage image(width, height, QImage::Format_Grayscale8);
    image.fill(255);
    // A 1D symbol is one row repeated; a QR code is drawn row by row.
    const int rows = is2d ? matrix.height() : 1;
    for (int my = 0; my < rows; ++my) {
        for (int mx = 0; mx < matrix.width(); ++mx) {
            if (!matrix.get(mx, my))
                continue;
            const int x0 = (left + mx) * module;
            const int y0 = is2d ? (left + my) * module : 0;
            const int y1 = is2d ? y0 + module : height;
            for (int y = y0; y < y1; ++y)
                std::fill_n(image.scanLine(y) + x0, module, uchar(0));
        }
    }
    return image;
}

} // namespace Omnitote
