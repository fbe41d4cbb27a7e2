// SPDX-License-Identifier: MIT
// SupervisedDecoder against the real omnitote-decoder process and ZXing-C++'s own sample images,
// including the ones that make Debian's ZXing 1.4.0 abort (see testdata/barcodes/REFERENCE.md).
#include <decoderprotocol.h>
#include <lumaimage.h>
#include <superviseddecoder.h>

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Omnitote;

class SupervisedDecoderTest : public QObject
{
    Q_OBJECT

private:
    static QString sample(const QString &relative)
    {
        return QStringLiteral(OMNITOTE_SHARED_TESTDATA "/barcodes/") + relative;
    }
    static LumaImage load(const QString &path)
    {
        QString error;
        const auto image = LumaImage::load(path, &error);
        if (!image)
            qFatal("cannot load %s: %s", qPrintable(path), qPrintable(error));
        return *image;
    }
    SupervisedDecoder::Config config() const
    {
        SupervisedDecoder::Config config;
        config.supportDir = m_support.path();
        return config;
    }
    QTemporaryDir m_support;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(sample(QStringLiteral("rss14-2/13.png"))))
            QSKIP("ZXing sample images not found under " OMNITOTE_SHARED_TESTDATA
                  " (a clone without ../shared)");
        QVERIFY(m_support.isValid());
    }

    // rss14-2/13.png and 8.png abort ZXing's ReadBarcodes with its default hints (REFERENCE.md): the
    // worker dies, the frame is answered as crashed and saved, and the next image decodes normally.
    void abortingImagesDoNotStopDecoding_data()
    {
        QTest::addColumn<QString>("aborting");
        QTest::newRow("rss14-2/13") << QStringLiteral("rss14-2/13.png");
        QTest::newRow("rss14-2/8") << QStringLiteral("rss14-2/8.png");
    }
    void abortingImagesDoNotStopDecoding()
    {
        QFETCH(QString, aborting);
        SupervisedDecoder decoder(config());
        QSignalSpy crashed(&decoder, &SupervisedDecoder::workerCrashed);
        const LumaImage frame = load(sample(aborting));

        const auto result = decoder.decode(frame, DecoderProtocol::Mode::PlainZXing);
        QCOMPARE(result.status, SupervisedDecoder::Status::Crashed);
        QVERIFY2(result.error.contains(QLatin1String("crashed")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("Assertion")), qPrintable(result.error));
        QCOMPARE(crashed.size(), 1);
        QCOMPARE(decoder.crashes(), 1);

        // The saved frame is exactly the frame that crashed, readable by any image tool.
        QVERIFY(QFile::exists(result.savedFrame));
        const LumaImage saved = load(result.savedFrame);
        QCOMPARE(saved.width(), frame.width());
        QCOMPARE(saved.height(), frame.height());
        QVERIFY(std::equal(saved.data(), saved.data() + saved.byteCount(), frame.data()));

        // The kiosk side keeps going: a new worker reads the next image.
        const auto next = decoder.decode(load(sample(QStringLiteral("ean13-1/1.png"))));
        QCOMPARE(next.status, SupervisedDecoder::Status::Ok);
        QCOMPARE(next.barcodes.size(), 1);
        QCOMPARE(next.barcodes.first().text, QStringLiteral("8413000065504"));
        QCOMPARE(decoder.restarts(), 1);

        // Our own pipeline reads the image that aborts plain ZXing (02001234567893 per the sample's .txt).
        const auto ours = decoder.decode(frame, DecoderProtocol::Mode::Full);
        QCOMPARE(ours.barcodes.size(), 1);
        QCOMPARE(ours.barcodes.first().text, QStringLiteral("02001234567893"));
    }

    void restartsAreRateLimited()
    {
        SupervisedDecoder::Config limited = config();
        limited.maxRestarts = 1;
        limited.pauseMs = 60000;
        SupervisedDecoder decoder(limited);
        const LumaImage aborting = load(sample(QStringLiteral("rss14-2/13.png")));
        QCOMPARE(decoder.decode(aborting, DecoderProtocol::Mode::PlainZXing).status,
                 SupervisedDecoder::Status::Crashed);
        QCOMPARE(decoder.decode(aborting, DecoderProtocol::Mode::PlainZXing).status,
                 SupervisedDecoder::Status::Crashed);
        // A third start within the window would exceed maxRestarts: the decoder pauses instead.
        const auto paused = decoder.decode(load(sample(QStringLiteral("ean13-1/1.png"))));
        QCOMPARE(paused.status, SupervisedDecoder::Status::Unavailable);
        QVERIFY2(paused.error.contains(QLatin1String("paused")), qPrintable(paused.error));
        QCOMPARE(decoder.decode(aborting).status, SupervisedDecoder::Status::Unavailable);
        QCOMPARE(decoder.crashes(), 2);
    }

    void missingWorkerIsUnavailable()
    {
        SupervisedDecoder::Config broken = config();
        broken.workerPath = m_support.filePath(QStringLiteral("no-such-decoder"));
        SupervisedDecoder decoder(broken);
        const auto result = decoder.decode(LumaImage(64, 64, 255));
        QCOMPARE(result.status, SupervisedDecoder::Status::Unavailable);
        QVERIFY2(result.error.contains(QLatin1String("cannot start decoder")), qPrintable(result.error));
    }

    // A GS1 DataMatrix keeps its AIM identifier (]d2) and GS separators, so the ScanEvent has AIs.
    void gs1DataMatrixBecomesScanEventWithAis()
    {
        SupervisedDecoder decoder(config());
        const auto result =
            decoder.decode(load(sample(QStringLiteral("datamatrix-1/gs1-figure-4.15.1-2-32x32.png"))));
        QCOMPARE(result.barcodes.size(), 1);
        const DecodedBarcode &barcode = result.barcodes.first();
        QCOMPARE(barcode.symbologyId, QStringLiteral("]d2"));
        QCOMPARE(barcode.position.size(), 4);
        const ScanEvent event =
            barcode.toScanEvent(ScanEvent::Source::ImageFile, QStringLiteral("test"), scanClockNs());
        QCOMPARE(event.symbology, QStringLiteral("DataMatrix"));
        QCOMPARE(event.code.kind, ScannedCode::Kind::Gs1ElementString);
        QVERIFY2(event.code.ok(), qPrintable(event.code.error));
        QCOMPARE(event.code.gtin, QStringLiteral("09504000059101"));
        QCOMPARE(event.lookupKey(), QStringLiteral("09504000059101"));
        QStringList ais;
        for (const auto &element : event.code.ais)
            ais.append(element.ai + u'=' + element.value);
        QCOMPARE(
            ais.join(u' '),
            QStringLiteral(
                "01=09504000059101 21=12345678p901 10=1234567p 17=141120 8200=http://www.gs1.org/demo/"));
    }

    // Frames of changing sizes through shared memory (it grows, the worker remaps) read exactly
    // what the same frames read down the pipe.
    void sharedMemoryAndPipeGiveTheSameAnswers()
    {
        SupervisedDecoder shared(config());
        QVERIFY(shared.usesSharedMemory());
        SupervisedDecoder::Config pipeConfig = config();
        pipeConfig.sharedMemory = false;
        SupervisedDecoder piped(pipeConfig);
        QVERIFY(!piped.usesSharedMemory());
        const LumaImage small = load(sample(QStringLiteral("ean13-1/1.png")));
        LumaImage large(1920, 1080, 255); // the same photo pasted into a bigger, white frame
        for (int y = 0; y < small.height(); ++y)
            std::copy_n(small.row(y), small.width(), large.row(y + 300) + 640);
        const LumaImage *sequence[] = {&small, &large, &small};
        for (const LumaImage *frame : sequence) {
            const auto viaMemory = shared.decode(*frame, DecoderProtocol::Mode::Full);
            const auto viaPipe = piped.decode(*frame, DecoderProtocol::Mode::Full);
            QCOMPARE(viaMemory.status, SupervisedDecoder::Status::Ok);
            QCOMPARE(viaMemory.barcodes.size(), 1);
            QCOMPARE(viaMemory.barcodes.first().text, QStringLiteral("8413000065504"));
            QCOMPARE(viaPipe.barcodes.size(), 1);
            QCOMPARE(viaPipe.barcodes.first().text, viaMemory.barcodes.first().text);
            QCOMPARE(viaPipe.barcodes.first().position, viaMemory.barcodes.first().position);
        }
        QCOMPARE(shared.restarts(), 0);
    }

    // Stepped (a camera's harder pass): the fast step, then only the named camera step.
    void steppedModeRunsAtMostTwoSteps()
    {
        SupervisedDecoder decoder(config());
        const LumaImage readable = load(sample(QStringLiteral("ean13-1/1.png")));
        const LumaImage blank(640, 480, 200);
        for (int step = 0; step < 8; ++step) {
            const auto read = decoder.decode(readable, DecoderProtocol::Mode::Stepped, step);
            QCOMPARE(read.barcodes.size(), 1);
            QCOMPARE(read.step, QStringLiteral("fast"));
            QCOMPARE(read.stepsTried, 1);
            const auto empty = decoder.decode(blank, DecoderProtocol::Mode::Stepped, step);
            QCOMPARE(empty.status, SupervisedDecoder::Status::Ok);
            QVERIFY(empty.barcodes.isEmpty());
            QCOMPARE(empty.stepsTried, 2);
        }
    }

    // A request that says its pixels are in shared memory the worker never got is refused with a
    // reason on stderr and a non-zero exit: never a decode of whatever memory happens to be there.
    void workerRefusesPixelsItCannotSee()
    {
        QProcess worker;
        worker.start(SupervisedDecoder::defaultWorkerPath(), {});
        QVERIFY(worker.waitForStarted());
        worker.write(DecoderProtocol::encodeRequestHeader(
            {1, 640, 480, DecoderProtocol::Mode::Fast, 0, DecoderProtocol::pixelsInSharedMemory}));
        worker.closeWriteChannel();
        QVERIFY(worker.waitForFinished(10000));
        QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
        QCOMPARE(worker.exitCode(), 2);
        QVERIFY(worker.readAllStandardOutput().isEmpty());
        QVERIFY(worker.readAllStandardError().contains("frame pixels missing"));
    }

    void protocolRejectsImpossibleFrames()
    {
        QByteArray header = DecoderProtocol::encodeRequestHeader({7, 640, 480, DecoderProtocol::Mode::Full});
        QVERIFY(DecoderProtocol::decodeRequestHeader(header.constData()).has_value());
        header = DecoderProtocol::encodeRequestHeader({7, 100000, 480, DecoderProtocol::Mode::Full});
        QVERIFY(!DecoderProtocol::decodeRequestHeader(header.constData()).has_value());
        header = DecoderProtocol::encodeRequestHeader({7, 0, 480, DecoderProtocol::Mode::Full});
        QVERIFY(!DecoderProtocol::decodeRequestHeader(header.constData()).has_value());
        header = DecoderProtocol::encodeRequestHeader({7, 640, 480, DecoderProtocol::Mode::Stepped, 3, 0});
        QCOMPARE(DecoderProtocol::decodeRequestHeader(header.constData())->step, 3);
        header = DecoderProtocol::encodeRequestHeader({7, 640, 480, DecoderProtocol::Mode::Stepped, 256, 0});
        QVERIFY(!DecoderProtocol::decodeRequestHeader(header.constData()).has_value());
        header = DecoderProtocol::encodeRequestHeader({7, 640, 480, DecoderProtocol::Mode::Fast, 0, 2});
        QVERIFY(!DecoderProtocol::decodeRequestHeader(header.constData()).has_value());
        header = DecoderProtocol::encodeRequestHeader({7, 640, 480, DecoderProtocol::Mode(5), 0, 0});
        QVERIFY(!DecoderProtocol::decodeRequestHeader(header.constData()).has_value());
        header[0] = 'X';
        QVERIFY(!DecoderProtocol::decodeRequestHeader(header.constData()).has_value());
    }
};

QTEST_GUILESS_MAIN(SupervisedDecoderTest)
#include "superviseddecodertest.moc"
