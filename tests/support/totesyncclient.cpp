// SPDX-License-Identifier: MIT
// A tiny client process for the kill tests: it opens a ToteStore and either syncs it to a server or
// keeps adding lines, so the test can SIGKILL it at any moment and look at what survived.
//
//   totesyncclient sync DB URL TOKEN BATCH   exit 0 once everything is synced, 3 on a sync error
//   totesyncclient add DB COUNT               prints "added <lineId>" after each committed add,
//                                             then waits to be killed
#include <backendapi.h>
#include <httpclient.h>
#include <syncengine.h>
#include <totestore.h>

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace Omnitote;

namespace {

int sync(ToteStore &store, const QStringList &args)
{
    HttpClient http;
    http.setDefaultTimeoutMs(3000);
    BackendApi api(&http);
    api.setBaseUrl(QUrl(args.at(3)));
    api.setToken(args.at(4));
    SyncEngine engine(&store, &api);
    engine.setBatchSize(args.at(5).toInt());
    engine.setBackoff(5, 50);
    QObject::connect(&engine, &SyncEngine::stateChanged, [&engine] {
        if (engine.state() == SyncEngine::State::Error) {
            std::fprintf(stderr, "sync error: %s\n", qPrintable(engine.lastError()));
            QCoreApplication::exit(3);
        } else if (engine.isIdle() && engine.state() == SyncEngine::State::Synced) {
            QCoreApplication::exit(0);
        }
    });
    QTimer::singleShot(0, &engine, &SyncEngine::start);
    return QCoreApplication::exec();
}

int add(ToteStore &store, int count)
{
    for (int i = 0; i < count; ++i) {
        NewToteLine line;
        line.productId = QStringLiteral("p-%1").arg(i % 7);
        line.variantId = QStringLiteral("v-%1").arg(i % 3);
        line.qty = 1 + i % 5;
        line.productName = QStringLiteral("Item %1").arg(i);
        QString error;
        const QString lineId = store.add(line, &error);
        if (lineId.isEmpty()) {
            std::fprintf(stderr, "add failed: %s\n", qPrintable(error));
            return 1;
        }
        // Printed only after the commit: what the shopper "saw".
        std::printf("added %s\n", qPrintable(lineId));
        std::fflush(stdout);
    }
    // COUNT adds done (a tote holds at most ToteLimits::maxLines): wait for the test's kill, so
    // the exit is always the kill and never a normal end.
    QThread::sleep(120);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool isSync = args.size() == 6 && args.at(1) == QLatin1String("sync");
    const bool isAdd = args.size() == 4 && args.at(1) == QLatin1String("add");
    if (!isSync && !isAdd) {
        std::fprintf(stderr, "usage: totesyncclient sync DB URL TOKEN BATCH | add DB COUNT\n");
        return 2;
    }
    ToteStore store;
    QString error;
    if (!store.open(args.at(2), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return isSync ? sync(store, args) : add(store, args.at(3).toInt());
}
