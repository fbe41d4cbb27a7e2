// SPDX-License-Identifier: MIT
// HttpClient against real servers on loopback: QHttpServer for well-behaved endpoints, and a raw
// QTcpServer/QSslServer for peers that stall, compress, count connections or speak TLS.
#include "httpclient.h"
#include "jsonreply.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <functional>
#include <memory>

using namespace Omnitote;

namespace {

/** A minimal HTTP/1.1 peer on a raw (optionally TLS) server, for behaviour QHttpServer cannot produce. */
class RawServer : public QObject
{
    Q_OBJECT
public:
    // Returns the bytes to answer a request head with; an empty answer means "never answer".
    using Handler = std::function<QByteArray(const QByteArray &head)>;

    explicit RawServer(Handler handler, QTcpServer *server = nullptr)
        : m_handler(std::move(handler)), m_server(server ? server : new QTcpServer)
    {
        m_server->setParent(this);
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &RawServer::accept);
        m_server->listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server->serverPort(); }
    QUrl url(const QString &scheme = QStringLiteral("http")) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2/raw").arg(scheme).arg(port()));
    }

    int connections = 0;
    int disconnections = 0;
    int requests = 0;
    QByteArray lastHead;

Q_SIGNALS:
    void requestReceived();

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            ++connections;
            socket->setParent(this);
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] { read(socket, *buffer); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                ++disconnections;
                socket->deleteLater();
            });
        }
    }

    void read(QTcpSocket *socket, QByteArray &buffer)
    {
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray head = buffer.left(headEnd + 4);
            qsizetype contentLength = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    contentLength = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < headEnd + 4 + contentLength)
                return;
            buffer.remove(0, headEnd + 4 + contentLength);
            lastHead = head;
            ++requests;
            const QByteArray answer = m_handler(head);
            if (!answer.isEmpty())
                socket->write(answer);
            Q_EMIT requestReceived();
        }
    }

    Handler m_handler;
    QTcpServer *m_server;
};

QByteArray rawResponse(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Whatever\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

QByteArray gzip(const QByteArray &data)
{
    z_stream stream {};
    // windowBits 15 + 16 asks zlib for the gzip wrapper (header and CRC-32 trailer) around deflate.
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))) + 64, '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

bool waitForFinished(HttpReply *reply, int timeoutMs = 10'000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &HttpReply::finished);
    return spy.wait(timeoutMs);
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    default:
        return QStringLiteral("OTHER");
    }
}

} // namespace

/** HttpClient, HttpReply and decodeJsonReply() against real loopback servers. */
class HttpClientTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void getRoundTrip();
    void postRoundTrip();
    void otherMethods_data();
    void otherMethods();
    void statusCodes_data();
    void statusCodes();
    void problemJson_data();
    void problemJson();
    void invalidJson();
    void gzipResponse();
    void timeout();
    void connectionRefused();
    void unsupportedSchemeFinishesAsynchronously();
    void invalidHeaderIsRejected();
    void abortMidTransfer();
    void abortBeforeStartAndAfterFinish();
    void deleteReplyMidFlight();
    void clientDestroyedWithReplyInFlight();
    void manyConcurrentRequests();
    void connectionReuse();
    void tooLarge_data();
    void tooLarge();
    void tlsRejectsUnknownCertificate();
    void tlsAcceptsCertificateFromCaBundle();

private:
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    std::unique_ptr<RawServer> startTlsServer();

    QHttpServer m_server;
    quint16 m_port = 0;
    QTemporaryDir m_tlsDir;
    QString m_certPath;
    QString m_keyPath;
    QString m_tlsSkipReason;
};

void HttpClientTest::initTestCase()
{
    m_server.route(QStringLiteral("/echo"), [](const QHttpServerRequest &request) {
        return QJsonObject {
            {QStringLiteral("method"), methodName(request.method())},
            {QStringLiteral("body"), QString::fromUtf8(request.body())},
            {QStringLiteral("contentType"), QString::fromUtf8(request.value("Content-Type"))},
            {QStringLiteral("xTest"), QString::fromUtf8(request.value("X-Test"))},
            {QStringLiteral("userAgent"), QString::fromUtf8(request.value("User-Agent"))},
            {QStringLiteral("query"), request.url().query()},
        };
    });
    m_server.route(QStringLiteral("/status/<arg>"),
                   [](int code) { return QHttpServerResponse(QHttpServerResponse::StatusCode(code)); });
    m_server.route(QStringLiteral("/problem/detail"), [] {
        const QJsonObject problem {
            {QStringLiteral("type"), QStringLiteral("https://omnitote.example/out-of-stock")},
            {QStringLiteral("title"), QStringLiteral("Out of stock")},
            {QStringLiteral("status"), 409},
            {QStringLiteral("detail"), QStringLiteral("Only 2 left of SKU 4006381333931")}};
        return QHttpServerResponse("application/problem+json", QJsonDocument(problem).toJson(),
                                   QHttpServerResponse::StatusCode::Conflict);
    });
    m_server.route(QStringLiteral("/problem/title"), [] {
        const QJsonObject problem {{QStringLiteral("title"), QStringLiteral("Tote not found")}};
        return QHttpServerResponse("application/problem+json; charset=utf-8", QJsonDocument(problem).toJson(),
                                   QHttpServerResponse::StatusCode::NotFound);
    });
    m_server.route(QStringLiteral("/problem/html"), [] {
        return QHttpServerResponse("text/html", "<h1>Bad gateway</h1>",
                                   QHttpServerResponse::StatusCode::BadGateway);
    });
    m_server.route(QStringLiteral("/broken-json"),
                   [] { return QHttpServerResponse("application/json", "{\"items\": [1, 2"); });
    m_server.route(QStringLiteral("/item/<arg>"), [](int id) {
        return QJsonObject {{QStringLiteral("id"), id}};
    });
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);

    // A throwaway self-signed certificate for 127.0.0.1, made fresh for each run (not a fixture file).
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty() || !QSslSocket::supportsSsl() || !m_tlsDir.isValid()) {
        m_tlsSkipReason = QStringLiteral("needs the openssl tool and Qt's OpenSSL backend");
        return;
    }
    m_certPath = m_tlsDir.filePath(QStringLiteral("cert.pem"));
    m_keyPath = m_tlsDir.filePath(QStringLiteral("key.pem"));
    QProcess process;
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=Omnitote test"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-keyout"),
                   m_keyPath, QStringLiteral("-out"), m_certPath});
    if (!process.waitForFinished(30'000) || process.exitCode() != 0)
        m_tlsSkipReason =
            QStringLiteral("openssl req failed: ") + QString::fromLocal8Bit(process.readAllStandardError());
}

void HttpClientTest::getRoundTrip()
{
    HttpClient client;
    client.setUserAgent("OmnitoteTest/1.0");
    HttpRequest request;
    request.url = url(QStringLiteral("/echo?sku=4006381333931"));
    request.headers = {{"X-Test", "hello kiosk"}};
    HttpReply *reply = client.send(request);
    QCOMPARE(reply->parent(), &client);
    QVERIFY(!reply->isFinished());
    QVERIFY(waitForFinished(reply));

    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error(), HttpReply::Error::None);
    QCOMPARE(reply->errorString(), QString());
    QCOMPARE(reply->status(), 200);
    QCOMPARE(reply->header("CONTENT-type"), QByteArray("application/json"));
    QCOMPARE(reply->header("X-Not-There"), QByteArray());
    const ApiResult result = decodeJsonReply(*reply);
    QVERIFY(result.ok());
    const QJsonObject echo = result.json.object();
    QCOMPARE(echo.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(echo.value(QStringLiteral("xTest")).toString(), QStringLiteral("hello kiosk"));
    QCOMPARE(echo.value(QStringLiteral("userAgent")).toString(), QStringLiteral("OmnitoteTest/1.0"));
    QCOMPARE(echo.value(QStringLiteral("query")).toString(), QStringLiteral("sku=4006381333931"));
}

void HttpClientTest::postRoundTrip()
{
    HttpClient client;
    HttpRequest request;
    request.method = HttpRequest::Method::Post;
    request.url = url(QStringLiteral("/echo"));
    request.headers = {{"Content-Type", "application/json"}, {"X-Test", "post"}};
    request.body = QStringLiteral("{\"name\":\"Crème brûlée ☕\"}").toUtf8();
    HttpReply *reply = client.send(request);
    QVERIFY(waitForFinished(reply));
    QCOMPARE(reply->error(), HttpReply::Error::None);
    QCOMPARE(reply->status(), 200);
    const QJsonObject echo = decodeJsonReply(*reply).json.object();
    QCOMPARE(echo.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(echo.value(QStringLiteral("body")).toString().toUtf8(), request.body);
    QCOMPARE(echo.value(QStringLiteral("contentType")).toString(), QStringLiteral("application/json"));
    QCOMPARE(echo.value(QStringLiteral("xTest")).toString(), QStringLiteral("post"));

    // Without a Content-Type from the caller, libcurl's form-urlencoded default must not be sent.
    request.headers.clear();
    request.body = "raw bytes";
    reply = client.send(request);
    QVERIFY(waitForFinished(reply));
    const QJsonObject plain = decodeJsonReply(*reply).json.object();
    QCOMPARE(plain.value(QStringLiteral("body")).toString(), QStringLiteral("raw bytes"));
    QCOMPARE(plain.value(QStringLiteral("contentType")).toString(), QString());
}

void HttpClientTest::otherMethods_data()
{
    QTest::addColumn<HttpRequest::Method>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("put") << HttpRequest::Method::Put << QByteArray("{\"qty\":2}") << QStringLiteral("PUT");
    QTest::newRow("patch") << HttpRequest::Method::Patch << QByteArray("{\"qty\":3}")
                           << QStringLiteral("PATCH");
    QTest::newRow("delete") << HttpRequest::Method::Delete << QByteArray() << QStringLiteral("DELETE");
    QTest::newRow("delete with body")
        << HttpRequest::Method::Delete << QByteArray("why") << QStringLiteral("DELETE");
}

void HttpClientTest::otherMethods()
{
    QFETCH(HttpRequest::Method, method);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    HttpClient client;
    HttpRequest request;
    request.method = method;
    request.url = url(QStringLiteral("/echo"));
    request.body = body;
    HttpReply *reply = client.send(request);
    QVERIFY(waitForFinished(reply));
    QCOMPARE(reply->status(), 200);
    const QJsonObject echo = decodeJsonReply(*reply).json.object();
    QCOMPARE(echo.value(QStringLiteral("method")).toString(), expected);
    QCOMPARE(echo.value(QStringLiteral("body")).toString().toUtf8(), body);
}

void HttpClientTest::statusCodes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("ok");
    QTest::newRow("201") << 201 << true;
    QTest::newRow("204") << 204 << true;
    QTest::newRow("400") << 400 << false;
    QTest::newRow("404") << 404 << false;
    QTest::newRow("500") << 500 << false;
    QTest::newRow("503") << 503 << false;
}

void HttpClientTest::statusCodes()
{
    QFETCH(int, status);
    QFETCH(bool, ok);
    HttpClient client;
    HttpRequest request;
    request.url = url(QStringLiteral("/status/%1").arg(status));
    HttpReply *reply = client.send(request);
    QVERIFY(waitForFinished(reply));
    // An HTTP error status is a response, not a transport error.
    QCOMPARE(reply->error(), HttpReply::Error::None);
    QCOMPARE(reply->status(), status);
    const ApiResult result = decodeJsonReply(*reply);
    QCOMPARE(result.ok(), ok);
    if (!ok) {
        QCOMPARE(result.error->status, status);
        QCOMPARE(result.error->message(), QStringLiteral("HTTP %1").arg(status));
    } else {
        QVERIFY(result.json.isNull());
    }
}

void HttpClientTest::problemJson_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("type");
    QTest::newRow("detail") << QStringLiteral("/problem/detail") << 409
                            << QStringLiteral("Only 2 left of SKU 4006381333931")
                            << QStringLiteral("https://omnitote.example/out-of-stock");
    QTest::newRow("title only") << QStringLiteral("/problem/title") << 404 << QStringLiteral("Tote not found")
                                << QString();
    QTest::newRow("not json") << QStringLiteral("/problem/html") << 502 << QStringLiteral("HTTP 502")
                              << QString();
}

void HttpClientTest::problemJson()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(QString, type);
    HttpClient client;
    HttpReply *reply = client.send({HttpRequest::Method::Get, url(path), {}, {}, 0});
    QVERIFY(waitForFinished(reply));
    const ApiResult result = decodeJsonReply(*reply);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->status, status);
    QCOMPARE(result.error->message(), message);
    QCOMPARE(result.error->type, type);
    QCOMPARE(result.error->transport, HttpReply::Error::None);
    if (path == QLatin1String("/problem/detail"))
        QCOMPARE(result.error->problem.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Out of stock"));
}

void HttpClientTest::invalidJson()
{
    HttpClient client;
    HttpReply *reply =
        client.send({HttpRequest::Method::Get, url(QStringLiteral("/broken-json")), {}, {}, 0});
    QVERIFY(waitForFinished(reply));
    QCOMPARE(reply->status(), 200);
    const ApiResult result = decodeJsonReply(*reply);
    QVERIFY(!result.ok());
    QVERIFY(result.json.isNull());
    QCOMPARE(result.error->status, 200);
    const QString message = result.error->message();
    QVERIFY2(message.startsWith(QLatin1String("The server sent invalid JSON: ")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String(" at offset 15")), qPrintable(message));
}

void HttpClientTest::gzipResponse()
{
    QByteArray original;
    for (int i = 0; i < 2000; ++i)
        original += "{\"sku\":\"400638133" + QByteArray::number(i) + "\",\"name\":\"Pencil\"},";
    const QByteArray compressed = gzip(original);
    QVERIFY(!compressed.isEmpty());
    QVERIFY(compressed.size() < original.size() / 10);
    RawServer server([&](const QByteArray &) {
        return rawResponse(200, compressed, "Content-Encoding: gzip\r\nContent-Type: text/plain\r\n");
    });
    HttpClient client;
    HttpReply *reply = client.send({HttpRequest::Method::Get, server.url(), {}, {}, 0});
    QVERIFY(waitForFinished(reply));
    QCOMPARE(reply->error(), HttpReply::Error::None);
    QCOMPARE(reply->header("content-encoding"), QByteArray("gzip"));
    QCOMPARE(reply->body().size(), original.size());
    QCOMPARE(reply->body(), original);
    QVERIFY2(server.lastHead.toLower().contains("accept-encoding: ")
                 && server.lastHead.toLower().contains("gzip"),
             server.lastHead.constData());
}

void HttpClientTest::timeout()
{
    RawServer silent([](const QByteArray &) { return QByteArray(); });
    HttpClient client;
    QElapsedTimer elapsed;
    elapsed.start();
    HttpReply *reply = client.send({HttpRequest::Method::Get, silent.url(), {}, {}, 300});
    QVERIFY(waitForFinished(reply));
    QCOMPARE(reply->error(), HttpReply::Error::Timeout);
    QVERIFY2(reply->errorString().endsWith(QLatin1String("timed out after 0.3 s")),
             qPrintable(reply->errorString()));
    QVERIFY(elapsed.elapsed() >= 250);
    QVERIFY(elapsed.elapsed() < 5000);
    QCOMPARE(silent.requests, 1);

    // timeoutMs 0 falls back to the client's default.
    client.setDefaultTimeoutMs(200);
    reply = client.send({HttpRequest::Method::Get, silent.url(), {}, {}, 0});
    QVERIFY(waitForFinished(reply));
    QCOMPARE(reply->error(), HttpReply::Error::Timeout);
    QVERIFY2(reply->errorString().contains(QLatin1String("after 0.2 s")), qPrintable(reply->errorString()));
    const ApiResult result = decodeJsonReply(*reply);
    QCOMPARE(result.error->transport, HttpReply::Error::Timeout);
    QCOMPARE(result.error->message(), reply->errorString());
}

void HttpClientTest::connectionRefused()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    HttpClient client;
    HttpReply *reply = client.send(
        {HttpRequest::Method::Get, QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort)), {}, {}, 0});
    QVERIFY(waitForFinished(reply));
    QCOMPARE(reply->error(), HttpReply::Error::Network);
    QCOMPARE(reply->status(), 0);
    QCOMPARE(reply->errorString(),
             QStringLiteral("Could not connect to 127.0.0.1:%1 (connection refused)").arg(closedPort));
    const ApiResult result = decodeJsonReply(*reply);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->status, 0);
    QCOMPARE(result.error->transport, HttpReply::Error::Network);
    QCOMPARE(result.error->message(), reply->errorString());
}

void HttpClientTest::unsupportedSchemeFinishesAsynchronously()
{
    HttpClient client;
    HttpReply *reply =
        client.send({HttpRequest::Method::Get, QUrl(QStringLiteral("ftp://127.0.0.1/x")), {}, {}, 0});
    QSignalSpy spy(reply, &HttpReply::finished);
    // Known at once, yet delivered from the event loop so callers can connect after send().
    QCOMPARE(spy.count(), 0);
    QVERIFY(!reply->isFinished());
    QVERIFY(spy.wait(1000));
    QCOMPARE(reply->error(), HttpReply::Error::Network);
    QVERIFY(reply->errorString().contains(QLatin1String("only http and https")));
}

void HttpClientTest::invalidHeaderIsRejected()
{
    HttpClient client;
    HttpRequest request;
    request.url = url(QStringLiteral("/echo"));
    request.headers = {{"X-Test", "a\r\nX-Injected: yes"}};
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not sending .* is not valid")));
    HttpReply *reply = client.send(request);
    QVERIFY(waitForFinished(reply));
    QCOMPARE(reply->error(), HttpReply::Error::Network);
    QCOMPARE(reply->status(), 0);
    QVERIFY(reply->errorString().contains(QLatin1String("X-Test")));
}

void HttpClientTest::abortMidTransfer()
{
    // Headers and the first bytes of a 1000-byte body, then nothing: the transfer is mid-flight.
    RawServer stalling([](const QByteArray &) {
        return QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nfirst bytes");
    });
    HttpClient client;
    HttpReply *reply = client.send({HttpRequest::Method::Get, stalling.url(), {}, {}, 0});
    QSignalSpy finished(reply, &HttpReply::finished);
    QSignalSpy received(&stalling, &RawServer::requestReceived);
    QVERIFY(received.wait(5000));
    QTest::qWait(50); // let the partial response reach libcurl
    QVERIFY(!reply->isFinished());

    reply->abort();
    QCOMPARE(finished.count(), 0); // asynchronous, like every other outcome
    reply->abort();
    QVERIFY(finished.wait(1000));
    QCOMPARE(reply->error(), HttpReply::Error::Cancelled);
    QVERIFY(reply->isFinished());
    reply->abort();
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    // The half-read connection cannot be reused, so libcurl must have closed it.
    QTRY_COMPARE(stalling.disconnections, 1);
}

void HttpClientTest::abortBeforeStartAndAfterFinish()
{
    HttpClient client;
    HttpReply *early = client.send({HttpRequest::Method::Get, url(QStringLiteral("/echo")), {}, {}, 0});
    QSignalSpy earlySpy(early, &HttpReply::finished);
    early->abort();
    QVERIFY(earlySpy.wait(1000));
    QTest::qWait(100);
    QCOMPARE(earlySpy.count(), 1);
    QCOMPARE(early->error(), HttpReply::Error::Cancelled);
    QCOMPARE(early->status(), 0);

    HttpReply *done = client.send({HttpRequest::Method::Get, url(QStringLiteral("/echo")), {}, {}, 0});
    QSignalSpy doneSpy(done, &HttpReply::finished);
    QVERIFY(doneSpy.wait(5000));
    done->abort(); // too late: nothing changes
    QTest::qWait(50);
    QCOMPARE(doneSpy.count(), 1);
    QCOMPARE(done->error(), HttpReply::Error::None);
    QCOMPARE(done->status(), 200);
}

void HttpClientTest::deleteReplyMidFlight()
{
    RawServer stalling([](const QByteArray &) { return QByteArray(); });
    HttpClient client;
    HttpReply *deleted = client.send({HttpRequest::Method::Get, stalling.url(), {}, {}, 0});
    HttpReply *deletedLater = client.send({HttpRequest::Method::Get, stalling.url(), {}, {}, 0});
    HttpReply *deletedAtOnce = client.send({HttpRequest::Method::Get, stalling.url(), {}, {}, 0});
    delete deletedAtOnce; // before the event loop even started the transfer
    QTRY_COMPARE(stalling.requests, 2);

    delete deleted;
    deletedLater->deleteLater();
    QTRY_COMPARE(stalling.disconnections, 2);

    // The client is unharmed and keeps working.
    HttpReply *next = client.send({HttpRequest::Method::Get, url(QStringLiteral("/echo")), {}, {}, 0});
    QVERIFY(waitForFinished(next));
    QCOMPARE(next->status(), 200);
}

void HttpClientTest::clientDestroyedWithReplyInFlight()
{
    RawServer stalling([](const QByteArray &) { return QByteArray(); });
    auto *client = new HttpClient;
    std::unique_ptr<HttpReply> reply(client->send({HttpRequest::Method::Get, stalling.url(), {}, {}, 0}));
    reply->setParent(nullptr);
    QSignalSpy finished(reply.get(), &HttpReply::finished);
    QTRY_COMPARE(stalling.requests, 1);
    delete client;
    QVERIFY(finished.wait(1000));
    QCOMPARE(reply->error(), HttpReply::Error::Cancelled);
    QTRY_COMPARE(stalling.disconnections, 1);
    reply->abort(); // harmless without a client
    QTest::qWait(20);
    QCOMPARE(finished.count(), 1);
}

void HttpClientTest::manyConcurrentRequests()
{
    constexpr int count = 200;
    HttpClient client;
    QList<HttpReply *> replies;
    int finished = 0;
    for (int i = 0; i < count; ++i) {
        HttpReply *reply =
            client.send({HttpRequest::Method::Get, url(QStringLiteral("/item/%1").arg(i)), {}, {}, 0});
        connect(reply, &HttpReply::finished, this, [&finished] { ++finished; });
        replies.append(reply);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, count, 60'000);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(replies[i]->error(), HttpReply::Error::None);
        QCOMPARE(replies[i]->status(), 200);
        QCOMPARE(decodeJsonReply(*replies[i]).json.object().value(QStringLiteral("id")).toInt(), i);
    }
}

void HttpClientTest::connectionReuse()
{
    RawServer server([](const QByteArray &) { return rawResponse(200, "ok"); });
    HttpClient client;
    constexpr int count = 5;
    for (int i = 0; i < count; ++i) {
        HttpReply *reply = client.send({HttpRequest::Method::Get, server.url(), {}, {}, 0});
        QVERIFY(waitForFinished(reply));
        QCOMPARE(reply->status(), 200);
        QCOMPARE(reply->body(), QByteArray("ok"));
        delete reply;
    }
    QCOMPARE(server.requests, count);
    // Keep-alive: every request after the first rode the same TCP connection.
    QCOMPARE(server.connections, 1);
}

void HttpClientTest::tooLarge_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<HttpReply::Error>("error");
    const QByteArray big(5000, 'x');
    QTest::newRow("content-length over") << rawResponse(200, big) << HttpReply::Error::TooLarge;
    QTest::newRow("content-length at limit")
        << rawResponse(200, QByteArray(4096, 'x')) << HttpReply::Error::None;
    QTest::newRow("chunked over") << QByteArray(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + QByteArray::number(3000, 16) + "\r\n"
        + big.left(3000) + "\r\n" + QByteArray::number(2000, 16) + "\r\n" + big.left(2000) + "\r\n0\r\n\r\n")
                                  << HttpReply::Error::TooLarge;
    // Small on the wire, 1 MiB once decoded: the limit applies to what we would keep in memory.
    QTest::newRow("gzip over after decoding")
        << rawResponse(200, gzip(QByteArray(1024 * 1024, '\0')), "Content-Encoding: gzip\r\n")
        << HttpReply::Error::TooLarge;
}

void HttpClientTest::tooLarge()
{
    QFETCH(QByteArray, response);
    QFETCH(HttpReply::Error, error);
    RawServer server([&](const QByteArray &) { return response; });
    HttpClient client;
    QCOMPARE(client.maxResponseBytes(), qint64(32) * 1024 * 1024);
    client.setMaxResponseBytes(4096);
    HttpReply *reply = client.send({HttpRequest::Method::Get, server.url(), {}, {}, 0});
    QVERIFY(waitForFinished(reply));
    QCOMPARE(reply->error(), error);
    if (error == HttpReply::Error::TooLarge) {
        QCOMPARE(reply->errorString(),
                 QStringLiteral("The response from 127.0.0.1:%1 is larger than the limit of 4 KiB")
                     .arg(server.port()));
    } else {
        QCOMPARE(reply->body().size(), 4096);
    }
}

std::unique_ptr<RawServer> HttpClientTest::startTlsServer()
{
    QFile certFile(m_certPath);
    QFile keyFile(m_keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return nullptr;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
    configuration.setPrivateKey(QSslKey(&keyFile, QSsl::Ec, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask for client certs
    auto *tlsServer = new QSslServer;
    tlsServer->setSslConfiguration(configuration);
    return std::make_unique<RawServer>([](const QByteArray &) { return rawResponse(200, "secure"); },
                                       tlsServer);
}

void HttpClientTest::tlsRejectsUnknownCertificate()
{
    if (!m_tlsSkipReason.isEmpty())
        QSKIP(qPrintable(m_tlsSkipReason));
    auto server = startTlsServer();
    QVERIFY(server);
    HttpClient client;
    HttpReply *reply =
        client.send({HttpRequest::Method::Get, server->url(QStringLiteral("https")), {}, {}, 0});
    QVERIFY(waitForFinished(reply));
    QCOMPARE(reply->error(), HttpReply::Error::Tls);
    QVERIFY2(reply->errorString().startsWith(
                 QLatin1String("TLS certificate for host 127.0.0.1 could not be verified")),
             qPrintable(reply->errorString()));
    QCOMPARE(reply->status(), 0);
    QCOMPARE(server->requests, 0);
}

void HttpClientTest::tlsAcceptsCertificateFromCaBundle()
{
    if (!m_tlsSkipReason.isEmpty())
        QSKIP(qPrintable(m_tlsSkipReason));
    auto server = startTlsServer();
    QVERIFY(server);
    HttpClient client;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot read CA bundle")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("holds no PEM certificate")));
    QVERIFY(!client.setCaBundle(m_tlsDir.filePath(QStringLiteral("missing.pem"))));
    QVERIFY(!client.setCaBundle(m_keyPath)); // a key is not a certificate
    QCOMPARE(client.caBundle(), QString());
    QVERIFY(client.setCaBundle(m_certPath));
    QCOMPARE(client.caBundle(), m_certPath);
    HttpReply *reply =
        client.send({HttpRequest::Method::Get, server->url(QStringLiteral("https")), {}, {}, 0});
    QVERIFY(waitForFinished(reply));
    QCOMPARE(reply->error(), HttpReply::Error::None);
    QCOMPARE(reply->status(), 200);
    QCOMPARE(reply->body(), QByteArray("secure"));
    QCOMPARE(server->requests, 1);
}

QTEST_GUILESS_MAIN(HttpClientTest)
#include "httpclienttest.moc"
