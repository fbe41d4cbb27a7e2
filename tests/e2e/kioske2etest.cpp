// SPDX-License-Identifier: MIT
// The real kiosk (QML UI, controllers, embedded backend with the demo catalogue) offscreen: the
// attract screen shows the store, a scanned code opens the product screen with the right product.
#include "democatalog.h"

#include <backendstatus.h>
#include <kioskapplication.h>
#include <languagecontroller.h>
#include <productcontroller.h>
#include <scancontroller.h>
#include <sessioncontroller.h>

#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(OmnitotePlugin)
Q_IMPORT_QML_PLUGIN(Omnitote_KioskPlugin)

using namespace Omnitote;
using namespace Omnitote::Testing;

class KioskE2eTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;
    std::unique_ptr<KioskApplication> m_kiosk;
    DemoCatalog m_catalog;

    QQuickWindow *window() const
    {
        return qobject_cast<QQuickWindow *>(m_kiosk->engine().rootObjects().value(0));
    }

    // The visible item with this objectName, searched through the visual tree (StackView pages are
    // not QObject children of the window).
    static QQuickItem *visibleItem(QQuickItem *root, const QString &name)
    {
        if (!root->isVisible())
            return nullptr;
        if (root->objectName() == name)
            return root;
        const auto children = root->childItems();
        for (auto *child : children) {
            if (auto *found = visibleItem(child, name))
                return found;
        }
        return nullptr;
    }
    QQuickItem *visibleItem(const QString &name) const { return visibleItem(window()->contentItem(), name); }
    // What a USB scanner in keyboard mode does: the code's keys and Enter, as fast as it can.
    void scannerTypes(const QString &code) const
    {
        for (const QChar c : code)
            QTest::keyClick(window(), c.toLatin1());
        QTest::keyClick(window(), Qt::Key_Return);
    }
    bool sceneShowsText(QQuickItem *root, const QString &text) const
    {
        if (root->isVisible() && root->property("text").toString() == text)
            return true;
        const auto children = root->childItems();
        return std::any_of(children.begin(), children.end(),
                           [&](QQuickItem *child) { return sceneShowsText(child, text); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = DemoCatalog::load();
        KioskOptions options;
        options.dataDir = m_dataDir.path();
        options.idleSeconds = 3; // short, so the test can watch a session time out
        options.warningSeconds = 1;
        // A generous gap: the test's keys carry real time stamps and CI machines (and ASan) stall.
        options.hidMaxGapMs = 500;
        m_kiosk = std::make_unique<KioskApplication>(options);
        QVERIFY(m_kiosk->start());
        QVERIFY(window());
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->backendStatus()->state(), BackendStatus::State::Ready, 30000);
    }

    // Each test starts inside a live session, however long the one before took.
    void init() { m_kiosk->session()->activity(); }

    void attractScreenShowsTheStore()
    {
        const QString retailer = m_catalog.retailer.value(QStringLiteral("name")).toString();
        const QString store = m_catalog.stores.first().value(QStringLiteral("name")).toString();
        QTRY_VERIFY(sceneShowsText(window()->contentItem(), retailer));
        QVERIFY(sceneShowsText(window()->contentItem(), store));
    }

    void scanOpensTheProduct()
    {
        const QJsonObject product = m_catalog.products.at(3);
        const QJsonObject variant = DemoCatalog::firstVariant(product);
        m_kiosk->products()->lookup(variant.value(QStringLiteral("gtin")).toString());
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->products()->status(), ProductController::Status::Ready, 15000);
        QTRY_VERIFY(visibleItem(QStringLiteral("productName")));
        QCOMPARE(visibleItem(QStringLiteral("productName"))->property("text").toString(),
                 product.value(QStringLiteral("name")).toString());
        const QString price = visibleItem(QStringLiteral("priceText"))->property("text").toString();
        QCOMPARE(price,
                 ProductController::formatPrice(
                     {variant.value(QStringLiteral("price")).toInteger(), QStringLiteral("EUR")}, QLocale()));
        const QImage shot = window()->grabWindow();
        QVERIFY(!shot.isNull());
    }

    void unknownCodeShowsAMessageNotACrash()
    {
        m_kiosk->products()->lookup(QStringLiteral("0000000000000"));
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->products()->status(), ProductController::Status::Error, 15000);
        QTRY_VERIFY(visibleItem(QStringLiteral("errorText")));
        QVERIFY(!visibleItem(QStringLiteral("errorText"))->property("text").toString().isEmpty());
    }

    void languageSwitchesEverywhereAtRunTime()
    {
        m_kiosk->products()->lookup(m_catalog.products.at(4).value(QStringLiteral("id")).toString());
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->products()->status(), ProductController::Status::Ready, 15000);
        QVERIFY(m_kiosk->languages()->setLanguage(QStringLiteral("zh_CN")));
        // The product screen is showing: its button and the price follow at once.
        QTRY_VERIFY(sceneShowsText(window()->contentItem(), QStringLiteral("查询")));
        QVERIFY(m_kiosk->languages()->setLanguage(QStringLiteral("et")));
        QTRY_VERIFY(sceneShowsText(window()->contentItem(), QStringLiteral("Otsi")));
        QVERIFY(m_kiosk->languages()->setLanguage(QStringLiteral("en")));
        QTRY_VERIFY(sceneShowsText(window()->contentItem(), QStringLiteral("Look up")));
    }

    // The USB scanner tests each make one scan: the session's idle time here is 3 s, and each test
    // starts inside a fresh session (init()).
    void usbScannerBurstFromTheAttractScreen()
    {
        // No session: the scan starts one and opens the product.
        m_kiosk->session()->end();
        QTRY_VERIFY(!visibleItem(QStringLiteral("productName")));
        const QJsonObject product = m_catalog.products.at(7);
        scannerTypes(DemoCatalog::firstVariant(product).value(QStringLiteral("gtin")).toString());
        QCOMPARE(m_kiosk->session()->state(), SessionController::State::Active);
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->products()->status(), ProductController::Status::Ready, 15000);
        QTRY_VERIFY(visibleItem(QStringLiteral("productName")));
        QTRY_COMPARE(visibleItem(QStringLiteral("productName"))->property("text").toString(),
                     product.value(QStringLiteral("name")).toString());
        QCOMPARE(m_kiosk->scans()->lastScan().value(QStringLiteral("source")).toString(),
                 QStringLiteral("hid"));
    }

    void usbScannerNeverTypesIntoTheFocusedField()
    {
        // On the product screen (the test before left it there) with the code field focused.
        QTRY_VERIFY(visibleItem(QStringLiteral("codeField")));
        auto *field = visibleItem(QStringLiteral("codeField"));
        field->forceActiveFocus();
        QTRY_VERIFY(field->hasActiveFocus());
        const QJsonObject next = m_catalog.products.at(8);
        scannerTypes(DemoCatalog::firstVariant(next).value(QStringLiteral("gtin")).toString());
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->products()->productId(),
                                  next.value(QStringLiteral("id")).toString(), 15000);
        QTRY_COMPARE(visibleItem(QStringLiteral("productName"))->property("text").toString(),
                     next.value(QStringLiteral("name")).toString());
        QCOMPARE(field->property("text").toString(), QString());
        // A person's key still reaches the field (after the wedge has seen it is no scan).
        QTest::keyClick(window(), 'x');
        QTRY_COMPARE(field->property("text").toString(), QStringLiteral("x"));
        field->setProperty("text", QString());
    }

    void usbScannerInvalidCodeShowsWhy()
    {
        QTRY_VERIFY(visibleItem(QStringLiteral("codeField")));
        auto *field = visibleItem(QStringLiteral("codeField"));
        const QString shownBefore = m_kiosk->products()->productId();
        // A code that fails its check digit: a message, and the product on screen stays.
        scannerTypes(QStringLiteral("4006381333932"));
        QTRY_VERIFY(visibleItem(QStringLiteral("scanErrorText")));
        QVERIFY(visibleItem(QStringLiteral("scanErrorText"))
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral("check digit")));
        QCOMPARE(m_kiosk->products()->productId(), shownBefore);
        QCOMPARE(field->property("text").toString(), QString());
    }

    void idleSessionForgetsTheShopper()
    {
        QVERIFY(m_kiosk->languages()->setLanguage(QStringLiteral("pl")));
        m_kiosk->products()->lookup(m_catalog.products.at(5).value(QStringLiteral("id")).toString());
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->products()->status(), ProductController::Status::Ready, 15000);
        QCOMPARE(m_kiosk->session()->state(), SessionController::State::Active);
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->session()->state(), SessionController::State::Warning, 5000);
        QTRY_VERIFY(visibleItem(QStringLiteral("countdownText")));
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->session()->state(), SessionController::State::Idle, 5000);
        // Nothing of the shopper is left: no product, the default language, the attract screen.
        QCOMPARE(m_kiosk->products()->status(), ProductController::Status::Empty);
        QVERIFY(m_kiosk->products()->name().isEmpty());
        QCOMPARE(m_kiosk->languages()->current(), QStringLiteral("en"));
        QTRY_VERIFY(!visibleItem(QStringLiteral("productName")));
        QTRY_VERIFY(sceneShowsText(window()->contentItem(), QStringLiteral("Scan or tap a product")));
    }

    void cleanupTestCase() { m_kiosk.reset(); }
};

QTEST_MAIN(KioskE2eTest)
#include "kioske2etest.moc"
