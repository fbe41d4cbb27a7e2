// SPDX-License-Identifier: MIT
// Real libnfc (pn532_uart driver) + LibNfcReader's worker thread against the PN532 emulator on a pty.
#include <libnfcreader.h>
#include <nfcdump.h>
#include <pn532emulator.h>

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Omnitote;
using namespace Omnitote::Testing;

namespace {

const QByteArray uidA = QByteArray::fromHex("046d771da9e396");
const QByteArray uidB = QByteArray::fromHex("047c020c6eca9a");
const QString shopPrefix = QStringLiteral("https://shop.northfield.example/p/");

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
};

QTEST_GUILESS_MAIN(LibNfcReaderTest)
#include "libnfcreadertest.moc"
