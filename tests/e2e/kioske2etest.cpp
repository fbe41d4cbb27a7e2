// SPDX-License-Identifier: MIT
// The real kiosk (QML UI, controllers, embedded backend with the demo catalogue) offscreen: the
// attract screen shows the store, a scanned code opens the product screen with the right product.
#include "democatalog.h"
#include "quickitems.h"

#include <backendstatus.h>
#include <displayoptions.h>
#include <emailcontroller.h>
#include <kioskapplication.h>
#include <languagecontroller.h>
#include <navigationcontroller.h>
#include <productcontroller.h>
#include <scancontroller.h>

#include <productpage.h>
#include <searchmodel.h>
#include <sessioncontroller.h>
#include <totecontroller.h>
#include <totemodel.h>

#include <QGuiApplication>
#include <QPointer>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
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

    QQuickItem *visibleItem(const QString &name) const
    {
        return Testing::visibleItem(window()->contentItem(), name);
    }
    // What a USB scanner in keyboard mode does: the code's keys and Enter, as fast as it can.
    void scannerTypes(const QString &code) const
    {
        for (const QChar c : code)
            QTest::keyClick(window(), c.toLatin1());
        QTest::keyClick(window(), Qt::Key_Return);
    }

    // Every control a shopper can press or type into that is on screen now.
    static void collectControls(QQuickItem *item, QList<QQuickItem *> &controls)
    {
        if (!item->isVisible() || item->opacity() == 0)
            return;
        const bool control = item->inherits("QQuickAbstractButton") || item->inherits("QQuickTextInput")
            || item->inherits("QQuickComboBox") || item->inherits("QQuickSlider");
        if (control && item->isEnabled() && item->width() > 0 && item->height() > 0)
            controls.append(item);
        const auto children = item->childItems();
        for (auto *child : children)
            collectControls(child, controls);
    }

    // The controls whose centre is above `top` (scene y), described for a failure message.
    QStringList controlsAbove(double top) const
    {
        QList<QQuickItem *> controls;
        collectControls(window()->contentItem(), controls);
        QStringList above;
        for (QQuickItem *control : std::as_const(controls)) {
            const QPointF centre = control->mapToScene(QPointF(control->width() / 2, control->height() / 2));
            if (centre.y() < top)
                above.append(QStringLiteral("%1 \"%2\" at y=%3")
                                 .arg(QString::fromLatin1(control->metaObject()->className()),
                                      control->objectName().isEmpty() ? control->property("text").toString()
                                                                      : control->objectName())
                                 .arg(centre.y()));
        }
        return above;
    }

    // The on-screen keyboard's visible key that types `letter`.
    static QQuickItem *keyboardKey(QQuickItem *item, const QString &letter)
    {
        if (!item || !item->isVisible())
            return nullptr;
        if (QByteArray(item->metaObject()->className()).contains("Key")
            && item->property("text").toString() == letter && item->width() > 0)
            return item;
        const auto children = item->childItems();
        for (auto *child : children) {
            if (auto *key = keyboardKey(child, letter))
                return key;
        }
        return nullptr;
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

    void productPageShowsStockAndReviewsAndAddsToTheTote()
    {
        const QString store = m_catalog.stores.first().value(QStringLiteral("id")).toString();
        const QJsonObject product = m_catalog.find([&](const QJsonObject &p) {
            const QJsonObject here = DemoCatalog::firstVariant(p)
                                         .value(QStringLiteral("stock"))
                                         .toObject()
                                         .value(store)
                                         .toObject();
            return here.value(QStringLiteral("qty")).toInt() > 0
                && m_catalog.reviewsByProduct.value(p.value(QStringLiteral("id")).toString()).size() >= 3;
        });
        QVERIFY(!product.isEmpty());
        const QJsonObject variant = DemoCatalog::firstVariant(product);
        const QJsonObject here = variant.value(QStringLiteral("stock")).toObject().value(store).toObject();
        auto reviews = m_catalog.reviewsByProduct.value(product.value(QStringLiteral("id")).toString());
        std::sort(reviews.begin(), reviews.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QStringLiteral("createdAt")).toString()
                > b.value(QStringLiteral("createdAt")).toString();
        });

        m_kiosk->products()->lookup(variant.value(QStringLiteral("gtin")).toString()); // as a scan would
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->products()->status(), ProductController::Status::Ready, 15000);
        QTRY_VERIFY(visibleItem(QStringLiteral("productName")));
        QCOMPARE(visibleItem(QStringLiteral("productName"))->property("text").toString(),
                 product.value(QStringLiteral("name")).toString());
        QCOMPARE(visibleItem(QStringLiteral("priceText"))->property("text").toString(),
                 ProductController::formatPrice(
                     {variant.value(QStringLiteral("price")).toInteger(), QStringLiteral("EUR")}, QLocale()));
        // Stock on this store's shelf, with the aisle and bay.
        QTRY_VERIFY_WITH_TIMEOUT(visibleItem(QStringLiteral("shelfText")), 15000);
        const QString stock = visibleItem(QStringLiteral("storeStockText"))->property("text").toString();
        QVERIFY2(stock.contains(QString::number(here.value(QStringLiteral("qty")).toInt())),
                 qPrintable(stock));
        const QString shelf = visibleItem(QStringLiteral("shelfText"))->property("text").toString();
        QVERIFY2(shelf.contains(here.value(QStringLiteral("aisle")).toString())
                     && shelf.contains(here.value(QStringLiteral("bay")).toString()),
                 qPrintable(shelf));
        // The newest review is on screen.
        QTRY_VERIFY_WITH_TIMEOUT(sceneShowsText(window()->contentItem(),
                                                reviews.first().value(QStringLiteral("title")).toString()),
                                 15000);

        // Add to tote, taking it now: the tote gets the product and the variant.
        QSignalSpy added(m_kiosk->productPage(), &ProductPage::addToToteRequested);
        const int itemsBefore = m_kiosk->tote()->itemCount();
        QQuickItem *takeNow = visibleItem(QStringLiteral("takeNowButton"));
        QVERIFY(takeNow);
        QTRY_VERIFY(takeNow->isEnabled());
        QVERIFY(QMetaObject::invokeMethod(takeNow, "clicked"));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().at(1).toString(), variant.value(QStringLiteral("id")).toString());
        QCOMPARE(added.first().at(2).value<ProductPage::Fulfilment>(), ProductPage::Fulfilment::TakeNow);
        // ... and the tote on the device holds it, to take now.
        QTRY_COMPARE(m_kiosk->tote()->itemCount(), itemsBefore + 1);
        const QModelIndex last = m_kiosk->tote()->model()->index(m_kiosk->tote()->model()->rowCount() - 1);
        QVERIFY(last.isValid());
        QTRY_VERIFY(visibleItem(QStringLiteral("toteConfirmation")));
    }

    void searchAsYouTypeOpensAProduct()
    {
        const QJsonObject product = m_catalog.products.at(12);
        const QString word =
            product.value(QStringLiteral("brand")).toString().split(QLatin1Char(' ')).first();
        m_kiosk->navigation()->showSearch();
        QTRY_VERIFY(visibleItem(QStringLiteral("searchField")));
        QQuickItem *field = visibleItem(QStringLiteral("searchField"));
        field->forceActiveFocus();
        for (const QChar c : word)
            QTest::keyClick(window(), c.toLatin1()); // one keystroke at a time, as a shopper types
        QTRY_COMPARE(m_kiosk->search()->query(), word);
        QTRY_VERIFY_WITH_TIMEOUT(!m_kiosk->search()->loading() && m_kiosk->search()->rowCount() > 0, 15000);
        QTRY_VERIFY(visibleItem(QStringLiteral("searchResults"))->property("count").toInt() > 0);
        const QString first = m_kiosk->search()->index(0).data(SearchModel::ProductIdRole).toString();
        m_kiosk->products()->lookup(first); // what tapping the first card does
        QTRY_COMPARE(m_kiosk->navigation()->screen(), NavigationController::Screen::Product);
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->products()->productId(), first, 15000);
    }

    // Run again by CTest with QT_IM_MODULE=qtvirtualkeyboard under Xvfb (kioske2etest-keyboard).
    void onScreenKeyboardOpensForTextFields()
    {
        if (qEnvironmentVariable("QT_IM_MODULE") != QLatin1String("qtvirtualkeyboard"))
            QSKIP("the on-screen keyboard is tested with QT_IM_MODULE=qtvirtualkeyboard "
                  "(kioske2etest-keyboard)");
        // The keyboard's panel loads (the module and its QML dependencies are there) and stays hidden
        // until a text field asks for input.
        auto *root = m_kiosk->engine().rootObjects().value(0);
        QTRY_VERIFY(root->findChild<QQuickItem *>(QStringLiteral("keyboardPanel")));
        auto *panel = root->findChild<QQuickItem *>(QStringLiteral("keyboardPanel"));
        QCOMPARE(panel->property("active").toBool(), false);
        QVERIFY(!panel->isVisible());
        if (QGuiApplication::platformName() == QLatin1String("offscreen"))
            QSKIP("typing on the keyboard needs a window that can take focus; kioske2etest-keyboard "
                  "runs under Xvfb");

        // A shopper taps the search field: the keyboard opens; they tap keys on it and the search runs.
        // (This test's sessions time out after 3 s: each wait below also counts as the shopper's
        // activity, as their taps would.)
        const auto stillHere = [this] {
            m_kiosk->session()->activity();
            return true;
        };
        window()->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        m_kiosk->navigation()->showSearch();
        QTRY_VERIFY(stillHere() && visibleItem(QStringLiteral("searchField")));
        QPointer<QQuickItem> field = visibleItem(QStringLiteral("searchField"));
        QTest::mouseClick(window(), Qt::LeftButton, {},
                          field->mapToScene(QPointF(field->width() / 2, field->height() / 2)).toPoint());
        QTRY_VERIFY_WITH_TIMEOUT(stillHere() && panel->property("active").toBool(), 10000);
        QTRY_VERIFY(stillHere() && panel->isVisible());
        for (const QString &letter : {QStringLiteral("s"), QStringLiteral("o")}) {
            QTRY_VERIFY(stillHere() && keyboardKey(panel, letter));
            QTest::qWait(200); // the panel slides in; tap where the key ends up
            QQuickItem *key = keyboardKey(panel, letter);
            QVERIFY(key);
            QTest::mouseClick(window(), Qt::LeftButton, {},
                              key->mapToScene(QPointF(key->width() / 2, key->height() / 2)).toPoint());
        }
        QTRY_VERIFY(stillHere() && field && field->property("text").toString() == QLatin1String("so"));
        QCOMPARE(m_kiosk->search()->query(), QStringLiteral("so"));
    }

    // After productPageShowsStockAndReviewsAndAddsToTheTote: the tote has something to send.
    void emailDialogValidatesAndConfirms()
    {
        QTRY_VERIFY(m_kiosk->tote()->itemCount() > 0);
        m_kiosk->navigation()->showTote();
        QTRY_VERIFY(visibleItem(QStringLiteral("emailListButton")));
        QTRY_VERIFY(visibleItem(QStringLiteral("emailListButton"))->isEnabled());
        QVERIFY(QMetaObject::invokeMethod(visibleItem(QStringLiteral("emailListButton")), "clicked"));
        QTRY_VERIFY(visibleItem(QStringLiteral("emailDialog")));
        QQuickItem *field = visibleItem(QStringLiteral("emailField"));
        QQuickItem *send = visibleItem(QStringLiteral("sendListButton"));
        QQuickItem *consent = visibleItem(QStringLiteral("consentBox"));
        QVERIFY(field && send && consent);
        QCOMPARE(consent->property("checked").toBool(), false); // never ticked for the shopper
        field->forceActiveFocus();
        for (const QChar c : QStringLiteral("mari@"))
            QTest::keyClick(window(), c.toLatin1());
        QTRY_COMPARE(m_kiosk->email()->address(), QStringLiteral("mari@"));
        QTRY_VERIFY(visibleItem(QStringLiteral("emailAddressError")));
        QVERIFY(!send->isEnabled());
        for (const QChar c : QStringLiteral("example.ee"))
            QTest::keyClick(window(), c.toLatin1());
        QTRY_COMPARE(m_kiosk->email()->address(), QStringLiteral("mari@example.ee"));
        QTRY_VERIFY(!visibleItem(QStringLiteral("emailAddressError")));
        QTRY_VERIFY(send->isEnabled());
        QVERIFY(QMetaObject::invokeMethod(send, "clicked"));
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->email()->state(), EmailController::State::Sent, 20000);
        QTRY_VERIFY(visibleItem(QStringLiteral("emailStatus")));
        QVERIFY(visibleItem(QStringLiteral("emailStatus"))
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral("mari@example.ee")));
        QVERIFY(QMetaObject::invokeMethod(visibleItem(QStringLiteral("closeEmailButton")), "clicked"));
        QTRY_VERIFY(!visibleItem(QStringLiteral("emailDialog")));
    }

    // On a wall, "Reach" leaves the upper 40% of the screen without a single control, on every
    // screen a shopper uses; without it the header's controls sit at the top.
    void reachKeepsEveryControlInTheLowerPartOfTheWall()
    {
        window()->resize(1920, 1080);
        QTRY_VERIFY(m_kiosk->tote()->itemCount() > 0); // after the tote test: the tote screen has lines
        m_kiosk->products()->lookup(m_catalog.products.at(3).value(QStringLiteral("id")).toString());
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->products()->status(), ProductController::Status::Ready, 15000);
        QTRY_VERIFY(visibleItem(QStringLiteral("productName")));
        const double top = window()->height() * 0.4;
        QTRY_VERIFY(!controlsAbove(top).isEmpty()); // the test sees the header's controls up there

        QVERIFY(m_kiosk->display());
        m_kiosk->display()->setReachable(true);
        QTRY_VERIFY(visibleItem(QStringLiteral("reachBanner")));
        const QList<NavigationController::Screen> screens {NavigationController::Screen::Product,
                                                           NavigationController::Screen::Search,
                                                           NavigationController::Screen::Tote};
        for (const auto screen : screens) {
            m_kiosk->session()->activity();
            m_kiosk->navigation()->show(screen);
            QTRY_COMPARE(m_kiosk->navigation()->screen(), screen);
            QTest::qWait(300); // the layout settles after the screen's data
            const QStringList above = controlsAbove(top);
            QVERIFY2(above.isEmpty(), qPrintable(above.join(QStringLiteral("; "))));
        }
        // The session's end gives the next shopper the whole screen back.
        m_kiosk->session()->end();
        QTRY_VERIFY(!m_kiosk->display()->reachable());
        QTRY_VERIFY(!visibleItem(QStringLiteral("reachBanner")));
        window()->resize(1280, 800);
    }

    void idleSessionForgetsTheShopper()
    {
        QVERIFY(m_kiosk->languages()->setLanguage(QStringLiteral("pl")));
        m_kiosk->display()->setLargeText(true);
        m_kiosk->display()->setHighContrast(true);
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
        QVERIFY(!m_kiosk->display()->largeText());
        QVERIFY(!m_kiosk->display()->highContrast());
        QTRY_VERIFY(!visibleItem(QStringLiteral("productName")));
        QTRY_VERIFY(sceneShowsText(window()->contentItem(), QStringLiteral("Scan or tap a product")));
        QCOMPARE(m_kiosk->navigation()->screen(), NavigationController::Screen::Attract);
        QCOMPARE(m_kiosk->productPage()->reviews()->rowCount(), 0);
        QVERIFY(m_kiosk->search()->query().isEmpty());
        QVERIFY(m_kiosk->email()->address().isEmpty()); // the typed address is forgotten too
    }

    void cleanupTestCase() { m_kiosk.reset(); }
};

QTEST_MAIN(KioskE2eTest)
#include "kioske2etest.moc"
