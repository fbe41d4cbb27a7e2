// SPDX-License-Identifier: MIT
// omnitote-decodebench [ITERATIONS]: decode time per camera frame, as docs/PERFORMANCE.md reports it.
//
// Frames: 1280x720 and 1920x1080 luminance planes with shelf clutter and sensor noise, with and
// without a sharp EAN-13 (tests/scenes). For each: the pipeline's fast path in this process (the
// decode work alone), the same through SupervisedDecoder and omnitote-decoder (what the kiosk pays,
// process isolation included) with the pixels down the pipe and through shared memory, the camera's
// scan-area crop (LatestFrameDecoder's default), each camera step (Mode::Stepped, one harder step per
// frame) and the full pipeline on the empty frame (the "nothing found for a while" pass of
// `omnitote decode`). Prints a Markdown table of p50/p95 in milliseconds.
//
// Not a test: timings depend on the machine. Run it on an otherwise idle machine from a Release build.
#include <decodepipeline.h>
#include <lumaimage.h>
#include <scenegenerator.h>
#include <superviseddecoder.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <time.h>

#include <algorithm>
#include <functional>

using namespace Omnitote;

namespace {

struct Percentiles
{
    double p50 = 0;
    double p95 = 0;
    double cpuP50 = 0; // CPU time of this thread plus the decoder process, per frame
    double cpuP95 = 0;
    int reads = 0;
    int iterations = 0;
};

// Runs the variants in turns (a, b, c, a, b, c, ...) so that on a shared machine every variant sees
// the same background load; comparing variants measured minutes apart mostly compares the load.
// On a loaded machine wall time is mostly waiting for a core, so each frame's CPU time is measured
// too: this thread's (CLOCK_THREAD_CPUTIME_ID) plus the decoder process's (schedstat, in ns).
std::function<double()> cpuClock;

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

double processCpuMs(qint64 pid)
{
    if (pid <= 0)
        return 0;
    QFile file(QStringLiteral("/proc/%1/schedstat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().split(' ').value(0).toDouble() / 1e6;
}

std::vector<Percentiles> measure(int iterations, const std::vector<std::function<int()>> &variants)
{
    for (int i = 0; i < 5; ++i) // warm caches and the worker
        for (const auto &decodeOnce : variants)
            decodeOnce();
    std::vector<std::vector<double>> ms(variants.size());
    std::vector<std::vector<double>> cpu(variants.size());
    std::vector<Percentiles> results(variants.size());
    for (int i = 0; i < iterations; ++i) {
        for (std::size_t v = 0; v < variants.size(); ++v) {
            const double cpuBefore = cpuClock();
            QElapsedTimer timer;
            timer.start();
            results[v].reads += variants[v]() > 0;
            ms[v].push_back(timer.nsecsElapsed() / 1e6);
            cpu[v].push_back(cpuClock() - cpuBefore);
        }
    }
    for (std::size_t v = 0; v < variants.size(); ++v) {
        const auto at = [](std::vector<double> &values, double q) {
            std::sort(values.begin(), values.end());
            return values[std::min(values.size() - 1, static_cast<std::size_t>(q * values.size()))];
        };
        results[v].p50 = at(ms[v], 0.50);
        results[v].p95 = at(ms[v], 0.95);
        results[v].cpuP50 = at(cpu[v], 0.50);
        results[v].cpuP95 = at(cpu[v], 0.95);
        results[v].iterations = iterations;
    }
    return results;
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
    SupervisedDecoder shared(config);
    config.sharedMemory = false;
    SupervisedDecoder piped(config);
    cpuClock = [&] {
        return threadCpuMs() + processCpuMs(shared.workerProcessId()) + processCpuMs(piped.workerProcessId());
    };

    QTextStream out(stdout);
    out << "frames through shared memory: " << (shared.usesSharedMemory() ? "yes" : "no (memfd failed)")
        << "\n\n| frame | code | path | p50 ms | p95 ms | CPU p50 ms | CPU p95 ms | frames read |\n"
           "|---|---|---|---:|---:|---:|---:|---:|\n";
    const auto row = [&](const QString &frame, const QString &code, const QString &path,
                         const Percentiles &p) {
        out << "| " << frame << " | " << code << " | " << path << " | " << QString::number(p.p50, 'f', 2)
            << " | " << QString::number(p.p95, 'f', 2) << " | " << QString::number(p.cpuP50, 'f', 2) << " | "
            << QString::number(p.cpuP95, 'f', 2) << " | " << p.reads << "/" << p.iterations << " |\n";
        out.flush();
    };
    const auto supervised = [](SupervisedDecoder &decoder, const LumaImage &frame, DecoderProtocol::Mode mode,
                               int step = 0) -> std::function<int()> {
        return [&decoder, &frame, mode, step] {
            return int(decoder.decode(frame, mode, step).barcodes.size());
        };
    };
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
        const QString frameName = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        for (const bool withCode : {true, false}) {
            const QImage image = Scenes::benchmarkFrame(size.width(), size.height(), withCode);
            const LumaImage frame = toLuma(image);
            // LatestFrameDecoder's default scan area: the middle 80% x 70%.
            const QRect area(size.width() / 10, size.height() * 15 / 100, size.width() * 8 / 10,
                             size.height() * 7 / 10);
            const LumaImage crop = toLuma(image.copy(area));
            const QString code = withCode ? QStringLiteral("EAN-13") : QStringLiteral("none");
            const DecodePipeline::Options fast {DecodePipeline::Depth::Fast, false, 0};
            const auto perFrame =
                measure(iterations,
                        {[&] { return int(DecodePipeline::decode(frame, fast).barcodes.size()); },
                         supervised(piped, frame, DecoderProtocol::Mode::Fast),
                         supervised(shared, frame, DecoderProtocol::Mode::Fast),
                         supervised(shared, crop, DecoderProtocol::Mode::Fast)});
            row(frameName, code, QStringLiteral("fast path, in process"), perFrame[0]);
            row(frameName, code, QStringLiteral("fast path, supervised, pipe (before)"), perFrame[1]);
            row(frameName, code, QStringLiteral("fast path, supervised, shared memory"), perFrame[2]);
            row(frameName, code, QStringLiteral("camera: scan area, fast path, shared memory"), perFrame[3]);
            if (withCode)
                continue;
            std::vector<std::function<int()>> steps;
            for (int step = 0; step < DecodePipeline::cameraStepCount(); ++step)
                steps.push_back(supervised(shared, crop, DecoderProtocol::Mode::Stepped, step));
            const auto perStep = measure(std::max(10, iterations / 10), steps);
            for (int step = 0; step < DecodePipeline::cameraStepCount(); ++step)
                row(frameName, code,
                    QStringLiteral("camera: scan area, fast + step \"%1\"")
                        .arg(DecodePipeline::cameraStepName(step)),
                    perStep[static_cast<std::size_t>(step)]);
            row(frameName, code, QStringLiteral("full pipeline, whole frame (files)"),
                measure(std::max(10, iterations / 20),
                        {supervised(shared, frame, DecoderProtocol::Mode::Full)})[0]);
        }
    }
    return 0;
}
