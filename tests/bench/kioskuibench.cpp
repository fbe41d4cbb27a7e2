// SPDX-License-Identifier: MIT
// Kiosk UI benchmark (not a CTest test): cold start to the attract screen's first frame, scan to
// product page, frame intervals while scrolling reviews and search results, and peak memory.
// Run offscreen:  QT_QPA_PLATFORM=offscreen build/release/tests/kioskuibench
// or on X:        xvfb-run -a -s "-screen 0 1920x1080x24" build/release/tests/kioskuibench
#include "democatalog.h"

#include <backendstatus.h>
#include <kioskapplication.h>
#include <navigationcontroller.h>
#include <productcontroller.h>
#include <productpage.h>
#include <searchmodel.h>
#include <sessioncontroller.h>

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

Q_IMPORT_QML_PLUGIN(OmnitotePlugin)
Q_IMPORT_QML_PLUGIN(Omnitote_KioskPlugin)

using namespace Omnitote;

namespace {

QTextStream out(stdout);

// Runs the event loop until `done()` or the timeout; false on timeout.
template<typename Predicate>
bool spinUntil(Predicate done, int timeoutMs = 30000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * (values.size() - 1) + 0.5)));
}

QString vmHwm()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    }
    return QStringLiteral("?");
}

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (root->objectName() == name && root->isVisible())
        return root;
    for (auto *child : root->childItems()) {
        if (auto *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

// Scrolls `flickable` by `step` px once per frame for `frames` frames; prints frame intervals.
void scrollBench(QQuickWindow *window, QQuickItem *flickable, const char *what, int frames = 240,
                 double step = 30)
{
    QList<double> intervals;
    QElapsedTimer clock;
    int left = frames;
    double direction = 1;
    auto connection = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        if (clock.isValid())
            intervals.append(clock.nsecsElapsed() / 1e6);
        clock.start();
        const double contentY = flickable->property("contentY").toDouble();
        const double maxY = flickable->property("contentHeight").toDouble() - flickable->height();
        if (contentY + step * direction > maxY || contentY + step * direction < 0)
            direction = -direction;
        flickable->setProperty("contentY", contentY + step * direction);
        --left;
    });
    window->update(); // the first frame; each frame then scrolls and so asks for the next
    spinUntil([&] { return left <= 0; }, 120000);
    QObject::disconnect(connection);
    const int over =
        int(std::count_if(intervals.begin(), intervals.end(), [](double ms) { return ms > 16.7; }));
    out << what << ": " << intervals.size() << " frames, interval p50 " << percentile(intervals, 0.5)
        << " ms, p95 " << percentile(intervals, 0.95) << " ms, max " << percentile(intervals, 1.0) << " ms, "
        << over << " over 16.7 ms\n";
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QGuiApplication app(argc, argv);
    QTemporaryDir dataDir;
    KioskOptions options;
    options.dataDir = dataDir.path();
    options.idleSeconds = 3600;
    KioskApplication kiosk(options);
    if (!kiosk.start())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(kiosk.engine().rootObjects().value(0));
    bool firstFrame = false;
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] { firstFrame = true; });
    spinUntil([&] { return firstFrame; });
    out << "platform: " << QGuiApplication::platformName()
        << ", scene graph backend: " << QQuickWindow::sceneGraphBackend()
        << (QQuickWindow::sceneGraphBackend().isEmpty() ? "(default)" : "")
        << ", graphics api: " << int(window->rendererInterface()->graphicsApi()) << "\n";
    out << "cold start (main() to the attract screen's first frame): " << sinceMain.elapsed() << " ms\n";
    spinUntil([&] { return kiosk.backendStatus()->state() == BackendStatus::State::Ready; });
    out << "embedded backend ready (store name on the attract screen): " << sinceMain.elapsed() << " ms\n";
    out.flush();
    window->resize(1920, 1080);

    // Scan to product page: lookup of a scanned GTIN until the frame that shows the product.
    const auto catalog = Testing::DemoCatalog::load();
    QList<double> scanMs;
    for (int i = 0; i < 60; ++i) {
        const auto variant =
            Testing::DemoCatalog::firstVariant(catalog.products.at((i * 7) % catalog.products.size()));
        const QString gtin = variant.value(QStringLiteral("gtin")).toString();
        if (gtin.isEmpty())
            continue;
        bool shown = false;
        bool painted = false;
        auto c1 = QObject::connect(kiosk.products(), &ProductController::productShown, window,
                                   [&] { shown = true; });
        auto c2 = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] { painted = shown; });
        QElapsedTimer scan;
        scan.start();
        kiosk.products()->lookup(gtin);
        spinUntil([&] { return painted; });
        scanMs.append(scan.nsecsElapsed() / 1e6);
        QObject::disconnect(c1);
        QObject::disconnect(c2);
        spinUntil([&] {
            return !kiosk.productPage()->reviews()->loading()
                && !kiosk.productPage()->availability()->loading();
        });
    }
    out << "scan to product page painted (" << scanMs.size() << " GTINs, wall layout): p50 "
        << percentile(scanMs, 0.5) << " ms, p95 " << percentile(scanMs, 0.95) << " ms, max "
        << percentile(scanMs, 1.0) << " ms\n";

    // Reviews: the product with the most reviews, on a portrait tablet (one scrolling column).
    QString most;
    for (auto it = catalog.reviewsByProduct.begin(); it != catalog.reviewsByProduct.end(); ++it) {
        if (most.isEmpty() || it.value().size() > catalog.reviewsByProduct.value(most).size())
            most = it.key();
    }
    window->resize(800, 1280);
    kiosk.products()->lookup(most);
    spinUntil([&] {
        return kiosk.products()->productId() == most && kiosk.productPage()->reviews()->productId() == most
            && !kiosk.productPage()->reviews()->loading();
    });
    while (kiosk.productPage()
               ->reviews()
               ->hasMore()) { // the whole list, so scrolling never waits for the network
        kiosk.productPage()->reviews()->loadMore();
        spinUntil([&] { return !kiosk.productPage()->reviews()->loading(); });
    }
    spinUntil([] { return false; }, 500); // let the list lay out
    if (auto *reviews = findItem(window->contentItem(), QStringLiteral("reviewList"))) {
        out << "reviews: " << kiosk.productPage()->reviews()->count() << " of product " << most << "\n";
        scrollBench(window, reviews, "scrolling reviews (800x1280)");
    }

    // Search results: browse everything on the wall.
    window->resize(1920, 1080);
    kiosk.navigation()->showSearch();
    spinUntil([&] { return kiosk.search()->searched() && !kiosk.search()->loading(); });
    spinUntil([] { return false; }, 500);
    if (auto *grid = findItem(window->contentItem(), QStringLiteral("searchResults")))
        scrollBench(window, grid, "scrolling search results (1920x1080, pages fetched while scrolling)");

    out << "peak memory (VmHWM): " << vmHwm() << "\n";
    out.flush();
    return 0;
}
