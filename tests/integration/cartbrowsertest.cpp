// SPDX-License-Identifier: MIT
// A real browser on the cart page, reached the way a shopper reaches it: the kiosk asks for the list
// (POST /v1/totes/{id}/email), the server's sender delivers it over SMTP to a real relay (aiosmtpd,
// tests/support/smtpsink), the received MIME message is parsed (by Python's email package) and the
// link in its HTML part is opened in Debian's headless Chromium, driven over the DevTools protocol. The
// test reads the items, changes a quantity through the page's own form, and the server's cart (read over
// the REST API with the customer's token) must show it. The message's thumbnails must be PNGs.
// Screenshots at phone and desktop widths go to $OMNITOTE_BROWSER_SHOTS (docs/images for the README),
// else the build folder.
#include "headlesschromium.h"
#include "smtpsink.h"
#include "testserver.h"

#include <cartlinks.h>
#include <httpclient.h>
#include <servertotestore.h>

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

using namespace Omnitote;
using namespace Omnitote::Testing;

class CartBrowserTest : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    SmtpSink m_sink;
    HttpClient m_http;

    /** A GET without a token: (status, Content-Type, body). */
    std::tuple<int, QByteArray, QByteArray> fetch(const QUrl &url)
    {
        HttpRequest request;
        request.url = url;
        std::unique_ptr<HttpReply> reply(m_http.send(request));
        if (!reply->isFinished()) {
            QSignalSpy spy(reply.get(), &HttpReply::finished);
            if (!spy.wait(20000))
                return {};
        }
        return {reply->status(), reply->header("Content-Type"), reply->body()};
    }

    /** One API call with `token`; the JSON answer when the status is `expected`, else {}. */
    QJsonObject api(const QString &path, const QString &token, int expected,
                    const QJsonObject *body = nullptr)
    {
        HttpRequest request;
        request.url = m_server.baseUrl().resolved(QUrl(path));
        request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1()});
        if (body) {
            request.method = HttpRequest::Method::Post;
            request.headers.append(
                {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
            request.body = QJsonDocument(*body).toJson(QJsonDocument::Compact);
        }
        std::unique_ptr<HttpReply> reply(m_http.send(request));
        if (!reply->isFinished()) {
            QSignalSpy spy(reply.get(), &HttpReply::finished);
            if (!spy.wait(20000))
                return {};
        }
        if (reply->status() != expected)
            qWarning() << path << reply->status() << reply->body();
        return reply->status() == expected ? QJsonDocument::fromJson(reply->body()).object() : QJsonObject();
    }
    QJsonObject apiCart(const QString &cartId, const QString &token)
    {
        return api(QStringLiteral("/v1/carts/") + cartId, token, 200);
    }

    static QString shotsDir()
    {
        const QString configured = qEnvironmentVariable("OMNITOTE_BROWSER_SHOTS");
        return configured.isEmpty() ? QDir::currentPath() : configured;
    }

private Q_SLOTS:
    void openChangeAndCheckTheCart()
    {
        if (HeadlessChromium::findBinary().isEmpty())
            QSKIP("Chromium is not installed (Debian: apt-get install chromium; or set OMNITOTE_CHROMIUM): "
                  "the browser test did not run");
        QVERIFY2(m_sink.start(), "the SMTP sink did not start (python3-aiosmtpd missing?)");
        // The server listens on a port chosen here so its public URL (the links in the mail) is its own.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        const QString relay = m_sink.url();
        m_server.setConfigure([relay, port](Server::ServerSettings &settings) {
            settings.port = port;
            settings.options.email.publicUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
            settings.mail.smtp.url = relay;
            settings.mail.smtp.startTls = Server::SmtpSettings::StartTls::Off;
            settings.mail.retryBaseMs = 50;
            settings.mail.pollMs = 200;
        });
        QString error;
        QVERIFY2(m_server.start(TestServer::Backend::Sqlite, &error), qPrintable(error));
        auto &storage = m_server.runtime().storage();
        Server::ToteStore &totes = storage.totes();

        // The kiosk's way: a tote with three products of the demo catalogue, then "Email me my list".
        const QString device = m_server.token(Server::Principal::Role::Device);
        const QJsonObject empty;
        const QString toteId =
            api(QStringLiteral("/v1/totes"), device, 201, &empty).value(QStringLiteral("id")).toString();
        QVERIFY(!toteId.isEmpty());
        QJsonArray ops;
        const QJsonArray found = storage.search({QString(), QString(), false, QString(), 1, 3, false})
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QCOMPARE(found.size(), 3);
        for (const auto &item : found) {
            const QString productId = item.toObject().value(QStringLiteral("id")).toString();
            const auto product = storage.product(productId);
            QVERIFY(product);
            ops.append(
                QJsonObject {{QStringLiteral("opId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {QStringLiteral("type"), QStringLiteral("add")},
                             {QStringLiteral("lineId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {QStringLiteral("productId"), productId},
                             {QStringLiteral("variantId"),
                              product->value(QStringLiteral("variants"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("id"))},
                             {QStringLiteral("qty"), 1},
                             {QStringLiteral("fulfilment"), QStringLiteral("pickup")}});
        }
        const QJsonObject batch {{QStringLiteral("ops"), ops}};
        QVERIFY(!api(QStringLiteral("/v1/totes/%1/ops").arg(toteId), device, 200, &batch).isEmpty());
        const QString address = QStringLiteral("kadri@example.ee");
        const QJsonObject emailMe {{QStringLiteral("email"), address},
                                   {QStringLiteral("language"), QStringLiteral("en")}};
        QVERIFY(!api(QStringLiteral("/v1/totes/%1/email").arg(toteId), device, 202, &emailMe).isEmpty());

        // The message as the relay received it: multipart/alternative, the same link in both parts.
        QVERIFY(m_sink.waitForMessages(1));
        const QJsonObject mail = m_sink.messages().constFirst();
        QCOMPARE(mail.value(QStringLiteral("contentType")).toString(),
                 QStringLiteral("multipart/alternative"));
        QCOMPARE(mail.value(QStringLiteral("rcptTos")).toArray(), QJsonArray {address});
        const QString plain = SmtpSink::partText(mail, "text/plain");
        const QString html = SmtpSink::partText(mail, "text/html");
        const QRegularExpression href(QStringLiteral("href=\"(%1/cart/[A-Za-z0-9_-]{43})\"")
                                          .arg(QRegularExpression::escape(m_server.baseUrl().toString())));
        const QString link = href.match(html).captured(1);
        QVERIFY2(!link.isEmpty(), qPrintable(html));
        QVERIFY2(plain.contains(link), qPrintable(plain));

        // Its thumbnails are PNGs (many mail clients show no SVG), served at the server's public URL.
        static const QRegularExpression img(QStringLiteral("<img src=\"([^\"]+)\""));
        int pictures = 0;
        for (auto it = img.globalMatch(html); it.hasNext(); ++pictures) {
            const QUrl source(it.next().captured(1));
            QVERIFY2(source.toString().startsWith(m_server.baseUrl().toString() + QLatin1Char('/')),
                     qPrintable(source.toString()));
            const auto [status, type, body] = fetch(source);
            QCOMPARE(status, 200);
            QCOMPARE(type, QByteArray("image/png"));
            QImage picture;
            QVERIFY2(picture.loadFromData(body, "PNG"), qPrintable(source.toString()));
            QCOMPARE(picture.size(), QSize(128, 128));
        }
        QCOMPARE(pictures, 3);
        // Only names of existing art, nothing else from the server's resources.
        for (const char *bad : {"/images/thumb/NP-000000.png", "/images/thumb/..%2Fdemo-catalog.png",
                                "/images/thumb/.png", "/images/thumb/NP-100109-ocean.svg"})
            QCOMPARE(std::get<0>(fetch(m_server.baseUrl().resolved(QUrl(QString::fromLatin1(bad))))), 404);
        const auto customer = totes.customerByEmail(address);
        QVERIFY(customer);
        const QString customerToken = m_server.runtime().api().authenticator().issueToken(
            {Server::Principal::Role::Customer, {}, QStringLiteral("phone"), customer->id}, &error);
        QVERIFY2(!customerToken.isEmpty(), qPrintable(error));
        const QJsonArray before =
            apiCart(customer->cartId, customerToken).value(QStringLiteral("lines")).toArray();
        QCOMPARE(before.size(), 3);

        HeadlessChromium browser;
        QVERIFY2(browser.start(&error), qPrintable(error));
        const QUrl page(link);
        QVERIFY2(browser.waitForLoad(
                     [&] {
                         return browser
                             .call(QStringLiteral("Page.navigate"),
                                   {{QStringLiteral("url"), page.toString()}}, &error)
                             .has_value();
                     },
                     &error),
                 qPrintable(error));

        // The page shows every line of the cart, by name and quantity, in the cart's order.
        const QJsonArray shown =
            browser
                .evaluate(
                    QStringLiteral("Array.from(document.querySelectorAll('li.line')).map(li => ({"
                                   "id: li.dataset.lineId, name: li.querySelector('h2.name').textContent,"
                                   "qty: Number(li.querySelector('input[name=qty]').value)}))"),
                    &error)
                .toArray();
        QVERIFY2(!shown.isEmpty(), qPrintable(error));
        QCOMPARE(shown.size(), before.size());
        for (qsizetype i = 0; i < shown.size(); ++i) {
            const QJsonObject seen = shown.at(i).toObject();
            const QJsonObject line = before.at(i).toObject();
            QCOMPARE(seen.value(QStringLiteral("id")).toString(),
                     line.value(QStringLiteral("lineId")).toString());
            QCOMPARE(seen.value(QStringLiteral("name")).toString(),
                     line.value(QStringLiteral("name")).toString());
            QCOMPARE(seen.value(QStringLiteral("qty")).toInt(), line.value(QStringLiteral("qty")).toInt());
        }
        // Every picture loaded (same origin, allowed by the page's Content-Security-Policy).
        QCOMPARE(browser
                     .evaluate(QStringLiteral(
                         "Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)"))
                     .toBool(),
                 true);

        // Type 3 into the second line's quantity box and press its Update button, as a person would.
        const QString lineId = before.at(1).toObject().value(QStringLiteral("lineId")).toString();
        const QString box = QStringLiteral("document.getElementById('qty-%1')").arg(lineId);
        QVERIFY(browser.evaluate(box + QStringLiteral(".focus(); ") + box + QStringLiteral(".select(); true"))
                    .toBool());
        QVERIFY2(browser.call(QStringLiteral("Input.insertText"),
                              {{QStringLiteral("text"), QStringLiteral("3")}}, &error),
                 qPrintable(error));
        QVERIFY2(browser.waitForLoad(
                     [&] {
                         return browser
                             .evaluate(box + QStringLiteral(".form.querySelector('button').click(); true"),
                                       &error)
                             .toBool();
                     },
                     &error),
                 qPrintable(error));
        QVERIFY(browser.evaluate(QStringLiteral("location.search")).toString() == QLatin1String("?done=qty"));
        QCOMPARE(browser.evaluate(box + QStringLiteral(".value")).toString(), QStringLiteral("3"));

        // The server's cart, over the API, has the new quantity; the other lines are as they were.
        const QJsonObject after = apiCart(customer->cartId, customerToken);
        const QJsonArray afterLines = after.value(QStringLiteral("lines")).toArray();
        QCOMPARE(afterLines.size(), before.size());
        for (qsizetype i = 0; i < afterLines.size(); ++i) {
            const int expected = i == 1 ? 3 : before.at(i).toObject().value(QStringLiteral("qty")).toInt();
            QCOMPARE(afterLines.at(i).toObject().value(QStringLiteral("qty")).toInt(), expected);
        }
        QCOMPARE(
            browser.evaluate(QStringLiteral("document.getElementById('total-qty').textContent")).toString(),
            QString::number(
                after.value(QStringLiteral("totals")).toObject().value(QStringLiteral("qty")).toInt()));

        // What a person sees: the page on a phone and on a desktop.
        for (const auto &[name, width, scale, mobile] : {std::tuple {"cart-phone.png", 390, 2.0, true},
                                                         std::tuple {"cart-desktop.png", 1280, 1.0, false}}) {
            const QByteArray png = browser.screenshot(width, scale, mobile, &error);
            QVERIFY2(png.startsWith("\x89PNG"), qPrintable(error));
            QFile file(QDir(shotsDir()).filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(png);
            qInfo() << "saved" << file.fileName();
        }
        // Laid out for the phone: nothing wider than the screen.
        QVERIFY(browser.call(QStringLiteral("Emulation.setDeviceMetricsOverride"),
                             {{QStringLiteral("width"), 390},
                              {QStringLiteral("height"), 844},
                              {QStringLiteral("deviceScaleFactor"), 1},
                              {QStringLiteral("mobile"), true}}));
        QVERIFY(browser.evaluate(QStringLiteral("document.documentElement.scrollWidth <= 390")).toBool());
    }
};

QTEST_GUILESS_MAIN(CartBrowserTest)
#include "cartbrowsertest.moc"
