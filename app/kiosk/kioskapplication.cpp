// SPDX-License-Identifier: MIT
#include "kioskapplication.h"

#include "admingate.h"
#include "associatemode.h"
#include "backendstatus.h"
#include "barcodeimageprovider.h"
#include "cameracontroller.h"
#include "checkoutcontroller.h"
#include "customerlinkcontroller.h"
#include "diagnosticsmodel.h"
#include "displayoptions.h"
#include "emailcontroller.h"
#include "embeddedbackend.h"
#include "imagecache.h"
#include "languagecontroller.h"
#include "navigationcontroller.h"
#include "productcontroller.h"
#include "productpage.h"
#include "scanbeeper.h"
#include "scancontroller.h"
#include "screenshottour.h"
#include "searchmodel.h"
#include "sessioncontroller.h"
#include "settingsmodel.h"
#include "totecontroller.h"

#include <backendapi.h>
#include <camerascansource.h>
#include <catalogservice.h>
#include <hidwedgescanner.h>
#include <httpclient.h>
#include <libnfcreader.h>
#include <simulatedscansource.h>
#ifdef OMNITOTE_HAVE_EVDEV
#include <evdevscanner.h>
#endif
#include <syncengine.h>
#include <totestore.h>

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>

Q_LOGGING_CATEGORY(lcKiosk, "omnitote.kiosk")

namespace Omnitote {

namespace {

// The product page's choice in the tote's wire names ("take" | "pickup" | "ship").
QString toteFulfilmentName(ProductPage::Fulfilment fulfilment)
{
    switch (fulfilment) {
    case ProductPage::Fulfilment::TakeNow:
        return QStringLiteral("take");
    case ProductPage::Fulfilment::PickUp:
        return QStringLiteral("pickup");
    case ProductPage::Fulfilment::Ship:
        return QStringLiteral("ship");
    }
    return QStringLiteral("ship");
}

} // namespace

namespace {

// Created before the UI loads (the viewfinder binds to it), started with the other sources.
CameraScanSource *makeCameraSource(const QString &camera, QObject *parent)
{
    if (camera.isEmpty() || camera == QLatin1String("none"))
        return nullptr;
    CameraScanSource::Config config;
    config.device = camera;
    auto *source = new CameraScanSource(config, parent);
    source->setObjectName(QStringLiteral("Camera"));
    return source;
}

} // namespace

KioskApplication::KioskApplication(KioskOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_http(new HttpClient(this)),
      m_api(new BackendApi(m_http, this)), m_status(new BackendStatus(m_api, this)),
      m_products(new ProductController(m_api, this)), m_languages(new LanguageController(&m_engine, this)),
      m_session(new SessionController((m_options.mode == KioskOptions::Mode::Associate
                                           ? m_options.associateIdleSeconds
                                           : m_options.idleSeconds)
                                          * 1000,
                                      m_options.warningSeconds * 1000, this)),
      m_scans(new ScanController(m_products, m_session, this)), m_toteStore(new ToteStore(this)),
      m_sync(new SyncEngine(m_toteStore, m_api, this)), m_tote(new ToteController(m_toteStore, m_sync, this)),
      m_navigation(new NavigationController(this)), m_page(new ProductPage(m_products, m_api, this)),
      m_search(new SearchModel(m_api, this)), m_admin(new AdminGate(m_options.adminPinHash, this)),
      m_settings(new SettingsModel(m_options, this)),
      m_diagnostics(
          new DiagnosticsModel({m_scans, m_status, m_api, m_sync, m_toteStore, m_options.dataDir}, this)),
      m_checkout(new CheckoutController(m_toteStore, m_sync, m_api, this)),
      m_email(new EmailController(m_api, m_toteStore, m_sync, this)), m_catalog(new CatalogService(this)),
      m_customer(new CustomerLinkController(m_toteStore, m_api, this)),
      m_cameraSource(makeCameraSource(m_options.camera, m_scans)),
      m_camera(new CameraController(m_cameraSource, this)), m_beeper(new ScanBeeper(this))
{
    // "Finish at checkout" shows its screen at once (it says when it is still saving); a new shopper
    // never sees the previous one's code.
    connect(m_checkout, &CheckoutController::started, m_navigation, &NavigationController::showCheckout);
    connect(m_session, &SessionController::ended, m_checkout, &CheckoutController::reset);
    // Scans and product pages keep working from the offline catalogue when the network is down.
    m_products->setCatalog(m_catalog);
    m_search->setCatalog(m_catalog); // search too, marked as offline results with their age
    // A customer's QR code (from any scanner) links the tote instead of opening a product; the tote
    // screen then shows the link. The link is shopper data: the session's end forgets it.
    m_scans->setCustomerLink(m_customer);
    connect(m_customer, &CustomerLinkController::changed, m_navigation, [this] {
        if (m_customer->state() != CustomerLinkController::State::None)
            m_navigation->showTote();
    });
    connect(m_session, &SessionController::ended, m_customer, &CustomerLinkController::forget);
    m_scans->setDedupeWindowMs(m_options.scanDedupeMs);
    // Every accepted scan beeps, whichever source it came from; rejected codes stay silent.
    connect(m_scans, &ScanController::accepted, m_beeper, &ScanBeeper::beep);
    if (m_options.mode == KioskOptions::Mode::Associate)
        m_associate = new AssociateMode({m_http, m_api, m_status, m_scans, m_session}, this);
    // The tote file lives with the kiosk's data; without it the tote screen explains, nothing crashes.
    QString toteError;
    if (!QDir().mkpath(m_options.dataDir)
        || !m_toteStore->open(m_options.dataDir + QStringLiteral("/tote.db"), &toteError))
        qCWarning(lcKiosk) << "the tote is not available:" << toteError;
    m_tote->setProductController(m_products);
    connect(m_session, &SessionController::ended, m_tote, &ToteController::endSession);
    // The typed address and any customer's cart belong to this shopper only.
    connect(m_session, &SessionController::ended, m_email, &EmailController::endSession);
    connect(m_languages, &LanguageController::changed, m_email,
            [this] { m_email->setLanguage(m_languages->current()); });
    connect(m_tote, &ToteController::added, m_session, &SessionController::activity);
    connect(m_languages, &LanguageController::changed, m_tote, &ToteController::refreshFormatting);
    // A shared tablet forgets the shopper: the product, the language they chose, and (as they
    // land) the tote and any customer data. The screen follows the models back to the attract screen.
    connect(m_session, &SessionController::ended, m_products, &ProductController::clear);
    connect(m_session, &SessionController::ended, m_search, &SearchModel::clear);
    connect(m_session, &SessionController::ended, m_navigation, &NavigationController::showAttract);
    // Settings left open on a shared device close with the session; unsaved edits are dropped.
    connect(m_session, &SessionController::ended, m_admin, &AdminGate::close);
    connect(m_session, &SessionController::ended, m_settings, &SettingsModel::revert);
    // The PIN pad and the admin screen run in a session of their own, so an unattended admin
    // screen times out like a shopper's (the gesture may start from the idle attract screen).
    connect(m_admin, &AdminGate::stateChanged, m_session, [this] {
        if (m_admin->state() != AdminGate::State::Closed)
            m_session->activity();
    });
    // A scan or typed code opens the product screen from anywhere, already while it loads.
    connect(m_products, &ProductController::changed, m_navigation, [this] {
        if (m_products->status() == ProductController::Status::Loading)
            m_navigation->showProduct();
    });
    // "In stock here" means this device's store, known once the backend has said who we are.
    connect(m_status, &BackendStatus::changed, m_search,
            [this] { m_search->setStoreId(m_status->storeId()); });
    // "Add to tote" on the product page adds the product and variant on screen.
    connect(m_page, &ProductPage::addToToteRequested, m_tote,
            [this](const QString &, const QString &, ProductPage::Fulfilment fulfilment) {
                m_tote->addCurrentProduct(toteFulfilmentName(fulfilment));
            });
    connect(m_session, &SessionController::ended, m_languages,
            [this] { m_languages->setLanguage(m_options.language); });
    // A scan or lookup starts or extends the session like a touch does.
    connect(m_products, &ProductController::productShown, m_session, &SessionController::activity);
    // Prices are formatted in the language's locale: a switch re-formats what is on screen.
    connect(m_languages, &LanguageController::changed, m_products, &ProductController::changed);
    connect(m_languages, &LanguageController::changed, m_page, &ProductPage::refreshTexts);
    connect(m_languages, &LanguageController::changed, m_search, &SearchModel::refreshTexts);
    m_languages->setLanguage(m_options.language);
    m_http->setUserAgent(QByteArrayLiteral("omnitote-kiosk/")
                         + QCoreApplication::applicationVersion().toLatin1());
    m_http->setDefaultTimeoutMs(8000);
    m_http->setConnectTimeoutMs(3000);
}

KioskApplication::~KioskApplication() = default;

bool KioskApplication::start()
{
    m_engine.addImportPath(QStringLiteral("qrc:/"));
    // Product photos seen once show offline too: a bounded disk cache in the kiosk's cache folder.
    QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (cacheDir.isEmpty())
        cacheDir = m_options.dataDir + QStringLiteral("/cache");
    m_images = std::make_unique<ImageCacheFactory>(cacheDir + QStringLiteral("/images"), 64LL * 1024 * 1024);
    m_engine.setNetworkAccessManagerFactory(m_images.get());
    m_engine.addImageProvider(QLatin1String(BarcodeImageProvider::providerId), new BarcodeImageProvider);
    if (m_associate) {
        QVariantMap properties = m_associate->qmlProperties();
        properties.insert(QStringLiteral("backend"), QVariant::fromValue(m_status));
        properties.insert(QStringLiteral("languages"), QVariant::fromValue(m_languages));
        properties.insert(QStringLiteral("session"), QVariant::fromValue(m_session));
        properties.insert(QStringLiteral("scans"), QVariant::fromValue(m_scans));
        properties.insert(QStringLiteral("keyboardEnabled"),
                          qEnvironmentVariable("QT_IM_MODULE") == QLatin1String("qtvirtualkeyboard"));
        m_engine.setInitialProperties(properties);
        m_engine.load(QUrl(QStringLiteral("qrc:/Omnitote/AssociateMain.qml")));
    } else {
        loadShopperUi();
    }
    if (m_engine.rootObjects().isEmpty())
        return false;
    // Larger text, contrast and reach are this shopper's choices: the next one starts from the defaults.
    m_display =
        m_engine.singletonInstance<DisplayOptions *>(qmlTypeId("Omnitote.Kiosk", 1, 0, "DisplayOptions"));
    if (m_display)
        connect(m_session, &SessionController::ended, m_display, &DisplayOptions::reset);
    return startServices();
}

void KioskApplication::loadShopperUi()
{
    m_engine.setInitialProperties(
        {{QStringLiteral("backend"), QVariant::fromValue(m_status)},
         {QStringLiteral("products"), QVariant::fromValue(m_products)},
         {QStringLiteral("languages"), QVariant::fromValue(m_languages)},
         {QStringLiteral("session"), QVariant::fromValue(m_session)},
         {QStringLiteral("navigation"), QVariant::fromValue(m_navigation)},
         {QStringLiteral("page"), QVariant::fromValue(m_page)},
         {QStringLiteral("search"), QVariant::fromValue(m_search)},
         {QStringLiteral("scans"), QVariant::fromValue(m_scans)},
         {QStringLiteral("tote"), QVariant::fromValue(m_tote)},
         {QStringLiteral("admin"), QVariant::fromValue(m_admin)},
         {QStringLiteral("settings"), QVariant::fromValue(m_settings)},
         {QStringLiteral("diagnostics"), QVariant::fromValue(m_diagnostics)},
         {QStringLiteral("checkout"), QVariant::fromValue(m_checkout)},
         {QStringLiteral("email"), QVariant::fromValue(m_email)},
         {QStringLiteral("customer"), QVariant::fromValue(m_customer)},
         {QStringLiteral("camera"), QVariant::fromValue(m_camera)},
         {QStringLiteral("keyboardEnabled"),
          qEnvironmentVariable("QT_IM_MODULE") == QLatin1String("qtvirtualkeyboard")}});
    m_engine.load(QUrl(QStringLiteral("qrc:/Omnitote/Main.qml")));
}

bool KioskApplication::startServices()
{
    m_session->watchInput();
    // After watchInput: the wedge's filter then runs first and keys it swallows never count twice.
    addScanSources();
    m_scans->startSources();

    if (m_options.embedded()) {
        m_embedded = new EmbeddedBackend(m_options.dataDir, this);
        connect(m_embedded, &EmbeddedBackend::ready, this,
                [this](const QUrl &url, const QString &token) { onBackendReady(url, token); });
        connect(m_embedded, &EmbeddedBackend::failed, this, [this](const QString &reason) {
            qCWarning(lcKiosk) << "embedded backend failed:" << reason;
            m_status->setFailed(tr("The built-in store system could not start: %1").arg(reason));
        });
        m_embedded->start();
    } else {
        onBackendReady(m_options.backendUrl, m_options.deviceToken);
    }
    if (!m_options.screenshotPath.isEmpty())
        scheduleScreenshot();
    if (!m_options.screenshotsDir.isEmpty())
        startScreenshotTour();
    return true;
}

void KioskApplication::onBackendReady(const QUrl &baseUrl, const QString &token)
{
    m_api->setBaseUrl(baseUrl);
    m_api->setToken(token);
    m_status->connectToBackend();
    // The offline catalogue loads (or resumes) in the background, on its own thread.
    CatalogSyncSettings catalog;
    catalog.path = m_options.dataDir + QStringLiteral("/catalog.db");
    catalog.baseUrl = baseUrl;
    catalog.token = token;
    m_catalog->start(catalog);
    // Resumes whatever a previous run left in the outbox, then follows every edit.
    if (m_toteStore->isOpen())
        m_sync->start();
    if (!m_options.lookupCode.isEmpty())
        m_products->lookup(m_options.lookupCode);
}

void KioskApplication::addScanSources()
{
    HidScanConfig hid;
    hid.prefix = m_options.hidPrefix;
    hid.suffix = m_options.hidSuffix;
    hid.maxGapMs = m_options.hidMaxGapMs;
    hid.minLength = m_options.hidMinLength;
    hid.gsSubstitute = m_options.hidGsSubstitute;
    if (m_options.hidWedge) {
        auto *wedge = new HidWedgeScanner(hid, m_scans);
        wedge->setObjectName(QStringLiteral("USB scanner (keyboard)"));
        m_scans->addSource(wedge);
    }
    if (!m_options.evdevDevice.isEmpty()) {
#ifdef OMNITOTE_HAVE_EVDEV
        auto *evdev = new EvdevScanner(m_options.evdevDevice, hid, m_scans);
        evdev->setObjectName(QStringLiteral("USB scanner (%1)").arg(m_options.evdevDevice));
        m_scans->addSource(evdev);
#else
        qCWarning(lcKiosk) << "--evdev-device needs Linux; ignored";
#endif
    }
    if (!m_options.nfcDevice.isEmpty()) {
        NfcReaderWorker::Settings nfc;
        nfc.connstring = m_options.nfcDevice == QLatin1String("auto") ? QString() : m_options.nfcDevice;
        nfc.productUrlPrefixes = m_options.nfcUrlPrefixes;
        auto *reader = new LibNfcReader(nfc, m_scans);
        reader->setObjectName(QStringLiteral("NFC reader (%1)").arg(m_options.nfcDevice));
        m_scans->addSource(reader);
    }
    if (m_cameraSource)
        m_scans->addSource(m_cameraSource);
    if (!m_options.simulateScansFile.isEmpty()) {
        auto *simulated = new SimulatedScanSource(ScanEvent::Source::HidScanner, m_scans);
        simulated->setObjectName(QStringLiteral("Simulated scanner"));
        QString error;
        if (simulated->loadFile(m_options.simulateScansFile, 3000, &error))
            m_scans->addSource(simulated);
        else
            qCWarning(lcKiosk) << error;
    }
}

void KioskApplication::scheduleScreenshot()
{
    // Settled means: the backend answered and, when a product was asked for, it is on screen and
    // its image has had time to load.
    auto *poll = new QTimer(this);
    poll->setInterval(100);
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    const auto shoot = [this, poll, deadline] {
        poll->stop();
        deadline->stop();
        QTimer::singleShot(800, this, [this] {
            auto *window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().value(0));
            const bool saved = window && window->grabWindow().save(m_options.screenshotPath);
            if (!saved)
                qCWarning(lcKiosk) << "could not save a screenshot to" << m_options.screenshotPath;
            QCoreApplication::exit(saved ? 0 : 1);
        });
    };
    connect(poll, &QTimer::timeout, this, [this, shoot] {
        const bool backendSettled = m_status->state() != BackendStatus::State::Starting;
        const bool productSettled = m_options.lookupCode.isEmpty()
            || m_products->status() == ProductController::Status::Ready
            || m_products->status() == ProductController::Status::Error;
        if (backendSettled && productSettled)
            shoot();
    });
    connect(deadline, &QTimer::timeout, this, shoot);
    poll->start();
    deadline->start(20000);
}

void KioskApplication::startScreenshotTour()
{
    ScreenshotTour::Parts parts;
    parts.window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().value(0));
    parts.backend = m_status;
    parts.languages = m_languages;
    parts.navigation = m_navigation;
    parts.products = m_products;
    parts.page = m_page;
    parts.search = m_search;
    parts.session = m_session;
    parts.display = m_display;
    // A product with colours, sizes, shelf stock, reviews and related products shows the whole page.
    const QString code =
        m_options.lookupCode.isEmpty() ? QStringLiteral("04740168000134") : m_options.lookupCode;
    auto *tour = new ScreenshotTour(parts, m_options.screenshotsDir, code, this);
    connect(tour, &ScreenshotTour::finished, this, [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
    tour->start();
}

} // namespace Omnitote
