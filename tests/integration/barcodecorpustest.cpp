// SPDX-License-Identifier: MIT
// ZXing-C++'s own sample photos (testdata/barcodes, tag v1.4.0) through our pipeline: image file ->
// supervised decoder -> ScanEvent. Each retail folder must pass at least as many images as ZXing's
// reference count for that folder (expectations_v1.4.0.tsv, read at run time; the larger of its
// fast and slow minimums at rotation 0).
#include <lumaimage.h>
#include <superviseddecoder.h>

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace Omnitote;

namespace {

const QString barcodesDir = QStringLiteral(OMNITOTE_SHARED_TESTDATA "/barcodes");

// Reference format names (ZXing's enum names) to ours.
QString ourFormatName(const QString &reference)
{
    static const QMap<QString, QString> names {
        {QStringLiteral("Code128"), QStringLiteral("Code 128")},
        {QStringLiteral("DataBar"), QStringLiteral("GS1 DataBar")},
        {QStringLiteral("DataBarExpanded"), QStringLiteral("GS1 DataBar Expanded")},
        {QStringLiteral("QRCode"), QStringLiteral("QR Code")},
    };
    return names.value(reference, reference);
}

struct Folder
{
    QString name;
    QString format;
    int reference = 0;
};

QList<Folder> retailFolders()
{
    QFile file(barcodesDir + QStringLiteral("/expectations_v1.4.0.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QMap<QString, Folder> folders;
    const QList<QByteArray> lines = file.readAll().split('\n');
    const QList<QByteArray> header = lines.value(0).split('\t');
    const auto column = [&](const char *name) {
        return header.indexOf(QByteArray(name));
    };
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines.at(i).split('\t');
        if (cells.size() < header.size() || cells.at(column("test_kind")) != "runTests"
            || cells.at(column("rotation")) != "0" || cells.at(column("mode")) == "pure")
            continue;
        Folder &folder = folders[QString::fromUtf8(cells.at(column("folder")))];
        folder.name = QString::fromUtf8(cells.at(column("folder")));
        folder.format = ourFormatName(QString::fromUtf8(cells.at(column("format"))));
        folder.reference = std::max(folder.reference, cells.at(column("min_pass")).toInt());
    }
    return folders.values();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class BarcodeCorpusTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(barcodesDir + QStringLiteral("/expectations_v1.4.0.tsv")))
            QSKIP("ZXing sample images not found under " OMNITOTE_SHARED_TESTDATA
                  " (a clone without ../shared)");
    }

    void folders_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("reference");
        QList<Folder> folders = retailFolders();
        QVERIFY(folders.size() >= 30);
#if defined(__SANITIZE_ADDRESS__)
        // ASan: a sixth of the folders keeps CI within budget; ASan is here for memory errors.
        QList<Folder> subset;
        for (qsizetype i = 0; i < folders.size(); i += 6)
            subset.append(folders.at(i));
        qInfo("ASan build: checking %lld of %lld folders (every sixth)", qlonglong(subset.size()),
              qlonglong(folders.size()));
        folders = subset;
#endif
        for (const Folder &folder : folders)
            QTest::newRow(qPrintable(folder.name)) << folder.name << folder.format << folder.reference;
    }

    void folders()
    {
        QFETCH(QString, folder);
        QFETCH(QString, format);
        QFETCH(int, reference);
        QTemporaryDir support;
        SupervisedDecoder::Config config;
        config.supportDir = support.path();
        SupervisedDecoder decoder(config);

        const QDir dir(barcodesDir + u'/' + folder);
        const QStringList images =
            dir.entryList({QStringLiteral("*.png"), QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
        QVERIFY(!images.isEmpty());
        int passed = 0;
        int crashed = 0;
        for (const QString &image : images) {
            const QString base = dir.filePath(QFileInfo(image).completeBaseName());
            const bool hasText = QFile::exists(base + QStringLiteral(".txt"));
            const QByteArray expected =
                readFile(base + (hasText ? QStringLiteral(".txt") : QStringLiteral(".bin")));
            QString error;
            const auto frame = LumaImage::load(dir.filePath(image), &error);
            QVERIFY2(frame, qPrintable(error));
            const auto result = decoder.decode(*frame, DecoderProtocol::Mode::Full);
            crashed += result.status == SupervisedDecoder::Status::Crashed;
            for (const DecodedBarcode &barcode : result.barcodes) {
                const ScanEvent event = barcode.toScanEvent(ScanEvent::Source::ImageFile, image, 0);
                // Outside the add-on folders ZXing's reference ignores add-ons; we read them when present.
                const bool sameText = barcode.text.toUtf8() == expected
                    || (!barcode.addOn.isEmpty() && barcode.text.section(u' ', 0, 0).toUtf8() == expected);
                const bool same = hasText ? sameText : event.rawBytes == expected;
                if (event.symbology == format && same) {
                    ++passed;
                    break;
                }
            }
        }
        qInfo("%-22s %-22s ours %3d / %3lld images, reference %3d, worker crashes %d", qPrintable(folder),
              qPrintable(format), passed, qlonglong(images.size()), reference, crashed);
        QVERIFY2(
            passed >= reference,
            qPrintable(
                QStringLiteral("%1 of %2 read, reference %3").arg(passed).arg(images.size()).arg(reference)));
    }

    // The GS1 samples (testdata/gs1/zxing_v1.4.0_gs1_expected_texts.tsv): what our decoder hands the
    // app must classify exactly like ZXing's reference text with its AIM identifier, so the AIM
    // identifier and GS separators survive the worker, the pipe and the ScanEvent.
    void gs1SamplesThroughScanEvent()
    {
        QFile file(QStringLiteral(OMNITOTE_SHARED_TESTDATA "/gs1/zxing_v1.4.0_gs1_expected_texts.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("GS1 sample texts not found under " OMNITOTE_SHARED_TESTDATA "/gs1");
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
#if defined(__SANITIZE_ADDRESS__)
        constexpr int stride = 8;
        qInfo("ASan build: every 8th GS1 sample");
#else
        constexpr int stride = 1;
#endif
        QTemporaryDir support;
        SupervisedDecoder::Config config;
        config.supportDir = support.path();
        SupervisedDecoder decoder(config);
        int rows = 0;
        int read = 0;
        QStringList mismatches;
        for (qsizetype i = 1; i < lines.size(); i += stride) {
            const QStringList fields = lines.at(i).split(u'\t');
            QVERIFY(fields.size() >= 4);
            ++rows;
            QString expected = fields.at(2);
            expected.replace(QStringLiteral("<GS>"), QString(QChar(0x1d)));
            const qsizetype at = fields.at(3).indexOf(QLatin1String("symbologyIdentifier="));
            const QString symbology = at >= 0 ? fields.at(3).mid(at + 20, 3) : QString();
            QString error;
            const auto frame =
                LumaImage::load(QStringLiteral(OMNITOTE_SHARED_TESTDATA "/") + fields.at(0), &error);
            QVERIFY2(frame, qPrintable(error));
            const auto result = decoder.decode(*frame, DecoderProtocol::Mode::Full);
            for (const DecodedBarcode &barcode : result.barcodes) {
                if (barcode.text != expected)
                    continue;
                ++read;
                const ScanEvent event = barcode.toScanEvent(ScanEvent::Source::ImageFile, fields.at(0), 0);
                const ScannedCode reference = parseScannedCode(symbology + expected);
                if (event.code.kind != reference.kind || event.code.gtin != reference.gtin
                    || event.code.ok() != reference.ok() || event.code.ais.size() != reference.ais.size())
                    mismatches.append(fields.at(0) + u' ' + barcode.scannerPayload());
                break;
            }
        }
        qInfo("GS1 samples: %d rows, %d read with the reference text, %lld classified differently", rows,
              read, qlonglong(mismatches.size()));
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
        QVERIFY(read * 10 >= rows * 9);
    }
};

QTEST_GUILESS_MAIN(BarcodeCorpusTest)
#include "barcodecorpustest.moc"
