// SPDX-License-Identifier: MIT
// SyncEngine against a scripted tote server on loopback (QHttpServer): order, batches, backoff, the
// refused-op quarantine, a stop on 401, and resuming after a restart. The real server and a
// misbehaving network are exercised in tests/integration/totefaulttest.cpp.
#include <backendapi.h>
#include <httpclient.h>
#include <syncengine.h>
#include <totestore.h>

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Omnitote;

namespace {

/** Just enough of the tote API: all-or-nothing batches, idempotent by opId, and failures on demand. */
class ScriptedToteServer
{
public:
    QList<int> failures; // statuses to answer (without applying) before behaving
    QList<int> batchSizes;
    int applied = 0; // ops applied, each opId once
    int creates = 0;
    QMap<QString, QJsonObject> lines; // lineId -> line
    QSet<QString> seen;

    quint16 listen()
    {
        m_server.route(QStringLiteral("/v1/totes"), QHttpServerRequest::Method::Post, [this] {
            ++creates;
            return QHttpServerResponse(QJsonObject {{QStringLiteral("id"), QStringLiteral("tote-1")},
                                                    {QStringLiteral("pickupCode"), QStringLiteral("AB12")},
                                                    {QStringLiteral("version"), 0}},
                                       QHttpServerResponse::StatusCode::Created);
        });
        m_server.route(QStringLiteral("/v1/totes/<arg>/ops"), QHttpServerRequest::Method::Post,
                       [this](const QString &, const QHttpServerRequest &request) { return ops(request); });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }

private:
    static QHttpServerResponse problem(int status, const QString &detail)
    {
        const QJsonObject body {{QStringLiteral("title"), QStringLiteral("Refused")},
                                {QStringLiteral("status"), status},
                                {QStringLiteral("detail"), detail}};
        return QHttpServerResponse("application/problem+json", QJsonDocument(body).toJson(),
                                   QHttpServerResponse::StatusCode(status));
    }

    QHttpServerResponse ops(const QHttpServerRequest &request)
    {
        if (!failures.isEmpty())
            return problem(failures.takeFirst(), QStringLiteral("scripted failure"));
        const QJsonArray batch =
            QJsonDocument::fromJson(request.body()).object().value(QLatin1String("ops")).toArray();
        batchSizes.append(int(batch.size()));
        for (const auto &value : batch) {
            if (value.toObject().value(QLatin1String("productId")).toString() == QLatin1String("unknown"))
                return problem(400, QStringLiteral("unknown product"));
        }
        for (const auto &value : batch) {
            const QJsonObject op = value.toObject();
            const QString opId = op.value(QLatin1String("opId")).toString();
            if (seen.contains(opId))
                continue;
            seen.insert(opId);
            ++applied;
            const QString type = op.value(QLatin1String("type")).toString();
            const QString lineId = op.value(QLatin1String("lineId")).toString();
            if (type == QLatin1String("add"))
                lines.insert(lineId, op);
            else if (type == QLatin1String("remove"))
                lines.remove(lineId);
            else if (type == QLatin1String("setQty"))
                lines[lineId].insert(QStringLiteral("qty"), op.value(QLatin1String("qty")));
            else if (type == QLatin1String("setFulfilment"))
                lines[lineId].insert(QStringLiteral("fulfilment"), op.value(QLatin1String("fulfilment")));
        }
        QJsonArray out;
        for (const QJsonObject &line : std::as_const(lines))
            out.append(line);
        return QHttpServerResponse(QJsonObject {{QStringLiteral("id"), QStringLiteral("tote-1")},
                                                {QStringLiteral("version"), applied},
                                                {QStringLiteral("lines"), out}});
    }

    QHttpServer m_server;
};

NewToteLine product(const QString &id)
{
    NewToteLine line;
    line.productId = id;
    line.variantId = id + QStringLiteral("-v");
    line.unitPrice = 100;
    line.currency = QStringLiteral("EUR");
    line.productName = id;
    return line;
}

} // namespace

class SyncEngineTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    HttpClient m_http;
    BackendApi m_api {&m_http};
    std::unique_ptr<ScriptedToteServer> m_server;
    int m_file = 0;

    QString nextFile() { return m_dir.filePath(QStringLiteral("tote-%1.db").arg(++m_file)); }

    static bool waitSynced(SyncEngine &engine)
    {
        QSignalSpy synced(&engine, &SyncEngine::synced);
        while (!engine.isIdle() || engine.state() != SyncEngine::State::Synced) {
            if (!synced.wait(10000))
                return false;
        }
        return true;
    }

    void compareLines(const ToteStore &store)
    {
        QCOMPARE(m_server->lines.size(), store.lines().size());
        for (const ToteLine &line : store.lines()) {
            const QJsonObject server = m_server->lines.value(line.lineId);
            QCOMPARE(server.value(QLatin1String("qty")).toInt(), line.qty);
            QCOMPARE(server.value(QLatin1String("fulfilment")).toString(), fulfilmentName(line.fulfilment));
        }
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ScriptedToteServer>();
        const quint16 port = m_server->listen();
        QVERIFY(port != 0);
        m_api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        m_api.setToken(QStringLiteral("device-token"));
    }

    void sendsInOrderInBatches()
    {
        ToteStore store;
        QString error;
        QVERIFY(store.open(nextFile(), &error));
        for (int i = 0; i < 12; ++i)
            store.add(product(QStringLiteral("p%1").arg(i)), &error);
        for (int i = 0; i < 6; ++i)
            QVERIFY(store.setQty(store.lines().at(i).lineId, 2 + i, &error));
        const QString gone = store.lines().at(7).lineId;
        store.setFulfilment(gone, Fulfilment::Ship, &error);
        store.remove(gone, &error);
        QCOMPARE(store.pendingCount(), 20);

        SyncEngine engine(&store, &m_api);
        engine.setBatchSize(8);
        QCOMPARE(engine.state(), SyncEngine::State::Pending); // not started, nothing sent yet
        engine.start();
        QVERIFY(waitSynced(engine));
        QCOMPARE(m_server->creates, 1);
        QCOMPARE(m_server->batchSizes, QList<int>({8, 8, 4}));
        QCOMPARE(m_server->applied, 20);
        QCOMPARE(store.pendingCount(), 0);
        QCOMPARE(store.activeTote().serverId, QStringLiteral("tote-1"));
        QCOMPARE(store.activeTote().pickupCode, QStringLiteral("AB12"));
        QCOMPARE(store.activeTote().version, 20);
        compareLines(store);

        // New edits flow on their own.
        store.setQty(store.lines().first().lineId, 9, &error);
        QVERIFY(waitSynced(engine));
        QCOMPARE(m_server->lines.value(store.lines().first().lineId).value(QLatin1String("qty")).toInt(), 9);
    }

    void backsOffOnServerErrorsThenCatchesUp()
    {
        m_server->failures = {503, 409, 502}; // 409 without an opId: a race, send again
        ToteStore store;
        QString error;
        QVERIFY(store.open(nextFile(), &error));
        store.add(product(QStringLiteral("a")), &error);
        store.add(product(QStringLiteral("b")), &error);
        SyncEngine engine(&store, &m_api);
        engine.setBackoff(5, 40);
        engine.setSeed(7);
        QList<SyncEngine::State> states;
        connect(&engine, &SyncEngine::stateChanged, this, [&] {
            if (states.isEmpty() || states.last() != engine.state())
                states.append(engine.state());
        });
        engine.start();
        QVERIFY(waitSynced(engine));
        QCOMPARE(engine.failedAttempts(), 3);
        QVERIFY(states.contains(SyncEngine::State::Offline));
        QCOMPARE(states.last(), SyncEngine::State::Synced);
        QVERIFY(engine.lastError().isEmpty());
        QCOMPARE(m_server->applied, 2);
        compareLines(store);
    }

    void refusedOpIsSetAsideAndTheRestFlows()
    {
        ToteStore store;
        QString error;
        QVERIFY(store.open(nextFile(), &error));
        const QString good = store.add(product(QStringLiteral("good")), &error);
        store.add(product(QStringLiteral("unknown")), &error);
        store.add(product(QStringLiteral("other")), &error);
        store.setQty(good, 3, &error);
        SyncEngine engine(&store, &m_api);
        engine.start();
        QVERIFY(waitSynced(engine));
        QCOMPARE(store.quarantinedCount(), 1);
        const auto quarantined = store.quarantinedOps();
        QCOMPARE(quarantined.first().first.body.value(QLatin1String("productId")).toString(),
                 QStringLiteral("unknown"));
        QVERIFY2(quarantined.first().second.contains(QLatin1String("unknown product")),
                 qPrintable(quarantined.first().second));
        QVERIFY(engine.lastError().contains(QLatin1String("unknown product")));
        QCOMPARE(m_server->applied, 3);
        QCOMPARE(m_server->lines.size(), 2);
        QCOMPARE(m_server->lines.value(good).value(QLatin1String("qty")).toInt(), 3);
        // First the whole batch (refused), then one at a time.
        QCOMPARE(m_server->batchSizes, QList<int>({4, 1, 1, 1, 1}));
    }

    void stopsOnAuthorizationErrorUntilRetried()
    {
        m_server->failures = {401};
        ToteStore store;
        QString error;
        QVERIFY(store.open(nextFile(), &error));
        store.add(product(QStringLiteral("a")), &error);
        SyncEngine engine(&store, &m_api);
        engine.setBackoff(1, 2);
        QSignalSpy changed(&engine, &SyncEngine::stateChanged);
        engine.start();
        QTRY_COMPARE(engine.state(), SyncEngine::State::Error);
        QVERIFY(engine.lastError().contains(QLatin1String("401")));
        QCOMPARE(store.pendingCount(), 1); // nothing dropped
        engine.retryNow();
        QVERIFY(waitSynced(engine));
        QCOMPARE(m_server->applied, 1);
    }

    void tooLargeBatchesAreSplit()
    {
        m_server->failures = {413};
        ToteStore store;
        QString error;
        QVERIFY(store.open(nextFile(), &error));
        for (int i = 0; i < 6; ++i)
            store.add(product(QStringLiteral("p%1").arg(i)), &error);
        SyncEngine engine(&store, &m_api);
        engine.setBatchSize(6);
        engine.start();
        QVERIFY(waitSynced(engine));
        QCOMPARE(m_server->batchSizes, QList<int>({3, 3}));
        QCOMPARE(m_server->applied, 6);
    }

    void offlineWhenNothingAnswers()
    {
        ToteStore store;
        QString error;
        QVERIFY(store.open(nextFile(), &error));
        store.add(product(QStringLiteral("a")), &error);
        HttpClient http;
        BackendApi nowhere(&http);
        nowhere.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
        nowhere.setToken(QStringLiteral("t"));
        SyncEngine engine(&store, &nowhere);
        engine.setBackoff(1000, 1000);
        engine.start();
        QTRY_COMPARE(engine.state(), SyncEngine::State::Offline);
        QCOMPARE(engine.pendingCount(), 1);
        QVERIFY(!engine.lastError().isEmpty());
    }

    void resumesAfterRestartWithoutDuplicates()
    {
        const QString file = nextFile();
        QString error;
        {
            ToteStore store;
            QVERIFY(store.open(file, &error));
            for (int i = 0; i < 30; ++i)
                store.add(product(QStringLiteral("p%1").arg(i)), &error);
            SyncEngine engine(&store, &m_api);
            engine.setBatchSize(10);
            QSignalSpy outbox(&store, &ToteStore::outboxChanged);
            engine.start();
            QVERIFY(outbox.wait(10000)); // the first batch was acknowledged
            // The engine goes away with the next batch in flight (the process ended).
        }
        QVERIFY(m_server->applied >= 10);
        ToteStore store;
        QVERIFY(store.open(file, &error));
        QVERIFY(store.pendingCount() <= 20);
        SyncEngine engine(&store, &m_api);
        engine.setBatchSize(10);
        engine.start();
        QVERIFY(waitSynced(engine));
        QCOMPARE(m_server->applied, 30);
        QCOMPARE(m_server->creates, 1);
        compareLines(store);
    }
};

QTEST_GUILESS_MAIN(SyncEngineTest)
#include "syncenginetest.moc"
