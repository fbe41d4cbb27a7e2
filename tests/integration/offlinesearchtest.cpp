// SPDX-License-Identifier: MIT
// Search and NFC taps from the kiosk's offline catalogue: the cache's full-text search answers like the
// real server on loopback does, SearchModel falls back to it when the server is stopped or hangs (marked
// offline, with its age) and the server's results take over when it is back; NFC shelf-tag UIDs resolve
// from the cache; a cache written by the previous version is upgraded in place.
#include "democatalog.h"
#include "testserver.h"

#include <backendapi.h>
#include <catalogservice.h>
#include <facetmodel.h>
#include <httpclient.h>
#include <productcontroller.h>
#include <searchmodel.h>

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

using namespace Omnitote;
using namespace Omnitote::Testing;

namespace {

constexpr int kWaitMs = 60000; // generous: ASan on a loaded machine

bool waitFor(QSignalSpy &spy, int count = 1)
{
    while (spy.size() < count) {
        if (!spy.wait(kWaitMs))
            return false;
    }
    return true;
}

QStringList idsOf(const QJsonArray &items)
{
    QStringList ids;
    for (const auto &item : items)
        ids.append(item.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

QStringList rowsOf(const SearchModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row).data(SearchModel::ProductIdRole).toString());
    return ids;
}

/** A port that accepts connections and never answers: a backend that hangs. */
class SilentServer : public QTcpServer
{
public:
    SilentServer() { listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    /** Drops every connection: the hanging request fails. */
    void dropAll()
    {
        for (QTcpSocket *socket : findChildren<QTcpSocket *>())
            socket->abort();
    }
};

} // namespace

class OfflineSearchTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    DemoCatalog m_catalog;
    HttpClient m_http;
    QTemporaryDir m_dir;
    CatalogService m_cache;
    QString m_storeId;

    /** The server's first page of GET /v1/products for `query` (page size 24, like the kiosk). */
    QJsonObject serverSearch(QUrlQuery query)
    {
        BackendApi api(&m_http);
        api.setBaseUrl(m_server->baseUrl());
        api.setToken(m_server->token(Server::Principal::Role::Device));
        query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("24"));
        std::unique_ptr<ApiCall> call(api.get(QStringLiteral("/v1/products"), query));
        QSignalSpy finished(call.get(), &ApiCall::finished);
        if (!waitFor(finished) || !call->ok())
            return {};
        return call->json().object();
    }

    QJsonObject cacheSearch(const CatalogQuery &query, QDateTime *asOf = nullptr)
    {
        QSignalSpy searched(&m_cache, &CatalogService::searched);
        const quint64 id = m_cache.search(query);
        while (waitFor(searched, int(searched.size()) + 1)) {
            if (searched.last().at(0).toULongLong() == id) {
                if (asOf)
                    *asOf = searched.last().at(2).toDateTime();
                return searched.last().at(1).toJsonObject();
            }
        }
        return {};
    }

    int catalogueCount(const std::function<bool(const QJsonObject &)> &predicate) const
    {
        return int(std::count_if(m_catalog.products.begin(), m_catalog.products.end(), predicate));
    }

    bool inStockHere(const QJsonObject &product) const
    {
        const auto variants = product.value(QStringLiteral("variants")).toArray();
        return std::any_of(variants.begin(), variants.end(), [this](const QJsonValue &v) {
            return v.toObject()
                       .value(QStringLiteral("stock"))
                       .toObject()
                       .value(m_storeId)
                       .toObject()
                       .value(QStringLiteral("qty"))
                       .toInt()
                > 0;
        });
    }

    // A brand's first word: brands never occur in category names, so every hit names it.
    QString brandWord(int index) const
    {
        return m_catalog.products.at(index).value(QStringLiteral("brand")).toString().split(u' ').first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QString error;
        QVERIFY2(m_server->start(TestServer::Backend::Sqlite, &error), qPrintable(error));
        m_catalog = DemoCatalog::load();
        m_storeId = m_catalog.stores.first().value(QStringLiteral("id")).toString();
        QSignalSpy synced(&m_cache, &CatalogService::synced);
        CatalogSyncSettings settings;
        settings.path = m_dir.filePath(QStringLiteral("catalog.db"));
        settings.baseUrl = m_server->baseUrl();
        settings.token = m_server->token(Server::Principal::Role::Device);
        settings.pageSize = 500;
        settings.retryMs = 100000; // no sync attempts while the server is gone
        settings.pollMs = 100000;
        m_cache.start(settings);
        QVERIFY(waitFor(synced));
        QCOMPARE(m_cache.productCount(), m_catalog.products.size());
    }

    void cacheSearchAnswersLikeTheServer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("category");
        QTest::addColumn<bool>("inStock");
        QTest::addColumn<bool>("onlineOnly");
        QTest::newRow("everything") << QString() << QString() << false << false;
        QTest::newRow("a brand") << brandWord(7) << QString() << false << false;
        QTest::newRow("a prefix") << brandWord(40).left(3) << QString() << false << false;
        QTest::newRow("two words, mixed case")
            << m_catalog.products.at(12).value(QStringLiteral("name")).toString().toUpper() << QString()
            << false << false;
        QTest::newRow("a category") << QString()
                                    << m_catalog.products.at(3).value(QStringLiteral("category")).toString()
                                    << false << false;
        QTest::newRow("in stock here") << QString() << QString() << true << false;
        QTest::newRow("online only") << QString() << QString() << false << true;
        QTest::newRow("FTS syntax is just text")
            << QStringLiteral("\"NEAR(a* OR -b") << QString() << false << false;
    }

    void cacheSearchAnswersLikeTheServer()
    {
        QFETCH(QString, text);
        QFETCH(QString, category);
        QFETCH(bool, inStock);
        QFETCH(bool, onlineOnly);
        QUrlQuery online;
        if (!text.isEmpty())
            online.addQueryItem(QStringLiteral("q"), text);
        if (!category.isEmpty())
            online.addQueryItem(QStringLiteral("category"), category);
        if (inStock)
            online.addQueryItem(QStringLiteral("inStockAt"), m_storeId);
        if (onlineOnly)
            online.addQueryItem(QStringLiteral("onlineOnly"), QStringLiteral("true"));
        const QJsonObject expected = serverSearch(online);
        QVERIFY(!expected.isEmpty());

        CatalogQuery query;
        query.text = text;
        query.category = category;
        query.inStockHere = inStock;
        query.onlineOnly = onlineOnly;
        QDateTime asOf;
        const QJsonObject found = cacheSearch(query, &asOf);
        QVERIFY(asOf.isValid());
        QCOMPARE(found.value(QStringLiteral("total")), expected.value(QStringLiteral("total")));
        // The same products in the same order, and the same cards.
        QCOMPARE(idsOf(found.value(QStringLiteral("items")).toArray()),
                 idsOf(expected.value(QStringLiteral("items")).toArray()));
        QCOMPARE(found.value(QStringLiteral("items")), expected.value(QStringLiteral("items")));
        QCOMPARE(found.value(QStringLiteral("facets")).toObject().value(QStringLiteral("categories")),
                 expected.value(QStringLiteral("facets")).toObject().value(QStringLiteral("categories")));
    }

    void cachePriceAndRatingFiltersAndPaging()
    {
        CatalogQuery query;
        query.maxPriceCents = 2500;
        query.minRating = 4;
        query.pageSize = 10;
        QSet<QString> seen;
        qint64 total = -1;
        for (query.page = 1; seen.size() < total || total < 0; ++query.page) {
            const QJsonObject found = cacheSearch(query);
            total = found.value(QStringLiteral("total")).toInteger();
            const QJsonArray items = found.value(QStringLiteral("items")).toArray();
            QVERIFY(!items.isEmpty());
            for (const auto &item : items) {
                const QJsonObject card = item.toObject();
                QVERIFY(
                    card.value(QStringLiteral("price")).toObject().value(QStringLiteral("amount")).toInteger()
                    <= 2500);
                QVERIFY(card.value(QStringLiteral("rating"))
                            .toObject()
                            .value(QStringLiteral("average"))
                            .toDouble()
                        >= 4);
                seen.insert(card.value(QStringLiteral("id")).toString());
            }
        }
        QCOMPARE(qint64(seen.size()), total);
        const int cheap = catalogueCount(
            [](const QJsonObject &p) { return p.value(QStringLiteral("price")).toInteger() <= 2500; });
        QVERIFY(total > 0);
        QVERIFY(total < cheap); // the rating filter took some away
    }

    void nfcTagsResolveFromTheCache()
    {
        // A tagged variant, preferably not the first (the cache must name the variant, not just the product).
        QJsonObject product;
        QJsonObject variant;
        for (const auto &candidate : std::as_const(m_catalog.products)) {
            const auto variants = candidate.value(QStringLiteral("variants")).toArray();
            for (qsizetype i = variants.size() - 1; i >= 0; --i) {
                const QJsonObject v = variants.at(i).toObject();
                if (!v.value(QStringLiteral("nfcUid")).toString().isEmpty()
                    && (product.isEmpty() || (i > 0 && variant == DemoCatalog::firstVariant(product)))) {
                    product = candidate;
                    variant = v;
                }
            }
        }
        QVERIFY2(!product.isEmpty(), "the demo catalogue has NFC-tagged variants");
        const QString uid = variant.value(QStringLiteral("nfcUid")).toString();

        QSignalSpy lookedUp(&m_cache, &CatalogService::lookedUp);
        // Readers print UIDs in lower case with colons as often as not.
        QString printed;
        for (int i = 0; i < uid.size(); i += 2)
            printed += (i ? QStringLiteral(":") : QString()) + uid.mid(i, 2).toLower();
        const quint64 id = m_cache.lookup(QStringLiteral("nfc:") + printed);
        QVERIFY(waitFor(lookedUp));
        QCOMPARE(lookedUp.last().at(0).toULongLong(), id);
        const QJsonObject found = lookedUp.last().at(1).toJsonObject();
        QCOMPARE(found.value(QStringLiteral("product")).toObject().value(QStringLiteral("id")),
                 product.value(QStringLiteral("id")));
        QCOMPARE(found.value(QStringLiteral("variant")).toObject().value(QStringLiteral("id")),
                 variant.value(QStringLiteral("id")));

        // An unknown tag is a miss, not a guess.
        m_cache.lookup(QStringLiteral("nfc:04000000000000"));
        QVERIFY(waitFor(lookedUp, 2));
        QVERIFY(lookedUp.last().at(1).toJsonObject().isEmpty());

        // The kiosk's tap with the server stopped: the product page from the cache, variant and all.
        HttpClient http;
        http.setConnectTimeoutMs(2000);
        BackendApi api(&http);
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1"))); // refuses connections
        api.setToken(QStringLiteral("device-token"));
        ProductController products(&api);
        products.setCatalog(&m_cache);
        QSignalSpy shown(&products, &ProductController::productShown);
        products.lookup(QStringLiteral("nfc:") + uid);
        QVERIFY(waitFor(shown));
        QCOMPARE(products.productId(), product.value(QStringLiteral("id")).toString());
        QCOMPARE(products.variantId(), variant.value(QStringLiteral("id")).toString());
        QVERIFY(products.fromCache());
    }

    void searchModelFallsBackWhenTheServerStopsAndRecovers()
    {
        HttpClient http;
        http.setConnectTimeoutMs(2000);
        BackendApi api(&http);
        api.setBaseUrl(m_server->baseUrl());
        api.setToken(m_server->token(Server::Principal::Role::Device));
        SearchModel model(&api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(&m_cache);
        model.setStoreId(m_storeId);
        model.setDebounceMs(50);
        model.setOnlineRetryMs(100);
        QSignalSpy pages(&model, &SearchModel::pageLoaded);

        // Online: the server answers and nothing says offline.
        const QString word = brandWord(7);
        model.setQuery(word);
        QVERIFY(waitFor(pages));
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), kWaitMs);
        QVERIFY(!model.offline());
        QVERIFY(model.freshnessText().isEmpty());
        const QStringList online = rowsOf(model);
        const int onlineTotal = model.total();
        QVERIFY(!online.isEmpty());

        // The server stops. Search as you type answers from the cache, marked as offline with its age.
        const QUrl gone = m_server->baseUrl();
        m_server.reset();
        model.clear();
        pages.clear();
        for (int length = 1; length <= word.size(); ++length)
            model.setQuery(word.left(length)); // one keystroke at a time
        QVERIFY(waitFor(pages));
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), kWaitMs);
        QVERIFY(model.offline());
        QVERIFY(model.errorMessage().isEmpty());
        QVERIFY2(model.freshnessText().startsWith(QLatin1String("Offline results. Stock and prices updated")),
                 qPrintable(model.freshnessText()));
        QCOMPARE(rowsOf(model), online);
        QCOMPARE(model.total(), onlineTotal);
        QVERIFY(model.categories()->rowCount() > 0);

        // Filters work offline: a category facet's count is what choosing it finds, stock here, paging.
        const QString category = model.categories()->index(0).data(FacetModel::IdRole).toString();
        const qint64 count = model.categories()->index(0).data(FacetModel::CountRole).toLongLong();
        model.setCategory(category);
        QVERIFY(waitFor(pages, 2));
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), kWaitMs);
        QCOMPARE(model.total(), count);
        model.setCategory(QString());
        model.setQuery(QString());
        model.searchNow();
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading() && model.total() == m_catalog.products.size(), kWaitMs);
        QVERIFY(model.offline());
        while (model.canFetchMore({})) {
            const int before = int(pages.size());
            model.fetchMore({});
            QVERIFY(waitFor(pages, before + 1));
        }
        const QStringList rows = rowsOf(model);
        QCOMPARE(rows.size(), m_catalog.products.size());
        QCOMPARE(QSet<QString>(rows.begin(), rows.end()).size(), m_catalog.products.size());
        model.setInStockHere(true);
        const int expectedInStock = catalogueCount([this](const QJsonObject &p) { return inStockHere(p); });
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading() && model.total() == expectedInStock, kWaitMs);
        QVERIFY(model.offline());

        // The network is back (a server on the same catalogue): the online results take over.
        m_server = std::make_unique<TestServer>();
        QString error;
        QVERIFY2(m_server->start(TestServer::Backend::Sqlite, &error), qPrintable(error));
        QVERIFY(m_server->baseUrl() != gone);
        api.setBaseUrl(m_server->baseUrl());
        api.setToken(m_server->token(Server::Principal::Role::Device));
        QTRY_VERIFY_WITH_TIMEOUT(!model.offline(), kWaitMs);
        QVERIFY(model.freshnessText().isEmpty());
        QCOMPARE(model.total(), expectedInStock);
        QVERIFY(model.rowCount() >= qMin(24, expectedInStock)); // the model tester may have fetched more
    }

    void aHangingServerShowsTheCacheThenTheServerTakesOver()
    {
        QVERIFY(m_server); // the test before brings it back
        SilentServer silent;
        QVERIFY(silent.isListening());
        HttpClient http;
        BackendApi api(&http);
        api.setBaseUrl(silent.url());
        api.setToken(m_server->token(Server::Principal::Role::Device));
        SearchModel model(&api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(&m_cache);
        model.setOfflineAfterMs(100);
        model.setOnlineRetryMs(100);
        QSignalSpy pages(&model, &SearchModel::pageLoaded);
        model.setOnlineOnly(true);
        QVERIFY(waitFor(pages));
        // The request still hangs, and the cache's answer is on screen.
        QVERIFY(model.offline());
        QCOMPARE(model.total(), catalogueCount([](const QJsonObject &p) {
                     return p.value(QStringLiteral("onlineOnly")).toBool();
                 }));
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row).data(SearchModel::OnlineOnlyRole).toBool());

        // The hang ends in an error, the server is reachable again: its answer replaces the cache's.
        api.setBaseUrl(m_server->baseUrl());
        silent.dropAll();
        QVERIFY(waitFor(pages, 2));
        QTRY_VERIFY_WITH_TIMEOUT(!model.offline(), kWaitMs);
        QCOMPARE(model.total(), catalogueCount([](const QJsonObject &p) {
                     return p.value(QStringLiteral("onlineOnly")).toBool();
                 }));
        QVERIFY(model.errorMessage().isEmpty());
    }

    void withoutACacheTheErrorStands()
    {
        CatalogService empty; // never started: no offline copy
        BackendApi api(&m_http);
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
        api.setToken(QStringLiteral("device-token"));
        SearchModel model(&api);
        model.setCatalog(&empty);
        QSignalSpy state(&model, &SearchModel::stateChanged);
        model.searchNow();
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), kWaitMs);
        QVERIFY(!model.errorMessage().isEmpty());
        QVERIFY(!model.offline());
        QCOMPARE(model.rowCount(), 0);
    }

    void aCacheOfTheFirstVersionIsUpgradedInPlace()
    {
        // What version 1 wrote: products as JSON and their codes, no search index, no tag UIDs.
        const QJsonObject product = m_catalog.products.at(5);
        const QJsonObject variant = DemoCatalog::firstVariant(product);
        const QString productId = product.value(QStringLiteral("id")).toString();
        QJsonObject served {
            {QStringLiteral("id"), productId},
            {QStringLiteral("name"), product.value(QStringLiteral("name"))},
            {QStringLiteral("brand"), product.value(QStringLiteral("brand"))},
            {QStringLiteral("category"),
             QJsonObject {{QStringLiteral("id"), product.value(QStringLiteral("category"))},
                          {QStringLiteral("name"), QStringLiteral("Old category")}}},
            {QStringLiteral("price"),
             QJsonObject {{QStringLiteral("amount"), 1234},
                          {QStringLiteral("currency"), QStringLiteral("EUR")}}},
            {QStringLiteral("rating"),
             QJsonObject {{QStringLiteral("average"), 4.5}, {QStringLiteral("count"), 2}}},
            {QStringLiteral("variants"),
             QJsonArray {QJsonObject {{QStringLiteral("id"), variant.value(QStringLiteral("id"))},
                                      {QStringLiteral("gtin"), variant.value(QStringLiteral("gtin"))},
                                      {QStringLiteral("nfcUid"), QStringLiteral("04A1B2C3D4E5F6")},
                                      {QStringLiteral("price"), QJsonObject {}}}}}};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        const QString connection = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &sql :
                 {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                  QStringLiteral("CREATE TABLE products (id TEXT PRIMARY KEY, url TEXT, json TEXT NOT NULL, "
                                 "availability TEXT, seq INTEGER NOT NULL, fetched_at TEXT NOT NULL)"),
                  QStringLiteral("CREATE TABLE codes (code TEXT PRIMARY KEY, product_id TEXT NOT NULL, "
                                 "variant_id TEXT NOT NULL)"),
                  QStringLiteral("INSERT INTO meta VALUES ('cursor', '7')"),
                  QStringLiteral("PRAGMA user_version=1")})
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            q.prepare(QStringLiteral(
                "INSERT INTO products VALUES (?, NULL, ?, NULL, 7, '2026-11-23T10:00:00.000Z')"));
            q.addBindValue(productId);
            q.addBindValue(QString::fromUtf8(QJsonDocument(served).toJson(QJsonDocument::Compact)));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(connection);

        CatalogCache cache;
        QString error;
        QVERIFY2(cache.open(path, &error), qPrintable(error));
        QCOMPARE(cache.cursor(), qint64(7)); // nothing to load again
        CatalogQuery query;
        query.text = QStringLiteral("old categ");
        const QJsonObject found = cache.search(query);
        QCOMPARE(idsOf(found.value(QStringLiteral("items")).toArray()), QStringList {productId});
        const auto tapped = cache.lookup(QStringLiteral("nfc:04a1b2c3d4e5f6"));
        QVERIFY(tapped);
        QCOMPARE(tapped->product.value(QStringLiteral("id")).toString(), productId);
        QCOMPARE(tapped->variantId, variant.value(QStringLiteral("id")).toString());
    }
};

QTEST_GUILESS_MAIN(OfflineSearchTest)
#include "offlinesearchtest.moc"
