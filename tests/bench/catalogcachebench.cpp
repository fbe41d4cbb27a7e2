// SPDX-License-Identifier: MIT
// Benchmark: the kiosk's offline catalogue loaded from the real server on loopback (first load), then a
// delta of changed products applied. Opt-in; it measures, it does not assert speed.
//
//   OMNITOTE_BENCH=1 ctest --test-dir build/release -R catalogcachebench -V
//   # plus a generated catalogue:
//   python3 assets/generator/generate_catalog.py --synthetic 50000 --out /tmp/cat-50k.jsonl
//   OMNITOTE_BENCH=1 OMNITOTE_BENCH_CATALOG=/tmp/cat-50k.jsonl ctest --test-dir build/release -R
//   catalogcachebench -V
#include "testserver.h"

#include <catalogservice.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <ctime>

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
    }
};

QTEST_GUILESS_MAIN(CatalogCacheBench)
#include "catalogcachebench.moc"
