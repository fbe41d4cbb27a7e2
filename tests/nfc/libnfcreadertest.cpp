// SPDX-License-Identifier: MIT
// Real libnfc (pn532_uart driver) + LibNfcReader's worker thread against the PN532 emulator on a pty.
#include <libnfcreader.h>
#include <nfcdump.h>
#include <pn532emulator.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Omnitote;
using namespace Omnitote::Testing;

namespace {

const QByteArray uidA = QByteArray::fromHex("046d771da9e396");
const QByteArray uidB = QByteArray::fromHex("047c020c6eca9a");
const QString shopPrefix = QStringLiteral("https://shop.northfield.example/p/");

// A URI record too long for a short record (4-byte payload length), "https://" as prefix code 4.
QByteArray longUriMessage(const QString &url)
{
    const QByteArray payload = char(0x04) + url.mid(8).toUtf8();
    return QByteArray::fromHex("c101")
        + QByteArray::fromHex(QByteArray::number(payload.size(), 16).rightJustified(8, '0')) + QByteArray("U")
        + payload;
}

} // namespace

class LibNfcReaderTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Pn532Emulator> m_emulator;
    std::unique_ptr<LibNfcReader> m_reader;
    std::unique_ptr<QSignalSpy> m_scans;

    static constexpr int waitMs = 10000; // generous: the asan build on a busy 2-core machine

    ScanEvent nextScan()
    {
        if (m_scans->isEmpty() && !m_scans->wait(waitMs))
            return {};
        return m_scans->takeFirst().at(0).value<ScanEvent>();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_emulator = std::make_unique<Pn532Emulator>(m_dir.filePath(QStringLiteral("ttyNFC")));
        QString error;
        QVERIFY2(m_emulator->start(&error), qPrintable(error));
        NfcReaderWorker::Settings settings;
        settings.connstring = m_emulator->connstring();
        settings.productUrlPrefixes = {shopPrefix};
        settings.reopenIntervalMs = 100;
        m_reader = std::make_unique<LibNfcReader>(settings);
        m_scans = std::make_unique<QSignalSpy>(m_reader.get(), &ScanSource::scanned);
        m_reader->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_reader->state(), ScanSource::State::Ready, waitMs);
    }
    void cleanup()
    {
        m_scans.reset();
        m_reader.reset();
        m_emulator.reset();
    }

    void productUrlTag()
    {
        m_emulator->placeTag(VirtualNtag::withNdef(VirtualNtag::Type::Ntag213, uidA,
                                                   ndefUriMessage(shopPrefix + QStringLiteral("NP-100133"))));
        const ScanEvent event = nextScan();
        QCOMPARE(event.source, ScanEvent::Source::Nfc);
        QCOMPARE(event.symbology, QStringLiteral("NDEF URI"));
        QCOMPARE(event.lookupKey(), shopPrefix + QStringLiteral("NP-100133"));
        QCOMPARE(event.sourceId, m_emulator->connstring());
        QVERIFY(event.capturedAtNs >= m_emulator->tagPlacedAtNs());
        QVERIFY(m_emulator->commandCount(0x4a) > 0);
    }

    // Every real dump in ../shared/testdata/nfc, read through libnfc. With youtu.be as a "product"
    // prefix, the dumps whose first record is such a URI resolve to it; the rest by UID.
    void sharedDumps_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("firstRecord");
        QFile decoded(QStringLiteral(OMNITOTE_SHARED_TESTDATA "/nfc/decoded.jsonl"));
        if (!decoded.open(QIODevice::ReadOnly))
            QSKIP("no " OMNITOTE_SHARED_TESTDATA "/nfc (third-party data lives beside the repo)");
        while (!decoded.atEnd()) {
            const QJsonObject row = QJsonDocument::fromJson(decoded.readLine()).object();
            const QString file = row.value(QStringLiteral("file")).toString();
            QTest::newRow(qPrintable(file)) << QStringLiteral(OMNITOTE_SHARED_TESTDATA "/nfc/") + file
                                            << row.value(QStringLiteral("ndef")).toArray().first().toString();
        }
        QDirIterator noNdef(QStringLiteral(OMNITOTE_SHARED_TESTDATA "/nfc/flipper_no_ndef"), QDir::Files);
        while (noNdef.hasNext()) {
            const QString path = noNdef.next();
            QTest::newRow(qPrintable(noNdef.fileName())) << path << QString();
        }
    }
    void sharedDumps()
    {
        QFETCH(QString, path);
        QFETCH(QString, firstRecord);
        QString error;
        const auto dump = readNfcTagDump(path, &error);
        if (!dump)
            QSKIP(qPrintable(QStringLiteral("not a loadable dump (covered by the dump tests): ") + error));
        const auto tag = VirtualNtag::fromDump(*dump, &error);
        QVERIFY2(tag, qPrintable(error));
        m_reader.reset();
        NfcReaderWorker::Settings settings;
        settings.connstring = m_emulator->connstring();
        settings.productUrlPrefixes = {QStringLiteral("https://youtu.be/")};
        m_reader = std::make_unique<LibNfcReader>(settings);
        m_scans = std::make_unique<QSignalSpy>(m_reader.get(), &ScanSource::scanned);
        m_reader->start();
        m_emulator->placeTag(*tag);
        const ScanEvent event = nextScan();
        QCOMPARE(event.source, ScanEvent::Source::Nfc);
        const QString youtube = QStringLiteral("WellKnown:U uri=https://youtu.be/");
        if (firstRecord.startsWith(youtube)) {
            QCOMPARE(event.symbology, QStringLiteral("NDEF URI"));
            QCOMPARE(event.lookupKey(),
                     firstRecord.section(QStringLiteral("; "), 0, 0).mid(youtube.size() - 17));
        } else {
            QCOMPARE(event.symbology, QStringLiteral("NFC UID"));
            QCOMPARE(event.lookupKey(),
                     QStringLiteral("nfc:") + QString::fromLatin1(dump->uid.toHex().toUpper()));
        }
    }

    void tagsWeBuild_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("ndef");
        QTest::addColumn<QString>("symbology");
        QTest::addColumn<QString>("lookupKey");
        const QString longPath = QString(600, u'x');
        QTest::newRow("NTAG215 product URL")
            << int(VirtualNtag::Type::Ntag215) << ndefUriMessage(shopPrefix + QStringLiteral("NP-100115"))
            << "NDEF URI" << shopPrefix + QStringLiteral("NP-100115");
        QTest::newRow("NTAG216 long product URL, 3-byte TLV length")
            << int(VirtualNtag::Type::Ntag216) << QByteArray() << "NDEF URI" << shopPrefix + longPath;
        QTest::newRow("Digital Link on any host")
            << int(VirtualNtag::Type::Ntag213)
            << ndefUriMessage(QStringLiteral("https://id.gs1.org/01/04740168000134")) << "NDEF URI"
            << "04740168000134";
        QTest::newRow("GTIN in a Text record")
            << int(VirtualNtag::Type::Ntag213)
            << ndefTextMessage(QStringLiteral("en"), QStringLiteral("4740168000134")) << "NDEF Text"
            << "04740168000134";
        QTest::newRow("foreign URL falls back to UID")
            << int(VirtualNtag::Type::Ntag213)
            << ndefUriMessage(QStringLiteral("https://evil.example/p/NP-100133")) << "NFC UID"
            << "nfc:046D771DA9E396";
        QTest::newRow("look-alike host falls back to UID")
            << int(VirtualNtag::Type::Ntag213)
            << ndefUriMessage(QStringLiteral("https://shop.northfield.example.evil.example/p/NP-100133"))
            << "NFC UID"
            << "nfc:046D771DA9E396";
        QTest::newRow("blank tag") << int(VirtualNtag::Type::Ntag216) << QByteArray() << "NFC UID"
                                   << "nfc:046D771DA9E396";
    }
    void tagsWeBuild()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, ndef);
        QFETCH(QString, symbology);
        QFETCH(QString, lookupKey);
        if (ndef.isEmpty() && symbology == u"NDEF URI")
            ndef = longUriMessage(lookupKey);
        m_emulator->placeTag(VirtualNtag::withNdef(VirtualNtag::Type(type), uidA, ndef));
        const ScanEvent event = nextScan();
        QCOMPARE(event.symbology, symbology);
        QCOMPARE(event.lookupKey(), lookupKey);
    }

    // A tag resting on the reader is read once; swapping it for another is a new scan.
    void restingTagOnceThenSwap()
    {
        m_emulator->placeTag(VirtualNtag::blank(VirtualNtag::Type::Ntag213, uidA));
        QCOMPARE(nextScan().lookupKey(), QStringLiteral("nfc:046D771DA9E396"));
        const int polls = m_emulator->commandCount(0x4a);
        QTRY_VERIFY_WITH_TIMEOUT(m_emulator->commandCount(0x4a) >= polls + 5, waitMs);
        QCOMPARE(m_scans->count(), 0);
        m_emulator->placeTag(VirtualNtag::blank(VirtualNtag::Type::Ntag215, uidB));
        QCOMPARE(nextScan().lookupKey(), QStringLiteral("nfc:047C020C6ECA9A"));
        // Lifted and tapped again: a new scan of the same tag.
        m_emulator->removeTag();
        const int pollsAfter = m_emulator->commandCount(0x4a);
        QTRY_VERIFY_WITH_TIMEOUT(m_emulator->commandCount(0x4a) >= pollsAfter + 2, waitMs);
        m_emulator->placeTag(VirtualNtag::blank(VirtualNtag::Type::Ntag215, uidB));
        QCOMPARE(nextScan().lookupKey(), QStringLiteral("nfc:047C020C6ECA9A"));
    }

    // Pulled away between two reads: no scan (never half a tag), a clear status, and the next tap works.
    void tagPulledMidRead()
    {
        const QString url = shopPrefix + QString(300, u'y');
        const VirtualNtag tag = VirtualNtag::withNdef(VirtualNtag::Type::Ntag216, uidA, longUriMessage(url));
        m_emulator->placeTag(tag);
        m_emulator->removeTagAfterReads(2); // page 0, one FAST_READ, then gone
        QTRY_VERIFY_WITH_TIMEOUT(m_reader->statusText().contains(QLatin1String("tap again")), waitMs);
        QCOMPARE(m_scans->count(), 0);
        QCOMPARE(m_reader->state(), ScanSource::State::Ready);
        m_emulator->placeTag(tag);
        const ScanEvent event = nextScan();
        QCOMPARE(event.lookupKey(), url);
    }

    // Unplugged: the state says so; plugged back in: reading resumes without a restart.
    void readerUnpluggedAndReplugged()
    {
        m_emulator->unplug();
        QTRY_VERIFY_WITH_TIMEOUT(m_reader->state() != ScanSource::State::Ready, waitMs);
        QVERIFY(!m_reader->statusText().isEmpty());
        QString error;
        QVERIFY2(m_emulator->replug(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(m_reader->state(), ScanSource::State::Ready, waitMs);
        m_emulator->placeTag(VirtualNtag::blank(VirtualNtag::Type::Ntag213, uidB));
        QCOMPARE(nextScan().lookupKey(), QStringLiteral("nfc:047C020C6ECA9A"));
    }

    void stopPowersTheReaderDown()
    {
        QSignalSpy states(m_reader.get(), &ScanSource::stateChanged);
        m_reader->stop();
        QTRY_COMPARE_WITH_TIMEOUT(m_reader->state(), ScanSource::State::Stopped, waitMs);
        QVERIFY(m_emulator->commandCount(0x16) > 0); // PowerDown from nfc_close
        m_reader->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_reader->state(), ScanSource::State::Ready, waitMs);
    }

    // A scan router may stop and start a source back to back: the start must not be lost.
    void startRightAfterStop()
    {
        QList<ScanSource::State> states;
        connect(m_reader.get(), &ScanSource::stateChanged, this, [&] { states << m_reader->state(); });
        m_reader->stop();
        m_reader->start();
        QTRY_VERIFY_WITH_TIMEOUT(states.contains(ScanSource::State::Stopped)
                                     && states.constLast() == ScanSource::State::Ready,
                                 waitMs);
        m_emulator->placeTag(VirtualNtag::blank(VirtualNtag::Type::Ntag213, uidA));
        QCOMPARE(nextScan().lookupKey(), QStringLiteral("nfc:046D771DA9E396"));
    }

    void noReaderIsUnavailable()
    {
        m_emulator->unplug();
        m_reader.reset();
        NfcReaderWorker::Settings settings;
        settings.connstring = m_emulator->connstring();
        LibNfcReader reader(settings);
        reader.start();
        QTRY_COMPARE_WITH_TIMEOUT(reader.state(), ScanSource::State::Unavailable, waitMs);
        QVERIFY(reader.statusText().contains(m_emulator->connstring()));
    }
};

QTEST_GUILESS_MAIN(LibNfcReaderTest)
#include "libnfcreadertest.moc"
