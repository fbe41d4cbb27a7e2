// SPDX-License-Identifier: MIT
// Tap to product: PN532 emulator -> real libnfc -> LibNfcReader thread -> ScanEvent -> ProductController
// -> /v1/lookup on a real omnitote-server (SQLite, loopback) -> the product the shopper sees.
#include "testserver.h"

#include <backendapi.h>
#include <httpclient.h>
#include <libnfcreader.h>
#include <nfcdump.h>
#include <pn532emulator.h>
#include <productcontroller.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Omnitote;
using namespace Omnitote::Testing;

class NfcProductE2eTest : public QObject
{
    Q_OBJECT

    TestServer m_server;
    HttpClient m_http;
    BackendApi m_api {&m_http};
    QTemporaryDir m_dir;
    std::unique_ptr<Pn532Emulator> m_emulator;
    std::unique_ptr<LibNfcReader> m_reader;
    std::unique_ptr<ProductController> m_controller;

    // What the shopper sees after a tap: the product id on screen, or the error.
    QString tapAndShow(const VirtualNtag &tag)
    {
        QSignalSpy changed(m_controller.get(), &ProductController::changed);
        m_emulator->placeTag(tag);
        const auto settled = [this] {
            return m_controller->status() == ProductController::Status::Ready
                || m_controller->status() == ProductController::Status::Error;
        };
        while (!settled() || changed.isEmpty()) {
            if (!changed.wait(15000))
                return QStringLiteral("(nothing shown)");
        }
        // Lifted: let the reader see the empty field before the next tap (a tag resting there is read once).
        m_emulator->removeTag();
        const int polls = m_emulator->commandCount(0x4a);
        if (!QTest::qWaitFor([&] { return m_emulator->commandCount(0x4a) >= polls + 2; }, 10000))
            return QStringLiteral("(reader stopped polling)");
        return m_controller->status() == ProductController::Status::Ready ? m_controller->productId()
                                                                          : m_controller->errorMessage();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(TestServer::Backend::Sqlite, &error), qPrintable(error));
        m_api.setBaseUrl(m_server.baseUrl());
        m_api.setToken(m_server.token(Server::Principal::Role::Device));
        m_emulator = std::make_unique<Pn532Emulator>(m_dir.filePath(QStringLiteral("ttyNFC")));
        QVERIFY2(m_emulator->start(&error), qPrintable(error));

        NfcReaderWorker::Settings settings;
        settings.connstring = m_emulator->connstring();
        // The retailer's own product pages are the only URLs a tag may point at.
        settings.productUrlPrefixes = {
            m_server.runtime().storage().retailer().value(QStringLiteral("productUrlPrefix")).toString()};
        QCOMPARE(settings.productUrlPrefixes.first(), QStringLiteral("https://shop.northfield.example/p/"));
        m_reader = std::make_unique<LibNfcReader>(settings);
        m_controller = std::make_unique<ProductController>(&m_api);
        // The wiring a kiosk does: every scan from this source becomes a lookup.
        connect(m_reader.get(), &ScanSource::scanned, m_controller.get(),
                [this](const ScanEvent &event) { m_controller->lookup(event.lookupKey()); });
        m_reader->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_reader->state(), ScanSource::State::Ready, 10000);
    }
    void cleanupTestCase()
    {
        m_reader.reset();
        m_emulator.reset();
    }

    void tagsWeBuild_data()
    {
        QTest::addColumn<QByteArray>("uid");
        QTest::addColumn<QByteArray>("ndef");
        QTest::addColumn<QString>("shown");
        const QByteArray someUid = QByteArray::fromHex("04000000000001");
        QTest::newRow("UID only (blank NTAG213)")
            << QByteArray::fromHex("046d771da9e396") << QByteArray() << "NP-100133";
        QTest::newRow("product URL (NTAG213)")
            << someUid << ndefUriMessage(QStringLiteral("https://shop.northfield.example/p/NP-100115"))
            << "NP-100115";
        QTest::newRow("Digital Link")
            << QByteArray::fromHex("04000000000002")
            << ndefUriMessage(QStringLiteral("https://id.gs1.org/01/04740168000134")) << "NP-100133";
        QTest::newRow("foreign URL: the UID decides")
            << QByteArray::fromHex("047c020c6eca9a")
            << ndefUriMessage(QStringLiteral("https://evil.example/p/NP-100115")) << "NP-100150";
    }
    void tagsWeBuild()
    {
        QFETCH(QByteArray, uid);
        QFETCH(QByteArray, ndef);
        QFETCH(QString, shown);
        QCOMPARE(tapAndShow(VirtualNtag::withNdef(VirtualNtag::Type::Ntag215, uid, ndef)), shown);
    }

    // A real NTAG213 dump (lock control TLV, a foreign URI) stuck on a demo product: its URI is not
    // trusted, so the product comes from the UID the reader sees.
    void realDump()
    {
        QString error;
        auto dump = readNfcTagDump(
            QStringLiteral(OMNITOTE_SHARED_TESTDATA "/nfc/flipper/UberGuidoZ_Flipper/Talking_sasquach.nfc"),
            &error);
        if (!dump)
            QSKIP(qPrintable(QStringLiteral("shared NFC dumps not available: ") + error));
        dump->uid = QByteArray::fromHex("046f16acdf9f1b"); // NP-100115's tag in the demo catalogue
        const auto tag = VirtualNtag::fromDump(*dump, &error);
        QVERIFY2(tag, qPrintable(error));
        QCOMPARE(tapAndShow(*tag), QStringLiteral("NP-100115"));
    }

    void unknownTagIsExplained()
    {
        const QString shown =
            tapAndShow(VirtualNtag::blank(VirtualNtag::Type::Ntag213, QByteArray::fromHex("04999999999999")));
        QVERIFY2(shown.contains(QLatin1String("04999999999999")), qPrintable(shown));
    }
};

QTEST_GUILESS_MAIN(NfcProductE2eTest)
#include "nfcproducte2etest.moc"
