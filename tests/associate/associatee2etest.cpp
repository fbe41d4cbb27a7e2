// SPDX-License-Identifier: MIT
// Issue 8 end to end: two real apps (QML UI offscreen, controllers, HTTP client) against one real
// omnitote-server on loopback. The associate tablet signs in with a badge scan and watches the live
// queue; the shopper kiosk builds a tote and finishes at checkout; the associate opens it by scanning
// the shopper's QR code, picks with scans (a wrong item is refused, one line is short), completes,
// and the till gets barcodes our decoder reads. Then the server's tote state and audit log are checked.
#include "democatalog.h"
#include "quickitems.h"
#include "testserver.h"

#include <associatemode.h>
#include <associatesession.h>
#include <backendapi.h>
#include <backendstatus.h>
#include <checkoutcontroller.h>
#include <checkoutqueuemodel.h>
#include <gtin.h>
#include <httpclient.h>
#include <kioskapplication.h>
#include <lumaimage.h>
#include <navigationcontroller.h>
#include <pickcontroller.h>
#include <productcontroller.h>
#include <scancontroller.h>
#include <scannedcode.h>
#include <superviseddecoder.h>
#include <tillhandoff.h>
#include <totecontroller.h>

#include <barcodeimageprovider.h>

#include <QGuiApplication>
#include <QJsonArray>
#include <QProcess>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(OmnitotePlugin)
Q_IMPORT_QML_PLUGIN(Omnitote_KioskPlugin)

using namespace Omnitote;
using namespace Omnitote::Testing;

class AssociateE2eTest : public QObject
{
    Q_OBJECT

    TestServer m_server;
    DemoCatalog m_catalog;
    QString m_storeId;
    QTemporaryDir m_shopperDir;
    QTemporaryDir m_associateDir;
    std::unique_ptr<KioskApplication> m_shopper;
    std::unique_ptr<KioskApplication> m_associate;
    QString m_badge;
    QString m_toteId;
    QStringList m_toteGtins; // what the shopper added: two to take now, then one to ship

    static QQuickItem *item(KioskApplication &app, const QString &name)
    {
        auto *window = qobject_cast<QQuickWindow *>(app.engine().rootObjects().value(0));
        return window ? visibleItem(window->contentItem(), name) : nullptr;
    }
    static bool clickable(KioskApplication &app, const QString &name)
    {
        QQuickItem *button = item(app, name);
        return button && button->isEnabled();
    }
    // What a tap does; wait for clickable() first (QTRY_* evaluates its expression more than once).
    static bool click(KioskApplication &app, const QString &name)
    {
        return clickable(app, name) && QMetaObject::invokeMethod(item(app, name), "clicked");
    }
    // What any scanner does: one scan into the app's one stream of scans.
    static void scan(KioskApplication &app, const QString &code)
    {
        app.scans()->handle(ScanEvent::make(ScanEvent::Source::HidScanner, code));
    }
    PickController *picking() const { return m_associate->associate()->picking(); }

    // A product of the first store with shelf stock, and a variant of it.
    QList<QJsonObject> productsOnTheShelf(int count) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &product : m_catalog.products) {
            const QJsonObject here = DemoCatalog::firstVariant(product)
                                         .value(QStringLiteral("stock"))
                                         .toObject()
                                         .value(m_storeId)
                                         .toObject();
            if (here.value(QStringLiteral("qty")).toInt() >= 3
                && !product.value(QStringLiteral("onlineOnly")).toBool())
                found.append(product);
            if (found.size() == count)
                break;
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(TestServer::Backend::Sqlite, &error), qPrintable(error));
        m_catalog = DemoCatalog::load();
        m_storeId = m_catalog.stores.first().value(QStringLiteral("id")).toString();

        // An associate of the store, made the way a manager does: the server's CLI on its database.
        QProcess cli;
        cli.start(QStringLiteral(OMNITOTE_SERVER_BINARY),
                  {QStringLiteral("--db"), QStringLiteral("sqlite:") + m_server.databaseFile(),
                   QStringLiteral("associate"), QStringLiteral("add"), QStringLiteral("--store"), m_storeId,
                   QStringLiteral("--staff"), QStringLiteral("1042"), QStringLiteral("--name"),
                   QStringLiteral("Mari Tamm")});
        QVERIFY(cli.waitForFinished(60000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(cli.exitCode() == 0, qPrintable(out + QString::fromUtf8(cli.readAllStandardError())));
        const QRegularExpression badge(QStringLiteral("(ota1\\.\\S+)"));
        const auto match = badge.match(out);
        QVERIFY2(match.hasMatch(), qPrintable(out));
        m_badge = match.captured(1);

        const QString deviceToken = m_server.token(Server::Principal::Role::Device);
        for (auto [app, dir, mode] :
             {std::tuple {&m_shopper, &m_shopperDir, KioskOptions::Mode::Shopper},
              std::tuple {&m_associate, &m_associateDir, KioskOptions::Mode::Associate}}) {
            KioskOptions options;
            options.backendUrl = m_server.baseUrl();
            options.deviceToken = deviceToken;
            options.dataDir = dir->path();
            options.mode = mode;
            options.hidWedge = false;
            options.scanDedupeMs = 0; // the associate scans the same item twice for a quantity of 2
            *app = std::make_unique<KioskApplication>(options);
            QVERIFY((*app)->start());
            QTRY_COMPARE_WITH_TIMEOUT((*app)->backendStatus()->state(), BackendStatus::State::Ready, 30000);
        }
    }

    void associateSignsInWithABadgeScan()
    {
        AssociateSession *session = m_associate->associate()->session();
        QVERIFY(item(*m_associate, QStringLiteral("signInButton")));
        // A code that is no badge is refused on the tablet, with a reason.
        scan(*m_associate, QStringLiteral("4006381333931"));
        QVERIFY(!session->signedIn());
        QTRY_VERIFY(!session->errorMessage().isEmpty());
        scan(*m_associate, m_badge);
        QTRY_VERIFY_WITH_TIMEOUT(session->signedIn(), 20000);
        QCOMPARE(session->name(), QStringLiteral("Mari Tamm"));
        QTRY_VERIFY(item(*m_associate, QStringLiteral("queueList")));
        QVERIFY(m_associate->associate()->queue()->active());
    }

    void shopperFinishesAtCheckoutAndTheQueueShowsItLive()
    {
        // Two products to take now, one to ship home.
        const auto products = productsOnTheShelf(3);
        QCOMPARE(products.size(), 3);
        for (const QJsonObject &product : products) {
            const QString gtin = DemoCatalog::firstVariant(product).value(QStringLiteral("gtin")).toString();
            m_shopper->products()->lookup(gtin);
            QTRY_COMPARE_WITH_TIMEOUT(m_shopper->products()->status(), ProductController::Status::Ready,
                                      15000);
            const bool ship = m_toteGtins.size() == 2;
            QVERIFY(
                m_shopper->tote()->addCurrentProduct(ship ? QStringLiteral("ship") : QStringLiteral("take")));
            m_toteGtins.append(gtin);
        }
        // Two of the first one.
        const QString firstLine = m_shopper->tote()->model()->index(0).data(Qt::UserRole).toString();
        QVERIFY(!firstLine.isEmpty());
        QVERIFY(m_shopper->tote()->setQty(firstLine, 2));
        QCOMPARE(m_shopper->tote()->itemCount(), 4);

        // The queue is open on the tablet before the shopper finishes: it must update by itself.
        CheckoutQueueModel *queue = m_associate->associate()->queue();
        const int waitingBefore = queue->rowCount();
        m_shopper->navigation()->showTote();
        QTRY_VERIFY(clickable(*m_shopper, QStringLiteral("finishAtCheckoutButton")));
        QVERIFY(click(*m_shopper, QStringLiteral("finishAtCheckoutButton")));
        QTRY_COMPARE_WITH_TIMEOUT(m_shopper->checkout()->state(), CheckoutController::State::Ready, 20000);
        QTRY_VERIFY(item(*m_shopper, QStringLiteral("checkoutQr")));
        const QString code = m_shopper->checkout()->pickupCode();
        QVERIFY(!code.isEmpty());
        QTRY_VERIFY(
            item(*m_shopper, QStringLiteral("pickupCodeText"))->property("text").toString().contains(code));

        QTRY_COMPARE_WITH_TIMEOUT(queue->rowCount(), waitingBefore + 1, 20000);
        QStringList codes;
        for (int row = 0; row < queue->rowCount(); ++row)
            codes.append(queue->index(row).data(CheckoutQueueModel::PickupCodeRole).toString());
        QVERIFY2(codes.contains(code), qPrintable(codes.join(u',')));
    }

    void associatePicksWithScansAndCompletes()
    {
        // Opened by scanning the QR code on the shopper's screen.
        scan(*m_associate, m_shopper->checkout()->qrPayload());
        QTRY_COMPARE_WITH_TIMEOUT(picking()->stage(), PickController::Stage::Picking, 20000);
        m_toteId = picking()->toteId();
        PickListModel *lines = picking()->model();
        QCOMPARE(lines->rowCount(), 2); // the ship line is not picked
        QCOMPARE(picking()->shipLines(), 1);
        QTRY_VERIFY(item(*m_associate, QStringLiteral("pickList")));

        // A product the tote does not hold: refused with the server's sentence, nothing counted.
        const QJsonObject other = m_catalog.find([&](const QJsonObject &p) {
            return !m_toteGtins.contains(
                DemoCatalog::firstVariant(p).value(QStringLiteral("gtin")).toString());
        });
        QSignalSpy refused(picking(), &PickController::refused);
        scan(*m_associate, DemoCatalog::firstVariant(other).value(QStringLiteral("gtin")).toString());
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 15000);
        QVERIFY(picking()->messageIsError());
        QVERIFY(!picking()->message().isEmpty());
        QTRY_VERIFY(item(*m_associate, QStringLiteral("pickMessage")));
        for (int row = 0; row < lines->rowCount(); ++row)
            QCOMPARE(lines->index(row).data(PickListModel::PickedRole).toInt(), 0);

        // The two of the first product are scanned one at a time and count up; the other is short.
        const int first = [&] {
            for (int row = 0; row < lines->rowCount(); ++row) {
                if (lines->index(row).data(PickListModel::QtyRole).toInt() == 2)
                    return row;
            }
            return -1;
        }();
        QVERIFY(first >= 0);
        const QString firstGtin = lines->index(first).data(PickListModel::GtinRole).toString();
        QSignalSpy picked(picking(), &PickController::picked);
        for (int count = 1; count <= 2; ++count) {
            scan(*m_associate, firstGtin);
            QTRY_COMPARE_WITH_TIMEOUT(picked.size(), count, 15000);
            QCOMPARE(lines->index(first).data(PickListModel::PickedRole).toInt(), count);
        }
        QVERIFY(!picking()->canComplete());
        const QString shortLine = lines->index(first == 0 ? 1 : 0).data(PickListModel::LineIdRole).toString();
        picking()->markShort(shortLine);
        QTRY_VERIFY_WITH_TIMEOUT(picking()->canComplete(), 15000);

        QTRY_VERIFY(clickable(*m_associate, QStringLiteral("completeButton")));
        QVERIFY(click(*m_associate, QStringLiteral("completeButton")));
        QTRY_COMPARE_WITH_TIMEOUT(picking()->stage(), PickController::Stage::Completed, 15000);
        QTRY_VERIFY(item(*m_associate, QStringLiteral("tillQr")));
        // The shopper is anonymous: the ship line stays in the online cart, and the screen says so.
        QVERIFY2(picking()->summaryText().contains(QStringLiteral("online cart")),
                 qPrintable(picking()->summaryText()));
        TillHandoff *till = picking()->till();
        QCOMPARE(till->count(), 1);
        QCOMPARE(till->qty(), 2);
        QString error;
        QCOMPARE(Gtin::normalize(till->gtin(), &error), Gtin::normalize(firstGtin, &error));

        // Scan to till: the barcode on screen reads back, with our decoder, as that GTIN.
        QVERIFY(click(*m_associate, QStringLiteral("scanToTillTab")));
        QTRY_VERIFY(item(*m_associate, QStringLiteral("tillBarcode")));
        BarcodeImageProvider provider;
        QSize size;
        const QString prefix = QStringLiteral("image://barcode/");
        const QImage image =
            provider
                .requestImage(till->barcodeSource().toString(QUrl::FullyEncoded).mid(prefix.size()), &size,
                              {800, 400})
                .convertToFormat(QImage::Format_Grayscale8);
        QTemporaryDir support;
        SupervisedDecoder::Config config;
        config.supportDir = support.path();
        SupervisedDecoder decoder(config);
        const auto result = decoder.decode(LumaImage::fromPlane(image.constBits(), image.width(),
                                                                image.height(), int(image.bytesPerLine())));
        QCOMPARE(result.barcodes.size(), 1);
        QCOMPARE(parseScannedCode(result.barcodes.first().scannerPayload()).gtin,
                 Gtin::normalize(firstGtin, &error));
    }

    void serverShowsTheOutcome()
    {
        QVERIFY(!m_toteId.isEmpty());
        HttpClient http;
        BackendApi admin(&http);
        admin.setBaseUrl(m_server.baseUrl());
        admin.setToken(m_server.token(Server::Principal::Role::Admin));
        // The tote left the queue completed.
        BackendApi device(&http);
        device.setBaseUrl(m_server.baseUrl());
        device.setToken(m_server.token(Server::Principal::Role::Device));
        std::unique_ptr<ToteCall> tote(device.tote(m_toteId));
        QTRY_VERIFY_WITH_TIMEOUT(tote->isFinished(), 15000);
        QVERIFY2(tote->ok(), qPrintable(tote->errorMessage()));
        QCOMPARE(tote->json().object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("completed"));
        QTRY_COMPARE_WITH_TIMEOUT(m_associate->associate()->queue()->rowCount(), 0, 20000);

        // Every associate action is in the audit log, by the associate who did it.
        std::unique_ptr<ApiCall> audit(
            admin.get(QStringLiteral("/v1/stores/") + m_storeId + QStringLiteral("/audit")));
        QTRY_VERIFY_WITH_TIMEOUT(audit->isFinished(), 15000);
        QVERIFY2(audit->ok(), qPrintable(audit->errorMessage()));
        QStringList actions;
        for (const QJsonValue &entry : audit->json().object().value(QStringLiteral("entries")).toArray()) {
            const QJsonObject e = entry.toObject();
            if (e.value(QStringLiteral("toteId")).toString() != m_toteId
                && e.value(QStringLiteral("action")).toString() != QLatin1String("sign-in"))
                continue;
            actions.prepend(e.value(QStringLiteral("action")).toString());
            QCOMPARE(e.value(QStringLiteral("staffNumber")).toString(), QStringLiteral("1042"));
        }
        for (const char *expected : {"sign-in", "claim", "pick-refused", "pick", "short", "complete"})
            QVERIFY2(actions.contains(QLatin1String(expected)), qPrintable(actions.join(u',')));
        QCOMPARE(actions.count(QStringLiteral("pick")), 2);
    }

    void signOutForgetsTheToken()
    {
        m_associate->associate()->session()->signOut();
        QVERIFY(!m_associate->associate()->session()->signedIn());
        QVERIFY(!m_associate->associate()->queue()->active());
        QTRY_VERIFY(item(*m_associate, QStringLiteral("signInButton")));
    }

    void cleanupTestCase()
    {
        m_shopper.reset();
        m_associate.reset();
    }
};

QTEST_MAIN(AssociateE2eTest)
#include "associatee2etest.moc"
