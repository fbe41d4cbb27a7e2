// SPDX-License-Identifier: MIT
// Email my list and identify by email, over real HTTP on loopback, delivered to a real SMTP server
// (aiosmtpd, tests/scripts/smtpsink.py) and parsed there by Python's email package; on SQLite and
// PostgreSQL. The catalogue (tests/data/email/catalog.jsonl) has Chinese, Estonian and Polish names
// and one product whose name and variant try header and HTML injection.
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
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

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

/** The SMTP server, as a child process; stopped and started again on the same port. */
class SmtpSink
{
public:
    SmtpSink()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
    }
    ~SmtpSink() { stop(); }

    bool start(const QStringList &extra = {})
    {
        stop();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->start(QStringLiteral(OMNITOTE_PYTHON3),
                         QStringList {QStringLiteral(OMNITOTE_SOURCE_DIR "/tests/scripts/smtpsink.py"),
                                      m_dir.path(), QString::number(m_port)}
                             + extra);
        if (!m_process->waitForStarted(10000))
            return false;
        // "ready" once it listens (or the process ended: aiosmtpd missing, port taken).
        while (!m_process->canReadLine()) {
            if (!m_process->waitForReadyRead(10000))
                return false;
        }
        return m_process->readLine().trimmed() == "ready";
    }
    void stop()
    {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(5000))
                m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
    }
    /** Waits for a --stop-after sink to leave on its own. */
    bool waitUntilGone() { return m_process && m_process->waitForFinished(20000); }

    QString url() const { return QStringLiteral("smtp://127.0.0.1:%1").arg(m_port); }
    /** Every message received so far, as smtpsink.py parsed it, in arrival order. */
    QList<QJsonObject> messages() const
    {
        QList<QJsonObject> out;
        const QDir dir(m_dir.path());
        for (const QString &name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name.chopped(4) + QStringLiteral(".json")));
            if (file.open(QIODevice::ReadOnly))
                out.append(QJsonDocument::fromJson(file.readAll()).object());
        }
        return out;
    }
    /** Waits (events run meanwhile) until at least `count` messages arrived. */
    bool waitForMessages(int count) const
    {
        return QTest::qWaitFor([&] { return messages().size() >= count; }, 20000);
    }

private:
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

QString header(const QJsonObject &message, const char *name)
{
    return message.value(QStringLiteral("headers")).toObject().value(QString::fromLatin1(name)).toString();
}

QJsonObject part(const QJsonObject &message, const char *type)
{
    for (const auto &p : message.value(QStringLiteral("parts")).toArray()) {
        if (p.toObject().value(QStringLiteral("contentType")).toString() == QLatin1String(type))
            return p.toObject();
    }
    return {};
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
        for (const char *image : {"EM-1.svg", "EM-2.svg", "EM-3.svg", "EM-4.svg"})
            QVERIFY(
                markup.contains(QStringLiteral("src=\"https://shop.example/images/") + QLatin1String(image)));

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

    void startTlsIsVerified()
    {
        // A certificate for 127.0.0.1 made for this test; the relay insists on STARTTLS.
        QTemporaryDir certs;
        const QString cert = certs.filePath(QStringLiteral("relay.pem"));
        const QString key = certs.filePath(QStringLiteral("relay.key"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=omnitote test relay"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
            QSKIP("openssl could not make a test certificate");
        // Without trusting that certificate nothing is sent (and nothing is lost).
        START_SERVER(
            QStringLiteral("sqlite"),
            [](Server::ServerSettings &settings) {
                settings.mail.smtp.startTls = Server::SmtpSettings::StartTls::Required;
            },
            false);
        QVERIFY(m_sink->start({QStringLiteral("--starttls"), cert, key}));
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
        // Trusting it, the message goes over TLS.
        m_server->settings().mail.smtp.caFile = cert;
        QString error;
        QVERIFY2(m_server->restart(&error), qPrintable(error));
        QVERIFY(waitUntilSent({id}));
        QCOMPARE(m_sink->messages().size(), 1);
        QCOMPARE(m_sink->messages().first().value(QStringLiteral("tls")).toBool(), true);
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
