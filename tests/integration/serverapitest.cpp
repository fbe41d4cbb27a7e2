// SPDX-License-Identifier: MIT
// Every omnitote-server endpoint over real HTTP on loopback, called with the kiosk's own client
// (HttpClient + BackendApi), on SQLite and on PostgreSQL. Expected values come from the demo
// catalogue file itself.
#include "democatalog.h"
#include "testserver.h"

#include <backendapi.h>
#include <httpclient.h>

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <map>

using namespace Omnitote;
using namespace Omnitote::Testing;
using Role = Server::Principal::Role;

class ServerApiTest : public QObject
{
    Q_OBJECT

private:
    struct RunningServer
    {
        std::unique_ptr<TestServer> server;
        QString deviceToken;
        QString adminToken;
    };
    std::map<QString, RunningServer> m_servers; // by back end, started on first use
    TestServer *m_server = nullptr; // the one the current row talks to
    QString m_running; // which back end m_server runs
    QString m_deviceToken;
    QString m_adminToken;
    QString m_storeId;
    DemoCatalog m_catalog;
    HttpClient m_http;
    BackendApi m_api {&m_http};

    static bool finish(ApiCall *call)
    {
        if (call->isFinished())
            return true;
        QSignalSpy spy(call, &ApiCall::finished);
        return spy.wait(15000);
    }
    static bool finish(HttpReply *reply)
    {
        if (reply->isFinished())
            return true;
        QSignalSpy spy(reply, &HttpReply::finished);
        return spy.wait(15000);
    }
    HttpReply *raw(HttpRequest::Method method, const QString &path, const QByteArray &token = {},
                   const QByteArray &body = {}, const QByteArray &contentType = "application/json")
    {
        HttpRequest request;
        request.method = method;
        request.url = m_server->baseUrl().resolved(QUrl(path));
        if (!token.isEmpty())
            request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token});
        if (!body.isEmpty())
            request.headers.append({QByteArrayLiteral("Content-Type"), contentType});
        request.body = body;
        return m_http.send(request);
    }
    QJsonObject getJson(const QString &path, const QUrlQuery &query = {}, int expectedStatus = 200)
    {
        std::unique_ptr<ApiCall> call(m_api.get(path, query));
        if (!finish(call.get()) || call->status() != expectedStatus) {
            qWarning() << path << query.toString() << "answered" << call->status() << call->errorMessage();
            return {};
        }
        return call->ok() ? call->json().object() : call->error()->problem;
    }
    int storeQty(const QJsonObject &variant, const QString &storeId) const
    {
        return variant.value(QStringLiteral("stock"))
            .toObject()
            .value(storeId)
            .toObject()
            .value(QStringLiteral("qty"))
            .toInt(-1);
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void initTestCase()
    {
        m_catalog = DemoCatalog::load();
        QVERIFY2(m_catalog.products.size() >= 300, "the demo catalogue is compiled into the server");
    }

    void init()
    {
        // QtTest runs every function once per back end, alternating; both servers stay up for the
        // whole run so no function pays for a server start.
        QFETCH_GLOBAL(QString, backend);
        if (m_running == backend)
            return;
        auto &running = m_servers[backend];
        if (!running.server) {
            auto started = std::make_unique<TestServer>();
            QString error;
            bool skipped = false;
            const bool ok = started->start(backend == QLatin1String("sqlite") ? TestServer::Backend::Sqlite
                                                                              : TestServer::Backend::Postgres,
                                           &error, &skipped);
            if (!ok && skipped)
                QSKIP(qPrintable(QStringLiteral("PostgreSQL not available: %1").arg(error)));
            QVERIFY2(ok, qPrintable(error));
            running.deviceToken = started->token(Role::Device);
            running.adminToken = started->token(Role::Admin);
            running.server = std::move(started);
        }
        m_server = running.server.get();
        m_running = backend;
        m_deviceToken = running.deviceToken;
        m_adminToken = running.adminToken;
        m_storeId = m_catalog.stores.first().value(QStringLiteral("id")).toString();
        m_api.setBaseUrl(m_server->baseUrl());
        m_api.setToken(m_deviceToken);
    }

    void cleanupTestCase()
    {
        m_server = nullptr;
        m_servers.clear();
    }

    void healthNeedsNoToken()
    {
        QFETCH_GLOBAL(QString, backend);
        m_api.setToken(QString());
        auto *call = m_api.health();
        QVERIFY(finish(call));
        m_api.setToken(m_deviceToken);
        QVERIFY2(call->ok(), qPrintable(call->errorMessage()));
        QCOMPARE(call->json()[QStringLiteral("status")].toString(), QStringLiteral("ok"));
        QCOMPARE(call->json()[QStringLiteral("storage")].toString(), backend);
        QVERIFY(call->json()[QStringLiteral("schemaVersion")].toInt() >= 1);
    }

    void missingOrUnknownTokenIs401_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("unknown") << QByteArrayLiteral("ot_dev_notarealtoken");
        QTest::newRow("garbage") << QByteArrayLiteral("\x01\x02 spaces and stuff");
    }
    void missingOrUnknownTokenIs401()
    {
        QFETCH(QByteArray, token);
        auto *reply = raw(HttpRequest::Method::Get, QStringLiteral("/v1/lookup?code=1"), token);
        QVERIFY(finish(reply));
        QCOMPARE(reply->status(), 401);
        QCOMPARE(reply->header("Content-Type"), QByteArrayLiteral("application/problem+json"));
        QVERIFY(reply->header("WWW-Authenticate").startsWith("Bearer"));
        const ApiResult result = decodeJsonReply(*reply);
        QVERIFY(result.error);
        QVERIFY(result.error->message().contains(QLatin1String("bearer token")));
    }

    void deviceCannotMintTokens403()
    {
        auto *reply = raw(HttpRequest::Method::Post, QStringLiteral("/v1/admin/devices"),
                          m_deviceToken.toLatin1(), R"({"storeId":"x"})");
        QVERIFY(finish(reply));
        QCOMPARE(reply->status(), 403);
        QVERIFY(decodeJsonReply(*reply).error->message().contains(QLatin1String("device token may not")));
    }

    void adminMintsWorkingDeviceToken()
    {
        auto *reply =
            raw(HttpRequest::Method::Post, QStringLiteral("/v1/admin/devices"), m_adminToken.toLatin1(),
                QJsonDocument(QJsonObject {{QStringLiteral("storeId"), m_storeId},
                                           {QStringLiteral("label"), QStringLiteral("till 3")}})
                    .toJson());
        QVERIFY(finish(reply));
        QCOMPARE(reply->status(), 201);
        const QString token = QJsonDocument::fromJson(reply->body())[QStringLiteral("token")].toString();
        QVERIFY(token.startsWith(QLatin1String("ot_dev_")));

        BackendApi other(&m_http);
        other.setBaseUrl(m_server->baseUrl());
        other.setToken(token);
        auto *me = other.me();
        QVERIFY(finish(me));
        QVERIFY2(me->ok(), qPrintable(me->errorMessage()));
        QCOMPARE(me->result()->role, QStringLiteral("device"));
        QCOMPARE(me->result()->storeId, m_storeId);
        QCOMPARE(me->result()->retailerName, m_catalog.retailer.value(QStringLiteral("name")).toString());
    }

    void adminBadBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::newRow("broken json") << QByteArrayLiteral("{\"storeId\":")
                                     << QByteArrayLiteral("application/json") << 400;
        QTest::newRow("array") << QByteArrayLiteral("[1,2]") << QByteArrayLiteral("application/json") << 400;
        QTest::newRow("unknown store")
            << QByteArrayLiteral("{\"storeId\":\"nowhere\"}") << QByteArrayLiteral("application/json") << 400;
        QTest::newRow("admin role") << QByteArrayLiteral("{\"storeId\":\"tln-centre\",\"role\":\"admin\"}")
                                    << QByteArrayLiteral("application/json") << 400;
        QTest::newRow("form body") << QByteArrayLiteral("storeId=x") << QByteArrayLiteral("text/plain")
                                   << 415;
    }
    void adminBadBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        auto *reply = raw(HttpRequest::Method::Post, QStringLiteral("/v1/admin/devices"),
                          m_adminToken.toLatin1(), body, contentType);
        QVERIFY(finish(reply));
        QCOMPARE(reply->status(), status);
        QVERIFY(!decodeJsonReply(*reply).error->detail.isEmpty());
    }

    void oversizedBodyIs413()
    {
        auto *reply = raw(HttpRequest::Method::Post, QStringLiteral("/v1/admin/devices"),
                          m_adminToken.toLatin1(), QByteArray(70 * 1024, 'x'));
        QVERIFY(finish(reply));
        QCOMPARE(reply->status(), 413);
    }

    void wrongMethodIs405AndUnknownPathIs404()
    {
        auto *reply =
            raw(HttpRequest::Method::Delete, QStringLiteral("/v1/lookup"), m_deviceToken.toLatin1());
        QVERIFY(finish(reply));
        QCOMPARE(reply->status(), 405);
        QCOMPARE(reply->header("Allow"), QByteArrayLiteral("GET"));
        auto *missing =
            raw(HttpRequest::Method::Get, QStringLiteral("/v1/nothing/here"), m_deviceToken.toLatin1());
        QVERIFY(finish(missing));
        QCOMPARE(missing->status(), 404);
        QCOMPARE(missing->header("Content-Type"), QByteArrayLiteral("application/problem+json"));
    }

    void lookupResolvesEveryKindOfCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("productId");
        QTest::addColumn<QString>("variantId");
        QTest::addColumn<QString>("kind");

        const auto withGtinPrefix = [this](const QString &prefix) {
            return m_catalog.find([&](const QJsonObject &p) {
                return DemoCatalog::firstVariant(p)
                    .value(QStringLiteral("gtin"))
                    .toString()
                    .startsWith(prefix);
            });
        };
        const QJsonObject ean13 = withGtinPrefix(QStringLiteral("04"));
        const QJsonObject upc = withGtinPrefix(QStringLiteral("00") + QStringLiteral("0"));
        const QJsonObject ean8 = withGtinPrefix(QStringLiteral("000000"));
        const QJsonObject nfc = m_catalog.find([](const QJsonObject &p) {
            return DemoCatalog::firstVariant(p).contains(QStringLiteral("nfcUid"));
        });
        QVERIFY(!ean13.isEmpty() && !upc.isEmpty() && !ean8.isEmpty() && !nfc.isEmpty());

        const auto row = [](const char *name, const QString &code, const QJsonObject &product,
                            const char *kind) {
            const QJsonObject variant = DemoCatalog::firstVariant(product);
            QTest::newRow(name) << code << product.value(QStringLiteral("id")).toString()
                                << variant.value(QStringLiteral("id")).toString()
                                << QString::fromLatin1(kind);
        };
        const auto gtin = [](const QJsonObject &product) {
            return DemoCatalog::firstVariant(product).value(QStringLiteral("gtin")).toString();
        };
        row("GTIN-14", gtin(ean13), ean13, "gtin");
        row("EAN-13", gtin(ean13).mid(1), ean13, "gtin");
        row("UPC-A", gtin(upc).mid(2), upc, "gtin");
        row("EAN-8", gtin(ean8).mid(6), ean8, "gtin");
        row("GS1 element string", QStringLiteral("]C101") + gtin(ean13) + QStringLiteral("10LOT42"), ean13,
            "gs1");
        row("GS1 Digital Link",
            QStringLiteral("https://id.example.org/01/") + gtin(ean13) + QStringLiteral("?17=271231"), ean13,
            "digital-link");
        row("NFC UID",
            QStringLiteral("nfc:")
                + DemoCatalog::firstVariant(nfc).value(QStringLiteral("nfcUid")).toString(),
            nfc, "nfc");
        row("NFC UID lower case",
            QStringLiteral("nfc:")
                + DemoCatalog::firstVariant(nfc).value(QStringLiteral("nfcUid")).toString().toLower(),
            nfc, "nfc");
        row("SKU", DemoCatalog::firstVariant(ean13).value(QStringLiteral("sku")).toString(), ean13, "text");
        QTest::newRow("product URL with tracking")
            << ean13.value(QStringLiteral("url")).toString() + QStringLiteral("?utm_source=tag#reviews")
            << ean13.value(QStringLiteral("id")).toString() << QString() << QStringLiteral("url");
    }
    void lookupResolvesEveryKindOfCode()
    {
        QFETCH(QString, code);
        QFETCH(QString, productId);
        QFETCH(QString, variantId);
        QFETCH(QString, kind);
        auto *call = m_api.lookup(code);
        QVERIFY(finish(call));
        QVERIFY2(call->ok(), qPrintable(call->errorMessage()));
        QCOMPARE(call->result()->product.id, productId);
        QCOMPARE(call->result()->variantId, variantId);
        QCOMPARE(call->result()->matchKind, kind);
        QCOMPARE(call->result()->product.name,
                 m_catalog.productsById.value(productId).value(QStringLiteral("name")).toString());
    }

    void lookupRejectsOrMissesClearly_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("detailPart");
        QTest::newRow("bad check digit")
            << QStringLiteral("4740168000135") << 400 << QStringLiteral("check digit");
        QTest::newRow("unknown GTIN")
            << QStringLiteral("4006381333931") << 404 << QStringLiteral("04006381333931");
        QTest::newRow("unknown SKU") << QStringLiteral("NO-SUCH-SKU") << 404 << QStringLiteral("NO-SUCH-SKU");
        QTest::newRow("blank") << QStringLiteral("   ") << 400 << QStringLiteral("required");
        QTest::newRow("SQL-looking text") << QStringLiteral("x' OR '1'='1") << 404 << QStringLiteral("x' OR");
    }
    void lookupRejectsOrMissesClearly()
    {
        QFETCH(QString, code);
        QFETCH(int, status);
        QFETCH(QString, detailPart);
        auto *call = m_api.lookup(code);
        QVERIFY(finish(call));
        QCOMPARE(call->status(), status);
        QVERIFY2(call->errorMessage().contains(detailPart, Qt::CaseInsensitive),
                 qPrintable(call->errorMessage()));
    }

    void productMatchesCatalogue()
    {
        const QJsonObject expected = m_catalog.find([this](const QJsonObject &p) {
            return m_catalog.reviewsByProduct.value(p.value(QStringLiteral("id")).toString()).size() >= 5;
        });
        const QString id = expected.value(QStringLiteral("id")).toString();
        auto *call = m_api.product(id);
        QVERIFY(finish(call));
        QVERIFY2(call->ok(), qPrintable(call->errorMessage()));
        const Product &product = *call->result();
        QCOMPARE(product.name, expected.value(QStringLiteral("name")).toString());
        QCOMPARE(product.brand, expected.value(QStringLiteral("brand")).toString());
        QCOMPARE(product.price.amount, expected.value(QStringLiteral("price")).toInteger());
        QCOMPARE(product.price.currency, m_catalog.retailer.value(QStringLiteral("currency")).toString());
        QCOMPARE(product.variants.size(), expected.value(QStringLiteral("variants")).toArray().size());
        QCOMPARE(product.images.size(), expected.value(QStringLiteral("images")).toArray().size());
        const auto reviews = m_catalog.reviewsByProduct.value(id);
        QList<int> histogram(5, 0);
        int sum = 0;
        for (const auto &review : reviews) {
            const int rating = review.value(QStringLiteral("rating")).toInt();
            histogram[rating - 1] += 1;
            sum += rating;
        }
        QCOMPARE(product.rating.count, reviews.size());
        QCOMPARE(product.rating.histogram, histogram);
        QCOMPARE(product.rating.average, std::round(double(sum) / reviews.size() * 10.0) / 10.0);

        auto *missing = m_api.product(QStringLiteral("NO-SUCH-PRODUCT"));
        QVERIFY(finish(missing));
        QCOMPARE(missing->status(), 404);
    }

    void searchFindsByPrefixAndFilters()
    {
        // A word of a product's name, cut to a prefix, finds that product.
        const QJsonObject target = m_catalog.products.at(m_catalog.products.size() / 2);
        const QString name = target.value(QStringLiteral("name")).toString();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("q"),
                           name.section(QLatin1Char(' '), 0, 1) + QLatin1Char(' ')
                               + name.section(QLatin1Char(' '), 2, 2).left(4));
        query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
        const QJsonObject result = getJson(QStringLiteral("/v1/products"), query);
        QVERIFY(result.value(QStringLiteral("total")).toInt() >= 1);
        bool found = false;
        for (const auto &item : result.value(QStringLiteral("items")).toArray())
            found = found
                || item[QStringLiteral("id")].toString() == target.value(QStringLiteral("id")).toString();
        QVERIFY2(found, qPrintable(query.toString()));

        // Filters agree with counts made from the catalogue file.
        int onlineOnly = 0;
        int inStockHere = 0;
        QHash<QString, int> byCategory;
        for (const auto &product : m_catalog.products) {
            onlineOnly += product.value(QStringLiteral("onlineOnly")).toBool() ? 1 : 0;
            byCategory[product.value(QStringLiteral("category")).toString()] += 1;
            bool here = false;
            for (const auto &variant : product.value(QStringLiteral("variants")).toArray())
                here = here || storeQty(variant.toObject(), m_storeId) > 0;
            inStockHere += here ? 1 : 0;
        }
        QUrlQuery online;
        online.addQueryItem(QStringLiteral("onlineOnly"), QStringLiteral("true"));
        const QJsonObject onlineResult = getJson(QStringLiteral("/v1/products"), online);
        QCOMPARE(onlineResult.value(QStringLiteral("total")).toInt(), onlineOnly);
        for (const auto &item : onlineResult.value(QStringLiteral("items")).toArray())
            QVERIFY(item[QStringLiteral("onlineOnly")].toBool());

        QUrlQuery stocked;
        stocked.addQueryItem(QStringLiteral("inStockAt"), m_storeId);
        QCOMPARE(getJson(QStringLiteral("/v1/products"), stocked).value(QStringLiteral("total")).toInt(),
                 inStockHere);

        const QString category = m_catalog.products.first().value(QStringLiteral("category")).toString();
        QUrlQuery inCategory;
        inCategory.addQueryItem(QStringLiteral("category"), category);
        QCOMPARE(getJson(QStringLiteral("/v1/products"), inCategory).value(QStringLiteral("total")).toInt(),
                 byCategory.value(category));

        // With no filter, the category facet accounts for every product exactly once.
        const QJsonObject all = getJson(QStringLiteral("/v1/products"));
        QCOMPARE(all.value(QStringLiteral("total")).toInt(), m_catalog.products.size());
        int facetSum = 0;
        for (const auto &facet : all[QStringLiteral("facets")][QStringLiteral("categories")].toArray())
            facetSum += facet[QStringLiteral("count")].toInt();
        QCOMPARE(facetSum, m_catalog.products.size());
    }

    void searchRejectsBadParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("page not a number") << QStringLiteral("page=x");
        QTest::newRow("page size too big") << QStringLiteral("pageSize=101");
        QTest::newRow("bad boolean") << QStringLiteral("onlineOnly=maybe");
        QTest::newRow("unknown store") << QStringLiteral("inStockAt=atlantis");
        QTest::newRow("huge query") << QStringLiteral("q=") + QString(300, QLatin1Char('a'));
    }
    void searchRejectsBadParameters()
    {
        QFETCH(QString, query);
        const QJsonObject problem = getJson(QStringLiteral("/v1/products"), QUrlQuery(query), 400);
        QCOMPARE(problem.value(QStringLiteral("status")).toInt(), 400);
        QVERIFY(!problem.value(QStringLiteral("detail")).toString().isEmpty());
    }

    void searchTextIsNeverSyntax()
    {
        // Quotes, operators and FTS/tsquery syntax are just text: no 500, no error.
        for (const QString &q : {QStringLiteral("\"mug"), QStringLiteral("a:* & b | !c"),
                                 QStringLiteral("NEAR(x y)"), QStringLiteral("'; DROP TABLE products; --"),
                                 QStringLiteral("杯子"), QStringLiteral("jõulud żółw")}) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("q"), q);
            auto *call = m_api.get(QStringLiteral("/v1/products"), query);
            QVERIFY(finish(call));
            QVERIFY2(call->ok(), qPrintable(q + QStringLiteral(": ") + call->errorMessage()));
        }
    }

    void reviewsAreSortedAndPaged()
    {
        const QJsonObject product = m_catalog.find([this](const QJsonObject &p) {
            return m_catalog.reviewsByProduct.value(p.value(QStringLiteral("id")).toString()).size() >= 12;
        });
        const QString id = product.value(QStringLiteral("id")).toString();
        const QString path = QStringLiteral("/v1/products/%1/reviews").arg(id);
        const int total = m_catalog.reviewsByProduct.value(id).size();

        QUrlQuery newest(QStringLiteral("sort=newest&pageSize=50"));
        const auto newestItems = getJson(path, newest).value(QStringLiteral("items")).toArray();
        QCOMPARE(newestItems.size(), qMin(total, 50));
        for (qsizetype i = 1; i < newestItems.size(); ++i)
            QVERIFY(newestItems[i - 1][QStringLiteral("createdAt")].toString()
                    >= newestItems[i][QStringLiteral("createdAt")].toString());

        const auto lowest = getJson(path, QUrlQuery(QStringLiteral("sort=lowest&pageSize=50")));
        QCOMPARE(lowest.value(QStringLiteral("total")).toInt(), total);
        const auto lowestItems = lowest.value(QStringLiteral("items")).toArray();
        for (qsizetype i = 1; i < lowestItems.size(); ++i)
            QVERIFY(lowestItems[i - 1][QStringLiteral("rating")].toInt()
                    <= lowestItems[i][QStringLiteral("rating")].toInt());

        const auto page1 = getJson(path, QUrlQuery(QStringLiteral("pageSize=5&page=1")))
                               .value(QStringLiteral("items"))
                               .toArray();
        const auto page2 = getJson(path, QUrlQuery(QStringLiteral("pageSize=5&page=2")))
                               .value(QStringLiteral("items"))
                               .toArray();
        QCOMPARE(page1.size(), 5);
        QCOMPARE(page2.size(), 5);
        for (const auto &a : page1) {
            for (const auto &b : page2)
                QVERIFY(a[QStringLiteral("id")] != b[QStringLiteral("id")]);
        }
        QCOMPARE(getJson(path, QUrlQuery(QStringLiteral("sort=bogus")), 400)
                     .value(QStringLiteral("status"))
                     .toInt(),
                 400);
        QCOMPARE(getJson(QStringLiteral("/v1/products/NOPE/reviews"), {}, 404)
                     .value(QStringLiteral("status"))
                     .toInt(),
                 404);
    }

    void availabilityShowsThisStoreNearbyAndOnline()
    {
        const QJsonObject product = m_catalog.find([this](const QJsonObject &p) {
            return !p.value(QStringLiteral("onlineOnly")).toBool()
                && storeQty(DemoCatalog::firstVariant(p), m_storeId) > 0;
        });
        const QJsonObject variant = DemoCatalog::firstVariant(product);
        const QJsonObject result = getJson(QStringLiteral("/v1/products/%1/availability")
                                               .arg(product.value(QStringLiteral("id")).toString()));
        QCOMPARE(result[QStringLiteral("store")][QStringLiteral("id")].toString(), m_storeId);
        const QJsonObject first = result[QStringLiteral("variants")].toArray().first().toObject();
        QCOMPARE(first[QStringLiteral("variantId")].toString(),
                 variant.value(QStringLiteral("id")).toString());
        const QJsonObject here = variant[QStringLiteral("stock")][m_storeId].toObject();
        QCOMPARE(first[QStringLiteral("store")][QStringLiteral("qty")].toInt(),
                 here.value(QStringLiteral("qty")).toInt());
        QCOMPARE(first[QStringLiteral("store")][QStringLiteral("aisle")].toString(),
                 here.value(QStringLiteral("aisle")).toString());
        QCOMPARE(first[QStringLiteral("online")][QStringLiteral("qty")].toInt(),
                 variant[QStringLiteral("online")][QStringLiteral("qty")].toInt());
        const QJsonArray nearby = first[QStringLiteral("nearby")].toArray();
        QCOMPARE(nearby.size(), m_catalog.stores.size() - 1);
        for (qsizetype i = 1; i < nearby.size(); ++i)
            QVERIFY(nearby[i - 1][QStringLiteral("distanceKm")].toDouble()
                    <= nearby[i][QStringLiteral("distanceKm")].toDouble());
        for (const auto &n : nearby) {
            QVERIFY(n[QStringLiteral("distanceKm")].toDouble() > 0.1);
            QCOMPARE(n[QStringLiteral("qty")].toInt(),
                     storeQty(variant, n[QStringLiteral("storeId")].toString()));
        }
        QCOMPARE(getJson(QStringLiteral("/v1/products/%1/availability")
                             .arg(product.value(QStringLiteral("id")).toString()),
                         QUrlQuery(QStringLiteral("store=atlantis")), 404)
                     .value(QStringLiteral("status"))
                     .toInt(),
                 404);
    }

    void relatedFollowsCatalogue()
    {
        const QJsonObject product = m_catalog.products.at(7);
        const QJsonArray expected = product.value(QStringLiteral("related")).toArray();
        const QJsonArray items =
            getJson(
                QStringLiteral("/v1/products/%1/related").arg(product.value(QStringLiteral("id")).toString()))
                .value(QStringLiteral("items"))
                .toArray();
        QCOMPARE(items.size(), expected.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            QCOMPARE(items[i][QStringLiteral("kind")].toString(),
                     expected[i][QStringLiteral("kind")].toString());
            QCOMPARE(items[i][QStringLiteral("product")][QStringLiteral("id")].toString(),
                     expected[i][QStringLiteral("id")].toString());
        }
    }

    void changeFeedWalksWholeCatalogue()
    {
        QString cursor;
        QSet<QString> seen;
        qint64 lastSeq = 0;
        for (int page = 0; page < 100; ++page) {
            QUrlQuery query(QStringLiteral("limit=100"));
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("since"), cursor);
            const QJsonObject result = getJson(QStringLiteral("/v1/catalog/changes"), query);
            for (const auto &change : result.value(QStringLiteral("changes")).toArray()) {
                QVERIFY(change[QStringLiteral("seq")].toInteger() > lastSeq);
                lastSeq = change[QStringLiteral("seq")].toInteger();
                QCOMPARE(change[QStringLiteral("product")][QStringLiteral("id")].toString(),
                         change[QStringLiteral("productId")].toString());
                // A device's feed carries its store's stock, for the kiosk's offline copy.
                QCOMPARE(change[QStringLiteral("availability")][QStringLiteral("store")][QStringLiteral("id")]
                             .toString(),
                         m_storeId);
                QCOMPARE(change[QStringLiteral("availability")][QStringLiteral("productId")].toString(),
                         change[QStringLiteral("productId")].toString());
                seen.insert(change[QStringLiteral("productId")].toString());
            }
            cursor = result.value(QStringLiteral("cursor")).toString();
            if (!result.value(QStringLiteral("hasMore")).toBool())
                break;
        }
        QCOMPARE(seen.size(), m_catalog.products.size());
        QCOMPARE(getJson(QStringLiteral("/v1/catalog/changes"), QUrlQuery(QStringLiteral("since=abc")), 400)
                     .value(QStringLiteral("status"))
                     .toInt(),
                 400);
    }

    void largeAnswersAreGzipped()
    {
        auto *reply = raw(HttpRequest::Method::Get, QStringLiteral("/v1/catalog/changes?limit=50"),
                          m_deviceToken.toLatin1());
        QVERIFY(finish(reply));
        QCOMPARE(reply->status(), 200);
        QCOMPARE(reply->header("Content-Encoding"), QByteArrayLiteral("gzip"));
        QVERIFY(QJsonDocument::fromJson(reply->body()).isObject()); // decoded transparently
    }

    void imagesArePublicAndSafe()
    {
        const QString image =
            m_catalog.products.first().value(QStringLiteral("images")).toArray().first().toString();
        auto *reply = raw(HttpRequest::Method::Get, QStringLiteral("/images/") + image);
        QVERIFY(finish(reply));
        QCOMPARE(reply->status(), 200);
        QCOMPARE(reply->header("Content-Type"), QByteArrayLiteral("image/svg+xml"));
        QVERIFY(reply->body().startsWith("<svg") || reply->body().startsWith("<?xml"));
        auto *escape = raw(HttpRequest::Method::Get, QStringLiteral("/images/..%2Fdemo-catalog.jsonl"));
        QVERIFY(finish(escape));
        QCOMPARE(escape->status(), 404);
    }

    void tokensAreNotStoredInClear()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != QLatin1String("sqlite"))
            QSKIP("checked on the SQLite file; PostgreSQL uses the same code path");
        QFile database(m_server->databaseFile());
        QVERIFY(database.open(QIODevice::ReadOnly));
        QByteArray bytes = database.readAll();
        QFile wal(m_server->databaseFile() + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            bytes += wal.readAll();
        QVERIFY(!bytes.contains(m_deviceToken.toLatin1()));
        QVERIFY(bytes.contains(Server::Authenticator::hashToken(m_deviceToken.toLatin1())));
    }
};

QTEST_GUILESS_MAIN(ServerApiTest)
#include "serverapitest.moc"
