// SPDX-License-Identifier: MIT
// Email my list and identify by email, over real HTTP on loopback, delivered to a real SMTP server
// (aiosmtpd, tests/scripts/smtpsink.py) and parsed there by Python's email package; on SQLite and
// PostgreSQL. The catalogue (tests/data/email/catalog.jsonl) has Chinese, Estonian and Polish names
// and one product whose name and variant try header and HTML injection.
#include "smtpsink.h"
#include "testserver.h"

#include <cartlinks.h>
#include <emailstore.h>
#include <httpclient.h>
#include <mimemessage.h>
#include <servertotestore.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace Omnitote;
using namespace Omnitote::Testing;
using Role = Server::Principal::Role;

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct Reply
{
    int status = 0;
    QJsonObject json;
    QByteArray contentType;
    QByteArray retryAfter;
};

QString header(const QJsonObject &message, const char *name)
{
    return SmtpSink::header(message, name);
}

QJsonObject part(const QJsonObject &message, const char *type)
{
    return SmtpSink::part(message, type);
}

/** Runs openssl with `arguments` in `dir`; false with its output on failure. */
bool openssl(const QString &dir, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0)
        return true;
    *error = QStringLiteral("openssl %1: %2")
                 .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll()));
    return false;
}

/** ca.pem (a test CA), relay.pem/relay.key (signed by it, for IP 127.0.0.1) and other-ca.pem in `dir`. */
bool makeCertificates(const QString &dir, QString *error)
{
    const auto newCa = [&](const QString &name) {
        return openssl(dir,
                       {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                        QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=omnitote test ") + name, QStringLiteral("-keyout"),
                        name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".pem")},
                       error);
    };
    QFile extensions(QDir(dir).filePath(QStringLiteral("relay.ext")));
    if (!extensions.open(QIODevice::WriteOnly)
        || extensions.write("basicConstraints=CA:FALSE\nsubjectAltName=IP:127.0.0.1\n"
                            "extendedKeyUsage=serverAuth\n")
            < 0)
        return false;
    extensions.close();
    return newCa(QStringLiteral("ca")) && newCa(QStringLiteral("other-ca"))
        && openssl(dir,
                   {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                    QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                    QStringLiteral("-keyout"), QStringLiteral("relay.key"), QStringLiteral("-out"),
                    QStringLiteral("relay.csr")},
                   error)
        && openssl(dir,
                   {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    QStringLiteral("relay.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                    QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-extfile"),
                    QStringLiteral("relay.ext"), QStringLiteral("-out"), QStringLiteral("relay.pem")},
                   error);
}

} // namespace

// QSKIP only works in the test function itself.
#define START_SERVER(...)                                                                                    \
    do {                                                                                                     \
        if (!startServer(__VA_ARGS__)) {                                                                     \
            if (!m_skipReason.isEmpty())                                                                     \
                QSKIP(qPrintable(m_skipReason));                                                             \
            QFAIL("the server did not start");                                                               \
        }                                                                                                    \
    } while (false)

class EmailApiTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SmtpSink> m_sink;
    QString m_device;
    HttpClient m_http;
    QString m_store;
    QString m_skipReason; // set when PostgreSQL is not there: skip, do not fail

    /** A fresh server on `backend` with the email catalogue, sending to a fresh sink. */
    bool startServer(const QString &backend, const std::function<void(Server::ServerSettings &)> &extra = {},
                     bool startSink = true)
    {
        m_server.reset();
        m_sink = std::make_unique<SmtpSink>();
        if (startSink && !m_sink->start())
            return false;
        m_server = std::make_unique<TestServer>();
        const QString relay = m_sink->url();
        m_server->setConfigure([relay, extra](Server::ServerSettings &settings) {
            settings.seedDemo = false;
            settings.seedFile = QStringLiteral(OMNITOTE_TEST_DATA "/email/catalog.jsonl");
            settings.options.email.publicUrl = QStringLiteral("https://shop.example/");
            settings.options.email.mailFrom = QStringLiteral("kiosk@shop.example");
            settings.mail.smtp.url = relay;
            settings.mail.smtp.startTls = Server::SmtpSettings::StartTls::Off;
            // Fast retries for the test: 50 ms doubling up to 400 ms.
            settings.mail.retryBaseMs = 50;
            settings.mail.retryMaxMs = 400;
            settings.mail.pollMs = 200;
            if (extra)
                extra(settings);
        });
        QString error;
        bool skipped = false;
        const bool started =
            m_server->start(backend == QLatin1String("postgres") ? TestServer::Backend::Postgres
                                                                 : TestServer::Backend::Sqlite,
                            &error, &skipped);
        m_skipReason = !started && skipped ? error : QString();
        if (!started)
            qWarning() << error;
        m_store = QStringLiteral("tln-ulemiste");
        m_device = started ? deviceToken(m_store) : QString();
        return started;
    }
    QString deviceToken(const QString &store, Role role = Role::Device)
    {
        QString error;
        return m_server->runtime().api().authenticator().issueToken({role, store, QStringLiteral("kiosk")},
                                                                    &error);
    }
    Reply send(HttpRequest::Method method, const QString &path, const QString &token,
               const QByteArray &body = {})
    {
        HttpRequest request;
        request.method = method;
        request.url = m_server->baseUrl().resolved(QUrl(path));
        if (!token.isEmpty())
            request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1()});
        if (!body.isEmpty())
            request.headers.append(
                {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        request.body = body;
        std::unique_ptr<HttpReply> reply(m_http.send(request));
        if (!reply->isFinished()) {
            QSignalSpy spy(reply.get(), &HttpReply::finished);
            if (!spy.wait(20000))
                return {};
        }
        return {reply->status(), QJsonDocument::fromJson(reply->body()).object(),
                reply->header("Content-Type"), reply->header("Retry-After")};
    }
    Reply post(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        return send(HttpRequest::Method::Post, path, token.isEmpty() ? m_device : token,
                    QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    /** A tote of the device's store holding one of each product of the email catalogue. */
    QString toteWithEverything(const QString &token = {})
    {
        const Reply created =
            send(HttpRequest::Method::Post, QStringLiteral("/v1/totes"), token.isEmpty() ? m_device : token);
        const QString tote = created.json.value(QStringLiteral("id")).toString();
        QJsonArray ops;
        int qty = 1;
        for (const char *product : {"EM-1", "EM-2", "EM-3", "EM-4"}) {
            const QString id = QString::fromLatin1(product);
            ops.append(QJsonObject {{QStringLiteral("opId"), uuid()},
                                    {QStringLiteral("type"), QStringLiteral("add")},
                                    {QStringLiteral("lineId"), uuid()},
                                    {QStringLiteral("productId"), id},
                                    {QStringLiteral("variantId"), id + QStringLiteral("-01")},
                                    {QStringLiteral("qty"), qty++},
                                    {QStringLiteral("fulfilment"), QStringLiteral("take")}});
        }
        const Reply applied =
            post(QStringLiteral("/v1/totes/%1/ops").arg(tote), {{QStringLiteral("ops"), ops}}, token);
        return applied.status == 200 ? tote : QString();
    }
    Reply emailList(const QString &tote, const QString &address, bool consent = false,
                    const QString &language = QStringLiteral("en"), const QString &token = {})
    {
        QJsonObject body {{QStringLiteral("email"), address},
                          {QStringLiteral("language"), language},
                          {QStringLiteral("marketingConsent"), consent}};
        if (consent)
            body.insert(QStringLiteral("consentWording"), QStringLiteral("kiosk-consent-2026-11"));
        return post(QStringLiteral("/v1/totes/%1/email").arg(tote), body, token);
    }
    std::optional<std::pair<QString, int>> status(const QString &messageId)
    {
        return m_server->runtime().storage().email().status(messageId);
    }
    bool waitUntilSent(const QStringList &messageIds)
    {
        return QTest::qWaitFor(
            [&] {
                for (const QString &id : messageIds) {
                    const auto s = status(id);
                    if (!s || s->first != QLatin1String("sent"))
                        return false;
                }
                return true;
            },
            30000);
    }
    /** Every Message-ID received, with how often. */
    QHash<QString, int> receivedIds() const
    {
        QHash<QString, int> ids;
        for (const auto &message : m_sink->messages())
            ids[header(message, "Message-ID")] += 1;
        return ids;
    }
    static void addBackends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

private slots:
    void listIsDeliveredIntact_data() { addBackends(); }
    void listIsDeliveredIntact()
    {
        QFETCH(QString, backend);
        START_SERVER(backend, [](Server::ServerSettings &settings) {
            settings.options.email.mailFromName =
                QStringLiteral("Põhja & Mänd 北方 \"Kiosk\"\r\nBcc: x@example.com");
        });
        const QString tote = toteWithEverything();
        QVERIFY(!tote.isEmpty());
        const Reply queued =
            emailList(tote, QStringLiteral("Mari.Maasikas@Example.EE"), true, QStringLiteral("pl"));
        QCOMPARE(queued.status, 202);
        const QString messageId = queued.json.value(QStringLiteral("messageId")).toString();
        QVERIFY(!messageId.isEmpty());
        QVERIFY(m_sink->waitForMessages(1));
        QVERIFY(waitUntilSent({messageId}));
        const QJsonObject message = m_sink->messages().first();

        // Envelope and headers, as Python's parser reads them.
        QCOMPARE(message.value(QStringLiteral("defects")).toArray().size(), 0);
        QCOMPARE(message.value(QStringLiteral("mailFrom")).toString(), QStringLiteral("kiosk@shop.example"));
        QCOMPARE(message.value(QStringLiteral("rcptTos")).toArray(),
                 QJsonArray {QStringLiteral("Mari.Maasikas@example.ee")});
        QCOMPARE(header(message, "To"), QStringLiteral("Mari.Maasikas@example.ee"));
        QCOMPARE(header(message, "Message-ID"), QLatin1Char('<') + messageId + QLatin1Char('>'));
        QVERIFY(header(message, "From").contains(QStringLiteral("Põhja & Mänd 北方")));
        QVERIFY(header(message, "From").endsWith(QLatin1String("<kiosk@shop.example>")));
        QVERIFY(header(message, "Subject")
                    .contains(QStringLiteral("Twoja lista z Põhja & Mänd Ülemiste <b>Kaubamaja</b>")));
        QVERIFY(!header(message, "Date").isEmpty());
        QCOMPARE(header(message, "MIME-Version"), QStringLiteral("1.0"));
        QVERIFY(header(message, "List-Unsubscribe")
                    .startsWith(QLatin1String("<https://shop.example/unsubscribe/")));
        QCOMPARE(header(message, "List-Unsubscribe-Post"), QStringLiteral("List-Unsubscribe=One-Click"));
        QStringList names;
        for (const auto &name : message.value(QStringLiteral("headerNames")).toArray())
            names.append(name.toString());
        QVERIFY2(!names.contains(QStringLiteral("Bcc"), Qt::CaseInsensitive), qPrintable(names.join(',')));
        QCOMPARE(names.size(), 9);
        QCOMPARE(message.value(QStringLiteral("contentType")).toString(),
                 QStringLiteral("multipart/alternative"));
        QVERIFY(message.value(QStringLiteral("longestLine")).toInt() <= 998);

        // Both parts, UTF-8, with every product's text; the HTML escapes it.
        const QJsonObject text = part(message, "text/plain");
        const QJsonObject html = part(message, "text/html");
        QCOMPARE(message.value(QStringLiteral("parts")).toArray().size(), 2);
        QCOMPARE(text.value(QStringLiteral("charset")).toString(), QStringLiteral("utf-8"));
        QCOMPARE(html.value(QStringLiteral("charset")).toString(), QStringLiteral("utf-8"));
        const QString plain = text.value(QStringLiteral("text")).toString();
        const QString markup = html.value(QStringLiteral("text")).toString();
        for (const QString &name :
             {QStringLiteral("不锈钢保温杯 “旅行”"), QStringLiteral("Õunapuust lõikelaud – Šõõr"),
              QStringLiteral("Żółta łyżka drewniana — Źdźbło")}) {
            QVERIFY2(plain.contains(name), qPrintable(name));
            QVERIFY2(markup.contains(name), qPrintable(name));
        }
        QVERIFY(plain.contains(QStringLiteral("银色, 500 毫升")));
        QVERIFY(plain.contains(Server::Mime::singleLine(
            QStringLiteral("Evil\r\nBcc: victim@example.com\r\n\r\n<script>alert('x')</script> & \"mug\""))));
        QVERIFY(!markup.contains(QLatin1String("<script")));
        QVERIFY(!markup.contains(QLatin1String("<img src=x")));
        QVERIFY(!markup.contains(QLatin1String("<b>Kaubamaja")));
        QVERIFY(markup.contains(QLatin1String("&lt;script&gt;")));
        // Quantities 1-4, prices in Polish format, the store's stock at the time (EM-2 has none).
        QVERIFY(plain.contains(QStringLiteral("Ilość: 1 × 24,90 EUR = 24,90 EUR")));
        QVERIFY(plain.contains(QStringLiteral("Ilość: 2 × 34,50 EUR = 69,00 EUR")));
        QVERIFY(plain.contains(QStringLiteral("W sklepie: 7 szt.")));
        QVERIFY(plain.contains(QStringLiteral("Brak w sklepie")));
        // Thumbnails as PNG (many mail clients show no SVG) at the public URL; cartbrowsertest fetches them.
        for (const char *image : {"EM-1", "EM-2", "EM-3", "EM-4"})
            QVERIFY(markup.contains(QStringLiteral("src=\"https://shop.example/images/thumb/%1.png\"")
                                        .arg(QLatin1String(image))));

        // The cart link resolves to the cart of the customer with that address, which holds the
        // tote's lines; the kiosk still cannot read it.
        static const QRegularExpression link(
            QStringLiteral("https://shop\\.example/cart/([A-Za-z0-9_-]{43})"));
        const auto match = link.match(plain);
        QVERIFY(match.hasMatch());
        QVERIFY(markup.contains(match.captured(0)));
        const auto resolved = m_server->runtime().storage().cartLinks().resolve(match.captured(1));
        QVERIFY(resolved);
        const auto customer =
            m_server->runtime().storage().totes().customerByEmail(QStringLiteral("mari.maasikas@example.ee"));
        QVERIFY(customer);
        QCOMPARE(resolved->cartId, customer->cartId);
        const auto cart = m_server->runtime().storage().totes().cart(customer->cartId);
        QVERIFY(cart.ok());
        const QJsonArray cartLines = cart.json.value(QStringLiteral("lines")).toArray();
        QCOMPARE(cartLines.size(), 4);
        QCOMPARE(
            send(HttpRequest::Method::Get, QStringLiteral("/v1/carts/") + customer->cartId, m_device).status,
            404);
        QCOMPARE(send(HttpRequest::Method::Get, QStringLiteral("/v1/totes/") + tote, m_device)
                     .json.value(QStringLiteral("customer")),
                 QJsonValue(QJsonValue::Null));

        // Again without consent: no List-Unsubscribe, and nothing merged twice.
        const Reply again =
            emailList(tote, QStringLiteral("mari.maasikas@example.ee"), false, QStringLiteral("zh"));
        QCOMPARE(again.status, 202);
        QVERIFY(m_sink->waitForMessages(2));
        const QJsonObject second = m_sink->messages().at(1);
        QVERIFY(header(second, "List-Unsubscribe").isEmpty());
        QVERIFY(header(second, "Subject").contains(QStringLiteral("您在")));
        const auto cartAgain = m_server->runtime().storage().totes().cart(customer->cartId);
        QCOMPARE(cartAgain.json.value(QStringLiteral("lines")), QJsonValue(cartLines));

        // One-click unsubscribe with the token from the first message.
        const QString unsubscribe = header(message, "List-Unsubscribe").mid(1).chopped(1);
        const QString path = QUrl(unsubscribe).path();
        QCOMPARE(send(HttpRequest::Method::Post, path, {}, "List-Unsubscribe=One-Click").status, 200);
        QCOMPARE(send(HttpRequest::Method::Post,
                      QStringLiteral("/unsubscribe/") + QString(43, QLatin1Char('A')), {})
                     .status,
                 404);
    }

    void relayGoesAwayMidQueue_data() { addBackends(); }
    void relayGoesAwayMidQueue()
    {
        QFETCH(QString, backend);
        START_SERVER(backend, {}, false);
        // The relay takes two messages and then stops, while six are queued.
        QVERIFY(m_sink->start({QStringLiteral("--stop-after"), QStringLiteral("2")}));
        const QString tote = toteWithEverything();
        QStringList ids;
        for (int i = 0; i < 6; ++i) {
            const Reply queued = emailList(tote, QStringLiteral("shopper%1@example.pl").arg(i));
            QCOMPARE(queued.status, 202);
            ids.append(queued.json.value(QStringLiteral("messageId")).toString());
        }
        QVERIFY(m_sink->waitUntilGone());
        QCOMPARE(m_sink->messages().size(), 2);
        // The rest fail while the relay is away, and stay queued.
        QVERIFY(QTest::qWaitFor(
            [&] {
                int retried = 0;
                for (const QString &id : ids) {
                    const auto s = status(id);
                    retried += s && s->first == QLatin1String("queued") && s->second >= 2;
                }
                return retried == 4;
            },
            20000));
        QVERIFY(m_sink->start());
        QVERIFY(waitUntilSent(ids));
        const auto received = receivedIds();
        QCOMPARE(received.size(), 6);
        for (const QString &id : ids)
            QCOMPARE(received.value(QLatin1Char('<') + id + QLatin1Char('>')), 1);
    }

    void serverRestartsMidQueue_data() { addBackends(); }
    void serverRestartsMidQueue()
    {
        QFETCH(QString, backend);
        START_SERVER(backend, {}, false); // no relay yet: everything stays queued
        const QString tote = toteWithEverything();
        QStringList ids;
        for (int i = 0; i < 5; ++i) {
            const Reply queued = emailList(tote, QStringLiteral("kupujacy%1@example.pl").arg(i));
            QCOMPARE(queued.status, 202);
            ids.append(queued.json.value(QStringLiteral("messageId")).toString());
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto s = status(ids.last());
                return s && s->second >= 1;
            },
            20000));
        QString error;
        QVERIFY2(m_server->restart(&error), qPrintable(error));
        QVERIFY(m_sink->start());
        QVERIFY(waitUntilSent(ids));
        // A second restart after everything was sent sends nothing again.
        QVERIFY2(m_server->restart(&error), qPrintable(error));
        const Reply one = emailList(tote, QStringLiteral("last@example.pl"));
        QCOMPARE(one.status, 202);
        ids.append(one.json.value(QStringLiteral("messageId")).toString());
        QVERIFY(waitUntilSent(ids));
        const auto received = receivedIds();
        QCOMPARE(received.size(), 6);
        for (const QString &id : ids)
            QCOMPARE(received.value(QLatin1Char('<') + id + QLatin1Char('>')), 1);
    }

    void relayLogin_data() { addBackends(); }
    void relayLogin()
    {
        QFETCH(QString, backend);
        START_SERVER(
            backend,
            [](Server::ServerSettings &settings) {
                settings.mail.smtp.user = QStringLiteral("kiosk");
                settings.mail.smtp.password = QStringLiteral("wrong");
            },
            false);
        QVERIFY(m_sink->start({QStringLiteral("--auth"), QStringLiteral("kiosk:s3cret-ü")}));
        const QString tote = toteWithEverything();
        const Reply queued = emailList(tote, QStringLiteral("login@example.ee"));
        QCOMPARE(queued.status, 202);
        const QString id = queued.json.value(QStringLiteral("messageId")).toString();
        // A refused login is retried, not dropped.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto s = status(id);
                return s && s->second >= 2;
            },
            20000));
        QCOMPARE(status(id)->first, QStringLiteral("queued"));
        QCOMPARE(m_sink->messages().size(), 0);
        m_server->settings().mail.smtp.password = QStringLiteral("s3cret-ü");
        QString error;
        QVERIFY2(m_server->restart(&error), qPrintable(error));
        QVERIFY(waitUntilSent({id}));
        QCOMPARE(m_sink->messages().size(), 1);
        QCOMPARE(m_sink->messages().first().value(QStringLiteral("auth")).toBool(), true);
    }

    void tlsIsVerified_data()
    {
        QTest::addColumn<bool>("implicitTls");
        QTest::newRow("starttls") << false;
        QTest::newRow("smtps") << true;
    }
    void tlsIsVerified()
    {
        QFETCH(bool, implicitTls);
        // A CA and a relay certificate for 127.0.0.1 made for this test (never kept), and a second CA
        // that did not sign it.
        QTemporaryDir certs;
        QString error;
        QVERIFY2(makeCertificates(certs.path(), &error), qPrintable(error));
        const QString relayCert = certs.filePath(QStringLiteral("relay.pem"));
        const QString relayKey = certs.filePath(QStringLiteral("relay.key"));
        // Trusting the wrong CA, nothing is sent: the relay is refused with a clear error and the
        // message stays queued.
        const QString wrongCa = certs.filePath(QStringLiteral("other-ca.pem"));
        START_SERVER(
            QStringLiteral("sqlite"),
            [this, implicitTls, wrongCa](Server::ServerSettings &settings) {
                settings.mail.smtp.url = implicitTls ? m_sink->smtpsUrl() : m_sink->url();
                settings.mail.smtp.startTls = Server::SmtpSettings::StartTls::Required;
                settings.mail.smtp.caFile = wrongCa;
            },
            false);
        QVERIFY(m_sink->start(
            {implicitTls ? QStringLiteral("--smtps") : QStringLiteral("--starttls"), relayCert, relayKey}));
        const QString tote = toteWithEverything();
        const Reply queued = emailList(tote, QStringLiteral("tls@example.ee"));
        QCOMPARE(queued.status, 202);
        const QString id = queued.json.value(QStringLiteral("messageId")).toString();
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto s = status(id);
                return s && s->second >= 2;
            },
            20000));
        QCOMPARE(status(id)->first, QStringLiteral("queued"));
        QCOMPARE(m_sink->messages().size(), 0);
        const QString refused = m_server->runtime().storage().email().deliveryError(id);
        QVERIFY2(refused.contains(QLatin1String("certificate is not trusted")), qPrintable(refused));
        QVERIFY2(refused.contains(QLatin1String("--smtp-ca-file")), qPrintable(refused));
        // Trusting the CA that signed it, the message goes over TLS, once.
        m_server->settings().mail.smtp.caFile = certs.filePath(QStringLiteral("ca.pem"));
        QVERIFY2(m_server->restart(&error), qPrintable(error));
        QVERIFY(waitUntilSent({id}));
        QCOMPARE(m_sink->messages().size(), 1);
        QCOMPARE(m_sink->messages().first().value(QStringLiteral("tls")).toBool(), true);
        QCOMPARE(header(m_sink->messages().first(), "Message-ID"), QLatin1Char('<') + id + QLatin1Char('>'));
    }

    void identifyByEmailCode_data() { addBackends(); }
    void identifyByEmailCode()
    {
        QFETCH(QString, backend);
        START_SERVER(backend);
        // An earlier list made an unverified customer with a cart.
        const QString first = toteWithEverything();
        QCOMPARE(emailList(first, QStringLiteral("jan@example.pl")).status, 202);
        const auto customer =
            m_server->runtime().storage().totes().customerByEmail(QStringLiteral("jan@example.pl"));
        QVERIFY(customer);
        QCOMPARE(
            send(HttpRequest::Method::Get, QStringLiteral("/v1/carts/") + customer->cartId, m_device).status,
            404);

        const QString tote = send(HttpRequest::Method::Post, QStringLiteral("/v1/totes"), m_device)
                                 .json.value(QStringLiteral("id"))
                                 .toString();
        const QString codePath = QStringLiteral("/v1/totes/%1/customer/email-code").arg(tote);
        const QString linkPath = QStringLiteral("/v1/totes/%1/customer").arg(tote);
        const Reply requested = post(codePath,
                                     {{QStringLiteral("email"), QStringLiteral("Jan@Example.PL")},
                                      {QStringLiteral("language"), QStringLiteral("pl")}});
        QCOMPARE(requested.status, 202);
        QCOMPARE(requested.json.value(QStringLiteral("codeLength")).toInt(), 6);
        QCOMPARE(requested.json.value(QStringLiteral("attempts")).toInt(), 5);
        QVERIFY(m_sink->waitForMessages(2));
        const QJsonObject mail = m_sink->messages().at(1);
        QVERIFY(header(mail, "Subject").startsWith(QStringLiteral("Twój kod")));
        static const QRegularExpression sixDigits(QStringLiteral("\\b([0-9]{6})\\b"));
        const QString code =
            sixDigits.match(part(mail, "text/plain").value(QStringLiteral("text")).toString()).captured(1);
        QCOMPARE(code.size(), 6);
        const QString wrong = QStringLiteral("%1").arg((code.toInt() + 1) % 1000000, 6, 10, QLatin1Char('0'));

        const Reply malformed = post(linkPath,
                                     {{QStringLiteral("email"), QStringLiteral("jan@example.pl")},
                                      {QStringLiteral("code"), QStringLiteral("12a456")}});
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.json.value(QStringLiteral("reason")).toString(), QStringLiteral("code-malformed"));
        const Reply bad = post(
            linkPath,
            {{QStringLiteral("email"), QStringLiteral("jan@example.pl")}, {QStringLiteral("code"), wrong}});
        QCOMPARE(bad.status, 403);
        QCOMPARE(bad.json.value(QStringLiteral("reason")).toString(), QStringLiteral("code-wrong"));
        QCOMPARE(bad.json.value(QStringLiteral("attemptsLeft")).toInt(), 4);
        // Another address, or another tote, does not take this code.
        QCOMPARE(post(linkPath,
                      {{QStringLiteral("email"), QStringLiteral("eve@example.pl")},
                       {QStringLiteral("code"), code}})
                     .json.value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("code-expired"));
        QCOMPARE(post(QStringLiteral("/v1/totes/%1/customer").arg(first),
                      {{QStringLiteral("email"), QStringLiteral("jan@example.pl")},
                       {QStringLiteral("code"), code}})
                     .status,
                 403);

        const Reply linked = post(
            linkPath,
            {{QStringLiteral("email"), QStringLiteral("jan@example.pl")}, {QStringLiteral("code"), code}});
        QCOMPARE(linked.status, 200);
        const QJsonObject cart = linked.json.value(QStringLiteral("cart")).toObject();
        QCOMPARE(cart.value(QStringLiteral("id")).toString(), customer->cartId);
        QCOMPARE(cart.value(QStringLiteral("lines")).toArray().size(), 4);
        QCOMPARE(
            send(HttpRequest::Method::Get, QStringLiteral("/v1/carts/") + customer->cartId, m_device).status,
            200);
        // A code works once.
        QCOMPARE(post(linkPath,
                      {{QStringLiteral("email"), QStringLiteral("jan@example.pl")},
                       {QStringLiteral("code"), code}})
                     .json.value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("code-expired"));

        // Five wrong tries use a code up, even the right one after them.
        const QString other = send(HttpRequest::Method::Post, QStringLiteral("/v1/totes"), m_device)
                                  .json.value(QStringLiteral("id"))
                                  .toString();
        QCOMPARE(post(QStringLiteral("/v1/totes/%1/customer/email-code").arg(other),
                      {{QStringLiteral("email"), QStringLiteral("ola@example.pl")}})
                     .status,
                 202);
        QVERIFY(m_sink->waitForMessages(3));
        const QString code2 =
            sixDigits
                .match(part(m_sink->messages().at(2), "text/plain").value(QStringLiteral("text")).toString())
                .captured(1);
        const QString wrong2 =
            QStringLiteral("%1").arg((code2.toInt() + 7) % 1000000, 6, 10, QLatin1Char('0'));
        const QString otherLink = QStringLiteral("/v1/totes/%1/customer").arg(other);
        QString last;
        for (int i = 0; i < 5; ++i)
            last = post(otherLink,
                        {{QStringLiteral("email"), QStringLiteral("ola@example.pl")},
                         {QStringLiteral("code"), wrong2}})
                       .json.value(QStringLiteral("reason"))
                       .toString();
        QCOMPARE(last, QStringLiteral("code-exhausted"));
        QCOMPARE(post(otherLink,
                      {{QStringLiteral("email"), QStringLiteral("ola@example.pl")},
                       {QStringLiteral("code"), code2}})
                     .json.value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("code-exhausted"));
    }

    void abuseLimits_data() { addBackends(); }
    void abuseLimits()
    {
        QFETCH(QString, backend);
        START_SERVER(backend, [](Server::ServerSettings &settings) {
            settings.options.email.deviceLimitPerHour = 5;
            settings.options.email.storeLimitPerHour = 8;
            settings.options.email.recipientLimitPerDay = 3;
            settings.options.email.codeRecipientLimitPerHour = 2;
        });
        const QString tote = toteWithEverything();
        // Per address: 3 lists a day.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(emailList(tote, QStringLiteral("same@example.ee")).status, 202);
        const Reply recipient = emailList(tote, QStringLiteral("SAME@example.ee"));
        QCOMPARE(recipient.status, 429);
        QCOMPARE(recipient.contentType, QByteArray("application/problem+json"));
        QCOMPARE(recipient.json.value(QStringLiteral("limit")).toString(), QStringLiteral("recipient"));
        QCOMPARE(recipient.json.value(QStringLiteral("reason")).toString(), QStringLiteral("rate-limited"));
        QVERIFY(recipient.json.value(QStringLiteral("detail"))
                    .toString()
                    .contains(QLatin1String("3 lists today")));
        QVERIFY(recipient.retryAfter.toInt() > 3600);
        QCOMPARE(QByteArray::number(recipient.json.value(QStringLiteral("retryAfter")).toInt()),
                 recipient.retryAfter);
        // Per device: 5 an hour, codes included.
        QCOMPARE(post(QStringLiteral("/v1/totes/%1/customer/email-code").arg(tote),
                      {{QStringLiteral("email"), QStringLiteral("c@example.ee")}})
                     .status,
                 202);
        QCOMPARE(emailList(tote, QStringLiteral("other@example.ee")).status, 202);
        const Reply device = emailList(tote, QStringLiteral("third@example.ee"));
        QCOMPARE(device.status, 429);
        QCOMPARE(device.json.value(QStringLiteral("limit")).toString(), QStringLiteral("device"));
        QVERIFY(device.retryAfter.toInt() > 0 && device.retryAfter.toInt() <= 3600);
        // Per store: a second kiosk gets 3 more before the store's 8.
        const QString kiosk2 = deviceToken(m_store);
        const QString tote2 = toteWithEverything(kiosk2);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(
                emailList(tote2, QStringLiteral("s%1@example.ee").arg(i), false, QStringLiteral("et"), kiosk2)
                    .status,
                202);
        const Reply store =
            emailList(tote2, QStringLiteral("s9@example.ee"), false, QStringLiteral("et"), kiosk2);
        QCOMPARE(store.status, 429);
        QCOMPARE(store.json.value(QStringLiteral("limit")).toString(), QStringLiteral("store"));
        // Per address for codes (another store's kiosk, so the store and device limits are not in the way).
        const QString warsaw = deviceToken(QStringLiteral("waw-centrum"));
        const QString tote3 = send(HttpRequest::Method::Post, QStringLiteral("/v1/totes"), warsaw)
                                  .json.value(QStringLiteral("id"))
                                  .toString();
        const QString codePath = QStringLiteral("/v1/totes/%1/customer/email-code").arg(tote3);
        QCOMPARE(
            post(codePath, {{QStringLiteral("email"), QStringLiteral("code@example.pl")}}, warsaw).status,
            202);
        QCOMPARE(
            post(codePath, {{QStringLiteral("email"), QStringLiteral("code@example.pl")}}, warsaw).status,
            202);
        const Reply codes =
            post(codePath, {{QStringLiteral("email"), QStringLiteral("code@example.pl")}}, warsaw);
        QCOMPARE(codes.status, 429);
        QCOMPARE(codes.json.value(QStringLiteral("limit")).toString(), QStringLiteral("code-recipient"));
        // Nothing refused was queued: 3 + 1 + 1 + 3 + 2 messages arrive.
        QVERIFY(m_sink->waitForMessages(10));
        QVERIFY(QTest::qWaitFor([&] { return receivedIds().size() == 10; }, 5000));
    }

    void limitsHoldUnderConcurrentRequests()
    {
        // Several omnitote-server processes on one PostgreSQL database (how the server scales out),
        // each single-threaded, so requests to different ones really run at the same time. Each limit
        // must hold exactly: the check and the insert it guards are one atomic step.
        const auto limits = [](Server::ServerSettings &settings) {
            settings.options.email.recipientLimitPerDay = 3;
            settings.options.email.deviceLimitPerHour = 8;
            settings.options.email.storeLimitPerHour = 1000;
        };
        START_SERVER(QStringLiteral("postgres"), limits);
        std::vector<std::unique_ptr<QProcess>> servers;
        const auto stopServers = qScopeGuard([&servers] {
            for (const auto &process : servers) {
                process->terminate();
                process->waitForFinished(10000);
            }
        });
        QList<QUrl> bases {m_server->baseUrl()};
        for (int i = 0; i < 3; ++i) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            const quint16 port = probe.serverPort();
            probe.close();
            auto process = std::make_unique<QProcess>();
            process->setProcessChannelMode(QProcess::ForwardedChannels);
            process->start(QStringLiteral(OMNITOTE_SERVER_BINARY),
                           {QStringLiteral("--db"), m_server->settings().databaseUrl,
                            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                            QStringLiteral("--email-limit-recipient"), QStringLiteral("3"),
                            QStringLiteral("--email-limit-device"), QStringLiteral("8"),
                            QStringLiteral("--email-limit-store"), QStringLiteral("1000")});
            QVERIFY(process->waitForStarted(10000));
            QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));
            QVERIFY2(QTest::qWaitFor(
                         [&] {
                             HttpRequest health;
                             health.url = base.resolved(QUrl(QStringLiteral("/v1/health")));
                             std::unique_ptr<HttpReply> reply(m_http.send(health));
                             QSignalSpy spy(reply.get(), &HttpReply::finished);
                             return (reply->isFinished() || spy.wait(2000)) && reply->status() == 200;
                         },
                         30000),
                     "an omnitote-server process did not come up");
            bases.append(base);
            servers.push_back(std::move(process));
        }
        const auto burst = [&](const QString &token, const std::function<QString(int)> &address) {
            const QString tote = toteWithEverything(token);
            std::vector<std::unique_ptr<HttpReply>> replies;
            for (int i = 0; i < 16; ++i) {
                HttpRequest request;
                request.method = HttpRequest::Method::Post;
                request.url =
                    bases.at(i % bases.size()).resolved(QUrl(QStringLiteral("/v1/totes/%1/email").arg(tote)));
                request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1()});
                request.headers.append(
                    {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
                request.body = QJsonDocument(QJsonObject {{QStringLiteral("email"), address(i)}})
                                   .toJson(QJsonDocument::Compact);
                replies.push_back(std::unique_ptr<HttpReply>(m_http.send(request)));
            }
            QHash<QString, int> outcomes; // "202", "429 device", ...
            if (!QTest::qWaitFor(
                    [&] {
                        return std::all_of(replies.begin(), replies.end(),
                                           [](const auto &r) { return r->isFinished(); });
                    },
                    60000))
                qWarning() << "not every request was answered";
            for (const auto &reply : replies) {
                const QJsonObject body = QJsonDocument::fromJson(reply->body()).object();
                outcomes[QString::number(reply->status()) + QLatin1Char(' ')
                         + body.value(QStringLiteral("limit")).toString()] += 1;
            }
            return outcomes;
        };
        // One address from 16 requests at once: 3 get through.
        const QString kiosk1 = deviceToken(m_store);
        const auto sameAddress = burst(kiosk1, [](int) { return QStringLiteral("race@example.ee"); });
        QCOMPARE(sameAddress.value(QStringLiteral("202 ")), 3);
        QCOMPARE(sameAddress.value(QStringLiteral("429 recipient")), 13);
        // One kiosk, 16 addresses at once: 8 get through.
        const QString kiosk2 = deviceToken(m_store);
        const auto sameDevice =
            burst(kiosk2, [](int i) { return QStringLiteral("race%1@example.pl").arg(i); });
        QCOMPARE(sameDevice.value(QStringLiteral("202 ")), 8);
        QCOMPARE(sameDevice.value(QStringLiteral("429 device")), 8);
        // The outbox agrees.
        auto &email = m_server->runtime().storage().email();
        QCOMPARE(
            email.countSince(QStringLiteral("lower(recipient)"), QStringLiteral("race@example.ee"), {}, 0)
                .count,
            3);
        QCOMPARE(email.countSince(QStringLiteral("store_id"), m_store, {}, 0).count, 11);
    }

    void badRequests_data() { addBackends(); }
    void badRequests()
    {
        QFETCH(QString, backend);
        START_SERVER(backend);
        const QString tote = toteWithEverything();
        const QString path = QStringLiteral("/v1/totes/%1/email").arg(tote);
        for (const QString &address :
             {QStringLiteral("mari maasikas@example.ee"),
              QStringLiteral("mari@example.ee\r\nBcc: x@example.com"), QStringLiteral("mari@localhost"),
              QStringLiteral("märi@example.ee"), QStringLiteral("mari@[127.0.0.1]"),
              QStringLiteral("Mari <mari@example.ee>"), QString()}) {
            const Reply reply = post(path, {{QStringLiteral("email"), address}});
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.json.value(QStringLiteral("reason")).toString(), QStringLiteral("email-invalid"));
        }
        QCOMPARE(post(path,
                      {{QStringLiteral("email"), QStringLiteral("a@example.ee")},
                       {QStringLiteral("marketingConsent"), true}})
                     .json.value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("consent-wording-required"));
        QCOMPARE(post(path,
                      {{QStringLiteral("email"), QStringLiteral("a@example.ee")},
                       {QStringLiteral("language"), QStringLiteral("de")}})
                     .json.value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("language-unsupported"));
        const QString empty = send(HttpRequest::Method::Post, QStringLiteral("/v1/totes"), m_device)
                                  .json.value(QStringLiteral("id"))
                                  .toString();
        const Reply emptyTote = emailList(empty, QStringLiteral("a@example.ee"));
        QCOMPARE(emptyTote.status, 409);
        QCOMPARE(emptyTote.json.value(QStringLiteral("reason")).toString(), QStringLiteral("tote-empty"));
        QCOMPARE(emailList(tote, QStringLiteral("a@example.ee"), false, QStringLiteral("en"),
                           deviceToken(QStringLiteral("waw-centrum")))
                     .status,
                 404);
        QCOMPARE(emailList(tote, QStringLiteral("a@example.ee"), false, QStringLiteral("en"),
                           deviceToken(m_store, Role::Associate))
                     .status,
                 403);
        QCOMPARE(send(HttpRequest::Method::Post, path, {}, "{\"email\":\"a@example.ee\"}").status, 401);
        // None of these queued anything.
        QCOMPARE(m_server->runtime()
                     .storage()
                     .email()
                     .countSince(QStringLiteral("store_id"), m_store, {}, 0)
                     .count,
                 0);
    }
};

QTEST_GUILESS_MAIN(EmailApiTest)
#include "emailapitest.moc"
