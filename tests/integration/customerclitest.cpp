// SPDX-License-Identifier: MIT
// `omnitote-server customer add/qr` as the real executable; the printed QR payload links a tote on a
// server started on the same database.
#include <httpclient.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Omnitote;

class CustomerCliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString db() const { return QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("cli.db")); }

    static int run(const QStringList &arguments, QByteArray *out, QByteArray *err)
    {
        QProcess process;
        process.start(QStringLiteral(OMNITOTE_SERVER_BINARY), arguments);
        if (!process.waitForFinished(60000))
            return -1;
        *out = process.readAllStandardOutput();
        *err = process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    static QByteArray lastLine(const QByteArray &out) { return out.trimmed().split('\n').last(); }

    struct Reply
    {
        int status = 0;
        QJsonObject json;
    };
    static Reply call(HttpClient &http, quint16 port, const QString &path, const QByteArray &token,
                      const QByteArray &body = {})
    {
        HttpRequest request;
        request.method = body.isEmpty() && !path.endsWith(QLatin1String("totes")) ? HttpRequest::Method::Get
                                                                                  : HttpRequest::Method::Post;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
        request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token});
        if (!body.isEmpty())
            request.headers.append(
                {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        request.body = body;
        std::unique_ptr<HttpReply> reply(http.send(request));
        QSignalSpy spy(reply.get(), &HttpReply::finished);
        if (!reply->isFinished() && !spy.wait(10000))
            return {};
        return {reply->status(), QJsonDocument::fromJson(reply->body()).object()};
    }

private Q_SLOTS:
    void customerAddPrintsTokenAndQr()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("--db"), db(), QStringLiteral("--seed-demo"), QStringLiteral("customer"),
                      QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("Kadri@Example.EE"),
                      QStringLiteral("--loyalty"), QStringLiteral("4000123")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains("kadri@example.ee"), out.constData());
        QVERIFY(QRegularExpression(QStringLiteral("ot_cus_[A-Za-z0-9_-]{43}"))
                    .match(QString::fromLatin1(out))
                    .hasMatch());
        QVERIFY2(lastLine(out).startsWith("otc1."), out.constData());

        // The same e-mail twice is refused; `customer qr` prints a fresh payload for it.
        QCOMPARE(run({QStringLiteral("--db"), db(), QStringLiteral("customer"), QStringLiteral("add"),
                      QStringLiteral("--email"), QStringLiteral("kadri@example.ee")},
                     &out, &err),
                 2);
        QVERIFY2(err.contains("exists"), err.constData());
        QCOMPARE(run({QStringLiteral("--db"), db(), QStringLiteral("customer"), QStringLiteral("qr"),
                      QStringLiteral("--email"), QStringLiteral("kadri@example.ee"),
                      QStringLiteral("--qr-ttl"), QStringLiteral("5")},
                     &out, &err),
                 0);
        QVERIFY(lastLine(out).startsWith("otc1."));
    }

    void badArgumentsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no email") << QStringList {QStringLiteral("customer"), QStringLiteral("add")}
                                  << QByteArray("--email");
        QTest::newRow("bad email") << QStringList {QStringLiteral("customer"), QStringLiteral("add"),
                                                   QStringLiteral("--email"),
                                                   QStringLiteral("not-an-address")}
                                   << QByteArray("--email");
        QTest::newRow("bad ttl") << QStringList {QStringLiteral("customer"), QStringLiteral("add"),
                                                 QStringLiteral("--email"),  QStringLiteral("a@b.ee"),
                                                 QStringLiteral("--qr-ttl"), QStringLiteral("0")}
                                 << QByteArray("--qr-ttl");
        QTest::newRow("unknown customer")
            << QStringList {QStringLiteral("customer"), QStringLiteral("qr"), QStringLiteral("--email"),
                            QStringLiteral("nobody@example.ee")}
            << QByteArray("no customer");
    }
    void badArgumentsAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        QByteArray out, err;
        QCOMPARE(run(QStringList {QStringLiteral("--db"), db()} + arguments, &out, &err), 2);
        QVERIFY2(err.contains(message), err.constData());
    }

    void printedQrLinksATote()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("--db"), db(), QStringLiteral("--seed-demo"), QStringLiteral("customer"),
                      QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("linked@example.ee")},
                     &out, &err),
                 0);
        const QByteArray qr = lastLine(out);
        const auto tokenMatch =
            QRegularExpression(QStringLiteral("ot_cus_[A-Za-z0-9_-]{43}")).match(QString::fromLatin1(out));
        QVERIFY(tokenMatch.hasMatch());
        QCOMPARE(run({QStringLiteral("--db"), db(), QStringLiteral("device"), QStringLiteral("add"),
                      QStringLiteral("--store"), QStringLiteral("tln-centre")},
                     &out, &err),
                 0);
        const QByteArray device = lastLine(out);

        QProcess server;
        server.start(
            QStringLiteral(OMNITOTE_SERVER_BINARY),
            {QStringLiteral("--db"), db(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += server.readAllStandardOutput()).contains("listening on"), 20000);
        const quint16 port = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)"))
                                 .match(QString::fromLatin1(banner))
                                 .captured(1)
                                 .toUShort();
        HttpClient http;
        const Reply tote = call(http, port, QStringLiteral("/v1/totes"), device);
        QCOMPARE(tote.status, 201);
        const Reply linked =
            call(http, port,
                 QStringLiteral("/v1/totes/%1/customer").arg(tote.json[QStringLiteral("id")].toString()),
                 device, "{\"qr\":\"" + qr + "\"}");
        QCOMPARE(linked.status, 200);
        // The phone's token reads the same cart.
        const QString cartId = linked.json[QStringLiteral("cartId")].toString();
        QCOMPARE(
            call(http, port, QStringLiteral("/v1/carts/") + cartId, tokenMatch.captured(0).toLatin1()).status,
            200);
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(CustomerCliTest)
#include "customerclitest.moc"
