// SPDX-License-Identifier: MIT
// Associates, the checkout queue, picking and completion (issue 8, server side) over real HTTP on
// loopback, on SQLite and on PostgreSQL: one server per back end for the whole binary.
#include "democatalog.h"
#include "testserver.h"

#include <associatestore.h>
#include <authenticator.h>
#include <customerqr.h>
#include <httpclient.h>
#include <pickstore.h>
#include <secrethash.h>
#include <servertotestore.h>

#include <QCollator>
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
using Method = HttpRequest::Method;

namespace {

// Test associates get cheap hashes; the real iteration count is measured by the benchmark.
constexpr int testIterations = 1000;

struct Reply
{
    int status = 0;
    QJsonObject json;
    QByteArray retryAfter;
};

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString field(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

/** A store product with stock and two variants with GTINs, another in-store product, and an online-only one.
 */
struct Goods
{
    QString product;
    QJsonObject variantA;
    QJsonObject variantB;
    QString otherProduct;
    QJsonObject otherVariant;
    QString onlineProduct;
    QJsonObject onlineVariant;
};

} // namespace

class AssociateApiTest : public QObject
{
    Q_OBJECT

private:
    struct Running
    {
        std::unique_ptr<TestServer> server;
        QString device, otherDevice, admin, pos, cliAssociate;
        QString associate, colleague, otherStoreAssociate; // signed in
        QString staff, colleagueStaff;
    };
    std::map<QString, Running> m_backends;
    Running *m_run = nullptr;
    DemoCatalog m_catalog;
    Goods m_goods;
    QString m_storeA, m_storeB;
    HttpClient m_http;

    std::unique_ptr<HttpReply> start(Method method, const QString &path, const QString &token,
                                     const QJsonObject &body = {}, bool withBody = false)
    {
        HttpRequest request;
        request.method = method;
        request.url = m_run->server->baseUrl().resolved(QUrl(path));
        if (!token.isEmpty())
            request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1()});
        if (withBody || !body.isEmpty()) {
            request.headers.append(
                {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        return std::unique_ptr<HttpReply>(m_http.send(request));
    }
    static Reply finish(HttpReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &HttpReply::finished);
            if (!spy.wait(60000))
                return {};
        }
        return {reply->status(), QJsonDocument::fromJson(reply->body()).object(),
                reply->header("Retry-After")};
    }
    Reply send(Method method, const QString &path, const QString &token, const QJsonObject &body = {},
               bool withBody = false)
    {
        auto reply = start(method, path, token, body, withBody);
        return finish(reply.get());
    }
    Reply get(const QString &path, const QString &token) { return send(Method::Get, path, token); }
    Reply post(const QString &path, const QString &token, const QJsonObject &body = {})
    {
        return send(Method::Post, path, token, body, true);
    }

    Server::Storage &storage() { return m_run->server->runtime().storage(); }

    /** A new associate of `storeId`; returns the PIN (and the badge payload). */
    QString addAssociate(const QString &storeId, const QString &staff, QString *badge = nullptr,
                         int iterations = testIterations)
    {
        QString error;
        const auto made =
            storage().associates().add(storeId, staff, QStringLiteral("Test ") + staff, iterations, &error);
        if (!made)
            return {};
        if (badge)
            *badge = made->badge;
        return made->pin;
    }
    QString signIn(const QString &device, const QString &staff, const QString &pin)
    {
        const Reply reply = post(QStringLiteral("/v1/associates/sign-in"), device,
                                 {{QStringLiteral("staffNumber"), staff}, {QStringLiteral("pin"), pin}});
        return reply.status == 200 ? field(reply.json, "token") : QString();
    }
    static QString newStaff() { return QString::number(QRandomGenerator::global()->bounded(100000, 999999)); }

    static QJsonObject addOp(const QString &lineId, const QString &product, const QJsonObject &variant,
                             int qty, const QString &fulfilment)
    {
        return {{QStringLiteral("opId"), uuid()},
                {QStringLiteral("type"), QStringLiteral("add")},
                {QStringLiteral("lineId"), lineId},
                {QStringLiteral("productId"), product},
                {QStringLiteral("variantId"), field(variant, "id")},
                {QStringLiteral("qty"), qty},
                {QStringLiteral("fulfilment"), fulfilment},
                {QStringLiteral("source"), QStringLiteral("scan")}};
    }
    /** A tote of store A with `ops`, checked out; its id. */
    QString waitingTote(const QJsonArray &ops)
    {
        const Reply created = post(QStringLiteral("/v1/totes"), m_run->device);
        const QString id = field(created.json, "id");
        if (post(QStringLiteral("/v1/totes/%1/ops").arg(id), m_run->device, {{QStringLiteral("ops"), ops}})
                .status
            != 200)
            return {};
        return post(QStringLiteral("/v1/totes/%1/checkout").arg(id), m_run->device).status == 200 ? id
                                                                                                  : QString();
    }
    /** The usual tote: 2 × variant A (take), 1 × other (pickup), 1 × online-only (ship). */
    QString usualTote()
    {
        return waitingTote(
            {addOp(QStringLiteral("a"), m_goods.product, m_goods.variantA, 2, QStringLiteral("take")),
             addOp(QStringLiteral("o"), m_goods.otherProduct, m_goods.otherVariant, 1,
                   QStringLiteral("pickup")),
             addOp(QStringLiteral("s"), m_goods.onlineProduct, m_goods.onlineVariant, 1,
                   QStringLiteral("ship"))});
    }
    static QJsonObject line(const QJsonObject &pickList, const QString &lineId)
    {
        for (const auto &value : pickList.value(QStringLiteral("lines")).toArray()) {
            if (value[QStringLiteral("lineId")].toString() == lineId)
                return value.toObject();
        }
        return {};
    }
    static QString gtin(const QJsonObject &variant) { return field(variant, "gtin"); }
    QList<QString> auditActions(const QString &toteId)
    {
        QList<QString> actions;
        const Reply page = get(QStringLiteral("/v1/stores/%1/audit?limit=500").arg(m_storeA), m_run->admin);
        for (const auto &entry : page.json.value(QStringLiteral("entries")).toArray()) {
            if (toteId.isEmpty() || entry[QStringLiteral("toteId")].toString() == toteId)
                actions.prepend(entry[QStringLiteral("action")].toString());
        }
        return actions;
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
        m_storeA = m_catalog.stores.at(0).value(QStringLiteral("id")).toString();
        m_storeB = m_catalog.stores.at(1).value(QStringLiteral("id")).toString();
        const auto stocked = [this](const QJsonObject &variant) {
            return variant.value(QStringLiteral("stock"))
                       .toObject()
                       .value(m_storeA)
                       .toObject()
                       .value(QStringLiteral("qty"))
                       .toInt()
                > 0
                && !field(variant, "gtin").isEmpty();
        };
        const QJsonObject multi = m_catalog.find([&](const QJsonObject &p) {
            const auto variants = p.value(QStringLiteral("variants")).toArray();
            return !p.value(QStringLiteral("onlineOnly")).toBool() && variants.size() >= 2
                && stocked(variants.at(0).toObject()) && stocked(variants.at(1).toObject());
        });
        const QJsonObject other = m_catalog.find([&](const QJsonObject &p) {
            return !p.value(QStringLiteral("onlineOnly")).toBool() && p != multi
                && stocked(DemoCatalog::firstVariant(p));
        });
        const QJsonObject online = m_catalog.find(
            [](const QJsonObject &p) { return p.value(QStringLiteral("onlineOnly")).toBool(); });
        QVERIFY(!multi.isEmpty() && !other.isEmpty() && !online.isEmpty());
        const auto variants = multi.value(QStringLiteral("variants")).toArray();
        m_goods = {field(multi, "id"),
                   variants.at(0).toObject(),
                   variants.at(1).toObject(),
                   field(other, "id"),
                   DemoCatalog::firstVariant(other),
                   field(online, "id"),
                   DemoCatalog::firstVariant(online)};
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
            auto &auth = running.server->runtime().api().authenticator();
            running.device = running.server->token(Role::Device);
            running.admin = running.server->token(Role::Admin);
            running.pos = running.server->token(Role::Pos);
            running.cliAssociate = running.server->token(Role::Associate);
            running.otherDevice =
                auth.issueToken({Role::Device, m_storeB, QStringLiteral("other"), {}}, &error);
            it = m_backends.emplace(backend, std::move(running)).first;
            m_run = &it->second;
            m_run->staff = newStaff();
            m_run->colleagueStaff = newStaff();
            const QString otherStaff = newStaff();
            m_run->associate = signIn(m_run->device, m_run->staff, addAssociate(m_storeA, m_run->staff));
            m_run->colleague =
                signIn(m_run->device, m_run->colleagueStaff, addAssociate(m_storeA, m_run->colleagueStaff));
            m_run->otherStoreAssociate =
                signIn(m_run->otherDevice, otherStaff, addAssociate(m_storeB, otherStaff));
            QVERIFY(!m_run->associate.isEmpty() && !m_run->colleague.isEmpty()
                    && !m_run->otherStoreAssociate.isEmpty());
        }
        m_run = &it->second;
    }

    void cleanupTestCase() { m_backends.clear(); }

    // ---- sign-in ----------------------------------------------------------------------------------

    void lockoutBackoff()
    {
        QCOMPARE(Server::AssociateStore::lockSeconds(4), 0);
        QCOMPARE(Server::AssociateStore::lockSeconds(5), 30);
        QCOMPARE(Server::AssociateStore::lockSeconds(6), 60);
        QCOMPARE(Server::AssociateStore::lockSeconds(50), 900);
    }

    void secretHashChecks()
    {
        const QString stored = Server::SecretHash::make("482913", testIterations);
        QVERIFY(stored.startsWith(QStringLiteral("pbkdf2-sha256$%1$").arg(testIterations)));
        QVERIFY(Server::SecretHash::verify("482913", stored));
        QVERIFY(!Server::SecretHash::verify("482914", stored));
        QVERIFY(Server::SecretHash::make("482913", testIterations) != stored); // salted
        for (const QString &malformed :
             {QString(), QStringLiteral("pbkdf2-sha256$1000$$"), QStringLiteral("md5$1$AAAA$AAAA"),
              QStringLiteral("pbkdf2-sha256$999999999$") + stored.section(QLatin1Char('$'), 2),
              QString(stored).replace(QStringLiteral("$1000$"), QStringLiteral("$-5$"))})
            QVERIFY2(!Server::SecretHash::verify("482913", malformed), qPrintable(malformed));
        QVERIFY(!Server::SecretHash::verify("482913", Server::SecretHash::decoy(testIterations)));
    }

    void signInWithPinOrBadge()
    {
        const QString staff = newStaff();
        QString badge;
        const QString pin = addAssociate(m_storeA, staff, &badge);
        QVERIFY(badge.startsWith(QLatin1String("ota1.")));

        const Reply byPin = post(QStringLiteral("/v1/associates/sign-in"), m_run->device,
                                 {{QStringLiteral("staffNumber"), staff}, {QStringLiteral("pin"), pin}});
        QCOMPARE(byPin.status, 200);
        QVERIFY(field(byPin.json, "token").startsWith(QLatin1String("ot_ass_")));
        QCOMPARE(field(byPin.json.value(QStringLiteral("associate")).toObject(), "staffNumber"), staff);
        const QDateTime expires = QDateTime::fromString(field(byPin.json, "expiresAt"), Qt::ISODateWithMs);
        QVERIFY(expires > QDateTime::currentDateTimeUtc().addSecs(50 * 60));
        const Reply me = get(QStringLiteral("/v1/me"), field(byPin.json, "token"));
        QCOMPARE(me.status, 200);

        const Reply byBadge =
            post(QStringLiteral("/v1/associates/sign-in"), m_run->device, {{QStringLiteral("badge"), badge}});
        QCOMPARE(byBadge.status, 200);
        // A forged badge (right associate, wrong secret) and a malformed one are wrong credentials.
        const QString forged =
            badge.left(badge.lastIndexOf(QLatin1Char('.')) + 1) + QString(43, QLatin1Char('A'));
        QCOMPARE(
            post(QStringLiteral("/v1/associates/sign-in"), m_run->device, {{QStringLiteral("badge"), forged}})
                .status,
            401);
        QCOMPARE(post(QStringLiteral("/v1/associates/sign-in"), m_run->device,
                      {{QStringLiteral("badge"), QStringLiteral("nope")}})
                     .status,
                 401);

        const Reply wrongPin =
            post(QStringLiteral("/v1/associates/sign-in"), m_run->device,
                 {{QStringLiteral("staffNumber"), staff}, {QStringLiteral("pin"), QStringLiteral("000000")}});
        QCOMPARE(wrongPin.status, 401);
        QCOMPARE(field(wrongPin.json, "reason"), QStringLiteral("bad-credentials"));
        // The forged badge counted too; a good sign-in resets the count, so this is the 2nd of 5.
        QVERIFY(wrongPin.json.value(QStringLiteral("attemptsLeft")).toInt() >= 3);
        // The right PIN on another store's device: answered like a stranger.
        const Reply elsewhere = post(QStringLiteral("/v1/associates/sign-in"), m_run->otherDevice,
                                     {{QStringLiteral("staffNumber"), staff}, {QStringLiteral("pin"), pin}});
        QCOMPARE(elsewhere.status, 401);
        QCOMPARE(post(QStringLiteral("/v1/associates/sign-in"), m_run->device,
                      {{QStringLiteral("staffNumber"), staff}})
                     .status,
                 400);
        QCOMPARE(post(QStringLiteral("/v1/associates/sign-in"), QString(), {{QStringLiteral("badge"), badge}})
                     .status,
                 401);
        QCOMPARE(post(QStringLiteral("/v1/associates/sign-in"), m_run->associate,
                      {{QStringLiteral("badge"), badge}})
                     .status,
                 403);
        QCOMPARE(
            post(QStringLiteral("/v1/associates/sign-in"), m_run->pos, {{QStringLiteral("badge"), badge}})
                .status,
            403);

        // Secrets are only stored hashed.
        const auto record = storage().associates().byStaffNumber(m_storeA, staff);
        QVERIFY(record);
        QVERIFY(record->pinHash.startsWith(QLatin1String("pbkdf2-sha256$")));
        QVERIFY(!record->pinHash.contains(pin));
    }

    void lockoutAfterFailedAttempts()
    {
        const QString staff = newStaff();
        const QString pin = addAssociate(m_storeA, staff);
        Reply last;
        for (int i = 0; i < Server::AssociateStore::freeAttempts; ++i)
            last = post(
                QStringLiteral("/v1/associates/sign-in"), m_run->device,
                {{QStringLiteral("staffNumber"), staff}, {QStringLiteral("pin"), QStringLiteral("999999")}});
        QCOMPARE(last.status, 429);
        QCOMPARE(field(last.json, "reason"), QStringLiteral("locked"));
        QVERIFY(last.retryAfter.toInt() >= 1);
        // Locked: even the right PIN is refused until the lock ends.
        const Reply right = post(QStringLiteral("/v1/associates/sign-in"), m_run->device,
                                 {{QStringLiteral("staffNumber"), staff}, {QStringLiteral("pin"), pin}});
        QCOMPARE(right.status, 429);
        const auto actions = auditActions({});
        QVERIFY(actions.contains(QStringLiteral("locked")));
        QVERIFY(actions.contains(QStringLiteral("sign-in-failed")));
    }

    void signInHashesOffTheServerThread()
    {
        // A check at a real iteration count is slow; the server answers others meanwhile.
        const QString staff = newStaff();
        const QString pin = addAssociate(m_storeA, staff, nullptr, 200'000);
        auto slow = start(Method::Post, QStringLiteral("/v1/associates/sign-in"), m_run->device,
                          {{QStringLiteral("staffNumber"), staff}, {QStringLiteral("pin"), pin}});
        const Reply health = get(QStringLiteral("/v1/health"), {});
        QCOMPARE(health.status, 200);
        QVERIFY2(!slow->isFinished(), "the health check waited for the PIN hash");
        QCOMPARE(finish(slow.get()).status, 200);
    }

    // ---- checkout and the queue -------------------------------------------------------------------

    void checkoutMovesToteToQueue()
    {
        const QString id = usualTote();
        QVERIFY(!id.isEmpty());
        const Reply again = post(QStringLiteral("/v1/totes/%1/checkout").arg(id), m_run->device);
        QCOMPARE(again.status, 200);
        QCOMPARE(field(again.json, "status"), QStringLiteral("awaiting-pick"));
        QCOMPARE(field(again.json, "qr"), QStringLiteral("ott1.") + id);
        QCOMPARE(field(again.json, "pickupCode").size(), 4);
        // No more ops once waiting.
        QCOMPARE(post(QStringLiteral("/v1/totes/%1/ops").arg(id), m_run->device,
                      {{QStringLiteral("ops"),
                        QJsonArray {addOp(QStringLiteral("x"), m_goods.product, m_goods.variantA, 1,
                                          QStringLiteral("take"))}}})
                     .status,
                 409);
        const QString empty = field(post(QStringLiteral("/v1/totes"), m_run->device).json, "id");
        const Reply refused = post(QStringLiteral("/v1/totes/%1/checkout").arg(empty), m_run->device);
        QCOMPARE(refused.status, 409);
        QCOMPARE(field(refused.json, "reason"), QStringLiteral("empty"));
        QCOMPARE(post(QStringLiteral("/v1/totes/%1/checkout").arg(id), m_run->otherDevice).status, 404);

        const Reply queue =
            get(QStringLiteral("/v1/stores/%1/checkout-queue").arg(m_storeA), m_run->associate);
        QCOMPARE(queue.status, 200);
        const QJsonArray totes = queue.json.value(QStringLiteral("totes")).toArray();
        QJsonObject entry;
        QString previous;
        for (const auto &tote : totes) {
            QVERIFY(field(tote.toObject(), "queuedAt") >= previous); // oldest first
            previous = field(tote.toObject(), "queuedAt");
            if (field(tote.toObject(), "id") == id)
                entry = tote.toObject();
        }
        QCOMPARE(entry.value(QStringLiteral("lines")).toInt(), 3);
        QCOMPARE(entry.value(QStringLiteral("items")).toInt(), 4);
        QCOMPARE(entry.value(QStringLiteral("pickLines")).toInt(), 2);
        QVERIFY(entry.value(QStringLiteral("claim")).isNull());
        QCOMPARE(field(entry, "status"), QStringLiteral("awaiting-pick"));

        // Open by QR payload, by pickup code (any case) and by id.
        for (const QString &code :
             {QStringLiteral("ott1.") + id, field(again.json, "pickupCode").toLower(), id}) {
            const Reply found = get(QStringLiteral("/v1/stores/%1/totes/lookup?code=%2").arg(m_storeA, code),
                                    m_run->associate);
            QCOMPARE(found.status, 200);
            QCOMPARE(field(found.json, "toteId"), id);
        }
        QCOMPARE(get(QStringLiteral("/v1/stores/%1/totes/lookup?code=ZZZZ").arg(m_storeA), m_run->associate)
                     .status,
                 404);
    }

    void queueLongPollWakesOnChange()
    {
        const QString path = QStringLiteral("/v1/stores/%1/checkout-queue").arg(m_storeA);
        const Reply first = get(path, m_run->associate);
        const qint64 version = first.json.value(QStringLiteral("version")).toInteger();
        QVERIFY(version > 0);
        // Nothing changes: answered when `wait` ends, unchanged.
        const Reply idle = get(path + QStringLiteral("?after=%1&wait=1").arg(version), m_run->associate);
        QCOMPARE(idle.status, 200);
        QCOMPARE(idle.json.value(QStringLiteral("changed")).toBool(), false);
        QCOMPARE(idle.json.value(QStringLiteral("version")).toInteger(), version);
        // A waiting request is answered by a checkout (other requests run while it waits).
        auto waiting =
            start(Method::Get, path + QStringLiteral("?after=%1&wait=25").arg(version), m_run->associate);
        const QString id = usualTote();
        QVERIFY(!id.isEmpty());
        const Reply woken = finish(waiting.get());
        QCOMPARE(woken.status, 200);
        QCOMPARE(woken.json.value(QStringLiteral("changed")).toBool(), true);
        QVERIFY(woken.json.value(QStringLiteral("version")).toInteger() > version);
        bool listed = false;
        for (const auto &tote : woken.json.value(QStringLiteral("totes")).toArray())
            listed = listed || field(tote.toObject(), "id") == id;
        QVERIFY(listed);
        // A stale version is answered at once.
        const Reply stale = get(path + QStringLiteral("?after=1&wait=25"), m_run->associate);
        QCOMPARE(stale.json.value(QStringLiteral("changed")).toBool(), true);
        QCOMPARE(get(path + QStringLiteral("?after=x&wait=5"), m_run->associate).status, 400);
        QCOMPARE(get(path + QStringLiteral("?wait=99"), m_run->associate).status, 400);
    }

    // ---- claims -----------------------------------------------------------------------------------

    void claimIsExclusiveAndExpires()
    {
        const QString id = usualTote();
        const QString claim = QStringLiteral("/v1/totes/%1/claim").arg(id);
        const Reply mine = post(claim, m_run->associate);
        QCOMPARE(mine.status, 200);
        QCOMPARE(field(mine.json, "status"), QStringLiteral("picking"));
        QVERIFY(mine.json.value(QStringLiteral("claim")).toObject().value(QStringLiteral("mine")).toBool());
        const Reply taken = post(claim, m_run->colleague);
        QCOMPARE(taken.status, 409);
        QCOMPARE(field(taken.json, "reason"), QStringLiteral("claimed"));
        const Reply notYours = post(QStringLiteral("/v1/totes/%1/pick").arg(id), m_run->colleague,
                                    {{QStringLiteral("code"), gtin(m_goods.variantA)}});
        QCOMPARE(notYours.status, 409);
        QCOMPARE(field(notYours.json, "reason"), QStringLiteral("not-claimed"));
        QCOMPARE(send(Method::Delete, claim, m_run->colleague).status, 409);
        QCOMPARE(send(Method::Delete, claim, m_run->associate).status, 200);
        QCOMPARE(post(claim, m_run->colleague).status, 200);

        // An abandoned claim expires and the tote is free again.
        storage().picks().setClaimSeconds(1);
        const QString second = usualTote();
        QCOMPARE(post(QStringLiteral("/v1/totes/%1/claim").arg(second), m_run->associate).status, 200);
        storage().picks().setClaimSeconds(Server::PickStore::defaultClaimSeconds);
        QTest::qWait(1300);
        const Reply free =
            get(QStringLiteral("/v1/stores/%1/totes/lookup?code=%2").arg(m_storeA, second), m_run->colleague);
        QVERIFY(free.json.value(QStringLiteral("claim")).isNull());
        QCOMPARE(post(QStringLiteral("/v1/totes/%1/claim").arg(second), m_run->colleague).status, 200);
        const auto actions = auditActions(second);
        QCOMPARE(actions, (QList<QString> {QStringLiteral("claim"), QStringLiteral("claim")}));
    }

    // ---- picking ----------------------------------------------------------------------------------

    void pickListInWalkingOrder()
    {
        const QString id = usualTote();
        const Reply list = post(QStringLiteral("/v1/totes/%1/claim").arg(id), m_run->associate);
        QCOMPARE(list.status, 200);
        const QJsonArray lines = list.json.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 2); // take + pickup; the ship line is apart
        QCOMPARE(list.json.value(QStringLiteral("ship")).toArray().size(), 1);
        // The order the store's aisle list and natural bay order give, from the catalogue.
        QStringList aisles;
        for (const auto &aisle : m_catalog.stores.at(0).value(QStringLiteral("aisles")).toArray())
            aisles.append(field(aisle.toObject(), "id"));
        QCollator collator;
        collator.setNumericMode(true);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QJsonObject a = lines.at(i - 1).toObject();
            const QJsonObject b = lines.at(i).toObject();
            const auto ia = aisles.indexOf(field(a, "aisle"));
            const auto ib = aisles.indexOf(field(b, "aisle"));
            QVERIFY(ia < ib || (ia == ib && collator.compare(field(a, "bay"), field(b, "bay")) <= 0));
        }
        const QJsonObject a = line(list.json, QStringLiteral("a"));
        const QJsonObject stock =
            m_goods.variantA.value(QStringLiteral("stock")).toObject().value(m_storeA).toObject();
        QCOMPARE(a.value(QStringLiteral("stockOnHand")).toInt(), stock.value(QStringLiteral("qty")).toInt());
        QCOMPARE(field(a, "aisle"), field(stock, "aisle"));
        QCOMPARE(field(a, "bay"), field(stock, "bay"));
        QCOMPARE(field(a, "gtin"), gtin(m_goods.variantA));
        QCOMPARE(field(a, "image"), QStringLiteral("/images/") + field(m_goods.variantA, "image"));
        QCOMPARE(field(a, "state"), QStringLiteral("open"));
    }

    void pickByScanShortAndComplete()
    {
        const QString id = usualTote();
        QCOMPARE(post(QStringLiteral("/v1/totes/%1/claim").arg(id), m_run->associate).status, 200);
        const QString pick = QStringLiteral("/v1/totes/%1/pick").arg(id);
        const auto scan = [&](const QString &code) {
            return post(pick, m_run->associate, {{QStringLiteral("code"), code}});
        };

        const Reply wrongVariant = scan(gtin(m_goods.variantB));
        QCOMPARE(wrongVariant.status, 422);
        QCOMPARE(field(wrongVariant.json, "reason"), QStringLiteral("wrong-variant"));
        QCOMPARE(wrongVariant.json.value(QStringLiteral("expected")).toArray(),
                 QJsonArray {field(m_goods.variantA, "id")});
        QVERIFY(field(wrongVariant.json, "detail").startsWith(QLatin1String("Wrong variant")));
        const QJsonObject stranger = m_catalog.find([&](const QJsonObject &p) {
            return field(p, "id") != m_goods.product && field(p, "id") != m_goods.otherProduct
                && !field(DemoCatalog::firstVariant(p), "gtin").isEmpty();
        });
        const Reply wrongProduct = scan(gtin(DemoCatalog::firstVariant(stranger)));
        QCOMPARE(wrongProduct.status, 422);
        QCOMPARE(field(wrongProduct.json, "reason"), QStringLiteral("not-in-tote"));
        const Reply unknown = scan(QStringLiteral("4006381333931")); // a valid EAN-13 not in the catalogue
        QCOMPARE(unknown.status, 422);
        QCOMPARE(field(unknown.json, "reason"), QStringLiteral("unknown-code"));

        Reply picked = scan(gtin(m_goods.variantA).mid(1)); // EAN-13 as the scanner reads it
        QCOMPARE(picked.status, 200);
        QCOMPARE(picked.json.value(QStringLiteral("picked")).toInt(), 1);
        QCOMPARE(field(picked.json, "state"), QStringLiteral("partial"));
        picked = scan(gtin(m_goods.variantA));
        QCOMPARE(field(picked.json, "state"), QStringLiteral("picked"));
        const Reply over = scan(gtin(m_goods.variantA));
        QCOMPARE(over.status, 409);
        QCOMPARE(field(over.json, "reason"), QStringLiteral("over-pick"));

        // Not everything resolved yet.
        const Reply early = post(QStringLiteral("/v1/totes/%1/complete").arg(id), m_run->associate);
        QCOMPARE(early.status, 409);
        QCOMPARE(early.json.value(QStringLiteral("lineIds")).toArray(), QJsonArray {QStringLiteral("o")});

        const Reply shorted = post(QStringLiteral("/v1/totes/%1/lines/o/short").arg(id), m_run->associate);
        QCOMPARE(shorted.status, 200);
        QCOMPARE(field(shorted.json, "state"), QStringLiteral("short"));
        QVERIFY(shorted.json.value(QStringLiteral("pickList"))
                    .toObject()
                    .value(QStringLiteral("complete"))
                    .toBool());
        QCOMPARE(post(QStringLiteral("/v1/totes/%1/lines/o/short").arg(id), m_run->associate).status, 409);

        const Reply done = post(QStringLiteral("/v1/totes/%1/complete").arg(id), m_run->associate);
        QCOMPARE(done.status, 200);
        const QJsonObject till = done.json.value(QStringLiteral("till")).toObject();
        QCOMPARE(field(till, "qr"), QStringLiteral("ott1.") + id);
        const QJsonArray items = till.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(field(items.at(0).toObject(), "gtin"), gtin(m_goods.variantA));
        QCOMPARE(items.at(0)[QStringLiteral("qty")].toInt(), 2);
        QCOMPARE(till.value(QStringLiteral("total")).toObject().value(QStringLiteral("amount")).toInteger(),
                 2 * m_goods.variantA.value(QStringLiteral("price")).toInteger());
        QCOMPARE(done.json.value(QStringLiteral("shortItems")).toArray().size(), 1);
        // Anonymous shopper: the ship line is not ordered.
        const QJsonObject ship = done.json.value(QStringLiteral("ship")).toObject();
        QCOMPARE(field(ship, "disposition"), QStringLiteral("not-ordered"));
        QCOMPARE(field(ship.value(QStringLiteral("lines")).toArray().at(0).toObject(), "variantId"),
                 field(m_goods.onlineVariant, "id"));

        // Gone from the queue; the till (pos) reads the tote.
        const Reply queue =
            get(QStringLiteral("/v1/stores/%1/checkout-queue").arg(m_storeA), m_run->associate);
        for (const auto &tote : queue.json.value(QStringLiteral("totes")).toArray())
            QVERIFY(field(tote.toObject(), "id") != id);
        const Reply pos = get(QStringLiteral("/v1/totes/%1").arg(id), m_run->pos);
        QCOMPARE(pos.status, 200);
        QCOMPARE(field(pos.json, "status"), QStringLiteral("completed"));
        QCOMPARE(post(QStringLiteral("/v1/totes/%1/claim").arg(id), m_run->associate).status, 409);

        QCOMPARE(auditActions(id),
                 (QList<QString> {QStringLiteral("claim"), QStringLiteral("pick-refused"),
                                  QStringLiteral("pick-refused"), QStringLiteral("pick-refused"),
                                  QStringLiteral("pick"), QStringLiteral("pick"),
                                  QStringLiteral("pick-refused"), QStringLiteral("complete-refused"),
                                  QStringLiteral("short"), QStringLiteral("short-refused"),
                                  QStringLiteral("complete"), QStringLiteral("claim-refused")}));
    }

    void substituteNeedsConsent()
    {
        const QString id = waitingTote(
            {addOp(QStringLiteral("a"), m_goods.product, m_goods.variantA, 1, QStringLiteral("take"))});
        QCOMPARE(post(QStringLiteral("/v1/totes/%1/claim").arg(id), m_run->associate).status, 200);
        const QString path = QStringLiteral("/v1/totes/%1/lines/a/substitute").arg(id);
        const Reply noConsent =
            post(path, m_run->associate, {{QStringLiteral("variantId"), field(m_goods.variantB, "id")}});
        QCOMPARE(noConsent.status, 400);
        QCOMPARE(field(noConsent.json, "reason"), QStringLiteral("consent-required"));
        const Reply otherProduct = post(path, m_run->associate,
                                        {{QStringLiteral("variantId"), field(m_goods.otherVariant, "id")},
                                         {QStringLiteral("shopperConsent"), true}});
        QCOMPARE(otherProduct.status, 422);
        QCOMPARE(field(otherProduct.json, "reason"), QStringLiteral("other-product"));
        const Reply swapped = post(path, m_run->associate,
                                   {{QStringLiteral("variantId"), field(m_goods.variantB, "id")},
                                    {QStringLiteral("shopperConsent"), true}});
        QCOMPARE(swapped.status, 200);
        const QJsonObject substitute =
            line(swapped.json.value(QStringLiteral("pickList")).toObject(), QStringLiteral("a"))
                .value(QStringLiteral("substitute"))
                .toObject();
        QCOMPARE(field(substitute, "variantId"), field(m_goods.variantB, "id"));
        // Now the substitute is what gets picked.
        const QString pick = QStringLiteral("/v1/totes/%1/pick").arg(id);
        QCOMPARE(post(pick, m_run->associate, {{QStringLiteral("code"), gtin(m_goods.variantA)}}).status,
                 422);
        QCOMPARE(post(pick, m_run->associate, {{QStringLiteral("code"), gtin(m_goods.variantB)}}).status,
                 200);
        const Reply done = post(QStringLiteral("/v1/totes/%1/complete").arg(id), m_run->associate);
        QCOMPARE(done.status, 200);
        const QJsonObject item = done.json[QStringLiteral("till")][QStringLiteral("items")][0].toObject();
        QCOMPARE(field(item, "gtin"), gtin(m_goods.variantB));
        QCOMPARE(item[QStringLiteral("unitPrice")][QStringLiteral("amount")].toInteger(),
                 m_goods.variantB.value(QStringLiteral("price")).toInteger());
        QCOMPARE(field(done.json.value(QStringLiteral("ship")).toObject(), "disposition"),
                 QStringLiteral("none"));
    }

    void linkedCustomerShipLinesBecomeAnOrder()
    {
        auto &totes = storage().totes();
        QString error;
        const auto customer = totes.addCustomer(uuid() + QStringLiteral("@example.com"), {}, &error);
        QVERIFY2(customer, qPrintable(error));
        const QString qr = Server::CustomerQr(totes.qrSecret(&error))
                               .sign(customer->id, QDateTime::currentDateTimeUtc().addSecs(600));
        const QString id = field(post(QStringLiteral("/v1/totes"), m_run->device).json, "id");
        QCOMPARE(
            post(QStringLiteral("/v1/totes/%1/customer").arg(id), m_run->device, {{QStringLiteral("qr"), qr}})
                .status,
            200);
        QCOMPARE(post(QStringLiteral("/v1/totes/%1/ops").arg(id), m_run->device,
                      {{QStringLiteral("ops"),
                        QJsonArray {addOp(QStringLiteral("a"), m_goods.product, m_goods.variantA, 1,
                                          QStringLiteral("take")),
                                    addOp(QStringLiteral("s"), m_goods.onlineProduct, m_goods.onlineVariant,
                                          2, QStringLiteral("ship"))}}})
                     .status,
                 200);
        const QString phone = m_run->server->runtime().api().authenticator().issueToken(
            {Role::Customer, {}, QStringLiteral("phone"), customer->id}, &error);
        const QString cart = QStringLiteral("/v1/carts/") + customer->cartId;
        QCOMPARE(get(cart, phone).json.value(QStringLiteral("lines")).toArray().size(), 2);
        QCOMPARE(post(QStringLiteral("/v1/totes/%1/checkout").arg(id), m_run->device).status, 200);
        QCOMPARE(post(QStringLiteral("/v1/totes/%1/claim").arg(id), m_run->associate).status, 200);
        QCOMPARE(post(QStringLiteral("/v1/totes/%1/pick").arg(id), m_run->associate,
                      {{QStringLiteral("code"), gtin(m_goods.variantA)}})
                     .status,
                 200);
        const Reply done = post(QStringLiteral("/v1/totes/%1/complete").arg(id), m_run->associate);
        QCOMPARE(done.status, 200);
        const QJsonObject ship = done.json.value(QStringLiteral("ship")).toObject();
        QCOMPARE(field(ship, "disposition"), QStringLiteral("order"));
        const QJsonObject order = ship.value(QStringLiteral("order")).toObject();
        QCOMPARE(field(order, "customerId"), customer->id);
        QCOMPARE(order[QStringLiteral("lines")][0][QStringLiteral("qty")].toInt(), 2);
        QCOMPARE(order[QStringLiteral("total")][QStringLiteral("amount")].toInteger(),
                 2 * m_goods.onlineVariant.value(QStringLiteral("price")).toInteger());
        // The ordered line left the online cart; the take-now line stays there (it is paid at the till
        // and was the shopper's in-store choice, not an online order).
        const QJsonArray cartLines = get(cart, phone).json.value(QStringLiteral("lines")).toArray();
        for (const auto &cartLine : cartLines)
            QVERIFY(field(cartLine.toObject(), "variantId") != field(m_goods.onlineVariant, "id"));
    }

    // ---- authorisation ----------------------------------------------------------------------------

    void everyAssociateEndpointChecksRoleStoreAndToken()
    {
        const QString id = usualTote();
        const QString otherStoreTote = [&] {
            const QString tote = field(post(QStringLiteral("/v1/totes"), m_run->otherDevice).json, "id");
            post(QStringLiteral("/v1/totes/%1/ops").arg(tote), m_run->otherDevice,
                 {{QStringLiteral("ops"),
                   QJsonArray {addOp(QStringLiteral("a"), m_goods.product, m_goods.variantA, 1,
                                     QStringLiteral("take"))}}});
            post(QStringLiteral("/v1/totes/%1/checkout").arg(tote), m_run->otherDevice);
            return tote;
        }();
        // An expired associate token and a revoked one.
        QString error;
        const auto me = storage().associates().byStaffNumber(m_storeA, m_run->staff);
        QVERIFY(me);
        const QString expired = QStringLiteral("ot_ass_expired_") + uuid();
        Server::TokenRecord record;
        record.tokenHash = Server::Authenticator::hashToken(expired.toLatin1());
        record.principal = {Role::Associate, m_storeA, QStringLiteral("expired"), {}, me->id};
        record.createdAt = QDateTime::currentDateTimeUtc().addSecs(-7200);
        record.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QVERIFY(storage().insertToken(record));
        const QString revoked = signIn(m_run->device, m_run->staff, [&] {
            // A fresh PIN for the same associate (the earlier one is not kept in the test).
            const auto made = storage().associates().add(m_storeA, m_run->staff, {}, testIterations, &error);
            return made ? made->pin : QString();
        }());
        QVERIFY(!revoked.isEmpty());
        QCOMPARE(post(QStringLiteral("/v1/associates/sign-out"), revoked).status, 204);

        struct Endpoint
        {
            Method method;
            QString path;
            QJsonObject body;
            bool storePath; // the path names the store (403 for another store) rather than a tote (404)
        };
        const auto totePaths = [&](const QString &tote) {
            return QList<Endpoint> {
                {Method::Post, QStringLiteral("/v1/totes/%1/claim").arg(tote), {}, false},
                {Method::Delete, QStringLiteral("/v1/totes/%1/claim").arg(tote), {}, false},
                {Method::Get, QStringLiteral("/v1/totes/%1/pick-list").arg(tote), {}, false},
                {Method::Post,
                 QStringLiteral("/v1/totes/%1/pick").arg(tote),
                 {{QStringLiteral("code"), gtin(m_goods.variantA)}},
                 false},
                {Method::Post, QStringLiteral("/v1/totes/%1/lines/a/short").arg(tote), {}, false},
                {Method::Post,
                 QStringLiteral("/v1/totes/%1/lines/a/substitute").arg(tote),
                 {{QStringLiteral("variantId"), field(m_goods.variantB, "id")},
                  {QStringLiteral("shopperConsent"), true}},
                 false},
                {Method::Post, QStringLiteral("/v1/totes/%1/complete").arg(tote), {}, false},
            };
        };
        QList<Endpoint> endpoints = totePaths(id);
        endpoints.append(
            {Method::Get, QStringLiteral("/v1/stores/%1/checkout-queue").arg(m_storeA), {}, true});
        endpoints.append(
            {Method::Get, QStringLiteral("/v1/stores/%1/totes/lookup?code=%2").arg(m_storeA, id), {}, true});
        for (const auto &endpoint : std::as_const(endpoints)) {
            const QByteArray what = QByteArray::number(int(endpoint.method)) + ' ' + endpoint.path.toUtf8();
            const bool body = endpoint.method == Method::Post;
            QVERIFY2(send(endpoint.method, endpoint.path, {}, endpoint.body, body).status == 401, what);
            QVERIFY2(send(endpoint.method, endpoint.path, expired, endpoint.body, body).status == 401, what);
            QVERIFY2(send(endpoint.method, endpoint.path, revoked, endpoint.body, body).status == 401, what);
            for (const QString &wrongRole : {m_run->device, m_run->pos, m_run->admin})
                QVERIFY2(send(endpoint.method, endpoint.path, wrongRole, endpoint.body, body).status == 403,
                         what);
            const Reply cli = send(endpoint.method, endpoint.path, m_run->cliAssociate, endpoint.body, body);
            QVERIFY2(cli.status == 403 && field(cli.json, "reason") == QLatin1String("sign-in-required"),
                     what);
            // An associate of store B: another store's path is forbidden, another store's tote is not found.
            const int otherStore =
                send(endpoint.method, endpoint.path, m_run->otherStoreAssociate, endpoint.body, body).status;
            QVERIFY2(otherStore == (endpoint.storePath ? 403 : 404), what);
        }
        // ...and store A's associate on store B's tote.
        for (const auto &endpoint : totePaths(otherStoreTote))
            QVERIFY2(send(endpoint.method, endpoint.path, m_run->associate, endpoint.body,
                          endpoint.method == Method::Post)
                             .status
                         == 404,
                     endpoint.path.toUtf8());
        // Nothing of that touched the tote.
        QVERIFY(get(QStringLiteral("/v1/stores/%1/totes/lookup?code=%2").arg(m_storeA, id), m_run->associate)
                    .json.value(QStringLiteral("claim"))
                    .isNull());

        // Checkout is the shopper's device's; sign-out an associate's; the audit log an admin's.
        QCOMPARE(post(QStringLiteral("/v1/totes/%1/checkout").arg(id), m_run->associate).status, 403);
        QCOMPARE(post(QStringLiteral("/v1/totes/%1/checkout").arg(id), {}).status, 401);
        QCOMPARE(post(QStringLiteral("/v1/associates/sign-out"), m_run->device).status, 403);
        QCOMPARE(post(QStringLiteral("/v1/associates/sign-out"), expired).status, 401);
        const QString audit = QStringLiteral("/v1/stores/%1/audit").arg(m_storeA);
        QCOMPARE(get(audit, {}).status, 401);
        QCOMPARE(get(audit, m_run->associate).status, 403);
        QCOMPARE(get(audit, m_run->device).status, 403);
        QCOMPARE(get(audit, m_run->admin).status, 200);
        const QString storeBAdmin = m_run->server->runtime().api().authenticator().issueToken(
            {Role::Admin, m_storeB, QStringLiteral("b admin"), {}}, &error);
        QCOMPARE(get(audit, storeBAdmin).status, 403);
        // The till reads its own store's totes only, and nothing else of the associate API.
        QCOMPARE(get(QStringLiteral("/v1/totes/%1").arg(id), m_run->pos).status, 200);
        QCOMPARE(get(QStringLiteral("/v1/totes/%1").arg(otherStoreTote), m_run->pos).status, 404);
        QCOMPARE(post(QStringLiteral("/v1/totes"), m_run->pos).status, 403);
    }

    void auditPages()
    {
        const QString audit = QStringLiteral("/v1/stores/%1/audit").arg(m_storeA);
        const Reply first = get(audit + QStringLiteral("?limit=2"), m_run->admin);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QStringLiteral("entries")).toArray().size(), 2);
        const qint64 next = first.json.value(QStringLiteral("next")).toInteger();
        QVERIFY(next > 0);
        const Reply second = get(audit + QStringLiteral("?limit=2&before=%1").arg(next), m_run->admin);
        QVERIFY(second.json[QStringLiteral("entries")][0][QStringLiteral("seq")].toInteger() < next);
        const QJsonObject entry = first.json[QStringLiteral("entries")][0].toObject();
        for (const char *key : {"seq", "at", "associateId", "staffNumber", "action", "toteId", "details"})
            QVERIFY2(entry.contains(QLatin1String(key)), key);
        QCOMPARE(get(audit + QStringLiteral("?limit=0"), m_run->admin).status, 400);
        QCOMPARE(get(QStringLiteral("/v1/stores/nowhere/audit"), m_run->admin).status, 404);
    }
};

QTEST_GUILESS_MAIN(AssociateApiTest)
#include "associateapitest.moc"
