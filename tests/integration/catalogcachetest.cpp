// SPDX-License-Identifier: MIT
// The offline catalogue against the real server on loopback: first load, deltas, a load cut off midway
// and resumed, and broken pages from the network refused without touching the cache.
#include "democatalog.h"
#include "testserver.h"

#include <catalogcache.h>
#include <catalogservice.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Omnitote;
using namespace Omnitote::Testing;

namespace {

// Generous: a first load under ASan on a busy 2-core machine takes tens of seconds; a hang still fails.
bool waitFor(QSignalSpy &spy, int count = 1)
{
    while (spy.size() < count) {
        if (!spy.wait(60000))
            return false;
    }
    return true;
}

QString firstGtin(const QJsonObject &product)
{
    return DemoCatalog::firstVariant(product).value(QStringLiteral("gtin")).toString();
}

/** Looks `code` up through the service and waits for the worker's answer. */
QJsonObject lookupThrough(CatalogService &service, const QString &code, QJsonObject *availability = nullptr)
{
    QSignalSpy answered(&service, &CatalogService::lookedUp);
    const quint64 id = service.lookup(code);
    while (answered.wait(15000)) {
        for (const auto &args : std::as_const(answered)) {
            if (args.at(0).toULongLong() == id) {
                if (availability)
                    *availability = args.at(2).toJsonObject();
                return args.at(1).toJsonObject();
            }
        }
    }
    return {};
}

} // namespace

class CatalogCacheTest : public QObject
{
    Q_OBJECT

    TestServer m_server;
    DemoCatalog m_catalog;
    QString m_token;

    CatalogSyncSettings settings(const QString &path, int pageSize, const QUrl &baseUrl = {}) const
    {
        CatalogSyncSettings s;
        s.path = path;
        s.baseUrl = baseUrl.isValid() ? baseUrl : m_server.baseUrl();
        s.token = m_token;
        s.pageSize = pageSize;
        s.retryMs = 50;
        s.pollMs = 600000; // the tests ask for deltas explicitly
        return s;
    }

    /** The back office changes the server's catalogue: a row in the change feed, as an import adds. */
    bool serverChange(const QString &sql, const QVariantList &values, const QString &productId,
                      const QString &op = QStringLiteral("upsert"))
    {
        const QString name = QUuid::createUuid().toString();
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_server.databaseFile());
            ok = db.open();
            QSqlQuery q(db);
            if (ok && !sql.isEmpty()) {
                ok = q.prepare(sql);
                for (const auto &v : values)
                    q.addBindValue(v);
                ok = ok && q.exec();
            }
            ok = ok
                && q.prepare(QStringLiteral(
                    "INSERT INTO catalog_changes (product_id, op, changed_at) VALUES (?, ?, ?)"));
            q.addBindValue(productId);
            q.addBindValue(op);
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            ok = ok && q.exec();
            if (!ok)
                qWarning() << q.lastError().text();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    qint64 lastSeq()
    {
        qint64 cursor = 0;
        for (;;) {
            const QJsonObject page = m_server.runtime().storage().catalogChanges(cursor, 500);
            cursor = page.value(QStringLiteral("cursor")).toString().toLongLong();
            if (!page.value(QStringLiteral("hasMore")).toBool())
                return cursor;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(TestServer::Backend::Sqlite, &error), qPrintable(error));
        m_catalog = DemoCatalog::load();
        m_token = m_server.token(Server::Principal::Role::Device);
        QVERIFY(m_catalog.products.size() > 20);
    }

    void firstLoadThenDelta()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.db"));
        CatalogService service;
        QSignalSpy synced(&service, &CatalogService::synced);
        QSignalSpy pages(&service, &CatalogService::pageApplied);
        service.start(settings(path, 7));
        QVERIFY(waitFor(synced));
        QCOMPARE(service.productCount(), qint64(m_catalog.products.size()));
        QVERIFY(pages.size() >= m_catalog.products.size() / 7);
        QVERIFY(service.syncedAt().isValid());

        // Every product is found by its first variant's GTIN, as the server serves it, with this store's
        // stock.
        const QString storeId = m_catalog.stores.first().value(QStringLiteral("id")).toString();
        for (const auto &product : std::as_const(m_catalog.products)) {
            const QString gtin = firstGtin(product);
            if (gtin.isEmpty())
                continue;
            QJsonObject availability;
            const QJsonObject found = lookupThrough(service, gtin, &availability);
            QCOMPARE(found.value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString(),
                     product.value(QStringLiteral("id")).toString());
            QCOMPARE(
                availability.value(QStringLiteral("store")).toObject().value(QStringLiteral("id")).toString(),
                storeId);
        }
        QVERIFY(lookupThrough(service, QStringLiteral("NOT-A-PRODUCT")).isEmpty());

        // Delta: the back office changes a price; one sync later the cache has the new price.
        const QJsonObject product = m_catalog.products.at(3);
        const QJsonObject variant = DemoCatalog::firstVariant(product);
        const qint64 newPrice = variant.value(QStringLiteral("price")).toInteger() + 123;
        QVERIFY(serverChange(QStringLiteral("UPDATE variants SET price = ? WHERE id = ?"),
                             {newPrice, variant.value(QStringLiteral("id")).toString()},
                             product.value(QStringLiteral("id")).toString()));
        // ... and a product is withdrawn.
        const QJsonObject withdrawn = m_catalog.products.at(5);
        QVERIFY(
            serverChange({}, {}, withdrawn.value(QStringLiteral("id")).toString(), QStringLiteral("delete")));
        pages.clear();
        service.syncNow();
        QVERIFY(waitFor(synced, 2));
        QCOMPARE(pages.size(), 1); // only the two changes, not the catalogue again
        QCOMPARE(service.productCount(), qint64(m_catalog.products.size() - 1));
        const QJsonObject changed = lookupThrough(service, firstGtin(product));
        QCOMPARE(changed.value(QStringLiteral("variant"))
                     .toObject()
                     .value(QStringLiteral("price"))
                     .toObject()
                     .value(QStringLiteral("amount"))
                     .toInteger(),
                 newPrice);
        QVERIFY(lookupThrough(service, firstGtin(withdrawn)).isEmpty());

        // Put the product back for the other tests (a re-listing is an upsert).
        QVERIFY(serverChange({}, {}, withdrawn.value(QStringLiteral("id")).toString()));
        service.syncNow();
        QVERIFY(waitFor(synced, 3));
        QCOMPARE(service.productCount(), qint64(m_catalog.products.size()));
    }

    void resumesAfterStopMidLoad()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.db"));
        qint64 cursorAtStop = 0;
        {
            auto service = std::make_unique<CatalogService>();
            QSignalSpy pages(service.get(), &CatalogService::pageApplied);
            service->start(settings(path, 4));
            QVERIFY(waitFor(pages, 2));
            // Gone mid-load, with a request in flight: nothing is finished or flushed on purpose.
            service.reset();
        }
        {
            CatalogCache cache;
            QString error;
            QVERIFY2(cache.open(path, &error), qPrintable(error));
            cursorAtStop = cache.cursor();
            QVERIFY(cursorAtStop > 0);
            QVERIFY(cache.productCount() < m_catalog.products.size());
            QVERIFY(!cache.syncedAt().isValid()); // never claims to be current after a partial load
        }
        CatalogService service;
        QSignalSpy pages(&service, &CatalogService::pageApplied);
        QSignalSpy synced(&service, &CatalogService::synced);
        service.start(settings(path, 4));
        QVERIFY(waitFor(synced));
        QVERIFY(pages.first().at(1).toLongLong() > cursorAtStop);
        // Only what was missing was asked for: at most one page per 4 changes after the stop.
        QVERIFY(pages.size() <= (lastSeq() - cursorAtStop + 3) / 4 + 1);
        QCOMPARE(service.productCount(), qint64(m_catalog.products.size()));
        for (const auto &product : std::as_const(m_catalog.products)) {
            const QString gtin = firstGtin(product);
            if (!gtin.isEmpty())
                QCOMPARE(lookupThrough(service, gtin)
                             .value(QStringLiteral("product"))
                             .toObject()
                             .value(QStringLiteral("id")),
                         product.value(QStringLiteral("id")));
        }
    }

    void killedMidLoadResumesWithoutLossOrDuplicates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.db"));
        const QStringList args {path, m_server.baseUrl().toString(), m_token, QStringLiteral("20")};
        // The server runs on this thread: wait with the event loop running, never with waitFor*().
        const auto run = [&args](QProcess &process, int killAfterPages) {
            QSignalSpy finished(&process, &QProcess::finished);
            process.start(QStringLiteral(OMNITOTE_CATALOGSYNCCLIENT), args);
            QStringList lines;
            QElapsedTimer clock;
            clock.start();
            while (finished.isEmpty() && clock.elapsed() < 30000) {
                // Wakes on output or on the exit, whichever comes first.
                QEventLoop loop;
                connect(&process, &QProcess::readyReadStandardOutput, &loop, &QEventLoop::quit);
                connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
                QTimer::singleShot(1000, &loop, &QEventLoop::quit);
                loop.exec();
                while (process.canReadLine())
                    lines.append(QString::fromUtf8(process.readLine()).trimmed());
                if (killAfterPages > 0 && lines.size() >= killAfterPages && finished.isEmpty()) {
                    process.kill(); // SIGKILL: no destructor, no flush, a request possibly in flight
                    finished.wait(15000);
                }
            }
            lines.append(QString::fromUtf8(process.readAllStandardOutput())
                             .split(QLatin1Char('\n'), Qt::SkipEmptyParts));
            return lines;
        };
        QProcess first;
        const QStringList before = run(first, 2);
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        QVERIFY(before.size() >= 2);
        QVERIFY(!before.last().startsWith(QLatin1String("synced")));
        qint64 cursorAtKill = 0;
        {
            CatalogCache cache;
            QString error;
            QVERIFY2(cache.open(path, &error), qPrintable(error));
            cursorAtKill = cache.cursor();
            QVERIFY(cursorAtKill > 0);
            QVERIFY(cache.productCount() < m_catalog.products.size());
        }
        QProcess second;
        const QStringList after = run(second, 0);
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(after.last().startsWith(QLatin1String("synced")), qPrintable(after.join(QLatin1Char('|'))));
        // The restart went on from the stored cursor: its first page ends after it.
        QVERIFY(after.first().section(QLatin1Char(' '), 2).toLongLong() > cursorAtKill);
        CatalogCache cache;
        QString error;
        QVERIFY2(cache.open(path, &error), qPrintable(error));
        QCOMPARE(cache.cursor(), lastSeq());
        QCOMPARE(cache.productCount(), qint64(m_catalog.products.size()));
        for (const auto &product : std::as_const(m_catalog.products)) {
            const QString gtin = firstGtin(product);
            if (gtin.isEmpty())
                continue;
            const auto found = cache.lookup(gtin);
            QVERIFY(found);
            QCOMPARE(found->product.value(QStringLiteral("id")), product.value(QStringLiteral("id")));
        }
    }

    void brokenPagesAreRefusedAndTheCacheStays()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.db"));
        {
            CatalogService service;
            QSignalSpy synced(&service, &CatalogService::synced);
            service.start(settings(path, 500));
            QVERIFY(waitFor(synced));
        }
        const QString gtin = firstGtin(m_catalog.products.first());
        // A misbehaving server on loopback: each request gets the next broken answer.
        const QList<QByteArray> answers {
            QByteArrayLiteral("{\"changes\":[{\"seq\":99999,\"productId\":\"X\",\"op\":\"upsert\",\"prod"),
            QByteArrayLiteral("[1,2,3]"),
            QByteArrayLiteral("{\"changes\":[],\"cursor\":\"1\",\"hasMore\":false}"), // goes backwards
            QByteArrayLiteral(
                "{\"changes\":[{\"seq\":99999,\"productId\":\"NP-X\",\"op\":\"upsert\",\"product\":"
                "{\"id\":\"NP-X\",\"name\":\"X\",\"variants\":[]}}],\"cursor\":\"99999\","
                "\"hasMore\":false}"),
            QByteArrayLiteral(
                "{\"changes\":[{\"seq\":99998,\"productId\":\"NP-1\",\"op\":\"delete\"},"
                "{\"seq\":99999,\"productId\":\"NP-2\",\"op\":\"explode\"}],\"cursor\":\"99999\","
                "\"hasMore\":false}"),
        };
        int served = 0;
        QHttpServer broken;
        broken.route(QStringLiteral("/v1/catalog/changes"), [&answers, &served] {
            const QByteArray body = answers.at(qMin(served, int(answers.size()) - 1));
            ++served;
            return QHttpServerResponse(QByteArrayLiteral("application/json"), body);
        });
        const quint16 port = broken.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);

        qint64 cursor = 0;
        qint64 products = 0;
        QDateTime syncedAt;
        {
            CatalogCache cache;
            QString error;
            QVERIFY2(cache.open(path, &error), qPrintable(error));
            cursor = cache.cursor();
            products = cache.productCount();
            syncedAt = cache.syncedAt();
        }
        CatalogService service;
        QSignalSpy failed(&service, &CatalogService::syncFailed);
        service.start(settings(path, 500, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
        QVERIFY(waitFor(failed, int(answers.size())));
        QCOMPARE(service.productCount(), products);
        QVERIFY(lookupThrough(service, gtin).contains(QStringLiteral("product")));
        QVERIFY(lookupThrough(service, QStringLiteral("NP-X")).isEmpty());
        CatalogCache cache;
        QString error;
        QVERIFY2(cache.open(path, &error), qPrintable(error));
        QCOMPARE(cache.cursor(), cursor);
        QCOMPARE(cache.productCount(), products);
        QCOMPARE(cache.syncedAt(), syncedAt);
    }

    void pageParserRefusesWhatItCannotTrust()
    {
        QString error;
        QVERIFY(!CatalogPage::parse("not json", 0, &error));
        QVERIFY(error.contains(QLatin1String("not JSON")));
        QVERIFY(!CatalogPage::parse("{\"changes\":{},\"cursor\":\"2\",\"hasMore\":false}", 0, &error));
        QVERIFY(!CatalogPage::parse(
            "{\"changes\":[{\"seq\":3,\"productId\":\"A\",\"op\":\"delete\"},"
            "{\"seq\":2,\"productId\":\"B\",\"op\":\"delete\"}],\"cursor\":\"3\",\"hasMore\":false}",
            0, &error));
        QVERIFY(error.contains(QLatin1String("out of order")));
        const auto ok = CatalogPage::parse("{\"changes\":[{\"seq\":3,\"productId\":\"A\",\"op\":\"delete\"}],"
                                           "\"cursor\":\"3\",\"hasMore\":true}",
                                           0, &error);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(ok->changes.size(), 1);
        QVERIFY(ok->hasMore);
    }
};

QTEST_GUILESS_MAIN(CatalogCacheTest)
#include "catalogcachetest.moc"
