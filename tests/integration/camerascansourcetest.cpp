// SPDX-License-Identifier: MIT
// CameraScanSource end to end above the QVideoSink: real NV12 frames built from ZXing's sample photos
// go into the sink a camera writes to; the decode thread, the supervised omnitote-decoder process,
// the voter and the ScanEvents are the real code. Also the no-camera state of this machine.
#include <camerascansource.h>
#include <videoframefeed.h>
#include <videoframeluma.h>

#include <QFile>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Omnitote;

namespace {

const QSize hd(1280, 720);

QString sample(const QString &relative)
{
    return QStringLiteral(OMNITOTE_SHARED_TESTDATA "/barcodes/") + relative;
}

QVideoFrame frameOf(const QString &relative, QSize canvas = hd)
{
    QString error;
    const auto frame = VideoFrameFeed::frameFromImage(sample(relative), canvas, &error);
    if (!frame)
        qFatal("cannot build a frame from %s: %s", qPrintable(relative), qPrintable(error));
    return *frame;
}

// Resident memory of this process, from /proc (Linux): the drop-while-busy check.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace

class CameraScanSourceTest : public QObject
{
    Q_OBJECT

private:
    CameraScanSource::Config feedConfig() const
    {
        CameraScanSource::Config config;
        config.frameSource = CameraScanSource::FrameSource::Feed;
        config.decode.decoder.supportDir = m_support.path();
        return config;
    }
    // Pushes a frame as the camera would and waits until the decoder has answered it (so each counts).
    [[nodiscard]] static bool pushAndWait(CameraScanSource &source, const QVideoFrame &frame)
    {
        const quint64 before = source.framesHandled();
        VideoFrameFeed(source.videoSink()).push(frame);
        return QTest::qWaitFor([&] { return source.framesHandled() > before; }, 20000);
    }
    // The first frame starts the decoder process, which under ASan on a loaded machine can take
    // longer than the voter's window for two agreeing 1D frames; tests about voting start it first.
    [[nodiscard]] static bool startDecoder(CameraScanSource &source)
    {
        return pushAndWait(source, VideoFrameLuma::nv12Frame(LumaImage(hd.width(), hd.height(), 190)));
    }
    QTemporaryDir m_support;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(sample(QStringLiteral("ean13-1/2.png"))))
            QSKIP("ZXing sample images not found under " OMNITOTE_SHARED_TESTDATA
                  "/barcodes (a clone without ../shared): camera feed tests need real photos");
        QVERIFY(m_support.isValid());
    }

    // A photo of an EAN-13 in a 720p NV12 frame, delivered twice as a camera would, is one ScanEvent.
    void decodesFramesFromTheSink()
    {
        CameraScanSource source(feedConfig());
        QSignalSpy scans(&source, &CameraScanSource::scanned);
        source.start();
        QCOMPARE(source.state(), ScanSource::State::Ready);
        QVERIFY(startDecoder(source));
        const QVideoFrame frame = frameOf(QStringLiteral("ean13-1/2.png"));
        QVERIFY(pushAndWait(source, frame));
        QCOMPARE(scans.size(), 0); // one frame of a 1D code is not enough (ScanVoter)
        QVERIFY(pushAndWait(source, frame));
        QCOMPARE(scans.size(), 1);
        const auto event = scans.first().first().value<ScanEvent>();
        QCOMPARE(event.source, ScanEvent::Source::Camera);
        QCOMPARE(event.symbology, QStringLiteral("EAN-13"));
        QCOMPARE(event.lookupKey(), QStringLiteral("08480010092271"));
        QVERIFY(event.capturedAtNs > 0 && event.emittedAtNs >= event.capturedAtNs);
    }

    // Only the scan area is decoded; what is read there is reported in whole-frame coordinates.
    void decodesOnlyTheScanAreaInFrameCoordinates()
    {
        CameraScanSource::Config config = feedConfig();
        config.decode.scanArea = QRectF(0.5, 0, 0.5, 1); // the right half
        CameraScanSource source(config);
        QSignalSpy scans(&source, &CameraScanSource::scanned);
        QSignalSpy inView(&source, &CameraScanSource::codesInView);
        source.start();
        QString error;
        const auto photo = LumaImage::load(sample(QStringLiteral("qrcode-1/1.png")), &error);
        QVERIFY2(photo, qPrintable(error));
        const QSize fullHd(1920, 1080);
        QVERIFY(photo->width() < fullHd.width() / 2 - 20 && photo->height() <= fullHd.height());
        const auto frameWithPhotoAt = [&](int left) {
            LumaImage frame(fullHd.width(), fullHd.height(), 190);
            for (int y = 0; y < photo->height(); ++y)
                std::copy_n(photo->row(y), photo->width(), frame.row(y + 300) + left);
            return VideoFrameFeed::frameFromLuma(frame, fullHd);
        };
        const int right = fullHd.width() - photo->width() - 20;
        QVERIFY(pushAndWait(source, frameWithPhotoAt(20))); // the left half: outside the area
        QVERIFY(pushAndWait(source, frameWithPhotoAt(20)));
        QCOMPARE(scans.size(), 0);
        QCOMPARE(inView.size(), 0);
        QVERIFY(pushAndWait(source, frameWithPhotoAt(right)));
        QCOMPARE(scans.size(), 1); // a QR Code counts on one frame
        QCOMPARE(inView.size(), 1);
        const auto barcodes = inView.first().at(0).value<QList<DecodedBarcode>>();
        QCOMPARE(inView.first().at(1).toSize(), fullHd);
        QCOMPARE(barcodes.size(), 1);
        for (const QPoint &corner : barcodes.first().position)
            QVERIFY2(corner.x() >= right && corner.x() < fullHd.width() && corner.y() >= 300,
                     qPrintable(QStringLiteral("corner at %1,%2").arg(corner.x()).arg(corner.y())));
    }

    // With nothing in view, the harder steps take turns, one per frame after the fast step
    // (harderDuty 1: no pause between them, so the order is all this checks).
    void harderStepsTakeTurnsOnEmptyFrames()
    {
        LatestFrameDecoder::Config config;
        config.decoder.supportDir = m_support.path();
        config.harderAfterEmptyFrames = 2;
        config.harderDuty = 1.0;
        LatestFrameDecoder decoder(config);
        QList<FrameOutcome> outcomes;
        connect(&decoder, &LatestFrameDecoder::frameDecoded, this,
                [&](const FrameOutcome &outcome) { outcomes.append(outcome); });
        const QVideoFrame empty = VideoFrameLuma::nv12Frame(LumaImage(640, 480, 200));
        for (int i = 0; i < 6; ++i) {
            decoder.submit(empty, scanClockNs());
            QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), i + 1, 20000);
        }
        QList<int> steps;
        for (const FrameOutcome &outcome : std::as_const(outcomes)) {
            QCOMPARE(outcome.result.status, SupervisedDecoder::Status::Ok);
            QCOMPARE(outcome.mode == DecoderProtocol::Mode::Stepped, outcome.cameraStep >= 0);
            steps.append(outcome.cameraStep);
        }
        QCOMPARE(steps, QList<int>({-1, -1, 0, 1, 2, 3}));
    }

    // Frames pushed far faster than they decode are dropped, not queued: memory stays flat, each
    // frame is either decoded or counted as dropped, and the newest frame is the one decoded last.
    void dropsFramesWhileBusyAndDecodesTheLatest()
    {
        CameraScanSource source(feedConfig());
        QSignalSpy scans(&source, &CameraScanSource::scanned);
        source.start();
        const LumaImage background(hd.width(), hd.height(), 190);
        const QVideoFrame latest = frameOf(QStringLiteral("qrcode-1/1.png"));

        const qint64 before = residentKiB();
        constexpr int burst = 600; // 600 distinct 720p frames: ~830 MB if they were queued
        for (int i = 0; i < burst; ++i) {
            LumaImage noise = background;
            noise.row(i % hd.height())[i % hd.width()] = 0; // distinct buffers, like a camera's
            source.videoSink()->setVideoFrame(VideoFrameLuma::nv12Frame(noise));
        }
        VideoFrameFeed(source.videoSink()).push(latest);
        const qint64 after = residentKiB();
        QTRY_VERIFY_WITH_TIMEOUT(source.framesHandled() + source.framesDropped() == burst + 1, 30000);

        QCOMPARE(source.framesReceived(), quint64(burst + 1));
        // Decodes go through a helper process; 600 frames pushed without a pause cannot all be decoded.
        QVERIFY2(source.framesDropped() > 0 && source.framesHandled() < quint64(burst),
                 qPrintable(QStringLiteral("dropped %1 of %2").arg(source.framesDropped()).arg(burst + 1)));
        // Queued, the burst would hold ~830 MB of frames. The bound is half that, not a few MB, because
        // ASan keeps freed memory in a quarantine (about 220 MB seen here) before reusing it.
        const qint64 queuedKiB = qint64(burst) * hd.width() * hd.height() * 3 / 2 / 1024;
        if (before > 0)
            QVERIFY2(after - before < queuedKiB / 2,
                     qPrintable(QStringLiteral("resident memory grew by %1 KiB").arg(after - before)));
        // The newest frame (a QR Code, accepted on one frame) was decoded, whatever was dropped.
        QTRY_COMPARE_WITH_TIMEOUT(scans.size(), 1, 20000);
        QVERIFY(scans.first().first().value<ScanEvent>().code.raw.contains(QLatin1String("MEBKM:URL")));
    }

    // Voting and dedupe: an EAN-13 held in view for 20 frames is one scan; a QR Code is accepted on
    // its first frame; the EAN shown again after leaving view for longer than the window scans again.
    void votesAndDeduplicates()
    {
        CameraScanSource::Config config = feedConfig();
        config.voting.repeatWindowMs = 1000;
        CameraScanSource source(config);
        QSignalSpy scans(&source, &CameraScanSource::scanned);
        source.start();
        const QVideoFrame ean = frameOf(QStringLiteral("ean13-1/2.png"));
        for (int i = 0; i < 20; ++i)
            QVERIFY(pushAndWait(source, ean));
        QCOMPARE(scans.size(), 1);

        QVERIFY(pushAndWait(source, frameOf(QStringLiteral("qrcode-1/1.png"))));
        QCOMPARE(scans.size(), 2);
        QCOMPARE(scans.last().first().value<ScanEvent>().symbology, QStringLiteral("QR Code"));

        QTest::qWait(1100); // out of view for longer than the repeat window
        QVERIFY(pushAndWait(source, ean));
        QVERIFY(pushAndWait(source, ean));
        QCOMPARE(scans.size(), 3);
        QCOMPARE(scans.last().first().value<ScanEvent>().lookupKey(), QStringLiteral("08480010092271"));
    }

    // rss14-2/13.png aborts Debian's ZXing with tryHarder (REFERENCE.md). Mid-stream it kills the decoder
    // process: the source reports the restart, stays Ready, and reads the next codes with a new process.
    void survivesDecoderCrashMidStream()
    {
        CameraScanSource::Config config = feedConfig();
        // Every frame gets ZXing's own default settings (tryHarder with DataBar: what aborts); our
        // Full pipeline reads this sample in its first, safe step, so it would not reach the abort.
        config.decode.harderAfterEmptyFrames = 0;
        config.decode.harderMode = DecoderProtocol::Mode::PlainZXing;
        CameraScanSource source(config);
        QSignalSpy scans(&source, &CameraScanSource::scanned);
        QSignalSpy restarted(&source, &CameraScanSource::decoderRestarted);
        source.start();
        QVERIFY(startDecoder(source));
        const QVideoFrame ean = frameOf(QStringLiteral("ean13-1/2.png"));
        QVERIFY(pushAndWait(source, ean));
        QVERIFY(pushAndWait(source, ean));
        QCOMPARE(scans.size(), 1);

        // At its own size, as the sample that aborts (NV12 keeps its even 360x240 exactly).
        QVERIFY(pushAndWait(source, frameOf(QStringLiteral("rss14-2/13.png"), QSize())));
        QCOMPARE(restarted.size(), 1);
        QVERIFY2(restarted.first().first().toString().contains(QLatin1String("crashed")),
                 qPrintable(restarted.first().first().toString()));
        QVERIFY(QFile::exists(restarted.first().at(1).toString())); // the frame is kept for support
        QCOMPARE(source.decoderRestarts(), 1);
        QCOMPARE(source.state(), ScanSource::State::Ready);
        QVERIFY2(source.statusText().contains(QLatin1String("restarted")), qPrintable(source.statusText()));

        QVERIFY(pushAndWait(source, frameOf(QStringLiteral("qrcode-1/1.png"))));
        QCOMPARE(scans.last().first().value<ScanEvent>().symbology, QStringLiteral("QR Code"));
    }

    // This machine has no camera: the real QMediaDevices says so and the source is Unavailable.
    void noCameraIsUnavailable_data()
    {
        QTest::addColumn<QString>("device");
        QTest::newRow("auto") << QStringLiteral("auto");
        QTest::newRow("by name") << QStringLiteral("Front Camera");
    }
    void noCameraIsUnavailable()
    {
        QFETCH(QString, device);
        if (!QMediaDevices::videoInputs().isEmpty())
            QSKIP("this machine has a camera; the no-camera state cannot be shown here");
        CameraScanSource::Config config;
        config.device = device;
        config.decode.decoder.supportDir = m_support.path();
        CameraScanSource source(config);
        QSignalSpy changed(&source, &ScanSource::stateChanged);
        source.start();
        QCOMPARE(source.state(), ScanSource::State::Unavailable);
        QCOMPARE(source.statusText(), QStringLiteral("No camera found"));
        QVERIFY(changed.size() >= 1);
        source.stop();
        QCOMPARE(source.state(), ScanSource::State::Stopped);
    }
};

QTEST_MAIN(CameraScanSourceTest)
#include "camerascansourcetest.moc"
