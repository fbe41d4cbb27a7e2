// SPDX-License-Identifier: MIT
#define ZX_USE_UTF8 1
#include "barcodedecoder.h"

#include <ZXing/ReadBarcode.h>

namespace Omnitote {

namespace {

ZXing::BarcodeFormats zxingFormats(ZXingSettings::Formats formats)
{
    using ZXing::BarcodeFormat;
    const ZXing::BarcodeFormats eanUpc =
        BarcodeFormat::EAN13 | BarcodeFormat::EAN8 | BarcodeFormat::UPCA | BarcodeFormat::UPCE;
    if (formats == ZXingSettings::Formats::EanUpc)
        return eanUpc;
    ZXing::BarcodeFormats set =
        eanUpc | BarcodeFormat::Code128 | BarcodeFormat::QRCode | BarcodeFormat::DataMatrix;
    if (formats == ZXingSettings::Formats::Retail)
        set |= BarcodeFormat::DataBar | BarcodeFormat::DataBarExpanded;
    return set;
}

ZXing::Binarizer zxingBinarizer(ZXingSettings::Binarizer binarizer)
{
    switch (binarizer) {
    case ZXingSettings::Binarizer::GlobalHistogram:
        return ZXing::Binarizer::GlobalHistogram;
    case ZXingSettings::Binarizer::FixedThreshold:
        return ZXing::Binarizer::FixedThreshold;
    case ZXingSettings::Binarizer::LocalAverage:
        break;
    }
    return ZXing::Binarizer::LocalAverage;
}

ZXing::EanAddOnSymbol zxingAddOns(ZXingSettings::AddOns addOns)
{
    switch (addOns) {
    case ZXingSettings::AddOns::Read:
        return ZXing::EanAddOnSymbol::Read;
    case ZXingSettings::AddOns::Require:
        return ZXing::EanAddOnSymbol::Require;
    case ZXingSettings::AddOns::Ignore:
        break;
    }
    return ZXing::EanAddOnSymbol::Ignore;
}

// The names shoppers and support staff know (and ScanEvent::symbology promises), not ZXing's enum names.
QString formatName(ZXing::BarcodeFormat format)
{
    using ZXing::BarcodeFormat;
    switch (format) {
    case BarcodeFormat::EAN13:
        return QStringLiteral("EAN-13");
    case BarcodeFormat::EAN8:
        return QStringLiteral("EAN-8");
    case BarcodeFormat::UPCA:
        return QStringLiteral("UPC-A");
    case BarcodeFormat::UPCE:
        return QStringLiteral("UPC-E");
    case BarcodeFormat::Code128:
        return QStringLiteral("Code 128");
    case BarcodeFormat::DataBar:
        return QStringLiteral("GS1 DataBar");
    case BarcodeFormat::DataBarExpanded:
        return QStringLiteral("GS1 DataBar Expanded");
    case BarcodeFormat::QRCode:
        return QStringLiteral("QR Code");
    case BarcodeFormat::DataMatrix:
        return QStringLiteral("DataMatrix");
    default:
        return QString::fromStdString(ZXing::ToString(format));
    }
}

} // namespace

ZXingSettings ZXingSettings::plainZXing()
{
    ZXingSettings settings;
    const ZXing::DecodeHints defaults;
    settings.tryHarder = defaults.tryHarder();
    settings.tryRotate = defaults.tryRotate();
    settings.tryDownscale = defaults.tryDownscale();
    settings.maxSymbols = defaults.maxNumberOfSymbols();
    settings.addOns = AddOns::Ignore;
    return settings;
}

QList<DecodedBarcode> BarcodeDecoder::read(const LumaImage &image, const ZXingSettings &settings,
                                           const QString &step, const QTransform &toFrame)
{
    if (image.isNull())
        return {};
    const ZXing::ImageView view(image.data(), image.width(), image.height(), ZXing::ImageFormat::Lum,
                                image.width());
    ZXing::DecodeHints hints;
    hints.setFormats(zxingFormats(settings.formats))
        .setTryHarder(settings.tryHarder)
        .setTryRotate(settings.tryRotate)
        .setTryDownscale(settings.tryDownscale)
        .setBinarizer(zxingBinarizer(settings.binarizer))
        .setMaxNumberOfSymbols(static_cast<std::uint8_t>(std::clamp(settings.maxSymbols, 1, 255)))
        .setEanAddOnSymbol(zxingAddOns(settings.addOns));

    QList<DecodedBarcode> barcodes;
    for (const ZXing::Result &result : ZXing::ReadBarcodes(view, hints)) {
        if (!result.isValid())
            continue;
        DecodedBarcode barcode;
        barcode.format = formatName(result.format());
        barcode.text = QString::fromStdString(result.text());
        const ZXing::ByteArray &bytes = result.bytes();
        barcode.bytes =
            QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()));
        barcode.symbologyId = QString::fromStdString(result.symbologyIdentifier());
        // ZXing 1.4 reports an EAN/UPC with a 2- or 5-digit add-on as ]E3 and "main add-on".
        if (barcode.symbologyId == u"]E3" && barcode.text.contains(u' '))
            barcode.addOn = barcode.text.section(u' ', 1);
        const ZXing::Position &corners = result.position();
        for (int i = 0; i < 4; ++i)
            barcode.position.append(toFrame.map(QPoint(corners[i].x, corners[i].y)));
        barcode.step = step;
        barcodes.append(barcode);
    }
    return barcodes;
}

} // namespace Omnitote
