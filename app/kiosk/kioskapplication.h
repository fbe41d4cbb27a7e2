// SPDX-License-Identifier: MIT
#pragma once

#include "kioskoptions.h"

#include <QObject>
#include <QQmlApplicationEngine>

#include <memory>

namespace Omnitote {

class AdminGate;
class AssociateMode;
class BackendApi;
class CheckoutController;
class DiagnosticsModel;
class DisplayOptions;
class SettingsModel;
class BackendStatus;
class EmailController;
class CameraController;
class CameraScanSource;
class ScanBeeper;
class EmbeddedBackend;
class HttpClient;
class LanguageController;
class ScanController;
class NavigationController;
class CatalogService;
class CustomerLinkController;
class ImageCacheFactory;
class ProductPage;
class SearchModel;
class SessionController;
class ProductController;
class SyncEngine;
class ToteController;
class ToteStore;

/** Builds the kiosk's long-lived objects, connects them, and loads the UI. */
class KioskApplication : public QObject
{
    Q_OBJECT
public:
    explicit KioskApplication(KioskOptions options, QObject *parent = nullptr);
    ~KioskApplication() override;

    /** Loads the QML UI; false when it cannot be loaded (the reason is on stderr). */
    bool start();

    QQmlApplicationEngine &engine() { return m_engine; }
    ProductController *products() const { return m_products; }
    BackendStatus *backendStatus() const { return m_status; }
    LanguageController *languages() const { return m_languages; }
    SessionController *session() const { return m_session; }
    ScanController *scans() const { return m_scans; }
    ToteController *tote() const { return m_tote; }
    NavigationController *navigation() const { return m_navigation; }
    ProductPage *productPage() const { return m_page; }
    SearchModel *search() const { return m_search; }
    AdminGate *admin() const { return m_admin; }
    SettingsModel *settings() const { return m_settings; }
    DiagnosticsModel *diagnostics() const { return m_diagnostics; }

    CheckoutController *checkout() const { return m_checkout; }
    /** Associate mode only (nullptr for the shopper's kiosk). */
    AssociateMode *associate() const { return m_associate; }
    EmailController *email() const { return m_email; }
    CatalogService *catalog() const { return m_catalog; }
    CustomerLinkController *customer() const { return m_customer; }
    CameraController *camera() const { return m_camera; }
    /** The shopper's display choices; null until start() has loaded the UI. */
    DisplayOptions *display() const { return m_display; }

private:
    void loadShopperUi();
    bool startServices();
    void onBackendReady(const QUrl &baseUrl, const QString &token);
    void scheduleScreenshot();
    void addScanSources();
    void startScreenshotTour();

    KioskOptions m_options;
    HttpClient *m_http;
    BackendApi *m_api;
    BackendStatus *m_status;
    ProductController *m_products;
    EmbeddedBackend *m_embedded = nullptr;
    std::unique_ptr<ImageCacheFactory> m_images; // the engine does not own it: declared before, outlives it
    QQmlApplicationEngine m_engine;
    LanguageController *m_languages;
    SessionController *m_session;
    ScanController *m_scans;
    ToteStore *m_toteStore;
    SyncEngine *m_sync;
    ToteController *m_tote;
    NavigationController *m_navigation;
    ProductPage *m_page;
    SearchModel *m_search;
    AdminGate *m_admin;
    SettingsModel *m_settings;
    DiagnosticsModel *m_diagnostics;
    CheckoutController *m_checkout;
    AssociateMode *m_associate = nullptr;
    EmailController *m_email;
    CatalogService *m_catalog;
    CustomerLinkController *m_customer;
    CameraScanSource *m_cameraSource = nullptr; // null with --camera none
    CameraController *m_camera;
    ScanBeeper *m_beeper;
    DisplayOptions *m_display = nullptr; // the QML singleton, owned by the engine
};

} // namespace Omnitote
