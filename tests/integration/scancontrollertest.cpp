// SPDX-License-Identifier: MIT
// ScanController: any number of sources merged into one stream, duplicates within the window as one
// scan, invalid codes rejected with the parser's reason, and valid ones shown from the real server.
#include "democatalog.h"
#include "testserver.h"

#include <backendapi.h>
#include <httpclient.h>
#include <productcontroller.h>
#include <scancontroller.h>
#include <sessioncontroller.h>
#include <simulatedscansource.h>

#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

using namespace Omnitote;
using namespace Omnitote::Testing;

namespace {

constexpr qint64 ms = 1000000;

ScanEvent scanAt(const QString &text, qint64 capturedAtNs,
                 ScanEvent::Source source = ScanEvent::Source::HidScanner)
{
    return ScanEvent::make(source, text, {}, capturedAtNs);
}

} // namespace

class ScanControllerTest : public QObject
{
    Q_OBJECT

    TestServer m_server;
    DemoCatalog m_catalog;
    HttpClient m_http;
    BackendApi m_api {&m_http};
    std::unique_ptr<ProductController> m_products;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<ScanController> m_scans;

    QString gtinOf(int index) const
    {
        return DemoCatalog::firstVariant(m_catalog.products.at(index))
            .value(QStringLiteral("gtin"))
            .toString();
    }
    QString idOf(int index) const
    {
        return m_catalog.products.at(index).value(QStringLiteral("id")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(TestServer::Backend::Sqlite, &error), qPrintable(error));
        m_catalog = DemoCatalog::load();
        m_api.setBaseUrl(m_server.baseUrl());
        m_api.setToken(m_server.token(Server::Principal::Role::Device));
    }

    void init()
    {
        m_products = std::make_unique<ProductController>(&m_api);
        m_session = std::make_unique<SessionController>(60000, 10000);
        m_scans = std::make_unique<ScanController>(m_products.get(), m_session.get());
    }
    void cleanup()
    {
        m_scans.reset();
        m_session.reset();
        m_products.reset();
    }

    void sourcesAreMergedAndRouted()
    {
        auto *usb = new SimulatedScanSource(ScanEvent::Source::HidScanner);
        usb->setObjectName(QStringLiteral("USB"));
        auto *camera = new SimulatedScanSource(ScanEvent::Source::Camera);
        camera->setObjectName(QStringLiteral("Camera"));
        m_scans->addSource(usb);
        m_scans->addSource(camera);
        QCOMPARE(usb->parent(), m_scans.get()); // owned
        m_scans->startSources();
        const QVariantList sources = m_scans->sources();
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources.at(0).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("USB"));
        QCOMPARE(sources.at(1).toMap().value(QStringLiteral("state")).toString(), QStringLiteral("Ready"));

        QSignalSpy shown(m_products.get(), &ProductController::productShown);
        QCOMPARE(m_session->state(), SessionController::State::Idle);
        usb->inject(gtinOf(2));
        QCOMPARE(m_session->state(), SessionController::State::Active); // a scan starts the session
        QCOMPARE(m_products->code(), gtinOf(2));
        QVERIFY(shown.wait(15000));
        QCOMPARE(shown.last().first().toString(), idOf(2));
        QCOMPARE(m_scans->lastScan().value(QStringLiteral("source")).toString(), QStringLiteral("hid"));

        camera->inject(gtinOf(3));
        QVERIFY(shown.wait(15000));
        QCOMPARE(shown.last().first().toString(), idOf(3));
        QCOMPARE(m_scans->lastScan().value(QStringLiteral("source")).toString(), QStringLiteral("camera"));
        QCOMPARE(m_scans->scanCount(), 2);

        m_scans->stopSources();
        QCOMPARE(m_scans->sources().at(0).toMap().value(QStringLiteral("state")).toString(),
                 QStringLiteral("Stopped"));
        delete camera;
        QCOMPARE(m_scans->sources().size(), 1);
    }

    void sameCodeWithinTheWindowIsOneScan()
    {
        QSignalSpy accepted(m_scans.get(), &ScanController::accepted);
        QSignalSpy duplicates(m_scans.get(), &ScanController::duplicateIgnored);
        QCOMPARE(m_scans->dedupeWindowMs(), 1500);
        const qint64 t0 = 1000000 * ms;
        m_scans->handle(scanAt(gtinOf(1), t0));
        m_scans->handle(scanAt(gtinOf(1), t0 + 1000 * ms)); // again, within the window
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(duplicates.size(), 1);
        // The window slides with each sighting: a code held in view stays one scan.
        m_scans->handle(scanAt(gtinOf(1), t0 + 2400 * ms));
        QCOMPARE(accepted.size(), 1);
        // Another code inside the window counts, and so does the first one again after it.
        m_scans->handle(scanAt(gtinOf(2), t0 + 2500 * ms));
        m_scans->handle(scanAt(gtinOf(1), t0 + 2600 * ms));
        QCOMPARE(accepted.size(), 3);
        // Past the window the same code is a new scan.
        m_scans->handle(scanAt(gtinOf(1), t0 + 4200 * ms));
        QCOMPARE(accepted.size(), 4);
        // Typed by hand it always counts.
        m_scans->handle(scanAt(gtinOf(1), t0 + 4300 * ms, ScanEvent::Source::Manual));
        QCOMPARE(accepted.size(), 5);
        // A window of 0 turns de-duplication off.
        m_scans->setDedupeWindowMs(0);
        m_scans->handle(scanAt(gtinOf(1), t0 + 4301 * ms));
        QCOMPARE(accepted.size(), 6);
    }

    void sameGtinInAnotherFormIsTheSameCode()
    {
        // EAN-13 from the wedge, GS1 element string from a camera: one product, one scan.
        QSignalSpy accepted(m_scans.get(), &ScanController::accepted);
        const QString gtin = gtinOf(4);
        const qint64 t0 = 5000000 * ms;
        m_scans->handle(scanAt(gtin, t0));
        const QString elementString =
            QStringLiteral("]d201") + QString(gtin).rightJustified(14, QLatin1Char('0'));
        QCOMPARE(parseScannedCode(elementString).kind, ScannedCode::Kind::Gs1ElementString);
        m_scans->handle(scanAt(elementString, t0 + 300 * ms, ScanEvent::Source::Camera));
        QCOMPARE(accepted.size(), 1);
    }

    void invalidCodeIsRejectedWithTheReason()
    {
        QSignalSpy rejected(m_scans.get(), &ScanController::rejected);
        QSignalSpy accepted(m_scans.get(), &ScanController::accepted);
        m_scans->handle(scanAt(QStringLiteral("4006381333932"), 1 * ms)); // check digit should be 1
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(accepted.size(), 0);
        const ScannedCode parsed = parseScannedCode(u"4006381333932");
        QVERIFY(!parsed.ok());
        QVERIFY2(m_scans->lastError().contains(parsed.error), qPrintable(m_scans->lastError()));
        QCOMPARE(rejected.first().first().toString(), m_scans->lastError());
        // No lookup was started: nothing can show a wrong product.
        QCOMPARE(m_products->status(), ProductController::Status::Empty);
        QVERIFY(m_products->code().isEmpty());
        QCOMPARE(m_session->state(), SessionController::State::Active); // still, someone is there
        // The message goes away by itself once read.
        m_scans->setErrorDisplayMs(50);
        m_scans->handle(scanAt(QStringLiteral("4006381333932"), 2000 * ms));
        QCOMPARE(rejected.size(), 2);
        QTRY_VERIFY(m_scans->lastError().isEmpty());
        m_scans->handle(scanAt(QStringLiteral("4006381333932"), 2001 * ms)); // a duplicate: no new message
        QVERIFY(m_scans->lastError().isEmpty());
        QCOMPARE(rejected.size(), 2);

        // A good scan clears the message and shows the product.
        QSignalSpy shown(m_products.get(), &ProductController::productShown);
        m_scans->handle(scanAt(gtinOf(0), 2010 * ms));
        QVERIFY(m_scans->lastError().isEmpty());
        QVERIFY(shown.wait(15000));
        QCOMPARE(shown.first().first().toString(), idOf(0));
    }

    void manualEntryIsAScan()
    {
        QSignalSpy accepted(m_scans.get(), &ScanController::accepted);
        m_scans->submitManual(QStringLiteral("   "));
        QCOMPARE(accepted.size(), 0); // nothing typed, nothing scanned
        QSignalSpy shown(m_products.get(), &ProductController::productShown);
        m_scans->submitManual(QStringLiteral(" %1 ").arg(gtinOf(5)));
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(accepted.first().first().value<ScanEvent>().source, ScanEvent::Source::Manual);
        QVERIFY(shown.wait(15000));
        QCOMPARE(shown.first().first().toString(), idOf(5));
        QCOMPARE(m_scans->lastScan().value(QStringLiteral("source")).toString(), QStringLiteral("manual"));
    }

    void simulatedSourcePlaysAFile()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(QStringLiteral("# demo scans\n%1\n\n0109501101530003<GS>10ABC\n").arg(gtinOf(6)).toUtf8());
        file.close();
        auto *simulated = new SimulatedScanSource;
        QString error;
        QVERIFY2(simulated->loadFile(file.fileName(), 1, &error), qPrintable(error));
        QSignalSpy scanned(simulated, &ScanSource::scanned);
        m_scans->addSource(simulated);
        m_scans->startSources();
        QTRY_COMPARE(scanned.size(), 2);
        QCOMPARE(scanned.at(0).first().value<ScanEvent>().code.raw, gtinOf(6));
        QCOMPARE(scanned.at(1).first().value<ScanEvent>().code.ais.size(), 2);

        QVERIFY(!simulated->loadFile(QStringLiteral("/nonexistent/scans.txt"), 1, &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/scans.txt")));
    }
};

QTEST_GUILESS_MAIN(ScanControllerTest)
#include "scancontrollertest.moc"
