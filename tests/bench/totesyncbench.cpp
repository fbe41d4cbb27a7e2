// SPDX-License-Identifier: MIT
// Benchmark: a kiosk that was offline queued N tote ops (default 10,000); the network comes back and
// the SyncEngine flushes them to the real server on loopback (in this process, on its event loop).
//
//   totesyncbench [--ops N] [--batch B] [--session-ops S] [--postgres URL]
//
// --session-ops S: a shopper session ends every S ops (a new tote each time), as when many shoppers
// used the kiosk during the outage; default: one tote holds everything.
//
// Prints the time to queue (one SQLite transaction per op, synchronous=FULL), the time to flush, and
// the per-batch round trip p50/p99. Not a CTest test: numbers go to docs/PERFORMANCE.md.
#include "democatalog.h"
#include "testserver.h"
#include "toteworkload.h"

#include <backendapi.h>
#include <httpclient.h>
#include <syncengine.h>
#include <totestore.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Omnitote;
using namespace Omnitote::Testing;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("ops"), QStringLiteral("Ops to queue."), QStringLiteral("N"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Ops per request."), QStringLiteral("B"),
                      QStringLiteral("100")});
    parser.addOption({QStringLiteral("session-ops"), QStringLiteral("Ops per shopper session (0: one tote)."),
                      QStringLiteral("S"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("postgres"), QStringLiteral("Server on PostgreSQL (admin URL)."),
                      QStringLiteral("URL")});
    parser.process(app);
    const int ops = parser.value(QStringLiteral("ops")).toInt();
    const int batch = parser.value(QStringLiteral("batch")).toInt();
    const int sessionOps = parser.value(QStringLiteral("session-ops")).toInt();

    if (parser.isSet(QStringLiteral("postgres")))
        qputenv("OMNITOTE_TEST_PG_URL", parser.value(QStringLiteral("postgres")).toUtf8());
    TestServer server;
    QString error;
    const auto backend = parser.isSet(QStringLiteral("postgres")) ? TestServer::Backend::Postgres
                                                                  : TestServer::Backend::Sqlite;
    if (!server.start(backend, &error)) {
        std::fprintf(stderr, "server: %s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    ToteStore store;
    if (!store.open(dir.filePath(QStringLiteral("tote.db")), &error)) {
        std::fprintf(stderr, "store: %s\n", qPrintable(error));
        return 1;
    }
    const QList<ToteItem> items = toteItems(DemoCatalog::load(), 40);
    ToteWorkload workload(items, 1);
    QElapsedTimer clock;
    clock.start();
    int sessions = 0;
    for (int queued = 0; queued < ops;) {
        const int count = sessionOps > 0 ? qMin(sessionOps, ops - queued) : ops;
        workload = ToteWorkload(items, quint32(++sessions));
        if (!workload.fill(store, count, &error) || (sessionOps > 0 && !store.endSession(&error))) {
            std::fprintf(stderr, "queue: %s\n", qPrintable(error));
            return 1;
        }
        queued += count;
    }
    const qint64 queueMs = clock.elapsed();

    HttpClient http;
    BackendApi api(&http);
    api.setBaseUrl(server.baseUrl());
    api.setToken(server.token(Server::Principal::Role::Device));
    SyncEngine engine(&store, &api);
    engine.setBatchSize(batch);
    QList<qint64> roundTrips;
    qint64 last = 0;
    QObject::connect(&store, &ToteStore::outboxChanged, [&] {
        roundTrips.append(clock.elapsed() - last);
        last = clock.elapsed();
    });
    QObject::connect(&engine, &SyncEngine::stateChanged, [&] {
        if (engine.state() == SyncEngine::State::Error) {
            std::fprintf(stderr, "sync error: %s\n", qPrintable(engine.lastError()));
            QCoreApplication::exit(1);
        } else if (engine.isIdle() && engine.state() == SyncEngine::State::Synced) {
            QCoreApplication::exit(0);
        }
    });
    clock.restart();
    engine.start();
    if (QCoreApplication::exec() != 0)
        return 1;
    const qint64 flushMs = clock.elapsed();
    std::sort(roundTrips.begin(), roundTrips.end());
    const auto pct = [&](double p) {
        return roundTrips.isEmpty()
            ? 0
            : roundTrips.at(qMin<qsizetype>(roundTrips.size() - 1, qsizetype(p * roundTrips.size())));
    };
    std::printf("backend=%s ops=%d batch=%d totes=%d queue_ms=%lld flush_ms=%lld ops_per_s=%.0f "
                "batches=%lld batch_ms_p50=%lld batch_ms_p99=%lld failed_attempts=%d\n",
                backend == TestServer::Backend::Sqlite ? "sqlite" : "postgres", ops, batch, sessions, queueMs,
                flushMs, flushMs > 0 ? ops * 1000.0 / flushMs : 0.0, qint64(roundTrips.size()), pct(0.5),
                pct(0.99), engine.failedAttempts());
    // The last tote must be on the device as intended, and nothing may be left in the outbox.
    return (sessionOps > 0 || workload.diff(store.lines()).isEmpty()) && store.pendingCount() == 0 ? 0 : 1;
}
