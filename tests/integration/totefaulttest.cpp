// SPDX-License-Identifier: MIT
// The proof: the real server on loopback behind a proxy that drops, delays, cuts answers
// short and resets connections; the client process's store and engine restarted at random; the
// server restarted at random. After every seeded run the server's tote equals what the shopper
// intended: nothing lost, nothing doubled. Runs: OMNITOTE_FAULT_RUNS (default 200 on each back end),
// first seed: OMNITOTE_FAULT_SEED.
#include "democatalog.h"
#include "faultproxy.h"
#include "testserver.h"
#include "toteworkload.h"

#include <backendapi.h>
#include <httpclient.h>
#include <syncengine.h>
#include <totestore.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Omnitote;
using namespace Omnitote::Testing;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

bool waitUntil(const std::function<bool()> &done, QObject *sender, const char *signal, int timeoutMs)
{
    QSignalSpy spy(sender, signal);
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0)
            return false;
        spy.wait(int(qMin<qint64>(left, 200)));
    }
    return true;
}

} // namespace

class ToteFaultTest : public QObject
{
    Q_OBJECT

    QList<ToteItem> m_items;

    struct Rig
    {
        TestServer server;
        FaultProxy proxy {1};
        HttpClient http;
        BackendApi proxied {&http};
        BackendApi direct {&http};
        QTemporaryDir dir;
    };

    static std::optional<ServerTote> fetch(BackendApi &api, const QString &id, QString *error)
    {
        std::unique_ptr<ToteCall> call(api.tote(id));
        QSignalSpy finished(call.get(), &ApiCall::finished);
        if (!finished.wait(10000) || !call->ok()) {
            *error = call->isFinished() ? call->errorMessage() : QStringLiteral("no answer");
            return std::nullopt;
        }
        return call->result();
    }

    // One seeded run; "" on success, else what went wrong.
    QString run(Rig &rig, quint32 seed, bool restartServers)
    {
        QRandomGenerator random(seed);
        rig.proxy.reseed(seed);
        rig.proxy.setFaults({0.08, 0.06, 0.12, 0.25, 15});
        const QString file = rig.dir.filePath(QStringLiteral("run-%1.db").arg(seed));
        QString error;
        auto store = std::make_unique<ToteStore>();
        auto engine = std::make_unique<SyncEngine>(store.get(), &rig.proxied);
        const auto startClient = [&] {
            store = std::make_unique<ToteStore>();
            if (!store->open(file, &error))
                return false;
            engine = std::make_unique<SyncEngine>(store.get(), &rig.proxied);
            engine->setBatchSize(int(random.bounded(1, 12)));
            engine->setBackoff(1, 20);
            engine->setSeed(seed);
            engine->start();
            return true;
        };
        if (!startClient())
            return QStringLiteral("open: ") + error;

        ToteWorkload workload(m_items, seed);
        const int edits = int(random.bounded(5, 30));
        for (int i = 0; i < edits; ++i) {
            if (!workload.step(*store, &error))
                return QStringLiteral("edit %1: %2").arg(i).arg(error);
            if (random.bounded(3) == 0) // sometimes the engine gets to send between edits
                QTest::qWait(int(random.bounded(8)));
            if (random.bounded(100) < 4) { // the kiosk app restarts mid-sync
                engine.reset();
                store.reset();
                if (!startClient())
                    return QStringLiteral("reopen: ") + error;
            }
            if (restartServers && random.bounded(100) < 2) { // the server crashes and comes back
                if (!rig.server.restart(&error))
                    return QStringLiteral("server restart: ") + error;
                rig.proxy.setUpstreamPort(rig.server.runtime().port());
                rig.proxy.resetAll();
                rig.direct.setBaseUrl(rig.server.baseUrl());
            }
        }
        // The network heals; everything must arrive.
        rig.proxy.setFaults({});
        SyncEngine *sync = engine.get();
        if (!waitUntil([&] { return sync->isIdle() && sync->state() == SyncEngine::State::Synced; }, sync,
                       SIGNAL(stateChanged()), 30000))
            return QStringLiteral("not synced: state %1, %2 pending, %3")
                .arg(int(sync->state()))
                .arg(sync->pendingCount())
                .arg(sync->lastError());
        if (store->quarantinedCount() > 0)
            return QStringLiteral("ops refused: ") + store->quarantinedOps().first().second;
        if (const QString local = workload.diff(store->lines()); !local.isEmpty())
            return QStringLiteral("device: ") + local;
        const QString serverId = store->activeTote().serverId;
        if (workload.expected().isEmpty() && serverId.isEmpty())
            return {};
        const auto tote = fetch(rig.direct, serverId, &error);
        if (!tote)
            return QStringLiteral("GET tote: ") + error;
        if (const QString remote = workload.diff(tote->lines); !remote.isEmpty())
            return QStringLiteral("server: ") + remote;
        return {};
    }

private Q_SLOTS:
    void initTestCase() { m_items = toteItems(DemoCatalog::load(), 24); }

    void seededRuns_data()
    {
        QTest::addColumn<TestServer::Backend>("backend");
        QTest::addColumn<int>("runs");
        QTest::newRow("sqlite") << TestServer::Backend::Sqlite << envInt("OMNITOTE_FAULT_RUNS", 200);
        QTest::newRow("postgres") << TestServer::Backend::Postgres << envInt("OMNITOTE_FAULT_RUNS", 200);
    }

    void seededRuns()
    {
        QFETCH(TestServer::Backend, backend);
        QFETCH(int, runs);
        QVERIFY(m_items.size() > 4);
        Rig rig;
        QString error;
        bool skipped = false;
        if (!rig.server.start(backend, &error, &skipped)) {
            if (skipped)
                QSKIP(qPrintable(error));
            QFAIL(qPrintable(error));
        }
        QVERIFY2(rig.proxy.listen(rig.server.runtime().port(), &error), qPrintable(error));
        rig.http.setDefaultTimeoutMs(3000);
        rig.http.setConnectTimeoutMs(1000);
        const QString token = rig.server.token(Server::Principal::Role::Device);
        for (BackendApi *api : {&rig.proxied, &rig.direct})
            api->setToken(token);
        rig.proxied.setBaseUrl(rig.proxy.url());
        rig.direct.setBaseUrl(rig.server.baseUrl());

        const quint32 firstSeed = quint32(envInt("OMNITOTE_FAULT_SEED", 6000));
        for (int i = 0; i < runs; ++i) {
            const quint32 seed = firstSeed + quint32(i);
            const QString problem = run(rig, seed, true);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(problem)));
        }
        const FaultProxy::Counters faults = rig.proxy.counters();
        qInfo("%d runs; proxy: %d connections, %d dropped, %d reset, %d cut, %d delayed", runs,
              faults.connections, faults.dropped, faults.reset, faults.cut, faults.delayed);
        // The runs must actually have met every kind of fault.
        QVERIFY(faults.dropped > 0 && faults.reset > 0 && faults.cut > 0 && faults.delayed > 0);
    }
};

QTEST_GUILESS_MAIN(ToteFaultTest)
#include "totefaulttest.moc"
