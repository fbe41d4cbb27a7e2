// SPDX-License-Identifier: MIT
// omnitote-decodebench [ITERATIONS]: decode time per camera frame, as docs/PERFORMANCE.md reports it.
//
// Frames: 1280x720 and 1920x1080 luminance planes with shelf clutter and sensor noise, with and
// without a sharp EAN-13 (tests/scenes). For each: the pipeline's fast path in this process (the
// decode work alone), the same through SupervisedDecoder and omnitote-decoder (what the kiosk pays,
// process isolation included), and the full pipeline on the empty frame (the "nothing found for a
// while" pass). Prints a Markdown table of p50/p95 in milliseconds.
//
// Not a test: timings depend on the machine. Run it on an otherwise idle machine from a Release build.
#include <decodepipeline.h>
#include <lumaimage.h>
#include <scenegenerator.h>
#include <superviseddecoder.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Omnitote;

namespace {

struct Percentiles
{
    double p50 = 0;
    double p95 = 0;
    int reads = 0;
    int iterations = 0;
};

Percentiles measure(int iterations, const std::function<int()> &decodeOnce)
{
    for (int i = 0; i < 5; ++i) // warm caches and the worker
        decodeOnce();
    std::vector<double> ms;
    int reads = 0;
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer timer;
        timer.start();
        reads += decodeOnce() > 0;
        ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * ms.size()))];
    };
    return {at(0.50), at(0.95), reads, iterations};
}

LumaImage toLuma(const QImage &image)
{
    return LumaImage::fromPlane(image.constBits(), image.width(), image.height(),
                                static_cast<int>(image.bytesPerLine()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int iterations =
        std::max(10, QCoreApplication::arguments().value(1, QStringLiteral("200")).toInt());
    QTemporaryDir support;
    SupervisedDecoder::Config config;
    config.supportDir = support.path();
    SupervisedDecoder supervised(config);

    QTextStream out(stdout);
    out << "| frame | code | path | p50 ms | p95 ms | frames read |\n|---|---|---|---:|---:|---:|\n";
    const auto row = [&](const QString &frame, const QString &code, const QString &path,
                         const Percentiles &p) {
        out << "| " << frame << " | " << code << " | " << path << " | " << QString::number(p.p50, 'f', 2)
            << " | " << QString::number(p.p95, 'f', 2) << " | " << p.reads << "/" << p.iterations << " |\n";
        out.flush();
    };
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
        const QString frameName = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        for (const bool withCode : {true, false}) {
            const LumaImage frame = toLuma(Scenes::benchmarkFrame(size.width(), size.height(), withCode));
            const QString code = withCode ? QStringLiteral("EAN-13") : QStringLiteral("none");
            const DecodePipeline::Options fast {DecodePipeline::Depth::Fast, false};
            row(frameName, code, QStringLiteral("fast path, in process"), measure(iterations, [&] {
                    return int(DecodePipeline::decode(frame, fast).barcodes.size());
                }));
            row(frameName, code, QStringLiteral("fast path, supervised process"), measure(iterations, [&] {
                    return int(supervised.decode(frame, DecoderProtocol::Mode::Fast).barcodes.size());
                }));
            if (!withCode)
                row(frameName, code, QStringLiteral("full pipeline, supervised process"),
                    measure(std::max(10, iterations / 20), [&] {
                        return int(supervised.decode(frame, DecoderProtocol::Mode::Full).barcodes.size());
                    }));
        }
    }
    return 0;
}
