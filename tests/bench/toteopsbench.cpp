// SPDX-License-Identifier: MIT
// Tote op batches against a real server on loopback: a 10,000-op outbox flushed in batches, and
// the latency of each batch. Opt-in (OMNITOTE_BENCH=1): it measures, it does not assert speed.
//
//   OMNITOTE_BENCH=1 ctest --test-dir build/release -R toteopsbench -V
//
// Prints one line per back end and batch size: total seconds, ops/s, batch latency p50/p99. The
// batches go one after another (like one kiosk's sync engine), the server is single-threaded.
#include "democatalog.h"
#include "testserver.h"

#include <httpclient.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace Omnitote;
using namespace Omnitote::Testing;

class ToteOpsBench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flushOutbox_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("batchSize");
        QTest::newRow("sqlite, 100 per batch") << QStringLiteral("sqlite") << 100;
        QTest::newRow("sqlite, 250 per batch") << QStringLiteral("sqlite") << 250;
        QTest::newRow("sqlite, 20 per batch") << QStringLiteral("sqlite") << 20;
        QTest::newRow("postgresql, 100 per batch") << QStringLiteral("postgresql") << 100;
        QTest::newRow("postgresql, 250 per batch") << QStringLiteral("postgresql") << 250;
    }
    void flushOutbox()
    {
        if (!qEnvironmentVariableIsSet("OMNITOTE_BENCH"))
            QSKIP("benchmark: set OMNITOTE_BENCH=1 to run it");
        QFETCH(QString, backend);
        QFETCH(int, batchSize);
        TestServer server;
        QString error;
        bool skipped = false;
        const bool started = server.start(backend == QLatin1String("sqlite") ? TestServer::Backend::Sqlite
                                                                             : TestServer::Backend::Postgres,
                                          &error, &skipped);
        if (!started && skipped)
            QSKIP(qPrintable(error));
        QVERIFY2(started, qPrintable(error));
        const QByteArray token = "Bearer " + server.token(Server::Principal::Role::Device).toLatin1();

        // Products the shop floor can take home today, cycled through.
        const DemoCatalog catalog = DemoCatalog::load();
        QList<std::pair<QString, QString>> products;
        for (const auto &product : catalog.products) {
            if (!product.value(QStringLiteral("onlineOnly")).toBool())
                products.append({product.value(QStringLiteral("id")).toString(),
                                 DemoCatalog::firstVariant(product).value(QStringLiteral("id")).toString()});
        }

        HttpClient http;
        const auto post = [&](const QString &path, const QByteArray &body) {
            HttpRequest request;
            request.method = HttpRequest::Method::Post;
            request.url = server.baseUrl().resolved(QUrl(path));
            request.headers = {{"Authorization", token}, {"Content-Type", "application/json"}};
            request.body = body;
            std::unique_ptr<HttpReply> reply(http.send(request));
            QSignalSpy spy(reply.get(), &HttpReply::finished);
            if (!reply->isFinished())
                spy.wait(30000);
            return std::make_pair(reply->status(), reply->body());
        };
        // The outbox a kiosk builds offline: 20 shoppers' totes of 500 ops each, a quarter of them
        // adds, the rest quantity changes of those lines.
        constexpr int totalOps = 10000;
        constexpr int opsPerTote = 500;
        QStringList toteIds;
        for (int i = 0; i < totalOps / opsPerTote; ++i) {
            const auto created = post(QStringLiteral("/v1/totes"), {});
            QCOMPARE(created.first, 201);
            toteIds.append(QJsonDocument::fromJson(created.second)[QStringLiteral("id")].toString());
        }
        QList<QJsonObject> outbox;
        QStringList lineIds;
        for (int i = 0; i < totalOps; ++i) {
            const QString opId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (i % opsPerTote == 0)
                lineIds.clear();
            if (i % 4 == 0 || lineIds.isEmpty()) {
                const auto &product = products.at(i % products.size());
                lineIds.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
                outbox.append({{QStringLiteral("opId"), opId},
                               {QStringLiteral("type"), QStringLiteral("add")},
                               {QStringLiteral("lineId"), lineIds.last()},
                               {QStringLiteral("productId"), product.first},
                               {QStringLiteral("variantId"), product.second},
                               {QStringLiteral("qty"), 1}});
            } else {
                outbox.append({{QStringLiteral("opId"), opId},
                               {QStringLiteral("type"), QStringLiteral("setQty")},
                               {QStringLiteral("lineId"), lineIds.at(i % lineIds.size())},
                               {QStringLiteral("qty"), 1 + i % 5}});
            }
        }
        QList<qint64> latenciesUs;
        QElapsedTimer total;
        total.start();
        for (int start = 0; start < totalOps; start += batchSize) {
            QJsonArray batch;
            for (int i = start; i < std::min(start + batchSize, totalOps); ++i)
                batch.append(outbox.at(i));
            const QByteArray body =
                QJsonDocument(QJsonObject {{QStringLiteral("ops"), batch}}).toJson(QJsonDocument::Compact);
            QElapsedTimer one;
            one.start();
            const auto answer =
                post(QStringLiteral("/v1/totes/%1/ops").arg(toteIds.at(start / opsPerTote)), body);
            latenciesUs.append(one.nsecsElapsed() / 1000);
            QVERIFY2(answer.first == 200, answer.second.left(300).constData());
        }
        const double seconds = double(total.nsecsElapsed()) / 1e9;
        std::sort(latenciesUs.begin(), latenciesUs.end());
        const auto percentile = [&](double p) {
            return double(latenciesUs.at(
                       qMin(latenciesUs.size() - 1, qsizetype(p * double(latenciesUs.size())))))
                / 1000.0;
        };
        qInfo().noquote() << QStringLiteral(
                                 "%1: %2 ops in batches of %3: %4 s (%5 ops/s); batch p50 %6 ms, p99 %7 ms")
                                 .arg(backend)
                                 .arg(totalOps)
                                 .arg(batchSize)
                                 .arg(seconds, 0, 'f', 2)
                                 .arg(double(totalOps) / seconds, 0, 'f', 0)
                                 .arg(percentile(0.5), 0, 'f', 1)
                                 .arg(percentile(0.99), 0, 'f', 1);
    }
};

QTEST_GUILESS_MAIN(ToteOpsBench)
#include "toteopsbench.moc"
