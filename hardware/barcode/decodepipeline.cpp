// SPDX-License-Identifier: MIT
#include "decodepipeline.h"

#include "barcodedecoder.h"
#include "imagefilters.h"

#include <QPolygon>

#include <array>
#include <cstdlib>

namespace Omnitote {

namespace {

using Step = QList<DecodedBarcode> (*)(const LumaImage &, const ZXingSettings &, const QString &);

ZXingSettings harderSettings(bool safeMode)
{
    ZXingSettings settings;
    settings.tryHarder = true;
    settings.tryRotate = true;
    settings.tryDownscale = true; // safe with maxSymbols 1; helps large, soft codes
    if (safeMode)
        settings.formats = ZXingSettings::Formats::RetailWithoutDataBar;
    return settings;
}

QList<DecodedBarcode> fastStep(const LumaImage &frame, const ZXingSettings &, const QString &name)
{
    return BarcodeDecoder::read(frame, ZXingSettings {}, name);
}

QList<DecodedBarcode> harderStep(const LumaImage &frame, const ZXingSettings &harder, const QString &name)
{
    return BarcodeDecoder::read(frame, harder, name);
}

// Big, blurred or noisy codes: averaging pixels removes noise and sharpens the apparent edges.
QList<DecodedBarcode> pyramidStep(const LumaImage &frame, const ZXingSettings &harder, const QString &name)
{
    for (int factor = 2; factor <= 4; factor *= 2) {
        if (std::min(frame.width(), frame.height()) / factor < 160)
            break;
        const auto found = BarcodeDecoder::read(ImageFilters::downscaled(frame, factor), harder, name,
                                                QTransform::fromScale(factor, factor));
        if (!found.isEmpty())
            return found;
    }
    return {};
}

QList<DecodedBarcode> stretchStep(const LumaImage &frame, const ZXingSettings &harder, const QString &name)
{
    return BarcodeDecoder::read(ImageFilters::stretchContrast(frame), harder, name);
}

// Glare and shadows: a global threshold cannot split bars from paper when the light varies across them.
QList<DecodedBarcode> normalizeStep(const LumaImage &frame, const ZXingSettings &harder, const QString &name)
{
    const int radius = std::max(8, std::min(frame.width(), frame.height()) / 48);
    return BarcodeDecoder::read(ImageFilters::normalizeLocally(frame, radius), harder, name);
}

QList<DecodedBarcode> binarizerStep(const LumaImage &frame, const ZXingSettings &harder, const QString &name)
{
    const LumaImage stretched = ImageFilters::stretchContrast(frame);
    for (auto binarizer :
         {ZXingSettings::Binarizer::GlobalHistogram, ZXingSettings::Binarizer::FixedThreshold}) {
        ZXingSettings settings = harder;
        settings.binarizer = binarizer;
        const auto found = BarcodeDecoder::read(stretched, settings, name);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

QList<DecodedBarcode> sharpenStep(const LumaImage &frame, const ZXingSettings &harder, const QString &name)
{
    return BarcodeDecoder::read(ImageFilters::sharpened(ImageFilters::stretchContrast(frame)), harder, name);
}

// Small codes: modules of one or two pixels are below what the binarizer can separate. Overlapping
// half-size tiles, each upscaled 2x, give every module several pixels without a 4x larger frame.
QList<DecodedBarcode> tilesStep(const LumaImage &frame, const ZXingSettings &harder, const QString &name)
{
    const int tileWidth = frame.width() / 2;
    const int tileHeight = frame.height() / 2;
    if (tileWidth < 32 || tileHeight < 32)
        return BarcodeDecoder::read(ImageFilters::upscaled(frame, 2), harder, name,
                                    QTransform::fromScale(0.5, 0.5));
    for (int ty = 0; ty < 3; ++ty) {
        for (int tx = 0; tx < 3; ++tx) {
            const QRect tile(tx * tileWidth / 2, ty * tileHeight / 2, tileWidth, tileHeight);
            const LumaImage upscaled = ImageFilters::upscaled(ImageFilters::cropped(frame, tile), 2);
            QTransform toFrame = QTransform::fromScale(0.5, 0.5);
            toFrame *= QTransform::fromTranslate(tile.x(), tile.y());
            const auto found = BarcodeDecoder::read(upscaled, harder, name, toFrame);
            if (!found.isEmpty())
                return found;
        }
    }
    return {};
}

// One region, cropped (and upscaled when small) so ZXing's row thresholds and finder patterns only
// see the code; also normalised, and turned by 30 degrees for 1D codes held at an angle.
QList<DecodedBarcode> readRegion(const LumaImage &frame, const QRect &region, const ZXingSettings &harder,
                                 const QString &name)
{
    const int factor = std::max(region.width(), region.height()) < 400 ? 2 : 1;
    const LumaImage crop = ImageFilters::upscaled(ImageFilters::cropped(frame, region), factor);
    QTransform toFrame = QTransform::fromScale(1.0 / factor, 1.0 / factor);
    toFrame *= QTransform::fromTranslate(region.x(), region.y());
    auto found = BarcodeDecoder::read(crop, harder, name, toFrame);
    if (found.isEmpty())
        found = BarcodeDecoder::read(ImageFilters::normalizeLocally(crop, 12), harder, name, toFrame);
    // With tryRotate, +-30 degrees also covers +-60: no 1D code is more than 15 degrees off a scan line.
    for (const double degrees : {30.0, -30.0}) {
        if (!found.isEmpty())
            break;
        const LumaImage turned = ImageFilters::rotated(crop, degrees);
        QTransform back;
        back.translate(crop.width() / 2.0, crop.height() / 2.0);
        back.rotate(degrees);
        back.translate(-turned.width() / 2.0, -turned.height() / 2.0);
        found = BarcodeDecoder::read(turned, harder, name, back * toFrame);
    }
    return found;
}

constexpr int maxRegions = 4;

// Regions dense in edges, most likely first.
QList<DecodedBarcode> regionsStep(const LumaImage &frame, const ZXingSettings &harder, const QString &name)
{
    for (const QRect &region : ImageFilters::findCodeRegions(frame, maxRegions)) {
        const auto found = readRegion(frame, region, harder, name);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

// Only the Index-th region: a camera takes the regions one per frame (a quarter of the step's time).
template<int Index>
QList<DecodedBarcode> oneRegionStep(const LumaImage &frame, const ZXingSettings &harder, const QString &name)
{
    const QList<QRect> regions = ImageFilters::findCodeRegions(frame, Index + 1);
    return regions.size() > Index ? readRegion(frame, regions.at(Index), harder, name)
                                  : QList<DecodedBarcode> {};
}

// ZXing's 1D readers scan rows (and columns with tryRotate); a code at 45 degrees crosses neither.
// Turning by +-30 (and tryRotate's 90) leaves every angle within 15 degrees of a scan line.
QList<DecodedBarcode> rotationsStep(const LumaImage &frame, const ZXingSettings &harder, const QString &name)
{
    for (const double degrees : {30.0, -30.0}) {
        const LumaImage turned = ImageFilters::rotated(frame, degrees);
        // Maps a point of the rotated image back: undo the centring, the rotation, then re-centre.
        QTransform toFrame;
        toFrame.translate(frame.width() / 2.0, frame.height() / 2.0);
        toFrame.rotate(degrees);
        toFrame.translate(-turned.width() / 2.0, -turned.height() / 2.0);
        const auto found = BarcodeDecoder::read(turned, harder, name, toFrame);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

bool isEanUpc(const DecodedBarcode &barcode)
{
    return barcode.format == u"EAN-13" || barcode.format == u"UPC-A" || barcode.format == u"UPC-E"
        || barcode.format == u"EAN-8";
}

// An add-on sits beside the main symbol and is easy to miss at the settings that found the symbol.
// One EAN/UPC-only pass over a crop around the symbol, requiring the add-on, costs about a
// millisecond and only runs when an EAN/UPC was read.
void lookForAddOns(const LumaImage &frame, QList<DecodedBarcode> &barcodes)
{
    for (DecodedBarcode &barcode : barcodes) {
        if (!isEanUpc(barcode) || !barcode.addOn.isEmpty() || barcode.position.size() != 4)
            continue;
        const QRect box = QPolygon(barcode.position).boundingRect();
        const int reach = std::max(box.width(), box.height()) * 7 / 10 + 8;
        const QRect around = box.adjusted(-reach, -reach, reach, reach);
        ZXingSettings settings;
        settings.formats = ZXingSettings::Formats::EanUpc;
        settings.tryHarder = true;
        settings.tryRotate = true;
        settings.addOns = ZXingSettings::AddOns::Require;
        const auto found = BarcodeDecoder::read(ImageFilters::cropped(frame, around), settings, barcode.step,
                                                QTransform::fromTranslate(around.x(), around.y()));
        for (const DecodedBarcode &withAddOn : found) {
            if (withAddOn.text.section(u' ', 0, 0) == barcode.text)
                barcode = withAddOn;
        }
    }
}

struct NamedStep
{
    const char *name;
    Step run;
};

// In order of cost, cheapest first; docs/PERFORMANCE.md has each step's gain on the scene set.
constexpr std::array steps {
    NamedStep {"fast", fastStep},           NamedStep {"harder", harderStep},
    NamedStep {"pyramid", pyramidStep},     NamedStep {"stretch", stretchStep},
    NamedStep {"normalize", normalizeStep}, NamedStep {"binarizers", binarizerStep},
    NamedStep {"sharpen", sharpenStep},     NamedStep {"regions", regionsStep},
    NamedStep {"tiles", tilesStep},         NamedStep {"rotations", rotationsStep},
};

// Depth::CameraStep: the harder steps that read scenes the fast step missed (docs/PERFORMANCE.md,
// "Gain of each pipeline step"), the regions one at a time; sharpen, tiles and whole-frame rotations
// read nothing there and stay for files only.
constexpr std::array cameraSteps {
    NamedStep {"harder", harderStep},         NamedStep {"pyramid", pyramidStep},
    NamedStep {"stretch", stretchStep},       NamedStep {"region 1", oneRegionStep<0>},
    NamedStep {"normalize", normalizeStep},   NamedStep {"region 2", oneRegionStep<1>},
    NamedStep {"binarizers", binarizerStep},  NamedStep {"region 3", oneRegionStep<2>},
    NamedStep {"region 4", oneRegionStep<3>},
};

} // namespace

int DecodePipeline::cameraStepCount()
{
    return static_cast<int>(cameraSteps.size());
}

QString DecodePipeline::cameraStepName(int cameraStep)
{
    return QLatin1String(
        cameraSteps[static_cast<std::size_t>(std::abs(cameraStep) % cameraStepCount())].name);
}

QStringList DecodePipeline::stepNames()
{
    QStringList names;
    for (const auto &step : steps)
        names.append(QLatin1String(step.name));
    return names;
}

DecodePipeline::Outcome DecodePipeline::decode(const LumaImage &frame, const Options &options)
{
    Outcome outcome;
    if (frame.isNull())
        return outcome;
    const ZXingSettings harder = harderSettings(options.safeMode);
    const auto runStep = [&](const NamedStep &step) {
        ++outcome.stepsTried;
        const QString name = QLatin1String(step.name);
        outcome.barcodes = step.run(frame, harder, name);
        if (outcome.barcodes.isEmpty())
            return false;
        lookForAddOns(frame, outcome.barcodes);
        outcome.step = name;
        return true;
    };
    if (options.depth == Depth::CameraStep) {
        const int index = std::abs(options.cameraStep) % cameraStepCount();
        if (!runStep(steps.front()))
            runStep(cameraSteps[static_cast<std::size_t>(index)]);
        return outcome;
    }
    for (const auto &step : steps) {
        if (runStep(step) || options.depth == Depth::Fast)
            break;
    }
    return outcome;
}

} // namespace Omnitote
