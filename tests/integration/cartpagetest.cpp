// SPDX-License-Identifier: MIT
// The customer's cart page (GET /cart/{token} and its forms) over real HTTP on loopback, on SQLite and
// PostgreSQL, with a catalogue whose product text is hostile HTML.
#include "testserver.h"

#include <cartlinks.h>
#include <cartpage.h>
#include <httpclient.h>
#include <servertotestore.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <map>

using namespace Omnitote;
using namespace Omnitote::Testing;

namespace {

// Each breaks out of a different HTML context if it were pasted in unescaped.
const QString kHostileName =
    QStringLiteral("<script>alert(\"x\")</script> Pot & \"Lid\" %1 <img src=x onerror=alert(1)>");
const QString kHostileColor = QStringLiteral("\"><b>red</b>");
const QString kStore = QStringLiteral("tln-centre");

struct Page
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    QString text() const { return QString::fromUtf8(body); }
};

/** The value of a hidden field in the first form of the page. */
QString hiddenField(const QString &html, const QString &name)
{
    const QRegularExpression re(QStringLiteral("name=\"%1\" value=\"([^\"]*)\"").arg(name));
    return re.match(html).captured(1);
}

} // namespace

class CartPageTest : public QObject
{
    Q_OBJECT

private:
    std::map<QString, std::unique_ptr<TestServer>> m_servers;
    TestServer *m_server = nullptr;
    HttpClient m_http;
    QTemporaryDir m_dir;
    QString m_catalog;
    QString m_hostileProduct; // the renamed product and two of its variants
    QString m_variantA;
    QString m_variantB;

    Server::ToteStore &totes() { return m_server->runtime().storage().totes(); }

    Page send(HttpRequest::Method method, const QString &path, const QByteArray &body = {},
              const QByteArray &contentType = "application/x-www-form-urlencoded",
              const QByteArray &language = {})
    {
        HttpRequest request;
        request.method = method;
        request.url = m_server->baseUrl().resolved(QUrl(path));
        if (!body.isEmpty())
            request.headers.append({QByteArrayLiteral("Content-Type"), contentType});
        if (!language.isEmpty())
            request.headers.append({QByteArrayLiteral("Accept-Language"), language});
        request.body = body;
        std::unique_ptr<HttpReply> reply(m_http.send(request));
        if (!reply->isFinished()) {
            QSignalSpy spy(reply.get(), &HttpReply::finished);
            if (!spy.wait(20000))
                return {};
        }
        Page page {reply->status(), reply->body(), {}};
        for (const char *name : {"Content-Type", "Content-Security-Policy", "X-Frame-Options",
                                 "Referrer-Policy", "Cache-Control", "Location", "Content-Language"})
            page.headers.insert(name, reply->header(name));
        return page;
    }
    Page get(const QString &path, const QByteArray &language = {})
    {
        return send(HttpRequest::Method::Get, path, {}, {}, language);
    }
    Page postForm(const QString &path, const QList<QPair<QString, QString>> &fields)
    {
        QUrlQuery form;
        for (const auto &field : fields)
            form.addQueryItem(field.first, QString::fromLatin1(QUrl::toPercentEncoding(field.second)));
        return send(HttpRequest::Method::Post, path, form.query(QUrl::FullyEncoded).toUtf8());
    }

    /** A customer's cart holding 2 of variant A (hostile name) and 1 of variant B; its id and a link. */
    std::pair<QString, QString> makeCart(std::chrono::seconds ttl = std::chrono::hours(1))
    {
        QString error;
        const auto customer = totes().addCustomer(
            QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@example.com"), {}, &error);
        if (!customer)
            return {};
        const qint64 version = totes().cart(customer->cartId).cartVersion;
        Server::LineOp a;
        a.type = Server::LineOp::Type::Add;
        a.productId = m_hostileProduct;
        a.variantId = m_variantA;
        a.qty = 2;
        Server::LineOp b = a;
        b.variantId = m_variantB;
        b.qty = 1;
        if (!totes().applyCartOps(customer->cartId, version, {a, b}).ok())
            return {};
        const auto token =
            m_server->runtime().storage().cartLinks().issue(customer->cartId, {}, kStore, ttl, &error);
        return {customer->cartId, token.value_or(QString())};
    }

    QJsonArray cartLines(const QString &cartId)
    {
        return totes().cart(cartId).json.value(QStringLiteral("lines")).toArray();
    }

    QJsonObject line(const QString &cartId, const QString &variantId)
    {
        const QJsonArray lines = cartLines(cartId);
        for (const auto &value : lines) {
            if (value.toObject().value(QStringLiteral("variantId")).toString() == variantId)
                return value.toObject();
        }
        return {};
    }

    void useBackend()
    {
        QFETCH_GLOBAL(QString, backend);
        auto &server = m_servers[backend];
        if (!server) {
            auto fresh = std::make_unique<TestServer>();
            fresh->setConfigure([catalog = m_catalog](Server::ServerSettings &settings) {
                settings.seedDemo = false;
                settings.seedFile = catalog;
            });
            QString error;
            bool skipped = false;
            const bool started =
                fresh->start(backend == QLatin1String("postgresql") ? TestServer::Backend::Postgres
                                                                    : TestServer::Backend::Sqlite,
                             &error, &skipped);
            if (!started && skipped)
                QSKIP(qPrintable(error));
            QVERIFY2(started, qPrintable(error));
            server = std::move(fresh);
        }
        m_server = server.get();
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
        // The demo catalogue with one product's name and colour made hostile.
        QFile demo(Server::ServerRuntime::demoCatalogPath());
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QByteArray out;
        while (!demo.atEnd()) {
            const QByteArray raw = demo.readLine().trimmed();
            QJsonObject record = QJsonDocument::fromJson(raw).object();
            if (m_hostileProduct.isEmpty()
                && record.value(QStringLiteral("kind")).toString() == QLatin1String("product")
                && !record.value(QStringLiteral("onlineOnly")).toBool()
                && record.value(QStringLiteral("variants")).toArray().size() >= 2) {
                m_hostileProduct = record.value(QStringLiteral("id")).toString();
                record.insert(QStringLiteral("name"), kHostileName);
                QJsonArray variants = record.value(QStringLiteral("variants")).toArray();
                QJsonObject first = variants.at(0).toObject();
                first.insert(QStringLiteral("color"), kHostileColor);
                variants.replace(0, first);
                record.insert(QStringLiteral("variants"), variants);
                m_variantA = first.value(QStringLiteral("id")).toString();
                m_variantB = variants.at(1).toObject().value(QStringLiteral("id")).toString();
                out += QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
            } else {
                out += raw + '\n';
            }
        }
        QVERIFY(!m_hostileProduct.isEmpty());
        m_catalog = m_dir.filePath(QStringLiteral("hostile-catalog.jsonl"));
        QFile file(m_catalog);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(out);
    }

    void pageShowsTheCartSafely()
    {
        useBackend();
        const auto [cartId, token] = makeCart();
        QVERIFY(!token.isEmpty());
        const Page page = get(QStringLiteral("/cart/") + token);
        QCOMPARE(page.status, 200);
        QVERIFY(page.headers.value("Content-Type").startsWith("text/html"));
        const QByteArray csp = page.headers.value("Content-Security-Policy");
        QVERIFY(csp.contains("default-src 'none'"));
        QVERIFY(csp.contains("frame-ancestors 'none'"));
        QVERIFY(!csp.contains("script-src"));
        QVERIFY(!csp.contains("unsafe-inline"));
        QCOMPARE(page.headers.value("X-Frame-Options"), QByteArray("DENY"));
        QCOMPARE(page.headers.value("Referrer-Policy"), QByteArray("no-referrer"));
        QCOMPARE(page.headers.value("Cache-Control"), QByteArray("no-store"));

        const QString html = page.text();
        // Hostile text arrives as text: escaped, never as markup.
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<img src=x")));
        QVERIFY(!html.contains(QStringLiteral("<b>red</b>")));
        QVERIFY(html.contains(kHostileName.toHtmlEscaped()));
        QVERIFY(html.contains(kHostileColor.toHtmlEscaped()));

        // Every line with its quantity and picture, the totals and the checkout link, as the cart holds them.
        const QJsonObject cart = totes().cart(cartId).json;
        const QJsonArray lines = cart.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 2);
        qint64 total = 0;
        for (const auto &value : lines) {
            const QJsonObject l = value.toObject();
            const QString lineId = l.value(QStringLiteral("lineId")).toString();
            QVERIFY(html.contains(QStringLiteral("data-line-id=\"%1\"").arg(lineId)));
            QVERIFY(html.contains(
                QStringLiteral("id=\"qty-%1\" type=\"number\" name=\"qty\" min=\"1\" max=\"99\" value=\"%2\"")
                    .arg(lineId)
                    .arg(l.value(QStringLiteral("qty")).toInt())));
            total += l.value(QStringLiteral("qty")).toInt()
                * l.value(QStringLiteral("unitPrice")).toObject().value(QStringLiteral("amount")).toInteger();
        }
        QVERIFY(html.contains(QStringLiteral("<dd id=\"total-qty\">3</dd>")));
        QVERIFY(html.contains(
            Server::CartPageView::money(total, QStringLiteral("EUR"), Server::CartPageText::Language::En)
                .toHtmlEscaped()));
        const auto product = m_server->runtime().storage().product(m_hostileProduct);
        QVERIFY(product);
        QVERIFY(html.contains(QStringLiteral("<img src=\"/images/")));
        const QString checkout =
            m_server->runtime().storage().retailer().value(QStringLiteral("checkoutUrl")).toString();
        QVERIFY(!checkout.isEmpty());
        QVERIFY(html.contains(QStringLiteral("id=\"checkout\" href=\"%1\"").arg(checkout.toHtmlEscaped())));
        // Availability online and in the store the list came from.
        const QString storeName =
            m_server->runtime().storage().store(kStore)->value(QStringLiteral("name")).toString();
        QVERIFY(html.contains(storeName.toHtmlEscaped()));
        QVERIFY(html.contains(QStringLiteral("class=\"stock online\"")));
        QVERIFY(html.contains(QStringLiteral("class=\"stock store\"")));
        // The images the page shows are served.
        const QString image =
            QRegularExpression(QStringLiteral("<img src=\"([^\"]+)\"")).match(html).captured(1);
        QCOMPARE(get(image).status, 200);
    }

    void quantityFormChangesTheCart()
    {
        useBackend();
        const auto [cartId, token] = makeCart();
        const QString html = get(QStringLiteral("/cart/") + token).text();
        const QString lineId = line(cartId, m_variantA).value(QStringLiteral("lineId")).toString();
        const qint64 before = totes().cart(cartId).cartVersion;
        const Page answer =
            postForm(QStringLiteral("/cart/%1/lines/%2/qty").arg(token, lineId),
                     {{QStringLiteral("csrf"), hiddenField(html, QStringLiteral("csrf"))},
                      {QStringLiteral("version"), hiddenField(html, QStringLiteral("version"))},
                      {QStringLiteral("qty"), QStringLiteral("5")}});
        QCOMPARE(answer.status, 303);
        QCOMPARE(answer.headers.value("Location"), "/cart/" + token.toLatin1() + "?done=qty");
        QCOMPARE(line(cartId, m_variantA).value(QStringLiteral("qty")).toInt(), 5);
        QVERIFY(totes().cart(cartId).cartVersion > before);
        const QString after = get(QString::fromLatin1(answer.headers.value("Location"))).text();
        QVERIFY(after.contains(QStringLiteral("id=\"notice\"")));
        QVERIFY(after.contains(QStringLiteral("<dd id=\"total-qty\">6</dd>")));
    }

    void removeFormRemovesTheLine()
    {
        useBackend();
        const auto [cartId, token] = makeCart();
        const QString html = get(QStringLiteral("/cart/") + token).text();
        const QString lineId = line(cartId, m_variantB).value(QStringLiteral("lineId")).toString();
        const Page answer =
            postForm(QStringLiteral("/cart/%1/lines/%2/remove").arg(token, lineId),
                     {{QStringLiteral("csrf"), hiddenField(html, QStringLiteral("csrf"))},
                      {QStringLiteral("version"), hiddenField(html, QStringLiteral("version"))}});
        QCOMPARE(answer.status, 303);
        QVERIFY(line(cartId, m_variantB).isEmpty());
        QCOMPARE(cartLines(cartId).size(), 1);
        const QString after = get(QString::fromLatin1(answer.headers.value("Location"))).text();
        QVERIFY(!after.contains(QStringLiteral("data-line-id=\"%1\"").arg(lineId)));
    }

    void staleFormShowsTheChangedCartAndOverwritesNothing()
    {
        useBackend();
        const auto [cartId, token] = makeCart();
        const QString html = get(QStringLiteral("/cart/") + token).text();
        const QString lineId = line(cartId, m_variantA).value(QStringLiteral("lineId")).toString();
        // Meanwhile the cart changes elsewhere (the phone app, or a kiosk's linked tote).
        Server::LineOp setQty;
        setQty.type = Server::LineOp::Type::SetQty;
        setQty.lineId = lineId;
        setQty.qty = 7;
        QVERIFY(totes().applyCartOps(cartId, totes().cart(cartId).cartVersion, {setQty}).ok());
        const qint64 current = totes().cart(cartId).cartVersion;

        const Page answer =
            postForm(QStringLiteral("/cart/%1/lines/%2/qty").arg(token, lineId),
                     {{QStringLiteral("csrf"), hiddenField(html, QStringLiteral("csrf"))},
                      {QStringLiteral("version"), hiddenField(html, QStringLiteral("version"))},
                      {QStringLiteral("qty"), QStringLiteral("1")}});
        QCOMPARE(answer.status, 409);
        QVERIFY(answer.text().contains(QStringLiteral("Your cart changed")));
        // The page shows what the cart holds now, with forms for the current version.
        QVERIFY(answer.text().contains(
            QStringLiteral("id=\"qty-%1\" type=\"number\" name=\"qty\" min=\"1\" max=\"99\" value=\"7\"")
                .arg(lineId)));
        QCOMPARE(hiddenField(answer.text(), QStringLiteral("version")), QString::number(current));
        QCOMPARE(line(cartId, m_variantA).value(QStringLiteral("qty")).toInt(), 7);
        QCOMPARE(totes().cart(cartId).cartVersion, current);
    }

    void formsNeedTheirCsrfField()
    {
        useBackend();
        const auto [cartId, token] = makeCart();
        const auto [otherCartId, otherToken] = makeCart();
        const QString html = get(QStringLiteral("/cart/") + token).text();
        const QString otherHtml = get(QStringLiteral("/cart/") + otherToken).text();
        const QString lineId = line(cartId, m_variantA).value(QStringLiteral("lineId")).toString();
        const QString version = hiddenField(html, QStringLiteral("version"));
        const QString path = QStringLiteral("/cart/%1/lines/%2/qty").arg(token, lineId);
        // Missing, wrong, and another cart's field: all refused, nothing changes.
        for (const QString &csrf :
             {QString(), QStringLiteral("AAAA"), hiddenField(otherHtml, QStringLiteral("csrf"))}) {
            QList<QPair<QString, QString>> fields {{QStringLiteral("version"), version},
                                                   {QStringLiteral("qty"), QStringLiteral("9")}};
            if (!csrf.isEmpty())
                fields.append({QStringLiteral("csrf"), csrf});
            const Page answer = postForm(path, fields);
            QCOMPARE(answer.status, 403);
            QVERIFY(answer.text().contains(QStringLiteral("This form has expired")));
        }
        QCOMPARE(line(cartId, m_variantA).value(QStringLiteral("qty")).toInt(), 2);
        QCOMPARE(line(otherCartId, m_variantA).value(QStringLiteral("qty")).toInt(), 2);
    }

    void badInputIsRefusedWithAPage()
    {
        useBackend();
        const auto [cartId, token] = makeCart();
        const QString html = get(QStringLiteral("/cart/") + token).text();
        const QString lineId = line(cartId, m_variantA).value(QStringLiteral("lineId")).toString();
        const QString csrf = hiddenField(html, QStringLiteral("csrf"));
        const QString version = hiddenField(html, QStringLiteral("version"));
        const QString path = QStringLiteral("/cart/%1/lines/%2/qty").arg(token, lineId);
        for (const QString &qty :
             {QStringLiteral("abc"), QStringLiteral("1000"), QStringLiteral("-1"), QString()}) {
            const Page answer = postForm(path,
                                         {{QStringLiteral("csrf"), csrf},
                                          {QStringLiteral("version"), version},
                                          {QStringLiteral("qty"), qty}});
            QCOMPARE(answer.status, 400);
            QVERIFY(answer.headers.value("Content-Type").startsWith("text/html"));
        }
        // Not a form.
        const Page json = send(HttpRequest::Method::Post, path, "{\"qty\":3}", "application/json");
        QCOMPARE(json.status, 415);
        // A line that is not in this cart.
        const auto [otherCartId, otherToken] = makeCart();
        Q_UNUSED(otherToken);
        const QString foreignLine = line(otherCartId, m_variantA).value(QStringLiteral("lineId")).toString();
        const Page foreign = postForm(QStringLiteral("/cart/%1/lines/%2/remove").arg(token, foreignLine),
                                      {{QStringLiteral("csrf"), csrf}, {QStringLiteral("version"), version}});
        QCOMPARE(foreign.status, 400);
        QCOMPARE(cartLines(otherCartId).size(), 2);
        QCOMPARE(line(cartId, m_variantA).value(QStringLiteral("qty")).toInt(), 2);
        // 0 in the quantity box removes the line.
        const Page zero = postForm(path,
                                   {{QStringLiteral("csrf"), csrf},
                                    {QStringLiteral("version"), version},
                                    {QStringLiteral("qty"), QStringLiteral("0")}});
        QCOMPARE(zero.status, 303);
        QVERIFY(line(cartId, m_variantA).isEmpty());
    }

    void unknownAndExpiredLinksGetAFriendlyPage()
    {
        useBackend();
        const auto [cartId, expired] = makeCart(std::chrono::seconds(-60));
        QVERIFY(!expired.isEmpty());
        const auto [revokedCart, revoked] = makeCart();
        QVERIFY(m_server->runtime().storage().cartLinks().revoke(revoked));
        const QString wellFormedUnknown = QString(43, QLatin1Char('A'));
        for (const QString &token : {expired, revoked, wellFormedUnknown, QStringLiteral("nope"),
                                     QStringLiteral("%3Cscript%3E"), QString(2000, QLatin1Char('x'))}) {
            const Page page = get(QStringLiteral("/cart/") + token);
            QCOMPARE(page.status, 404);
            QVERIFY(page.headers.value("Content-Type").startsWith("text/html"));
            QVERIFY(page.text().contains(QStringLiteral("This link has expired or is not valid")));
            QVERIFY(!page.text().contains(QStringLiteral("<script")));
            QCOMPARE(page.headers.value("Referrer-Policy"), QByteArray("no-referrer"));
        }
        // Forms behind an expired link change nothing either.
        const QString lineId = line(cartId, m_variantA).value(QStringLiteral("lineId")).toString();
        const Page post = postForm(QStringLiteral("/cart/%1/lines/%2/remove").arg(expired, lineId),
                                   {{QStringLiteral("version"), QStringLiteral("1")}});
        QCOMPARE(post.status, 404);
        QCOMPARE(cartLines(cartId).size(), 2);
    }

    void languageFollowsAcceptLanguage()
    {
        useBackend();
        const auto [cartId, token] = makeCart();
        Q_UNUSED(cartId);
        const Page polish = get(QStringLiteral("/cart/") + token, "pl-PL,pl;q=0.9,en;q=0.5");
        QVERIFY(polish.text().contains(QStringLiteral("<html lang=\"pl\">")));
        QVERIFY(polish.text().contains(QStringLiteral("Twój koszyk")));
        QCOMPARE(polish.headers.value("Content-Language"), QByteArray("pl"));
        const Page chinese = get(QStringLiteral("/cart/") + token, "zh-CN");
        QVERIFY(chinese.text().contains(QStringLiteral("您的购物车")));
        const Page estonian = get(QStringLiteral("/cart/") + token, "fr;q=1, et;q=0.8");
        QVERIFY(estonian.text().contains(QStringLiteral("Sinu ostukorv")));
        const Page fallback = get(QStringLiteral("/cart/") + token, "fr");
        QVERIFY(fallback.text().contains(QStringLiteral("<html lang=\"en\">")));
    }
};

QTEST_GUILESS_MAIN(CartPageTest)
#include "cartpagetest.moc"
