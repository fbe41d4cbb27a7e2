// SPDX-License-Identifier: MIT
// Op-batch latency with many tablets at once: 500 simulated kiosks, each with its own device token
// and tote, send small op batches concurrently to one real server on loopback (SQLite or
// PostgreSQL). Opt-in (OMNITOTE_BENCH=1); it measures, it does not assert speed.
//
//   OMNITOTE_BENCH=1 ctest --test-dir build/release -R 'postgres-start|totetabletsbench|postgres-stop' -V
//
// The server runs on its own thread (as in omnitote-server, one thread serves all requests), the
// tablets share one HttpClient on the test's thread (one connection each). Two loads:
// - burst: every tablet sends its next batch as soon as the previous one is answered (the store's
//   Wi-Fi came back and all tablets flush at once): latency is mostly queueing behind the others;
// - paced: a tablet waits 0-2 s (random) between batches, like shoppers editing at human speed.
// Latency is from send to answer on the client, for batches of 5 ops with `?lines=changed`, as the
// kiosk's SyncEngine sends them.
#include "democatalog.h"
#include "testserver.h"

#include <httpclient.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Omnitote;
using namespace Omnitote::Testing;

namespace {

constexpr int kTablets = 500;
constexpr int kBatchesPerTablet = 10;
constexpr int kOpsPerBatch = 5;

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/** One simulated kiosk: its token, its tote, the lines it added, and its batches in flight. */
struct Tablet
{
    QByteArray authorization;
    QString toteId;
    QStringList lineIds;
    int sent = 0;
};

} // namespace

class ToteTabletsBench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tablets_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("maxThinkMs");
        QTest::newRow("sqlite, burst") << QStringLiteral("sqlite") << 0;
        QTest::newRow("sqlite, paced") << QStringLiteral("sqlite") << 2000;
        QTest::newRow("postgresql, burst") << QStringLiteral("postgresql") << 0;
        QTest::newRow("postgresql, paced") << QStringLiteral("postgresql") << 2000;
    }
    void tablets()
    {
        if (!qEnvironmentVariableIsSet("OMNITOTE_BENCH"))
            QSKIP("benchmark: set OMNITOTE_BENCH=1 to run it");
        QFETCH(QString, backend);
        QFETCH(int, maxThinkMs);

        // The server on its own thread: everything touching it runs there, through `onServer`.
        QThread serverThread;
        serverThread.setObjectName(QStringLiteral("bench-server"));
        serverThread.start();
        QObject serverContext;
        serverContext.moveToThread(&serverThread);
        const auto onServer = [&](const std::function<void()> &work) {
            QMetaObject::invokeMethod(&serverContext, work, Qt::BlockingQueuedConnection);
        };
        std::unique_ptr<TestServer> server;
        QString error;
        bool started = false;
        bool skipped = false;
        QList<Tablet> tablets(kTablets);
        QUrl baseUrl;
        onServer([&] {
            server = std::make_unique<TestServer>();
            started = server->start(backend == QLatin1String("sqlite") ? TestServer::Backend::Sqlite
                                                                       : TestServer::Backend::Postgres,
                                    &error, &skipped);
            if (!started)
                return;
            baseUrl = server->baseUrl();
            for (Tablet &tablet : tablets)
                tablet.authorization = "Bearer " + server->token(Server::Principal::Role::Device).toLatin1();
        });
        const auto cleanUp = qScopeGuard([&] {
            onServer([&] { server.reset(); });
            serverThread.quit();
            serverThread.wait();
        });
        if (!started && skipped)
            QSKIP(qPrintable(error));
        QVERIFY2(started, qPrintable(error));

        const DemoCatalog catalog = DemoCatalog::load();
        QList<std::pair<QString, QString>> products;
        for (const auto &product : catalog.products) {
            if (!product.value(QStringLiteral("onlineOnly")).toBool())
                products.append({product.value(QStringLiteral("id")).toString(),
                                 DemoCatalog::firstVariant(product).value(QStringLiteral("id")).toString()});
        }

        HttpClient http;
        http.setDefaultTimeoutMs(120000);
        const auto request = [&](const Tablet &tablet, const QString &path, const QJsonObject &body) {
            HttpRequest post;
            post.method = HttpRequest::Method::Post;
            post.url = baseUrl.resolved(QUrl(path));
            post.headers = {{"Authorization", tablet.authorization}, {"Content-Type", "application/json"}};
            post.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            return http.send(post);
        };
        // Each tablet's tote, created one after another (not measured).
        for (Tablet &tablet : tablets) {
            std::unique_ptr<HttpReply> reply(request(tablet, QStringLiteral("/v1/totes"), {}));
            QSignalSpy finished(reply.get(), &HttpReply::finished);
            if (!reply->isFinished())
                QVERIFY(finished.wait(30000));
            QCOMPARE(reply->status(), 201);
            tablet.toteId = QJsonDocument::fromJson(reply->body())[QStringLiteral("id")].toString();
        }

        QRandomGenerator random(42);
        const auto nextBatch = [&](Tablet &tablet) {
            QJsonArray ops;
            for (int i = 0; i < kOpsPerBatch; ++i) {
                // The first op of each batch adds a line; the rest change quantities of its lines.
                if (i == 0 || tablet.lineIds.isEmpty()) {
                    const auto &product = products.at(int(random.bounded(int(products.size()))));
                    tablet.lineIds.append(uuid());
                    ops.append(QJsonObject {{QStringLiteral("opId"), uuid()},
                                            {QStringLiteral("type"), QStringLiteral("add")},
                                            {QStringLiteral("lineId"), tablet.lineIds.last()},
                                            {QStringLiteral("productId"), product.first},
                                            {QStringLiteral("variantId"), product.second},
                                            {QStringLiteral("qty"), 1}});
                } else {
                    ops.append(
                        QJsonObject {{QStringLiteral("opId"), uuid()},
                                     {QStringLiteral("type"), QStringLiteral("setQty")},
                                     {QStringLiteral("lineId"),
                                      tablet.lineIds.at(int(random.bounded(int(tablet.lineIds.size()))))},
                                     {QStringLiteral("qty"), int(random.bounded(1, 10))}});
                }
            }
            return QJsonObject {{QStringLiteral("ops"), ops}};
        };

        QList<qint64> latenciesUs;
        latenciesUs.reserve(kTablets * kBatchesPerTablet);
        int failures = 0;
        QString firstFailure;
        int done = 0;
        QEventLoop loop;
        std::function<void(int)> send;
        send = [&](int index) {
            Tablet &tablet = tablets[index];
            HttpReply *reply =
                request(tablet, QStringLiteral("/v1/totes/%1/ops?lines=changed").arg(tablet.toteId),
                        nextBatch(tablet));
            ++tablet.sent;
            auto clock = std::make_shared<QElapsedTimer>();
            clock->start();
            connect(reply, &HttpReply::finished, &loop, [&, reply, clock, index] {
                latenciesUs.append(clock->nsecsElapsed() / 1000);
                if (reply->status() != 200) {
                    if (++failures == 1)
                        firstFailure = QString::number(reply->status()) + QLatin1Char(' ')
                            + QString::fromUtf8(reply->body().left(300));
                }
                reply->deleteLater();
                if (tablets.at(index).sent == kBatchesPerTablet) {
                    if (++done == kTablets)
                        loop.quit();
                    return;
                }
                const int think = maxThinkMs > 0 ? int(random.bounded(maxThinkMs + 1)) : 0;
                QTimer::singleShot(think, &loop, [&send, index] { send(index); });
            });
        };
        QElapsedTimer total;
        total.start();
        for (int i = 0; i < kTablets; ++i)
            send(i);
        loop.exec();
        const double seconds = double(total.nsecsElapsed()) / 1e9;
        QVERIFY2(failures == 0, qPrintable(firstFailure));

        std::sort(latenciesUs.begin(), latenciesUs.end());
        const auto percentile = [&](double p) {
            return double(latenciesUs.at(
                       qMin(latenciesUs.size() - 1, qsizetype(p * double(latenciesUs.size())))))
                / 1000.0;
        };
        qInfo().noquote() << QStringLiteral(
                                 "%1, %2: %3 tablets x %4 batches of %5 ops in %6 s (%7 batches/s); "
                                 "batch latency p50 %8 ms, p90 %9 ms, p99 %10 ms, max %11 ms")
                                 .arg(backend,
                                      maxThinkMs > 0 ? QStringLiteral("paced") : QStringLiteral("burst"))
                                 .arg(kTablets)
                                 .arg(kBatchesPerTablet)
                                 .arg(kOpsPerBatch)
                                 .arg(seconds, 0, 'f', 2)
                                 .arg(double(latenciesUs.size()) / seconds, 0, 'f', 0)
                                 .arg(percentile(0.5), 0, 'f', 1)
                                 .arg(percentile(0.9), 0, 'f', 1)
                                 .arg(percentile(0.99), 0, 'f', 1)
                                 .arg(double(latenciesUs.last()) / 1000.0, 0, 'f', 1);
    }
};

QTEST_GUILESS_MAIN(ToteTabletsBench)
#include "totetabletsbench.moc"
