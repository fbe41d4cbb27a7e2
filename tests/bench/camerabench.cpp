// SPDX-License-Identifier: MIT
// Camera frame-to-ScanEvent latency and dropped frames at a camera's frame rate. ZXing's sample photos
// (retail folders) are placed in 1280x720 NV12 frames and pushed into CameraScanSource's QVideoSink at
// --fps by VideoFrameFeed: each photo is "held up" for --hold frames, then as many empty frames follow.
// Latency is from the first frame of a photo entering the sink to the ScanEvent for its code: it
// includes the decode thread, the omnitote-decoder round trip and the vote (1D codes need a second
// agreeing frame; QR Code and DataMatrix are accepted on one, see ScanVoter).
//
// Between photos the camera sees a cluttered shelf with no code (the scene generator's benchmark
// frame), so the harder passes run as they would in a shop. CPU is the kiosk process plus the
// decoder process over the whole run, in percent of one core.
//
//   omnitote-camerabench [--per-folder N] [--fps 30] [--hold 15] [--before] [--idle SECONDS]
//
// --before: the settings before the camera work of 2026-11-23 (whole frame, pixels down the pipe,
// the full pipeline after 30 empty frames). --idle: no photos, only the empty shelf for SECONDS.
#include <camerascansource.h>
#include <scenegenerator.h>
#include <videoframefeed.h>

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QHash>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Omnitote;

namespace {

struct Photo
{
    QString name;
    QString expected; // the sample's .txt: what the code says
    bool strong = false;
    qint64 firstFrameNs = 0;
    double latencyMs = -1;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(std::ceil(p / 100.0 * values.size())) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

double cpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("per-folder"), QStringLiteral("Photos per corpus folder"),
                        QStringLiteral("n"), QStringLiteral("6")},
                       {QStringLiteral("fps"), QStringLiteral("Frames per second"), QStringLiteral("n"),
                        QStringLiteral("30")},
                       {QStringLiteral("hold"), QStringLiteral("Frames each photo stays in view"),
                        QStringLiteral("n"), QStringLiteral("15")},
                       {QStringLiteral("before"),
                        QStringLiteral("The decode settings before shared memory, "
                                       "scan area and stepped harder passes")},
                       {QStringLiteral("idle"), QStringLiteral("Only an empty shelf for this many seconds"),
                        QStringLiteral("s"), QStringLiteral("0")}});
    parser.process(app);
    if (qEnvironmentVariableIsEmpty("OMNITOTE_DECODER"))
        qputenv("OMNITOTE_DECODER", OMNITOTE_DECODER_PATH);

    const QString corpus = QStringLiteral(OMNITOTE_SHARED_TESTDATA "/barcodes");
    const QStringList folders = {QStringLiteral("ean13-1"),      QStringLiteral("ean8-1"),
                                 QStringLiteral("upca-1"),       QStringLiteral("upce-1"),
                                 QStringLiteral("code128-1"),    QStringLiteral("qrcode-1"),
                                 QStringLiteral("datamatrix-1"), QStringLiteral("rssexpanded-1")};
    const QSize hd(1280, 720);
    const int idleSeconds = parser.value(QStringLiteral("idle")).toInt();
    const int perFolder = idleSeconds > 0 ? 0 : parser.value(QStringLiteral("per-folder")).toInt();
    QList<Photo> photos;
    QList<QVideoFrame> frames;
    const QImage shelf = Scenes::benchmarkFrame(hd.width(), hd.height(), false);
    const QVideoFrame empty = VideoFrameFeed::frameFromLuma(
        LumaImage::fromPlane(shelf.constBits(), shelf.width(), shelf.height(), int(shelf.bytesPerLine())),
        hd);
    for (const QString &folder : folders) {
        const QDir dir(corpus + u'/' + folder);
        const QStringList images =
            dir.entryList({QStringLiteral("*.png"), QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
        for (const QString &image : images.mid(0, perFolder)) {
            QFile text(dir.filePath(QFileInfo(image).completeBaseName() + QStringLiteral(".txt")));
            QString error;
            const auto frame = VideoFrameFeed::frameFromImage(dir.filePath(image), hd, &error);
            if (!frame || !text.open(QIODevice::ReadOnly))
                continue;
            Photo photo;
            photo.name = folder + u'/' + image;
            photo.expected = QString::fromUtf8(text.readAll());
            photo.strong =
                folder.startsWith(QLatin1String("qrcode")) || folder.startsWith(QLatin1String("datamatrix"));
            photos.append(photo);
            frames.append(*frame);
            frames.append(empty);
        }
    }
    if (photos.isEmpty() && idleSeconds <= 0) {
        QTextStream(stderr) << "no sample photos under " << corpus << "\n";
        return 1;
    }

    QTemporaryDir support;
    CameraScanSource::Config config;
    config.frameSource = CameraScanSource::FrameSource::Feed;
    config.decode.decoder.supportDir = support.path();
    if (parser.isSet(QStringLiteral("before"))) {
        config.decode.decoder.sharedMemory = false;
        config.decode.scanArea = QRectF(0, 0, 1, 1);
        config.decode.harderAfterEmptyFrames = 30;
        config.decode.harderMode = DecoderProtocol::Mode::Full;
    }
    auto source = std::make_unique<CameraScanSource>(config);
    VideoFrameFeed feed(source->videoSink());
    const int fps = parser.value(QStringLiteral("fps")).toInt();
    const int hold = idleSeconds > 0 ? idleSeconds * fps : parser.value(QStringLiteral("hold")).toInt();
    if (idleSeconds > 0)
        frames = {empty};
    // The feed repeats each entry `hold` times: a photo, then as many empty frames.
    int current = -1;
    QObject::connect(&feed, &VideoFrameFeed::pushed, &app, [&](int index, qint64 atNs) {
        if (index % 2 == 0 && index / 2 != current && index / 2 < photos.size()) {
            current = index / 2;
            photos[current].firstFrameNs = atNs;
        }
    });
    QObject::connect(source.get(), &ScanSource::scanned, &app, [&](const ScanEvent &event) {
        if (current < 0 || photos[current].latencyMs >= 0)
            return;
        Photo &photo = photos[current];
        const QString raw = QString::fromUtf8(event.rawBytes);
        if (raw == photo.expected || event.code.raw.endsWith(photo.expected) || raw.contains(photo.expected))
            photo.latencyMs = (event.emittedAtNs - photo.firstFrameNs) / 1e6;
    });
    QObject::connect(&feed, &VideoFrameFeed::finished, &app,
                     [&] { QTimer::singleShot(2000, &app, &QCoreApplication::quit); });
    const double cpuBefore = cpuSeconds(RUSAGE_SELF) + cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer wall;
    wall.start();
    source->start();
    feed.setFrames(frames);
    feed.start(fps, hold);
    app.exec();
    const quint64 received = source->framesReceived();
    const quint64 decoded = source->framesDecoded();
    const quint64 dropped = source->framesDropped();
    const int restarts = source->decoderRestarts();
    source.reset(); // stops and reaps the decoder process, so its CPU time is counted
    const double cpuPercent = 100.0 * (cpuSeconds(RUSAGE_SELF) + cpuSeconds(RUSAGE_CHILDREN) - cpuBefore)
        / (wall.nsecsElapsed() / 1e9);

    QList<double> all, voted, immediate;
    for (const Photo &photo : std::as_const(photos)) {
        if (photo.latencyMs < 0)
            continue;
        all.append(photo.latencyMs);
        (photo.strong ? immediate : voted).append(photo.latencyMs);
    }
    QTextStream out(stdout);
    out << "| codes | read | p50 ms | p95 ms |\n|---|---:|---:|---:|\n";
    const auto row = [&](const QString &name, const QList<double> &values, qsizetype total) {
        out << "| " << name << " | " << values.size() << '/' << total << " | "
            << QString::number(percentile(values, 50), 'f', 1) << " | "
            << QString::number(percentile(values, 95), 'f', 1) << " |\n";
    };
    const auto strongCount =
        std::count_if(photos.cbegin(), photos.cend(), [](const Photo &p) { return p.strong; });
    row(QStringLiteral("all"), all, photos.size());
    row(QStringLiteral("1D (2 agreeing frames)"), voted, photos.size() - strongCount);
    row(QStringLiteral("QR/DataMatrix (1 frame)"), immediate, strongCount);
    out << "\nframes into the sink: " << received << ", decoded: " << decoded << ", dropped: " << dropped
        << " (" << QString::number(100.0 * dropped / std::max<quint64>(1, received), 'f', 1)
        << "%), decoder restarts: " << restarts
        << ", CPU (kiosk + decoder, incl. 2 s tail): " << QString::number(cpuPercent, 'f', 0)
        << "% of one core\n";
    return all.isEmpty() && idleSeconds <= 0 ? 1 : 0;
}
