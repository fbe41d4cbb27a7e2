// SPDX-License-Identifier: MIT
// Scan-to-product latency in the real kiosk: QML UI offscreen, embedded backend on 127.0.0.1 with
// the demo catalogue, a USB scanner in keyboard mode simulated by key events into the window.
// For each scan it measures from the scanner's last key (Enter) to
//   - the ScanEvent (the wedge has classified the burst),
//   - ProductController::productShown (the backend answered and the product is in the model),
//   - the next frame the window swapped after that (the product is on screen).
//
//   scanlatencybench [--scans N] [--warmup N]      (prints a table; exit 1 when nothing was measured)
#include "democatalog.h"

#include <backendstatus.h>
#include <kioskapplication.h>
#include <productcontroller.h>
#include <scancontroller.h>

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>

Q_IMPORT_QML_PLUGIN(OmnitotePlugin)
Q_IMPORT_QML_PLUGIN(Omnitote_KioskPlugin)

using namespace Omnitote;

namespace {

struct Sample
{
    double toScanEvent = -1;
    double toProductShown = -1;
    double toFrame = -1;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(qBound<qsizetype>(0, rank - 1, values.size() - 1));
}

/**
 * Stamps the moment the scanner's Enter reaches the application, before anything else sees it:
 * installed after the kiosk's filters, so it runs first (Qt calls the newest filter first).
 */
class EnterStamp : public QObject
{
public:
    qint64 atNs = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && watched->isWindowType()
            && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Return)
            atNs = scanClockNs();
        return false;
    }
};

/** Runs the event loop until `done` or `timeoutMs`; true when done. */
template<typename Done>
bool spinUntil(Done done, int timeoutMs)
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

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("scans"), QStringLiteral("Scans to measure (default 300)"), QStringLiteral("n")},
         {QStringLiteral("warmup"), QStringLiteral("Scans before measuring (default 20)"),
          QStringLiteral("n")}});
    parser.process(app);
    const int scans =
        parser.isSet(QStringLiteral("scans")) ? parser.value(QStringLiteral("scans")).toInt() : 300;
    const int warmup =
        parser.isSet(QStringLiteral("warmup")) ? parser.value(QStringLiteral("warmup")).toInt() : 20;
    QTextStream out(stdout);

    QTemporaryDir dataDir;
    KioskOptions options;
    options.dataDir = dataDir.path();
    options.idleSeconds = 3600;
    // QTest stamps each key when it sends it; on a loaded machine two of its keys can be further apart
    // than a real scanner's ever are. A wider gap keeps every burst a scan; it does not change what is
    // measured (from Enter on).
    options.hidMaxGapMs = 100;
    KioskApplication kiosk(options);
    if (!kiosk.start())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(kiosk.engine().rootObjects().value(0));
    if (!window
        || !spinUntil([&] { return kiosk.backendStatus()->state() == BackendStatus::State::Ready; }, 30000)) {
        out << "the kiosk or its backend did not start\n";
        return 1;
    }

    // Codes from the demo catalogue, a different product each time (so the screen really changes).
    const Testing::DemoCatalog catalog = Testing::DemoCatalog::load();
    QStringList codes;
    for (const QJsonObject &product : catalog.products)
        codes.append(Testing::DemoCatalog::firstVariant(product).value(QStringLiteral("gtin")).toString());

    EnterStamp enter;
    app.installEventFilter(&enter);
    qint64 scanNs = 0;
    qint64 shownNs = 0;
    qint64 frameNs = 0;
    QObject::connect(kiosk.scans(), &ScanController::accepted, [&] { scanNs = scanClockNs(); });
    QObject::connect(kiosk.products(), &ProductController::productShown, [&] {
        shownNs = scanClockNs();
        window->update(); // the frame after the model changed; offscreen windows draw on demand
    });
    QObject::connect(window, &QQuickWindow::frameSwapped, [&] {
        if (shownNs > 0 && frameNs == 0)
            frameNs = scanClockNs();
    });

    QList<Sample> samples;
    int missing = 0;
    for (int i = 0; i < warmup + scans; ++i) {
        const QString code = codes.at(i % codes.size());
        enter.atNs = scanNs = shownNs = frameNs = 0;
        for (const QChar c : code)
            QTest::keyClick(window, c.toLatin1());
        QTest::keyClick(window, Qt::Key_Return);
        const bool shown = spinUntil([&] { return frameNs > 0; }, 10000);
        if (!shown || kiosk.products()->code() != code) {
            ++missing;
            continue;
        }
        if (i >= warmup)
            samples.append({double(scanNs - enter.atNs) / 1e6, double(shownNs - enter.atNs) / 1e6,
                            double(frameNs - enter.atNs) / 1e6});
        // A pause like a shopper's between two products, longer than the wedge's key gap.
        spinUntil([] { return false; }, 40);
    }

    const auto column = [&](double Sample::*field) {
        QList<double> values;
        for (const Sample &sample : std::as_const(samples))
            values.append(sample.*field);
        return values;
    };
    out << "scans measured: " << samples.size() << " (after " << warmup << " warm-up), missing: " << missing
        << "\n\n";
    out << "| from the scanner's Enter to | p50 ms | p95 ms | max ms |\n|---|---|---|---|\n";
    const std::pair<const char *, double Sample::*> rows[] = {{"ScanEvent accepted", &Sample::toScanEvent},
                                                              {"productShown", &Sample::toProductShown},
                                                              {"next frame swapped", &Sample::toFrame}};
    for (const auto &[name, field] : rows) {
        const QList<double> values = column(field);
        out << "| " << name << " | " << QString::number(percentile(values, 50), 'f', 2) << " | "
            << QString::number(percentile(values, 95), 'f', 2) << " | "
            << QString::number(percentile(values, 100), 'f', 2) << " |\n";
    }
    // Missing scans (QTest's keys stalled past the gap on a loaded machine) are reported, not fatal.
    return samples.isEmpty() ? 1 : 0;
}
