// SPDX-License-Identifier: MIT
// Benchmark: the kiosk's offline catalogue loaded from the real server on loopback (first load), then a
// delta of changed products applied, then lookups and offline searches on the loaded cache (p50/p95)
// and the cache's size on disk. Opt-in; it measures, it does not assert speed.
//
//   OMNITOTE_BENCH=1 ctest --test-dir build/release -R catalogcachebench -V
//   # plus a generated catalogue:
//   python3 assets/generator/generate_catalog.py --synthetic 50000 --out /tmp/cat-50k.jsonl
//   OMNITOTE_BENCH=1 OMNITOTE_BENCH_CATALOG=/tmp/cat-50k.jsonl QTEST_FUNCTION_TIMEOUT=1500000
//   build/release/tests/catalogcachebench "loadAndDelta:OMNITOTE_BENCH_CATALOG, 500 per page"
//   (50,000 products take longer than QtTest's default 300 s per function on a loaded machine)
#include "testserver.h"

#include <catalogservice.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace Omnitote;
using namespace Omnitote::Testing;

class CatalogCacheBench : public QObject
{
    Q_OBJECT

    /** Adds `count` upsert rows to the server's change feed, as a price update of that many products. */
    static bool touchProducts(const QString &databaseFile, int count)
    {
        const QString name = QUuid::createUuid().toString();
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(databaseFile);
            QSqlQuery q(db);
            ok = db.open()
                && q.exec(
                    QStringLiteral("INSERT INTO catalog_changes (product_id, op, changed_at) SELECT id, "
                                   "'upsert', '2026-11-23T12:00:00Z' FROM products ORDER BY id LIMIT %1")
                        .arg(count));
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    /** `count` rows of one column from the server's database, spread evenly over the table. */
    static QStringList sample(const QString &databaseFile, const QString &sql)
    {
        const QString name = QUuid::createUuid().toString();
        QStringList values;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(databaseFile);
            QSqlQuery q(db);
            if (db.open() && q.exec(sql)) {
                while (q.next())
                    values.append(q.value(0).toString());
            }
        }
        QSqlDatabase::removeDatabase(name);
        return values;
    }

    /** Runs `call` once per input and prints p50/p95/max in milliseconds. */
    static void latency(const char *what, const QStringList &inputs,
                        const std::function<void(const QString &)> &call)
    {
        QList<double> ms;
        QElapsedTimer clock;
        for (const QString &input : inputs) {
            clock.start();
            call(input);
            ms.append(double(clock.nsecsElapsed()) / 1e6);
        }
        if (ms.isEmpty())
            return;
        std::sort(ms.begin(), ms.end());
        const auto at = [&ms](double q) {
            return ms.at(qMin(ms.size() - 1, qsizetype(q * double(ms.size()))));
        };
        qInfo("%s: %lld calls, p50 %.3f ms, p95 %.3f ms, max %.3f ms", what, qint64(ms.size()), at(0.5),
              at(0.95), ms.last());
    }

    /** Lookups and offline searches straight on the cache file (the worker thread's cost, no queueing). */
    static void measureQueries(const QString &cachePath, const QString &serverDb)
    {
        CatalogCache cache;
        QString error;
        QVERIFY2(cache.open(cachePath, &error), qPrintable(error));
        const QStringList gtins = sample(
            serverDb,
            QStringLiteral("SELECT gtin FROM variants WHERE gtin IS NOT NULL AND rowid % 97 = 0 LIMIT 1000"));
        latency("lookup by GTIN (hits)", gtins,
                [&cache](const QString &gtin) { QVERIFY(cache.lookup(gtin)); });
        const QStringList names =
            sample(serverDb, QStringLiteral("SELECT name FROM products WHERE rowid % 1000 = 0 LIMIT 50"));
        QStringList typed; // what search-as-you-type sends: 2, 3 and all letters of a word, then two words
        QStringList words;
        static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
        for (const QString &name : names) {
            const QStringList parts = name.split(separators, Qt::SkipEmptyParts);
            if (parts.isEmpty())
                continue;
            words.append(parts.first());
            typed << parts.first().left(2) << parts.first().left(3) << parts.first();
            if (parts.size() > 1)
                typed << parts.at(0) + QLatin1Char(' ') + parts.at(1).left(3);
        }
        CatalogQuery query;
        latency("offline search as you type (page 1 + category facets)", typed,
                [&cache, &query](const QString &text) {
                    query.text = text;
                    QVERIFY(!cache.search(query).isEmpty());
                });
        query = {};
        query.inStockHere = true;
        query.maxPriceCents = 5000;
        query.minRating = 3;
        latency("offline search, word + in stock here + price + rating", words,
                [&cache, &query](const QString &text) {
                    query.text = text;
                    QVERIFY(!cache.search(query).isEmpty());
                });
        query = {};
        latency("offline browse, no words (all products, facets)", QStringList(20, QString()),
                [&cache, &query](const QString &) { QVERIFY(!cache.search(query).isEmpty()); });
        query.withFacets = false;
        query.page = 50;
        latency("offline browse, page 50, no facets", QStringList(20, QString()),
                [&cache, &query](const QString &) { QVERIFY(!cache.search(query).isEmpty()); });
    }

private Q_SLOTS:
    void loadAndDelta_data()
    {
        QTest::addColumn<QString>("catalog");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("demo, 500 per page") << QString() << 500;
        QTest::newRow("demo, 100 per page") << QString() << 100;
        QTest::newRow("OMNITOTE_BENCH_CATALOG, 500 per page")
            << qEnvironmentVariable("OMNITOTE_BENCH_CATALOG") << 500;
    }

    void loadAndDelta()
    {
        if (!qEnvironmentVariableIsSet("OMNITOTE_BENCH"))
            QSKIP("benchmark: set OMNITOTE_BENCH=1 to run it");
        QFETCH(QString, catalog);
        QFETCH(int, pageSize);
        if (QByteArray(QTest::currentDataTag()).startsWith("OMNITOTE") && catalog.isEmpty())
            QSKIP("set OMNITOTE_BENCH_CATALOG to a generated catalogue (see the command above)");

        TestServer server;
        server.setSeedFile(catalog);
        QString error;
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(server.start(TestServer::Backend::Sqlite, &error), qPrintable(error));
        qInfo("server import: %lld ms", clock.elapsed());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.db"));
        CatalogSyncSettings settings;
        settings.path = path;
        settings.baseUrl = server.baseUrl();
        settings.token = server.token(Server::Principal::Role::Device);
        settings.pageSize = pageSize;
        settings.pollMs = 3600000;
        settings.timeoutMs = 120000;
        CatalogService service;
        QSignalSpy synced(&service, &CatalogService::synced);
        QSignalSpy pages(&service, &CatalogService::pageApplied);
        clock.restart();
        std::clock_t cpu = std::clock(); // this process: server, catalogue thread and all
        service.start(settings);
        while (synced.isEmpty())
            QVERIFY(synced.wait(600000));
        const qint64 firstLoadMs = clock.elapsed();
        const double firstLoadCpuMs = double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC;
        const qint64 products = service.productCount();
        qInfo("first load: %lld products in %lld pages, %lld ms wall, %.0f ms CPU (server + kiosk), %.0f "
              "products/s, cache file %lld bytes",
              products, qint64(pages.size()), firstLoadMs, firstLoadCpuMs,
              products * 1000.0 / qMax<qint64>(1, firstLoadMs),
              QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size());

        const int changed = int(qMin<qint64>(1000, products));
        QVERIFY(touchProducts(server.databaseFile(), changed));
        pages.clear();
        clock.restart();
        cpu = std::clock();
        service.syncNow();
        while (synced.size() < 2)
            QVERIFY(synced.wait(600000));
        const qint64 deltaMs = clock.elapsed();
        const double deltaCpuMs = double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC;
        qInfo("delta: %d changed products in %lld pages, %lld ms wall, %.0f ms CPU, %.0f products/s", changed,
              qint64(pages.size()), deltaMs, deltaCpuMs, changed * 1000.0 / qMax<qint64>(1, deltaMs));
        QCOMPARE(service.productCount(), products);

        measureQueries(path, server.databaseFile());
        qInfo("cache on disk: %lld bytes (catalog.db %lld + WAL %lld)",
              QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size(),
              QFileInfo(path).size(), QFileInfo(path + QStringLiteral("-wal")).size());
    }
};

QTEST_GUILESS_MAIN(CatalogCacheBench)
#include "catalogcachebench.moc"
