// SPDX-License-Identifier: MIT
#include "kioskapplication.h"

#include "backendstatus.h"
#include "embeddedbackend.h"
#include "languagecontroller.h"
#include "navigationcontroller.h"
#include "productcontroller.h"
#include "productpage.h"
#include "screenshottour.h"
#include "searchmodel.h"
#include "sessioncontroller.h"

#include <backendapi.h>
#include <httpclient.h>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QQuickWindow>
#include <QTimer>

Q_LOGGING_CATEGORY(lcKiosk, "omnitote.kiosk")

namespace Omnitote {

KioskApplication::KioskApplication(KioskOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_http(new HttpClient(this)),
      m_api(new BackendApi(m_http, this)), m_status(new BackendStatus(m_api, this)),
      m_products(new ProductController(m_api, this)), m_languages(new LanguageController(&m_engine, this)),
      m_session(new SessionController(m_options.idleSeconds * 1000, m_options.warningSeconds * 1000, this)),
      m_navigation(new NavigationController(this)), m_page(new ProductPage(m_products, m_api, this)),
      m_search(new SearchModel(m_api, this))
{
    // A shared tablet forgets the shopper: the product, the language they chose, and (as they
    // land) the tote and any customer data. The screen follows the models back to the attract screen.
    connect(m_session, &SessionController::ended, m_products, &ProductController::clear);
    connect(m_session, &SessionController::ended, m_search, &SearchModel::clear);
    connect(m_session, &SessionController::ended, m_navigation, &NavigationController::showAttract);
    // A scan or typed code opens the product screen from anywhere, already while it loads.
    connect(m_products, &ProductController::changed, m_navigation, [this] {
        if (m_products->status() == ProductController::Status::Loading)
            m_navigation->showProduct();
    });
    // "In stock here" means this device's store, known once the backend has said who we are.
    connect(m_status, &BackendStatus::changed, m_search,
            [this] { m_search->setStoreId(m_status->storeId()); });
    // The tote is its own component (toteclient); until it is wired, a request is only logged.
    connect(m_page, &ProductPage::addToToteRequested, this,
            [](const QString &productId, const QString &variantId, ProductPage::Fulfilment fulfilment) {
                qCInfo(lcKiosk) << "add to tote:" << productId << variantId << fulfilment;
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
    m_engine.setInitialProperties(
        {{QStringLiteral("backend"), QVariant::fromValue(m_status)},
         {QStringLiteral("products"), QVariant::fromValue(m_products)},
         {QStringLiteral("languages"), QVariant::fromValue(m_languages)},
         {QStringLiteral("session"), QVariant::fromValue(m_session)},
         {QStringLiteral("navigation"), QVariant::fromValue(m_navigation)},
         {QStringLiteral("page"), QVariant::fromValue(m_page)},
         {QStringLiteral("search"), QVariant::fromValue(m_search)},
         {QStringLiteral("keyboardEnabled"),
          qEnvironmentVariable("QT_IM_MODULE") == QLatin1String("qtvirtualkeyboard")}});
    m_engine.load(QUrl(QStringLiteral("qrc:/Omnitote/Main.qml")));
    if (m_engine.rootObjects().isEmpty())
        return false;
    m_session->watchInput();

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
    if (!m_options.lookupCode.isEmpty())
        m_products->lookup(m_options.lookupCode);
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
    // A product with colours, sizes, shelf stock, reviews and related products shows the whole page.
    const QString code =
        m_options.lookupCode.isEmpty() ? QStringLiteral("04740168000134") : m_options.lookupCode;
    auto *tour = new ScreenshotTour(parts, m_options.screenshotsDir, code, this);
    connect(tour, &ScreenshotTour::finished, this, [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
    tour->start();
}

} // namespace Omnitote
