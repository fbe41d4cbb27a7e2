// SPDX-License-Identifier: MIT
#include "scenegenerator.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Omnitote::Scenes {

namespace {

// A tiny PRNG of our own: std::*_distribution output differs between standard libraries.
class Random
{
public:
    explicit Random(unsigned seed) : m_state(seed * 2654435761u + 0x9e3779b9u) { }
    unsigned next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }
    double uniform() { return (next() & 0xffffff) / double(0x1000000); }
    double range(double low, double high) { return low + (high - low) * uniform(); }
    double gaussian()
    {
        const double u1 = std::max(uniform(), 1e-9);
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2 * M_PI * uniform());
    }
    // Per-pixel sensor noise: a table of normal samples is as good and 10x cheaper than Box-Muller.
    double pixelNoise(const std::vector<double> &table) { return table[next() & (table.size() - 1)]; }

private:
    unsigned m_state;
};

struct Symbol
{
    QString format;
    QString expectedText;
    QImage modules; // black on white, one pixel per module (or a clean sample image)
    double moduleWidthPx = 1; // pixels per module in `modules`
};

QImage fromBitMatrix(const ZXing::BitMatrix &matrix, int height1d)
{
    const int height = matrix.height() == 1 ? height1d : matrix.height();
    QImage image(matrix.width(), height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        uchar *row = image.scanLine(y);
        const int my = matrix.height() == 1 ? 0 : y;
        for (int x = 0; x < matrix.width(); ++x)
            row[x] = matrix.get(x, my) ? 0 : 255;
    }
    return image;
}

Symbol written(ZXing::BarcodeFormat format, const std::wstring &contents, const QString &name,
               const QString &expected)
{
    const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(format).setMargin(0).encode(contents, 1, 1);
    Symbol symbol;
    symbol.format = name;
    symbol.expectedText = expected;
    // 1D: bars as tall as 40% of the symbol width, like a printed retail label.
    symbol.modules = fromBitMatrix(matrix, std::max(1, matrix.width() * 2 / 5));
    return symbol;
}

std::optional<Symbol> sample(const QString &sharedTestdata, const QString &relative, const QString &name,
                             double moduleWidthPx)
{
    if (sharedTestdata.isEmpty())
        return std::nullopt;
    QImage image(sharedTestdata + QStringLiteral("/barcodes/") + relative + QStringLiteral(".png"));
    QFile text(sharedTestdata + QStringLiteral("/barcodes/") + relative + QStringLiteral(".txt"));
    if (image.isNull() || !text.open(QIODevice::ReadOnly))
        return std::nullopt;
    Symbol symbol;
    symbol.format = name;
    symbol.expectedText = QString::fromUtf8(text.readAll());
    symbol.modules = image.convertToFormat(QImage::Format_Grayscale8);
    symbol.moduleWidthPx = moduleWidthPx;
    return symbol;
}

QList<Symbol> symbols(const QString &sharedTestdata)
{
    using ZXing::BarcodeFormat;
    const QChar gs(0x1d);
    QList<Symbol> list {
        written(BarcodeFormat::EAN13, L"4006381333931", QStringLiteral("EAN-13"),
                QStringLiteral("4006381333931")),
        written(BarcodeFormat::EAN8, L"96385074", QStringLiteral("EAN-8"), QStringLiteral("96385074")),
        written(BarcodeFormat::UPCA, L"036000291452", QStringLiteral("UPC-A"),
                QStringLiteral("036000291452")),
        written(BarcodeFormat::UPCE, L"04252614", QStringLiteral("UPC-E"), QStringLiteral("04252614")),
        // U+00F1 is the writer's escape for FNC1: a GS1-128 with a GTIN, a lot and a serial number.
        written(BarcodeFormat::Code128, L"\u00f1010950600013435210AB\u00f121X7", QStringLiteral("Code 128"),
                QStringLiteral("010950600013435210AB") + gs + QStringLiteral("21X7")),
        written(BarcodeFormat::QRCode, L"https://id.gs1.org/01/09506000134352/10/ABC123?17=261231",
                QStringLiteral("QR Code"),
                QStringLiteral("https://id.gs1.org/01/09506000134352/10/ABC123?17=261231")),
        written(BarcodeFormat::DataMatrix, L"0109506000134352", QStringLiteral("DataMatrix"),
                QStringLiteral("0109506000134352")),
    };
    // ZXing 1.4 has no DataBar writer: clean samples stand in (their module width in pixels).
    if (auto databar =
            sample(sharedTestdata, QStringLiteral("rss14-1/4"), QStringLiteral("GS1 DataBar"), 6.2))
        list.append(*databar);
    if (auto expanded = sample(sharedTestdata, QStringLiteral("rssexpanded-1/1"),
                               QStringLiteral("GS1 DataBar Expanded"), 1.6))
        list.append(*expanded);
    return list;
}

// Shelf-like clutter: a lighting gradient and grey boxes, so the binarizer sees edges that are not a code.
QImage background(int width, int height, Random &random)
{
    QImage frame(width, height, QImage::Format_Grayscale8);
    const double base = random.range(70, 150);
    const double slope = random.range(-60, 60);
    for (int y = 0; y < height; ++y) {
        uchar *row = frame.scanLine(y);
        for (int x = 0; x < width; ++x)
            row[x] = static_cast<uchar>(std::clamp(base + slope * (x + y) / (width + height), 0.0, 255.0));
    }
    QPainter painter(&frame);
    for (int i = 0; i < 14; ++i) {
        const int gray = static_cast<int>(random.range(20, 230));
        painter.fillRect(QRectF(random.range(0, width), random.range(0, height),
                                random.range(20, width / 4.0), random.range(10, height / 4.0)),
                         QColor(gray, gray, gray));
    }
    return frame;
}

void boxBlur(QImage &image, int radius)
{
    if (radius < 1)
        return;
    const int w = image.width();
    const int h = image.height();
    std::vector<int> line(static_cast<std::size_t>(std::max(w, h)));
    for (int pass = 0; pass < 2; ++pass) {
        for (int y = 0; y < h; ++y) {
            uchar *row = image.scanLine(y);
            for (int x = 0; x < w; ++x)
                line[x] = row[x];
            for (int x = 0; x < w; ++x) {
                int sum = 0;
                int n = 0;
                for (int k = std::max(0, x - radius); k <= std::min(w - 1, x + radius); ++k, ++n)
                    sum += line[k];
                row[x] = static_cast<uchar>(sum / n);
            }
        }
        for (int x = 0; x < w; ++x) {
            for (int y = 0; y < h; ++y)
                line[y] = image.scanLine(y)[x];
            for (int y = 0; y < h; ++y) {
                int sum = 0;
                int n = 0;
                for (int k = std::max(0, y - radius); k <= std::min(h - 1, y + radius); ++k, ++n)
                    sum += line[k];
                image.scanLine(y)[x] = static_cast<uchar>(sum / n);
            }
        }
    }
}

struct Condition
{
    const char *name;
    double modulePx; // pixels per module in the frame
    double angle; // degrees
    int blur; // box radius
    double noise; // sigma in grey levels
    int ink, paper; // grey levels of bars and label
    bool glare;
    bool fullHd;
    bool stress = false; // beyond what the pipeline promises: reported, not held to the 95%
};

constexpr Condition conditions[] = {
    {"small", 1.6, 3, 0, 4, 30, 220, false, false},
    {"rotated", 3.0, 25, 0, 4, 30, 220, false, false},
    {"blur", 3.5, 5, 1, 3, 30, 220, false, false},
    {"noise", 4.0, -4, 0, 30, 40, 210, false, false},
    {"low-contrast", 3.0, 2, 0, 3, 105, 150, false, false},
    {"glare", 3.0, -3, 0, 4, 35, 205, true, false},
    {"far-blur", 7.0, 8, 2, 8, 30, 220, false, true},
    {"small-rotated", 2.5, -28, 0, 6, 40, 215, false, true, true},
};

QImage render(const Symbol *symbol, const Condition &condition, Random &random, int width, int height)
{
    QImage frame = background(width, height, random);
    if (!symbol) {
        std::vector<double> normal(4096);
        for (double &value : normal)
            value = random.gaussian();
        for (int y = 0; y < height; ++y) {
            uchar *row = frame.scanLine(y);
            for (int x = 0; x < width; ++x)
                row[x] = static_cast<uchar>(
                    std::clamp(row[x] + condition.noise * random.pixelNoise(normal), 0.0, 255.0));
        }
        return frame;
    }

    // The code as printed: levels for ink and paper, scaled to the condition's module size.
    const double scale = condition.modulePx / symbol->moduleWidthPx;
    const QSizeF size(symbol->modules.width() * scale, symbol->modules.height() * scale);
    QImage printed = symbol->modules.copy();
    for (int y = 0; y < printed.height(); ++y) {
        uchar *row = printed.scanLine(y);
        for (int x = 0; x < printed.width(); ++x)
            row[x] = static_cast<uchar>(condition.ink + (condition.paper - condition.ink) * row[x] / 255);
    }
    const double quiet = 10 * condition.modulePx;
    const QPointF centre(random.range(width * 0.3, width * 0.7), random.range(height * 0.35, height * 0.65));
    QPainter painter(&frame);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(centre);
    painter.rotate(condition.angle + random.range(-2, 2));
    painter.fillRect(QRectF(-size.width() / 2 - quiet, -size.height() / 2 - quiet, size.width() + 2 * quiet,
                            size.height() + 2 * quiet),
                     QColor(condition.paper, condition.paper, condition.paper));
    painter.drawImage(QRectF(QPointF(-size.width() / 2, -size.height() / 2), size), printed);
    painter.end();

    boxBlur(frame, condition.blur);
    std::vector<double> normal(4096);
    for (double &value : normal)
        value = random.gaussian();
    for (int y = 0; y < height; ++y) {
        uchar *row = frame.scanLine(y);
        for (int x = 0; x < width; ++x) {
            double value = row[x];
            if (condition.glare) {
                // A specular highlight over part of the code, washing out bars towards white.
                const double dx = (x - centre.x() - size.width() * 0.15) / (size.width() * 0.35);
                const double dy = (y - centre.y()) / (size.height() * 0.9 + 40);
                value += (255 - value) * 0.65 * std::exp(-(dx * dx + dy * dy));
            }
            value += condition.noise * random.pixelNoise(normal);
            row[x] = static_cast<uchar>(std::clamp(value, 0.0, 255.0));
        }
    }
    return frame;
}

} // namespace

QImage benchmarkFrame(int width, int height, bool withEan13, unsigned seed)
{
    Random random(seed);
    const Condition sharp {"sharp", 3.0, 2, 0, 3, 30, 220, false, false};
    const Symbol ean13 = written(ZXing::BarcodeFormat::EAN13, L"4006381333931", QStringLiteral("EAN-13"),
                                 QStringLiteral("4006381333931"));
    return render(withEan13 ? &ean13 : nullptr, sharp, random, width, height);
}

QList<Scene> generate(const QString &outDir, const QString &sharedTestdata, unsigned seed, int stride)
{
    QDir().mkpath(outDir);
    QList<Scene> scenes;
    Random random(seed);
    int index = 0;
    for (const Symbol &symbol : symbols(sharedTestdata)) {
        for (const Condition &condition : conditions) {
            const bool keep = index++ % std::max(1, stride) == 0;
            Scene scene;
            scene.format = symbol.format;
            scene.expectedText = symbol.expectedText;
            scene.condition = QLatin1String(condition.name);
            scene.stress = condition.stress;
            QString slug = symbol.format.toLower();
            slug.replace(u' ', u'-');
            scene.file =
                QDir(outDir).filePath(QStringLiteral("%1-%2-%3.png").arg(slug, scene.condition).arg(seed));
            // Fast PNG compression: these are written on every test run.
            const int width = condition.fullHd ? 1920 : 1280;
            const int height = condition.fullHd ? 1080 : 720;
            const QImage frame = render(&symbol, condition, random, width, height);
            if (!keep || !frame.save(scene.file, "PNG", 10))
                continue;
            scenes.append(scene);
        }
    }
    return scenes;
}

} // namespace Omnitote::Scenes
