// SPDX-License-Identifier: MIT
// A customer's QR code scanned at the kiosk links the tote on the real server: the tote screen's
// controller shows the masked email, tote edits flow into the customer's cart, forged and expired codes
// are refused with a clear message, and the session's end forgets the link.
#include "kioskmodelfixture.h"

#include <backendapi.h>
#include <customerlinkcontroller.h>
#include <customerqr.h>
#include <productcontroller.h>
#include <scancontroller.h>
#include <servertotestore.h>
#include <sessioncontroller.h>
#include <syncengine.h>
#include <totestore.h>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Omnitote;
using namespace Omnitote::Testing;

class CustomerLinkTest : public QObject
{
    Q_OBJECT

    KioskModelFixture m_fixture;
    TestServer &m_server = m_fixture.server;
    DemoCatalog &m_catalog = m_fixture.catalog;
    BackendApi &m_api = m_fixture.api;
    QTemporaryDir m_dir;
    int m_files = 0;

    /** A new customer on the server and the QR payload their phone would show. */
    Server::CustomerRecord newCustomer(QString *qr, qint64 ttlSecs = 600)
    {
        auto &totes = m_server.runtime().storage().totes();
        QString error;
        const auto customer =
            totes.addCustomer(QStringLiteral("shopper%1@example.com").arg(++m_files), {}, &error);
        if (!customer)
            qFatal("addCustomer: %s", qPrintable(error));
        *qr = Server::CustomerQr(totes.qrSecret(&error))
                  .sign(customer->id, QDateTime::currentDateTimeUtc().addSecs(ttlSecs));
        return *customer;
    }

    struct Kiosk
    {
        ToteStore store;
        SessionController session {60000, 10000};
        ProductController products;
        ScanController scans {&products, &session};
        CustomerLinkController link;
        explicit Kiosk(BackendApi *api) : products(api), link(&store, api) { scans.setCustomerLink(&link); }
    };

    std::unique_ptr<Kiosk> newKiosk()
    {
        auto kiosk = std::make_unique<Kiosk>(&m_api);
        QString error;
        if (!kiosk->store.open(m_dir.filePath(QStringLiteral("tote%1.db").arg(++m_files)), &error))
            qFatal("tote store: %s", qPrintable(error));
        return kiosk;
    }

    /** Waits until the server answered the link (one change after Linking). */
    static bool settle(CustomerLinkController &link)
    {
        QSignalSpy changed(&link, &CustomerLinkController::changed);
        return link.state() != CustomerLinkController::State::Linking || changed.wait(60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
    }

    void scannedCodeLinksAndTheToteFlowsIntoTheCart()
    {
        auto kiosk = newKiosk();
        QString qr;
        const auto customer = newCustomer(&qr);
        // The code arrives like any scan (here typed, as a wedge scanner types it).
        kiosk->scans.submitManual(qr);
        QCOMPARE(kiosk->link.state(), CustomerLinkController::State::Linking);
        QVERIFY(settle(kiosk->link));
        QCOMPARE(kiosk->link.state(), CustomerLinkController::State::Linked);
        QCOMPARE(kiosk->link.maskedEmail(), customer.email.left(1) + QStringLiteral("***@example.com"));
        // It was not a product lookup, and the code is not kept as the last scan.
        QCOMPARE(kiosk->products.status(), ProductController::Status::Empty);
        QVERIFY(
            !kiosk->scans.property("lastScan").toMap().value(QStringLiteral("raw")).toString().contains(qr));
        QCOMPARE(kiosk->store.activeTote().serverId, kiosk->link.toteId());

        // The tote syncs on, and its lines land in the customer's cart.
        const QJsonObject product = m_catalog.products.at(2);
        NewToteLine line;
        line.productId = product.value(QStringLiteral("id")).toString();
        line.variantId = DemoCatalog::firstVariant(product).value(QStringLiteral("id")).toString();
        line.qty = 2;
        line.unitPrice = DemoCatalog::firstVariant(product).value(QStringLiteral("price")).toInteger();
        line.currency = QStringLiteral("EUR");
        line.productName = product.value(QStringLiteral("name")).toString();
        QString error;
        QVERIFY2(!kiosk->store.add(line, &error).isEmpty(), qPrintable(error));
        SyncEngine sync(&kiosk->store, &m_api);
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(sync.isIdle() && sync.state() == SyncEngine::State::Synced, 60000);
        const auto cart = m_server.runtime().storage().totes().cart(customer.cartId);
        QVERIFY(cart.ok());
        const QJsonArray lines = cart.json.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().toObject().value(QStringLiteral("productId")).toString(), line.productId);
        QCOMPARE(lines.first().toObject().value(QStringLiteral("qty")).toInt(), 2);

        // The shopper leaves: the link is forgotten on the device.
        kiosk->session.activity();
        kiosk->session.end();
        kiosk->link.forget(); // what KioskApplication connects to SessionController::ended
        QCOMPARE(kiosk->link.state(), CustomerLinkController::State::None);
        QVERIFY(kiosk->link.maskedEmail().isEmpty());
    }

    void forgedAndExpiredCodesAreRefused()
    {
        auto kiosk = newKiosk();
        QString qr;
        newCustomer(&qr);
        // Forged: the customer id changed, the signature kept.
        QStringList parts = qr.split(QLatin1Char('.'));
        QCOMPARE(parts.size(), 4);
        parts[1] = QStringLiteral("someone-else");
        kiosk->link.link(parts.join(QLatin1Char('.')));
        QVERIFY(settle(kiosk->link));
        QCOMPARE(kiosk->link.state(), CustomerLinkController::State::Error);
        QVERIFY2(kiosk->link.errorMessage().contains(QLatin1String("not valid")),
                 qPrintable(kiosk->link.errorMessage()));
        QVERIFY(kiosk->link.maskedEmail().isEmpty());

        QString expired;
        newCustomer(&expired, -60);
        kiosk->scans.submitManual(expired);
        QVERIFY(settle(kiosk->link));
        QCOMPARE(kiosk->link.state(), CustomerLinkController::State::Error);
        QVERIFY2(kiosk->link.errorMessage().contains(QLatin1String("expired")),
                 qPrintable(kiosk->link.errorMessage()));

        kiosk->link.link(QStringLiteral("otc1.garbage"));
        QVERIFY(settle(kiosk->link));
        QCOMPARE(kiosk->link.state(), CustomerLinkController::State::Error);
        QVERIFY2(kiosk->link.errorMessage().contains(QLatin1String("not a customer code")),
                 qPrintable(kiosk->link.errorMessage()));

        // The server's tote is not linked to anyone.
        const auto tote = m_server.runtime().storage().totes().tote(kiosk->link.toteId(), {});
        QVERIFY(tote.ok());
        QVERIFY(tote.json.value(QStringLiteral("customer")).isNull());
    }
};

QTEST_MAIN(CustomerLinkTest)
#include "customerlinktest.moc"
