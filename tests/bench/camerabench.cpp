// SPDX-License-Identifier: MIT
// Camera frame-to-ScanEvent latency and dropped frames at a camera's frame rate. ZXing's sample photos
// (retail folders) are placed in 1280x720 NV12 frames and pushed into CameraScanSource's QVideoSink at
// --fps by VideoFrameFeed: each photo is "held up" for --hold frames, then as many empty frames follow.
// Latency is from the first frame of a photo entering the sink to the ScanEvent for its code: it
// includes the decode thread, the omnitote-decoder round trip and the vote (1D codes need a second
// agreeing frame; QR Code and DataMatrix are accepted on one, see ScanVoter).
//
//   omnitote-camerabench [--per-folder N] [--fps 30] [--hold 15]
#include <camerascansource.h>
#include <videoframefeed.h>

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QHash>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>

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
                        QStringLiteral("n"), QStringLiteral("15")}});
    parser.process(app);
    if (qEnvironmentVariableIsEmpty("OMNITOTE_DECODER"))
        qputenv("OMNITOTE_DECODER", OMNITOTE_DECODER_PATH);

    const QString corpus = QStringLiteral(OMNITOTE_SHARED_TESTDATA "/barcodes");
    const QStringList folders = {QStringLiteral("ean13-1"),      QStringLiteral("ean8-1"),
                                 QStringLiteral("upca-1"),       QStringLiteral("upce-1"),
                                 QStringLiteral("code128-1"),    QStringLiteral("qrcode-1"),
                                 QStringLiteral("datamatrix-1"), QStringLiteral("rssexpanded-1")};
    const QSize hd(1280, 720);
    const int perFolder = parser.value(QStringLiteral("per-folder")).toInt();
    QList<Photo> photos;
    QList<QVideoFrame> frames;
    const QVideoFrame empty = VideoFrameFeed::frameFromLuma(LumaImage(hd.width(), hd.height(), 190), hd);
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
    if (photos.isEmpty()) {
        QTextStream(stderr) << "no sample photos under " << corpus << "\n";
        return 1;
    }

    QTemporaryDir support;
    CameraScanSource::Config config;
    config.frameSource = CameraScanSource::FrameSource::Feed;
    config.decode.decoder.supportDir = support.path();
    CameraScanSource source(config);
    VideoFrameFeed feed(source.videoSink());
    const int hold = parser.value(QStringLiteral("hold")).toInt();
    // The feed repeats each entry `hold` times: a photo, then as many empty frames.
    int current = -1;
    QObject::connect(&feed, &VideoFrameFeed::pushed, &app, [&](int index, qint64 atNs) {
        if (index % 2 == 0 && index / 2 != current) {
            current = index / 2;
            photos[current].firstFrameNs = atNs;
        }
    });
    QObject::connect(&source, &ScanSource::scanned, &app, [&](const ScanEvent &event) {
        if (current < 0 || photos[current].latencyMs >= 0)
            return;
        Photo &photo = photos[current];
        const QString raw = QString::fromUtf8(event.rawBytes);
        if (raw == photo.expected || event.code.raw.endsWith(photo.expected) || raw.contains(photo.expected))
            photo.latencyMs = (event.emittedAtNs - photo.firstFrameNs) / 1e6;
    });
    QObject::connect(&feed, &VideoFrameFeed::finished, &app,
                     [&] { QTimer::singleShot(2000, &app, &QCoreApplication::quit); });
    source.start();
    feed.setFrames(frames);
    feed.start(parser.value(QStringLiteral("fps")).toInt(), hold);
    app.exec();

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
    out << "\nframes into the sink: " << source.framesReceived() << ", decoded: " << source.framesDecoded()
        << ", dropped: " << source.framesDropped() << " ("
        << QString::number(100.0 * source.framesDropped() / std::max<quint64>(1, source.framesReceived()),
                           'f', 1)
        << "%), decoder restarts: " << source.decoderRestarts() << "\n";
    return all.isEmpty() ? 1 : 0;
}
