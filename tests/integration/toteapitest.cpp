// SPDX-License-Identifier: MIT
// Totes, their op batches, customers and carts over real HTTP on loopback, on SQLite and on
// PostgreSQL. Products and prices come from the demo catalogue file.
#include "democatalog.h"
#include "testserver.h"

#include <customerqr.h>
#include <httpclient.h>
#include <servertotestore.h>
#include <totelimits.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <map>

using namespace Omnitote;
using namespace Omnitote::Testing;
using Role = Server::Principal::Role;

namespace {

struct Reply
{
    int status = 0;
    QJsonObject json;
    QByteArray etag;
    QByteArray contentType;
};

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/** A product that can be taken home today, with at least two variants, and an online-only one. */
struct Picks
{
    QString productId;
    QString variantA;
    QString variantB;
    qint64 priceA = 0;
    QString otherProductId;
    QString otherVariant;
    QString onlineOnlyProductId;
    QString onlineOnlyVariant;
};

} // namespace

class ToteApiTest : public QObject
{
    Q_OBJECT

private:
    /** One server per back end, started when first needed and kept for every test function. */
    struct Running
    {
        std::unique_ptr<TestServer> server;
        QString device;
        QString otherStoreDevice;
        QString associate;
        QString admin;
    };
    std::map<QString, Running> m_backends;
    TestServer *m_server = nullptr;
    QString m_device; // token of a kiosk in the first store
    QString m_otherStoreDevice;
    QString m_associate;
    QString m_admin;
    DemoCatalog m_catalog;
    Picks m_picks;
    HttpClient m_http;

    Reply send(HttpRequest::Method method, const QString &path, const QString &token,
               const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {},
               const QByteArray &contentType = "application/json")
    {
        HttpRequest request;
        request.method = method;
        request.url = m_server->baseUrl().resolved(QUrl(path));
        if (!token.isEmpty())
            request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1()});
        if (!body.isEmpty())
            request.headers.append({QByteArrayLiteral("Content-Type"), contentType});
        request.headers.append(headers);
        request.body = body;
        std::unique_ptr<HttpReply> reply(m_http.send(request));
        if (!reply->isFinished()) {
            QSignalSpy spy(reply.get(), &HttpReply::finished);
            if (!spy.wait(20000))
                return {};
        }
        return {reply->status(), QJsonDocument::fromJson(reply->body()).object(), reply->header("ETag"),
                reply->header("Content-Type")};
    }
    Reply post(const QString &path, const QJsonObject &body, const QString &token = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return send(HttpRequest::Method::Post, path, token.isEmpty() ? m_device : token,
                    QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }
    Reply get(const QString &path, const QString &token = {},
              const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return send(HttpRequest::Method::Get, path, token.isEmpty() ? m_device : token, {}, headers);
    }
    QString createTote(const QString &token = {})
    {
        const Reply reply =
            send(HttpRequest::Method::Post, QStringLiteral("/v1/totes"), token.isEmpty() ? m_device : token);
        return reply.status == 201 ? reply.json.value(QStringLiteral("id")).toString() : QString();
    }
    Reply ops(const QString &toteId, const QJsonArray &batch, const QString &token = {})
    {
        return post(QStringLiteral("/v1/totes/%1/ops").arg(toteId), {{QStringLiteral("ops"), batch}}, token);
    }
    static QJsonObject add(const QString &lineId, const QString &productId, const QString &variantId, int qty,
                           const QString &fulfilment = QStringLiteral("take"), const QString &opId = uuid())
    {
        return {{QStringLiteral("opId"), opId},
                {QStringLiteral("type"), QStringLiteral("add")},
                {QStringLiteral("lineId"), lineId},
                {QStringLiteral("productId"), productId},
                {QStringLiteral("variantId"), variantId},
                {QStringLiteral("qty"), qty},
                {QStringLiteral("fulfilment"), fulfilment},
                {QStringLiteral("source"), QStringLiteral("scan")}};
    }
    QJsonObject addA(const QString &lineId, int qty, const QString &opId = uuid()) const
    {
        return add(lineId, m_picks.productId, m_picks.variantA, qty, QStringLiteral("take"), opId);
    }
    static QJsonObject setQty(const QString &lineId, int qty, const QString &opId = uuid())
    {
        return {{QStringLiteral("opId"), opId},
                {QStringLiteral("type"), QStringLiteral("setQty")},
                {QStringLiteral("lineId"), lineId},
                {QStringLiteral("qty"), qty}};
    }
    static QJsonObject remove(const QString &lineId, const QString &opId = uuid())
    {
        return {{QStringLiteral("opId"), opId},
                {QStringLiteral("type"), QStringLiteral("remove")},
                {QStringLiteral("lineId"), lineId}};
    }
    static QJsonObject setFulfilment(const QString &lineId, const QString &fulfilment,
                                     const QString &opId = uuid())
    {
        return {{QStringLiteral("opId"), opId},
                {QStringLiteral("type"), QStringLiteral("setFulfilment")},
                {QStringLiteral("lineId"), lineId},
                {QStringLiteral("fulfilment"), fulfilment}};
    }
    static QJsonObject lineById(const QJsonObject &toteOrCart, const QString &lineId)
    {
        for (const auto &line : toteOrCart.value(QStringLiteral("lines")).toArray()) {
            if (line[QStringLiteral("lineId")].toString() == lineId)
                return line.toObject();
        }
        return {};
    }
    static QJsonObject lineByVariant(const QJsonObject &cart, const QString &variantId)
    {
        for (const auto &line : cart.value(QStringLiteral("lines")).toArray()) {
            if (line[QStringLiteral("variantId")].toString() == variantId)
                return line.toObject();
        }
        return {};
    }

    /** The cart's line for the first picked variant, read with `token`. */
    QJsonObject cartLineA(const QString &cartId, const QString &token)
    {
        return lineByVariant(get(QStringLiteral("/v1/carts/") + cartId, token).json, m_picks.variantA);
    }
    /** A new customer and the QR payload their app would show (valid for `ttlSecs`, may be < 0). */
    Server::CustomerRecord newCustomer(QString *qr, qint64 ttlSecs = 600)
    {
        QString error;
        auto &totes = m_server->runtime().storage().totes();
        const auto customer = totes.addCustomer(uuid() + QStringLiteral("@example.com"), {}, &error);
        if (!customer)
            return {};
        *qr = Server::CustomerQr(totes.qrSecret(&error))
                  .sign(customer->id, QDateTime::currentDateTimeUtc().addSecs(ttlSecs));
        return *customer;
    }
    QString customerToken(const Server::CustomerRecord &customer)
    {
        QString error;
        return m_server->runtime().api().authenticator().issueToken(
            {Role::Customer, {}, QStringLiteral("phone"), customer.id}, &error);
    }
    /** A tote linked to a new customer; returns the cart id. */
    QString linkedTote(QString *toteId, Server::CustomerRecord *customer = nullptr)
    {
        *toteId = createTote();
        QString qr;
        const auto who = newCustomer(&qr);
        if (customer)
            *customer = who;
        const Reply linked =
            post(QStringLiteral("/v1/totes/%1/customer").arg(*toteId), {{QStringLiteral("qr"), qr}});
        return linked.status == 200 ? linked.json.value(QStringLiteral("cartId")).toString() : QString();
    }
    struct Linked
    {
        QString toteId;
        QString cartId;
        QString phone; // the customer's own token
    };
    /** A tote linked to a new customer, and that customer's phone token. */
    Linked linkedWithPhone()
    {
        Linked linked;
        Server::CustomerRecord customer;
        linked.cartId = linkedTote(&linked.toteId, &customer);
        linked.phone = customerToken(customer);
        return linked;
    }
    Reply cartOps(const QString &cartId, const QJsonArray &batch, const QByteArray &etag,
                  const QString &token)
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!etag.isEmpty())
            headers.append({QByteArrayLiteral("If-Match"), etag});
        return post(QStringLiteral("/v1/carts/%1/ops").arg(cartId), {{QStringLiteral("ops"), batch}}, token,
                    headers);
    }
    /** Applies customer `batch` to the cart at its current version. */
    Reply customerEdit(const QString &cartId, const QJsonArray &batch, const QString &token)
    {
        const Reply current = get(QStringLiteral("/v1/carts/%1").arg(cartId), token);
        return cartOps(cartId, batch, current.etag, token);
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
        const QJsonObject multi = m_catalog.find([](const QJsonObject &p) {
            return !p.value(QStringLiteral("onlineOnly")).toBool()
                && p.value(QStringLiteral("variants")).toArray().size() >= 2;
        });
        const QJsonObject other = m_catalog.find([&multi](const QJsonObject &p) {
            return !p.value(QStringLiteral("onlineOnly")).toBool() && p != multi;
        });
        const QJsonObject online = m_catalog.find(
            [](const QJsonObject &p) { return p.value(QStringLiteral("onlineOnly")).toBool(); });
        QVERIFY(!multi.isEmpty() && !other.isEmpty() && !online.isEmpty());
        const auto variants = multi.value(QStringLiteral("variants")).toArray();
        m_picks = {multi.value(QStringLiteral("id")).toString(),
                   variants.at(0)[QStringLiteral("id")].toString(),
                   variants.at(1)[QStringLiteral("id")].toString(),
                   variants.at(0)[QStringLiteral("price")].toInteger(),
                   other.value(QStringLiteral("id")).toString(),
                   DemoCatalog::firstVariant(other).value(QStringLiteral("id")).toString(),
                   online.value(QStringLiteral("id")).toString(),
                   DemoCatalog::firstVariant(online).value(QStringLiteral("id")).toString()};
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        auto it = m_backends.find(backend);
        if (it == m_backends.end()) {
            Running running;
            running.server = std::make_unique<TestServer>();
            QString error;
            bool skipped = false;
            const bool started =
                running.server->start(backend == QLatin1String("sqlite") ? TestServer::Backend::Sqlite
                                                                         : TestServer::Backend::Postgres,
                                      &error, &skipped);
            if (!started && skipped)
                QSKIP(qPrintable(QStringLiteral("PostgreSQL not available: %1").arg(error)));
            QVERIFY2(started, qPrintable(error));
            running.device = running.server->token(Role::Device);
            running.associate = running.server->token(Role::Associate);
            running.admin = running.server->token(Role::Admin);
            const QString otherStore = m_catalog.stores.at(1).value(QStringLiteral("id")).toString();
            running.otherStoreDevice = running.server->runtime().api().authenticator().issueToken(
                {Role::Device, otherStore, QStringLiteral("other"), {}}, &error);
            QVERIFY(!running.otherStoreDevice.isEmpty());
            it = m_backends.emplace(backend, std::move(running)).first;
        }
        m_server = it->second.server.get();
        m_device = it->second.device;
        m_otherStoreDevice = it->second.otherStoreDevice;
        m_associate = it->second.associate;
        m_admin = it->second.admin;
    }

    void cleanupTestCase() { m_backends.clear(); }

    // ---- totes ----------------------------------------------------------------------------------

    void createGetAndApplyOps()
    {
        const Reply created = send(HttpRequest::Method::Post, QStringLiteral("/v1/totes"), m_device);
        QCOMPARE(created.status, 201);
        const QString id = created.json.value(QStringLiteral("id")).toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(created.json.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(created.json.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z0-9]{4}$"))
                    .match(created.json.value(QStringLiteral("pickupCode")).toString())
                    .hasMatch());
        QCOMPARE(created.json.value(QStringLiteral("storeId")).toString(),
                 m_catalog.stores.first().value(QStringLiteral("id")).toString());

        const Reply applied = ops(id,
                                  {addA(QStringLiteral("l1"), 2),
                                   add(QStringLiteral("l2"), m_picks.otherProductId, m_picks.otherVariant, 1),
                                   setQty(QStringLiteral("l1"), 3),
                                   setFulfilment(QStringLiteral("l2"), QStringLiteral("pickup")),
                                   add(QStringLiteral("l3"), m_picks.onlineOnlyProductId,
                                       m_picks.onlineOnlyVariant, 1, QStringLiteral("ship")),
                                   remove(QStringLiteral("l3"))});
        QCOMPARE(applied.status, 200);
        QCOMPARE(applied.json.value(QStringLiteral("version")).toInt(), 7);
        QCOMPARE(applied.json.value(QStringLiteral("applied")).toInt(), 6);
        const auto lines = applied.json.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 2);
        const QJsonObject l1 = lineById(applied.json, QStringLiteral("l1"));
        QCOMPARE(l1.value(QStringLiteral("qty")).toInt(), 3);
        QCOMPARE(l1.value(QStringLiteral("productId")).toString(), m_picks.productId);
        QCOMPARE(l1.value(QStringLiteral("variantId")).toString(), m_picks.variantA);
        QCOMPARE(l1.value(QStringLiteral("fulfilment")).toString(), QStringLiteral("take"));
        QCOMPARE(l1.value(QStringLiteral("unitPrice"))[QStringLiteral("amount")].toInteger(), m_picks.priceA);
        QCOMPARE(l1.value(QStringLiteral("source")).toString(), QStringLiteral("scan"));
        QCOMPARE(lineById(applied.json, QStringLiteral("l2")).value(QStringLiteral("fulfilment")).toString(),
                 QStringLiteral("pickup"));
        QCOMPARE(applied
                     .json[QStringLiteral("totals")][QStringLiteral("take")][QStringLiteral("amount")]
                          [QStringLiteral("amount")]
                     .toInteger(),
                 3 * m_picks.priceA);

        const Reply read = get(QStringLiteral("/v1/totes/") + id);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json.value(QStringLiteral("version")).toInt(), 7);
        QCOMPARE(read.json.value(QStringLiteral("lines")), applied.json.value(QStringLiteral("lines")));
        QCOMPARE(get(QStringLiteral("/v1/totes/") + id, m_associate).status, 200);
        QCOMPARE(get(QStringLiteral("/v1/totes/") + uuid()).status, 404);
    }

    void createWithClientIdIsIdempotent()
    {
        const QString id = uuid();
        const QJsonObject body {{QStringLiteral("id"), id}};
        const Reply first = post(QStringLiteral("/v1/totes"), body);
        QCOMPARE(first.status, 201);
        QCOMPARE(first.json.value(QStringLiteral("id")).toString(), id);
        const Reply again = post(QStringLiteral("/v1/totes"), body);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(QStringLiteral("pickupCode")),
                 first.json.value(QStringLiteral("pickupCode")));
        QCOMPARE(post(QStringLiteral("/v1/totes"), body, m_otherStoreDevice).status, 409);
        QCOMPARE(
            post(QStringLiteral("/v1/totes"), {{QStringLiteral("id"), QStringLiteral("no spaces")}}).status,
            400);
    }

    void pickupCodesDifferAmongOpenTotes()
    {
        QSet<QString> codes;
        for (int i = 0; i < 30; ++i) {
            const Reply created = send(HttpRequest::Method::Post, QStringLiteral("/v1/totes"), m_device);
            QCOMPARE(created.status, 201);
            codes.insert(created.json.value(QStringLiteral("pickupCode")).toString());
        }
        QCOMPARE(codes.size(), 30);
    }

    void replayAnswersTheSame()
    {
        const QString id = createTote();
        const QJsonArray batch {addA(QStringLiteral("a"), 1), setQty(QStringLiteral("a"), 4),
                                add(QStringLiteral("b"), m_picks.otherProductId, m_picks.otherVariant, 2)};
        const Reply first = ops(id, batch);
        QCOMPARE(first.status, 200);
        const Reply replay = ops(id, batch);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.json.value(QStringLiteral("results")), first.json.value(QStringLiteral("results")));
        QCOMPARE(replay.json.value(QStringLiteral("lines")), first.json.value(QStringLiteral("lines")));
        QCOMPARE(replay.json.value(QStringLiteral("version")), first.json.value(QStringLiteral("version")));
        QCOMPARE(replay.json.value(QStringLiteral("applied")).toInt(), 0);
        QCOMPARE(replay.json.value(QStringLiteral("replayed")).toInt(), 3);

        // A retry that overlaps a new batch: only the new op applies; a duplicate inside one batch
        // is answered like its first copy.
        const QJsonObject more = setQty(QStringLiteral("b"), 5);
        const Reply overlap = ops(id, {batch.at(1), more, more});
        QCOMPARE(overlap.status, 200);
        QCOMPARE(overlap.json.value(QStringLiteral("applied")).toInt(), 1);
        QCOMPARE(overlap.json.value(QStringLiteral("replayed")).toInt(), 2);
        const auto results = overlap.json.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.at(0), first.json.value(QStringLiteral("results")).toArray().at(1));
        QCOMPARE(results.at(1), results.at(2));
        QCOMPARE(lineById(overlap.json, QStringLiteral("a")).value(QStringLiteral("qty")).toInt(), 4);
        QCOMPARE(lineById(overlap.json, QStringLiteral("b")).value(QStringLiteral("qty")).toInt(), 5);
        QCOMPARE(overlap.json.value(QStringLiteral("version")).toInt(),
                 first.json.value(QStringLiteral("version")).toInt() + 1);
    }

    void opsAfterRemoveAreIgnoredAndUndoRestores()
    {
        const QString id = createTote();
        QCOMPARE(ops(id, {addA(QStringLiteral("u"), 2), remove(QStringLiteral("u"))}).status, 200);
        const Reply late = ops(id, {setQty(QStringLiteral("u"), 9)});
        QCOMPARE(late.status, 200);
        QCOMPARE(late.json[QStringLiteral("results")][0][QStringLiteral("status")].toString(),
                 QStringLiteral("ignored"));
        QVERIFY(late.json.value(QStringLiteral("lines")).toArray().isEmpty());
        const Reply undo = ops(id, {addA(QStringLiteral("u"), 2)});
        QCOMPARE(undo.status, 200);
        QCOMPARE(lineById(undo.json, QStringLiteral("u")).value(QStringLiteral("qty")).toInt(), 2);
        // The same line id for another product is a client bug, not an undo.
        QCOMPARE(ops(id, {add(QStringLiteral("u"), m_picks.otherProductId, m_picks.otherVariant, 1)}).status,
                 400);
    }

    void badBatchAppliesNothing_data()
    {
        QTest::addColumn<QByteArray>("badOp"); // inserted after a valid add
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("detailPart");
        const auto op = [](const QJsonObject &object) {
            return QJsonDocument(object).toJson(QJsonDocument::Compact);
        };
        QJsonObject unknownProduct =
            add(QStringLiteral("x"), QStringLiteral("NO-SUCH"), QStringLiteral("NO-SUCH-01"), 1);
        QTest::newRow("unknown product") << op(unknownProduct) << 400 << QStringLiteral("no variant");
        QTest::newRow("variant of another product")
            << op(add(QStringLiteral("x"), m_picks.productId, m_picks.otherVariant, 1)) << 400
            << QStringLiteral("no variant");
        QTest::newRow("zero qty") << op(add(QStringLiteral("x"), m_picks.productId, m_picks.variantA, 0))
                                  << 400 << QStringLiteral("qty");
        QTest::newRow("negative qty") << op(setQty(QStringLiteral("x"), -2)) << 400 << QStringLiteral("qty");
        QJsonObject fractional = setQty(QStringLiteral("x"), 1);
        fractional.insert(QStringLiteral("qty"), 1.5);
        QTest::newRow("fractional qty") << op(fractional) << 400 << QStringLiteral("qty");
        QJsonObject stringQty = setQty(QStringLiteral("x"), 1);
        stringQty.insert(QStringLiteral("qty"), QStringLiteral("2"));
        QTest::newRow("qty as text") << op(stringQty) << 400 << QStringLiteral("qty");
        // The kiosk's limit (app/core/totelimits.h) is the server's: one more is refused.
        QTest::newRow("qty over the shared limit")
            << op(setQty(QStringLiteral("g"), ToteLimits::maxLineQty + 1)) << 400
            << QStringLiteral("from 1 to %1").arg(ToteLimits::maxLineQty);
        QJsonObject unknownType = remove(QStringLiteral("x"));
        unknownType.insert(QStringLiteral("type"), QStringLiteral("explode"));
        QTest::newRow("unknown type") << op(unknownType) << 400 << QStringLiteral("unknown op type");
        QTest::newRow("online-only taken now")
            << op(add(QStringLiteral("x"), m_picks.onlineOnlyProductId, m_picks.onlineOnlyVariant, 1)) << 400
            << QStringLiteral("online only");
        QTest::newRow("bad fulfilment") << op(
            add(QStringLiteral("x"), m_picks.productId, m_picks.variantA, 1, QStringLiteral("teleport")))
                                        << 400 << QStringLiteral("fulfilment");
        QJsonObject noOpId = remove(QStringLiteral("x"));
        noOpId.remove(QStringLiteral("opId"));
        QTest::newRow("missing opId") << op(noOpId) << 400 << QStringLiteral("opId");
        QTest::newRow("not an object") << QByteArray("42") << 400 << QStringLiteral("not a JSON object");
        QTest::newRow("malformed JSON")
            << QByteArray("{\"opId\":") << 400 << QStringLiteral("not valid JSON");
        QTest::newRow("unknown line")
            << op(setQty(QStringLiteral("never-added"), 2)) << 409 << QStringLiteral("not in the tote");
    }
    void badBatchAppliesNothing()
    {
        QFETCH(QByteArray, badOp);
        QFETCH(int, status);
        QFETCH(QString, detailPart);
        const QString id = createTote();
        const QJsonObject good = addA(QStringLiteral("g"), 1);
        const QByteArray body =
            "{\"ops\":[" + QJsonDocument(good).toJson(QJsonDocument::Compact) + "," + badOp + "]}";
        const Reply rejected =
            send(HttpRequest::Method::Post, QStringLiteral("/v1/totes/%1/ops").arg(id), m_device, body);
        QCOMPARE(rejected.status, status);
        QCOMPARE(rejected.contentType, QByteArrayLiteral("application/problem+json"));
        QVERIFY2(rejected.json.value(QStringLiteral("detail"))
                     .toString()
                     .contains(detailPart, Qt::CaseInsensitive),
                 qPrintable(rejected.json.value(QStringLiteral("detail")).toString()));
        const Reply after = get(QStringLiteral("/v1/totes/") + id);
        QCOMPARE(after.json.value(QStringLiteral("version")).toInt(), 1);
        QVERIFY(after.json.value(QStringLiteral("lines")).toArray().isEmpty());
        // The good op was not recorded as applied: sent alone, it applies now.
        const Reply alone = ops(id, {good});
        QCOMPARE(alone.json.value(QStringLiteral("applied")).toInt(), 1);
    }

    void badRequestsOutsideTheOps_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::newRow("no ops") << QByteArray("{}") << QByteArray("application/json") << 400;
        QTest::newRow("empty ops") << QByteArray("{\"ops\":[]}") << QByteArray("application/json") << 400;
        QTest::newRow("array body") << QByteArray("[]") << QByteArray("application/json") << 400;
        QTest::newRow("form body") << QByteArray("ops=1") << QByteArray("text/plain") << 415;
    }
    void badRequestsOutsideTheOps()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        const QString id = createTote();
        QCOMPARE(send(HttpRequest::Method::Post, QStringLiteral("/v1/totes/%1/ops").arg(id), m_device, body,
                      {}, contentType)
                     .status,
                 status);
    }

    void tooManyOpsIs400()
    {
        const QString id = createTote();
        QJsonArray batch;
        for (int i = 0; i < 501; ++i)
            batch.append(remove(QStringLiteral("r")));
        QByteArray body =
            QJsonDocument(QJsonObject {{QStringLiteral("ops"), batch}}).toJson(QJsonDocument::Compact);
        QVERIFY(body.size() < 64 * 1024);
        QCOMPARE(send(HttpRequest::Method::Post, QStringLiteral("/v1/totes/%1/ops").arg(id), m_device, body)
                     .status,
                 400);
    }

    void changedLinesAnswerListsOnlyTheBatchsLines()
    {
        const QString id = createTote();
        QCOMPARE(
            ops(id,
                {addA(QStringLiteral("a"), 1), addA(QStringLiteral("b"), 2), addA(QStringLiteral("c"), 3)})
                .status,
            200);
        const auto changed = [&](const QJsonArray &batch) {
            return post(QStringLiteral("/v1/totes/%1/ops?lines=changed").arg(id),
                        {{QStringLiteral("ops"), batch}});
        };
        const QJsonObject setB = setQty(QStringLiteral("b"), 5);
        Reply reply = changed({setB, remove(QStringLiteral("c"))});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("linesIncluded")).toString(), QStringLiteral("changed"));
        const QJsonArray lines = reply.json.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0)[QStringLiteral("lineId")].toString(), QStringLiteral("b"));
        QCOMPARE(lines.at(0)[QStringLiteral("qty")].toInt(), 5);
        QCOMPARE(reply.json.value(QStringLiteral("removedLineIds")).toArray(),
                 QJsonArray {QStringLiteral("c")});
        // Totals and version still describe the whole tote: a (1) + b (5).
        QCOMPARE(reply.json[QStringLiteral("totals")][QStringLiteral("all")][QStringLiteral("qty")].toInt(),
                 6);
        QCOMPARE(reply
                     .json[QStringLiteral("totals")][QStringLiteral("take")][QStringLiteral("amount")]
                          [QStringLiteral("amount")]
                     .toInteger(),
                 6 * m_picks.priceA);
        QCOMPARE(reply.json.value(QStringLiteral("version")).toInt(), 6);
        // A replayed batch answers the same lines.
        reply = changed({setB});
        QCOMPARE(reply.json.value(QStringLiteral("replayed")).toInt(), 1);
        QCOMPARE(reply.json.value(QStringLiteral("lines")).toArray().size(), 1);
        // The default (and lines=all) still lists every live line.
        reply = ops(id, {setQty(QStringLiteral("a"), 2)});
        QCOMPARE(reply.json.value(QStringLiteral("lines")).toArray().size(), 2);
        QVERIFY(!reply.json.contains(QStringLiteral("linesIncluded")));
        reply = post(QStringLiteral("/v1/totes/%1/ops?lines=all").arg(id),
                     {{QStringLiteral("ops"), QJsonArray {setQty(QStringLiteral("a"), 3)}}});
        QCOMPARE(reply.json.value(QStringLiteral("lines")).toArray().size(), 2);
        reply = post(QStringLiteral("/v1/totes/%1/ops?lines=some").arg(id),
                     {{QStringLiteral("ops"), QJsonArray {setQty(QStringLiteral("a"), 4)}}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(get(QStringLiteral("/v1/totes/") + id).json.value(QStringLiteral("version")).toInt(), 8);
    }

    void toteHoldsAtMostTheLineLimit()
    {
        const QString id = createTote();
        QStringList lineIds;
        // Up to the limit, in batches the body limit allows.
        for (int start = 0; start < ToteLimits::maxLines; start += 100) {
            QJsonArray batch;
            for (int i = start; i < qMin(start + 100, ToteLimits::maxLines); ++i) {
                lineIds.append(QStringLiteral("l%1").arg(i));
                batch.append(addA(lineIds.last(), 1));
            }
            QCOMPARE(ops(id, batch).status, 200);
        }
        // One more line: 409 naming the op and the reason, and nothing of the batch applied.
        const QJsonObject extra = addA(QStringLiteral("extra"), 1);
        Reply reply = ops(id, {setQty(QStringLiteral("l0"), 2), extra});
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.contentType, QByteArrayLiteral("application/problem+json"));
        QCOMPARE(reply.json.value(QStringLiteral("reason")).toString(), QStringLiteral("tote-full"));
        QCOMPARE(reply.json.value(QStringLiteral("opId")).toString(),
                 extra.value(QStringLiteral("opId")).toString());
        QCOMPARE(reply.json.value(QStringLiteral("maxLines")).toInt(), ToteLimits::maxLines);
        Reply tote = get(QStringLiteral("/v1/totes/") + id);
        QCOMPARE(tote.json.value(QStringLiteral("lines")).toArray().size(), ToteLimits::maxLines);
        QCOMPARE(lineById(tote.json, QStringLiteral("l0")).value(QStringLiteral("qty")).toInt(), 1);
        // Undoing a removal counts like an add; a removed line makes room.
        QCOMPARE(ops(id, {remove(QStringLiteral("l1"))}).status, 200);
        QCOMPARE(ops(id, {extra}).status, 200);
        reply = ops(id, {addA(QStringLiteral("l1"), 1)});
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.json.value(QStringLiteral("reason")).toString(), QStringLiteral("tote-full"));
        QCOMPARE(ops(id, {remove(QStringLiteral("extra")), addA(QStringLiteral("l1"), 1)}).status, 200);
        tote = get(QStringLiteral("/v1/totes/") + id);
        QCOMPARE(tote.json.value(QStringLiteral("lines")).toArray().size(), ToteLimits::maxLines);
    }

    void reorderedBatchesConverge()
    {
        const QString id = createTote();
        const QJsonArray first {addA(QStringLiteral("r1"), 1),
                                add(QStringLiteral("r2"), m_picks.otherProductId, m_picks.otherVariant, 1)};
        const QJsonArray second {setQty(QStringLiteral("r1"), 3), remove(QStringLiteral("r2"))};
        // The later batch overtakes the earlier one: refused whole, so it can be sent again later.
        QCOMPARE(ops(id, second).status, 409);
        QCOMPARE(get(QStringLiteral("/v1/totes/") + id).json.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(ops(id, first).status, 200);
        QCOMPARE(ops(id, second).status, 200);
        // Late duplicates of both change nothing.
        const Reply again = ops(id, first);
        QCOMPARE(ops(id, second).json.value(QStringLiteral("applied")).toInt(), 0);
        QCOMPARE(again.json.value(QStringLiteral("applied")).toInt(), 0);
        const Reply final = get(QStringLiteral("/v1/totes/") + id);
        QCOMPARE(final.json.value(QStringLiteral("lines")).toArray().size(), 1);
        QCOMPARE(lineById(final.json, QStringLiteral("r1")).value(QStringLiteral("qty")).toInt(), 3);
        QCOMPARE(final.json.value(QStringLiteral("version")).toInt(), 5);
    }

    void opIdOfAnotherToteIsConflict()
    {
        const QString a = createTote();
        const QString b = createTote();
        const QJsonObject op = addA(QStringLiteral("s"), 1);
        QCOMPARE(ops(a, {op}).status, 200);
        const Reply reused = ops(b, {op});
        QCOMPARE(reused.status, 409);
        QVERIFY(
            get(QStringLiteral("/v1/totes/") + b).json.value(QStringLiteral("lines")).toArray().isEmpty());
    }

    void authorisation()
    {
        const QString id = createTote();
        const QString path = QStringLiteral("/v1/totes/") + id;
        const QByteArray batch =
            QJsonDocument(QJsonObject {{QStringLiteral("ops"), QJsonArray {addA(QStringLiteral("z"), 1)}}})
                .toJson(QJsonDocument::Compact);
        QCOMPARE(send(HttpRequest::Method::Get, path, {}).status, 401);
        QCOMPARE(send(HttpRequest::Method::Post, QStringLiteral("/v1/totes"), {}).status, 401);
        QCOMPARE(send(HttpRequest::Method::Post, path + QStringLiteral("/ops"), {}, batch).status, 401);
        QCOMPARE(send(HttpRequest::Method::Post, path + QStringLiteral("/ops"), QStringLiteral("ot_dev_nope"),
                      batch)
                     .status,
                 401);
        // Only kiosks create and change totes.
        QCOMPARE(send(HttpRequest::Method::Post, QStringLiteral("/v1/totes"), m_associate).status, 403);
        QCOMPARE(send(HttpRequest::Method::Post, path + QStringLiteral("/ops"), m_associate, batch).status,
                 403);
        QCOMPARE(send(HttpRequest::Method::Post, path + QStringLiteral("/ops"), m_admin, batch).status, 403);
        QString qr;
        const auto customer = newCustomer(&qr);
        const QString phone = customerToken(customer);
        QCOMPARE(send(HttpRequest::Method::Get, path, phone).status, 403);
        QCOMPARE(send(HttpRequest::Method::Post, QStringLiteral("/v1/totes"), phone).status, 403);
        // Another store's kiosk cannot see or change it: it does not exist for them.
        QCOMPARE(send(HttpRequest::Method::Get, path, m_otherStoreDevice).status, 404);
        QCOMPARE(
            send(HttpRequest::Method::Post, path + QStringLiteral("/ops"), m_otherStoreDevice, batch).status,
            404);
        QCOMPARE(
            post(path + QStringLiteral("/customer"), {{QStringLiteral("qr"), qr}}, m_otherStoreDevice).status,
            404);
        // An admin without a store may read any tote.
        QCOMPARE(send(HttpRequest::Method::Get, path, m_admin).status, 200);
        QVERIFY(get(path).json.value(QStringLiteral("lines")).toArray().isEmpty());
    }

    // ---- customers ------------------------------------------------------------------------------

    void linkCustomerByQr()
    {
        const QString id = createTote();
        QCOMPARE(ops(id, {addA(QStringLiteral("k"), 2)}).status, 200);
        QString qr;
        const auto customer = newCustomer(&qr);
        // Before the link, the kiosk cannot read the customer's cart.
        QCOMPARE(get(QStringLiteral("/v1/carts/") + customer.cartId).status, 404);

        const Reply linked =
            post(QStringLiteral("/v1/totes/%1/customer").arg(id), {{QStringLiteral("qr"), qr}});
        QCOMPARE(linked.status, 200);
        QCOMPARE(linked.json[QStringLiteral("customer")][QStringLiteral("id")].toString(), customer.id);
        QVERIFY(linked.json[QStringLiteral("customer")][QStringLiteral("email")].toString().contains(
            QLatin1String("***")));
        QCOMPARE(linked.json.value(QStringLiteral("cartId")).toString(), customer.cartId);
        const QJsonObject cartLine =
            lineByVariant(linked.json.value(QStringLiteral("cart")).toObject(), m_picks.variantA);
        QCOMPARE(cartLine.value(QStringLiteral("qty")).toInt(), 2);
        QCOMPARE(cartLine.value(QStringLiteral("origin")).toString(), QStringLiteral("store"));

        // Linking again is harmless; another customer is refused.
        QCOMPARE(post(QStringLiteral("/v1/totes/%1/customer").arg(id), {{QStringLiteral("qr"), qr}}).status,
                 200);
        QCOMPARE(lineByVariant(get(QStringLiteral("/v1/carts/") + customer.cartId).json, m_picks.variantA)
                     .value(QStringLiteral("qty"))
                     .toInt(),
                 2);
        QString otherQr;
        newCustomer(&otherQr);
        QCOMPARE(
            post(QStringLiteral("/v1/totes/%1/customer").arg(id), {{QStringLiteral("qr"), otherQr}}).status,
            409);

        // Later tote ops flow into the cart.
        QCOMPARE(ops(id, {setQty(QStringLiteral("k"), 5)}).status, 200);
        QCOMPARE(lineByVariant(get(QStringLiteral("/v1/carts/") + customer.cartId).json, m_picks.variantA)
                     .value(QStringLiteral("qty"))
                     .toInt(),
                 5);
    }

    void badQrCodesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("expired") << QStringLiteral("expired") << 403 << QStringLiteral("qr-expired");
        QTest::newRow("tampered customer")
            << QStringLiteral("tampered") << 403 << QStringLiteral("qr-signature");
        QTest::newRow("extended expiry")
            << QStringLiteral("extended") << 403 << QStringLiteral("qr-signature");
        QTest::newRow("other key") << QStringLiteral("otherkey") << 403 << QStringLiteral("qr-signature");
        QTest::newRow("garbage") << QStringLiteral("garbage") << 400 << QStringLiteral("qr-malformed");
        QTest::newRow("loyalty number only")
            << QStringLiteral("loyalty") << 400 << QStringLiteral("qr-required");
    }
    void badQrCodesAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(QString, reason);
        const QString id = createTote();
        QString qr;
        const auto customer = newCustomer(&qr, kind == QLatin1String("expired") ? -5 : 600);
        QJsonObject body {{QStringLiteral("qr"), qr}};
        QStringList parts = qr.split(QLatin1Char('.'));
        if (kind == QLatin1String("tampered")) {
            QString other;
            parts[1] = newCustomer(&other).id;
        } else if (kind == QLatin1String("extended")) {
            parts[2] = QString::number(parts[2].toLongLong() + 86400);
        } else if (kind == QLatin1String("otherkey")) {
            parts = Server::CustomerQr("not the server's key")
                        .sign(customer.id, QDateTime::currentDateTimeUtc().addSecs(600))
                        .split(QLatin1Char('.'));
        } else if (kind == QLatin1String("garbage")) {
            parts = QStringList {QStringLiteral("hello"), QStringLiteral("world")};
        } else if (kind == QLatin1String("loyalty")) {
            body = {{QStringLiteral("loyaltyNumber"), QStringLiteral("12345678")}};
        }
        if (body.contains(QStringLiteral("qr")))
            body.insert(QStringLiteral("qr"), parts.join(QLatin1Char('.')));
        const Reply refused = post(QStringLiteral("/v1/totes/%1/customer").arg(id), body);
        QCOMPARE(refused.status, status);
        QCOMPARE(refused.json.value(QStringLiteral("reason")).toString(), reason);
        QVERIFY(!refused.json.value(QStringLiteral("detail")).toString().isEmpty());
        const Reply tote = get(QStringLiteral("/v1/totes/") + id);
        QVERIFY(tote.json.value(QStringLiteral("customer")).isNull());
        QVERIFY(!refused.json.contains(QStringLiteral("cart")));
        QCOMPARE(get(QStringLiteral("/v1/carts/") + customer.cartId).status, 404);
    }

    // ---- carts ----------------------------------------------------------------------------------

    void cartEtagAndIfMatch()
    {
        QString toteId;
        Server::CustomerRecord customer;
        const QString cartId = linkedTote(&toteId, &customer);
        QVERIFY(!cartId.isEmpty());
        const QString phone = customerToken(customer);
        const Reply read = get(QStringLiteral("/v1/carts/") + cartId, phone);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.etag,
                 '"' + QByteArray::number(read.json.value(QStringLiteral("version")).toInteger()) + '"');
        QCOMPARE(get(QStringLiteral("/v1/carts/") + cartId, phone, {{"If-None-Match", read.etag}}).status,
                 304);

        const QJsonArray addOnline {QJsonObject {{QStringLiteral("type"), QStringLiteral("add")},
                                                 {QStringLiteral("productId"), m_picks.otherProductId},
                                                 {QStringLiteral("variantId"), m_picks.otherVariant},
                                                 {QStringLiteral("qty"), 1}}};
        QCOMPARE(cartOps(cartId, addOnline, {}, phone).status, 428);
        QCOMPARE(cartOps(cartId, addOnline, "\"999\"", phone).status, 412);
        QCOMPARE(cartOps(cartId, addOnline, "soon", phone).status, 400);
        const Reply changed = cartOps(cartId, addOnline, read.etag, phone);
        QCOMPARE(changed.status, 200);
        QVERIFY(changed.etag != read.etag);
        QCOMPARE(lineByVariant(changed.json, m_picks.otherVariant).value(QStringLiteral("origin")).toString(),
                 QStringLiteral("online"));
        // The phone's old version is stale now, and a store op moves the version on too.
        const Reply stale = cartOps(cartId, addOnline, read.etag, phone);
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.json.value(QStringLiteral("version")).toInteger(),
                 changed.json.value(QStringLiteral("version")).toInteger());
        QCOMPARE(ops(toteId, {addA(QStringLiteral("e"), 1)}).status, 200);
        QCOMPARE(cartOps(cartId, addOnline, changed.etag, phone).status, 412);
        // The kiosk whose tote is linked may use the cart too; other customers and stores may not.
        QCOMPARE(get(QStringLiteral("/v1/carts/") + cartId).status, 200);
        QCOMPARE(get(QStringLiteral("/v1/carts/") + cartId, m_otherStoreDevice).status, 404);
        QString qr;
        QCOMPARE(get(QStringLiteral("/v1/carts/") + cartId, customerToken(newCustomer(&qr))).status, 404);
        QCOMPARE(get(QStringLiteral("/v1/carts/") + cartId, m_associate).status, 403);
        QCOMPARE(send(HttpRequest::Method::Get, QStringLiteral("/v1/carts/") + cartId, {}).status, 401);
    }

    void cartRejectsBadOps()
    {
        const auto [toteId, cartId, phone] = linkedWithPhone();
        const QJsonObject takeOnline {{QStringLiteral("type"), QStringLiteral("add")},
                                      {QStringLiteral("productId"), m_picks.productId},
                                      {QStringLiteral("variantId"), m_picks.variantA},
                                      {QStringLiteral("qty"), 1},
                                      {QStringLiteral("fulfilment"), QStringLiteral("take")}};
        QCOMPARE(customerEdit(cartId, {takeOnline}, phone).status, 400);
        QCOMPARE(customerEdit(cartId, {setQty(QStringLiteral("no-such-line"), 2)}, phone).status, 400);
        const Reply after = get(QStringLiteral("/v1/carts/") + cartId, phone);
        QVERIFY(after.json.value(QStringLiteral("lines")).toArray().isEmpty());
    }

    // ---- merge rules (docs/API.md "Cart merge rules") --------------------------------------------

    void sameProductAndVariantCombine()
    {
        QString toteId;
        const QString cartId = linkedTote(&toteId);
        QCOMPARE(ops(toteId,
                     {addA(QStringLiteral("c1"), 1), addA(QStringLiteral("c2"), 2),
                      add(QStringLiteral("c3"), m_picks.productId, m_picks.variantB, 1)})
                     .status,
                 200);
        const Reply cart = get(QStringLiteral("/v1/carts/") + cartId);
        QCOMPARE(cart.json.value(QStringLiteral("lines")).toArray().size(), 2);
        QCOMPARE(lineByVariant(cart.json, m_picks.variantA).value(QStringLiteral("qty")).toInt(), 3);
        QCOMPARE(lineByVariant(cart.json, m_picks.variantB).value(QStringLiteral("qty")).toInt(), 1);
    }

    void customerRemovalIsNotUndoneByStoreOps()
    {
        const auto [toteId, cartId, phone] = linkedWithPhone();
        const QJsonObject addOp = addA(QStringLiteral("d"), 2);
        QCOMPARE(ops(toteId, {addOp}).status, 200);
        const QString cartLine = cartLineA(cartId, phone).value(QStringLiteral("lineId")).toString();
        QCOMPARE(customerEdit(cartId,
                              {QJsonObject {{QStringLiteral("type"), QStringLiteral("remove")},
                                            {QStringLiteral("lineId"), cartLine}}},
                              phone)
                     .status,
                 200);
        // The kiosk retries its add (same op id), then edits the same tote line: the tote changes,
        // the cart does not get the line back.
        QCOMPARE(ops(toteId, {addOp}).json.value(QStringLiteral("replayed")).toInt(), 1);
        const Reply edited = ops(
            toteId,
            {setQty(QStringLiteral("d"), 4), setFulfilment(QStringLiteral("d"), QStringLiteral("pickup"))});
        QCOMPARE(edited.status, 200);
        QCOMPARE(lineById(edited.json, QStringLiteral("d")).value(QStringLiteral("qty")).toInt(), 4);
        QVERIFY(cartLineA(cartId, phone).isEmpty());
        // A remove and an undo of that tote line do not bring it back either.
        QCOMPARE(ops(toteId, {remove(QStringLiteral("d")), addA(QStringLiteral("d"), 1)}).status, 200);
        QVERIFY(cartLineA(cartId, phone).isEmpty());
        // A new scan in the shop is a new line, a deliberate add: that one goes into the cart.
        QCOMPARE(ops(toteId, {addA(QStringLiteral("d2"), 1)}).status, 200);
        QCOMPARE(cartLineA(cartId, phone).value(QStringLiteral("qty")).toInt(), 1);
    }

    void storeQtyChangesApplyToTheStoresPart()
    {
        const auto [toteId, cartId, phone] = linkedWithPhone();
        QCOMPARE(ops(toteId, {addA(QStringLiteral("q"), 2)}).status, 200);
        const QString cartLine = cartLineA(cartId, phone).value(QStringLiteral("lineId")).toString();
        // The customer wants 5 in all; the kiosk, unaware, goes from 2 to 3: one more, so 6.
        QCOMPARE(customerEdit(cartId, {setQty(cartLine, 5)}, phone).status, 200);
        QCOMPARE(ops(toteId, {setQty(QStringLiteral("q"), 3)}).status, 200);
        QJsonObject line = cartLineA(cartId, phone);
        QCOMPARE(line.value(QStringLiteral("qty")).toInt(), 6);
        QCOMPARE(line.value(QStringLiteral("storeQty")).toInt(), 3);
        // The kiosk removes its 3: the customer's own 3 stay.
        QCOMPARE(ops(toteId, {remove(QStringLiteral("q"))}).status, 200);
        line = cartLineA(cartId, phone);
        QCOMPARE(line.value(QStringLiteral("qty")).toInt(), 3);
        QCOMPARE(line.value(QStringLiteral("storeQty")).toInt(), 0);
        // A store setQty never takes a line below 1.
        QCOMPARE(ops(toteId, {addA(QStringLiteral("q2"), 4)}).status, 200);
        QCOMPARE(customerEdit(cartId, {setQty(cartLine, 1)}, phone).status, 200);
        QCOMPARE(ops(toteId, {setQty(QStringLiteral("q2"), 1)}).status, 200);
        QCOMPARE(cartLineA(cartId, phone).value(QStringLiteral("qty")).toInt(), 1);
    }

    void fulfilmentIsLastWriterWins()
    {
        const auto [toteId, cartId, phone] = linkedWithPhone();
        QCOMPARE(ops(toteId, {addA(QStringLiteral("f"), 1)}).status, 200);
        const QString cartLine = cartLineA(cartId, phone).value(QStringLiteral("lineId")).toString();
        QCOMPARE(customerEdit(cartId, {setFulfilment(cartLine, QStringLiteral("ship"))}, phone).status, 200);
        QCOMPARE(cartLineA(cartId, phone).value(QStringLiteral("fulfilment")).toString(),
                 QStringLiteral("ship"));
        QCOMPARE(ops(toteId, {setFulfilment(QStringLiteral("f"), QStringLiteral("pickup"))}).status, 200);
        QCOMPARE(cartLineA(cartId, phone).value(QStringLiteral("fulfilment")).toString(),
                 QStringLiteral("pickup"));
    }

    void storeOnlyEditsKeepCartEqualToTote()
    {
        // Seeded random store ops, some retried and some duplicated: without customer edits the
        // cart holds exactly the tote's quantities per product and variant.
        QString toteId;
        const QString cartId = linkedTote(&toteId);
        QRandomGenerator random(20261123);
        const QStringList variants {m_picks.variantA, m_picks.variantB};
        QList<std::pair<QString, QString>> lines; // lineId, variant
        QJsonArray sent;
        for (int round = 0; round < 12; ++round) {
            QJsonArray batch;
            for (int i = 0; i < 8; ++i) {
                const int kind = lines.isEmpty() ? 0 : random.bounded(4);
                if (kind == 0) {
                    const QString variant = variants.at(random.bounded(2));
                    lines.append({uuid(), variant});
                    batch.append(add(lines.last().first, m_picks.productId, variant, 1 + random.bounded(3)));
                } else {
                    const QString lineId = lines.at(random.bounded(int(lines.size()))).first;
                    batch.append(kind == 1       ? setQty(lineId, 1 + random.bounded(5))
                                     : kind == 2 ? remove(lineId)
                                                 : setFulfilment(lineId, QStringLiteral("pickup")));
                }
                if (!sent.isEmpty() && random.bounded(4) == 0)
                    batch.append(sent.at(random.bounded(int(sent.size())))); // a retried op
            }
            for (const auto &op : std::as_const(batch))
                sent.append(op);
            QCOMPARE(ops(toteId, batch).status, 200);
        }
        const Reply tote = get(QStringLiteral("/v1/totes/") + toteId);
        QHash<QString, int> expected;
        for (const auto &line : tote.json.value(QStringLiteral("lines")).toArray())
            expected[line[QStringLiteral("variantId")].toString()] += line[QStringLiteral("qty")].toInt();
        QHash<QString, int> actual;
        for (const auto &line :
             get(QStringLiteral("/v1/carts/") + cartId).json.value(QStringLiteral("lines")).toArray())
            actual[line[QStringLiteral("variantId")].toString()] += line[QStringLiteral("qty")].toInt();
        QCOMPARE(actual, expected);
    }

    void phoneEditsDuringKioskSync()
    {
        // A scripted phone edits the cart between the kiosk's batches (re-reading on 412), seeded.
        // Whatever the interleaving: quantities stay in range, a line the phone removed only comes
        // back through a new shop line or the phone itself, and replaying every kiosk batch
        // afterwards changes nothing at all.
        const auto [toteId, cartId, phone] = linkedWithPhone();
        QRandomGenerator random(6);
        const QStringList variants {m_picks.variantA, m_picks.variantB};
        QStringList toteLines;
        QList<QJsonArray> sentBatches;
        QSet<QString> removedByPhone; // variants the phone removed and nobody has re-added since
        for (int round = 0; round < 25; ++round) {
            QJsonArray batch;
            for (int i = 0; i < 4; ++i) {
                if (toteLines.isEmpty() || random.bounded(3) == 0) {
                    const QString variant = variants.at(random.bounded(2));
                    toteLines.append(uuid());
                    batch.append(add(toteLines.last(), m_picks.productId, variant, 1 + random.bounded(3)));
                    removedByPhone.remove(variant);
                } else {
                    const QString lineId = toteLines.at(random.bounded(int(toteLines.size())));
                    batch.append(random.bounded(3) == 0 ? remove(lineId)
                                                        : setQty(lineId, 1 + random.bounded(4)));
                }
            }
            sentBatches.append(batch);
            QCOMPARE(ops(toteId, batch).status, 200);

            const Reply cart = get(QStringLiteral("/v1/carts/") + cartId, phone);
            const auto lines = cart.json.value(QStringLiteral("lines")).toArray();
            for (const auto &line : lines) {
                const int qty = line[QStringLiteral("qty")].toInt();
                const int storeQty = line[QStringLiteral("storeQty")].toInt();
                QVERIFY(qty >= 1 && qty <= ToteLimits::maxLineQty);
                QVERIFY(storeQty >= 0 && storeQty <= qty);
                QVERIFY2(!removedByPhone.contains(line[QStringLiteral("variantId")].toString()),
                         "a line the phone removed came back without a new add");
            }
            if (lines.isEmpty() || random.bounded(2) == 0)
                continue;
            const QJsonObject target = lines.at(random.bounded(int(lines.size()))).toObject();
            const QString cartLine = target.value(QStringLiteral("lineId")).toString();
            const bool removing = random.bounded(3) == 0;
            const QJsonObject edit = removing ? remove(cartLine) : setQty(cartLine, 1 + random.bounded(6));
            Reply edited = cartOps(cartId, {edit}, cart.etag, phone);
            if (edited.status == 412) // the kiosk got in between: read again, reapply
                edited = customerEdit(cartId, {edit}, phone);
            QCOMPARE(edited.status, 200);
            if (removing)
                removedByPhone.insert(target.value(QStringLiteral("variantId")).toString());
        }
        const Reply toteBefore = get(QStringLiteral("/v1/totes/") + toteId);
        const Reply cartBefore = get(QStringLiteral("/v1/carts/") + cartId, phone);
        for (const auto &batch : std::as_const(sentBatches))
            QCOMPARE(ops(toteId, batch).json.value(QStringLiteral("applied")).toInt(), 0);
        QCOMPARE(get(QStringLiteral("/v1/totes/") + toteId).json, toteBefore.json);
        QCOMPARE(get(QStringLiteral("/v1/carts/") + cartId, phone).json, cartBefore.json);
    }

    // Last: the pruning closes every idle tote of this server, those of earlier tests included.
    void opLogIsPrunedOnlyForClosedOrIdleTotes()
    {
        // Tote "old": its ops were applied first; tote "recent" is changed after it.
        const QString old = createTote();
        const QJsonObject oldAdd = addA(QStringLiteral("o"), 2);
        Reply reply = ops(old, {oldAdd});
        QCOMPARE(reply.status, 200);
        const QString oldUpdatedAt = reply.json.value(QStringLiteral("updatedAt")).toString();
        const QString recent = createTote();
        const QJsonObject recentAdd = addA(QStringLiteral("r"), 1);
        QString recentUpdatedAt;
        // Keep changing "recent" until its timestamp is later than old's (same millisecond possible).
        for (int qty = 1; recentUpdatedAt <= oldUpdatedAt && qty < 1000; ++qty) {
            reply = ops(recent, {qty == 1 ? recentAdd : setQty(QStringLiteral("r"), 1 + qty % 9)});
            QCOMPARE(reply.status, 200);
            recentUpdatedAt = reply.json.value(QStringLiteral("updatedAt")).toString();
        }
        QVERIFY(recentUpdatedAt > oldUpdatedAt);

        // Everything last changed before "recent"'s last change is past the retention.
        QString error;
        const int pruned = m_server->runtime().storage().totes().pruneOpLog(
            QDateTime::fromString(recentUpdatedAt, Qt::ISODateWithMs), &error);
        QVERIFY2(pruned >= 1, qPrintable(error));

        // The idle tote was closed ("expired") and its op log is gone: a late retry of its add is
        // refused as for any closed tote, never applied a second time.
        reply = ops(old, {oldAdd});
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.json.value(QStringLiteral("toteStatus")).toString(), QStringLiteral("expired"));
        const Reply oldTote = get(QStringLiteral("/v1/totes/") + old);
        QCOMPARE(oldTote.json.value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
        QCOMPARE(lineById(oldTote.json, QStringLiteral("o")).value(QStringLiteral("qty")).toInt(), 2);
        QCOMPARE(oldTote.json.value(QStringLiteral("lines")).toArray().size(), 1);
        // The tote in use kept its log: the retry is answered from it.
        reply = ops(recent, {recentAdd});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("replayed")).toInt(), 1);
        QCOMPARE(reply.json.value(QStringLiteral("applied")).toInt(), 0);
        // Pruning again finds nothing more of these totes.
        QCOMPARE(m_server->runtime().storage().totes().pruneOpLog(
                     QDateTime::fromString(recentUpdatedAt, Qt::ISODateWithMs), &error),
                 0);
    }
};

QTEST_GUILESS_MAIN(ToteApiTest)
#include "toteapitest.moc"
