// SPDX-License-Identifier: MIT
#pragma once

#include "kioskoptions.h"

#include <QObject>
#include <QQmlApplicationEngine>

#include <memory>

namespace Omnitote {

class BackendApi;
class BackendStatus;
class CameraController;
class CameraScanSource;
class ScanBeeper;
class EmbeddedBackend;
class HttpClient;
class LanguageController;
class ScanController;
class NavigationController;
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
    CameraController *camera() const { return m_camera; }

private:
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
    CameraScanSource *m_cameraSource = nullptr; // null with --camera none
    CameraController *m_camera;
    ScanBeeper *m_beeper;
};

} // namespace Omnitote
