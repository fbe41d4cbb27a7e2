// SPDX-License-Identifier: MIT
// The real omnitote-server executable: commands, flags and their environment twins, serving, and
// a clean exit on SIGTERM.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <httpclient.h>
#include <jsonreply.h>

#include <QSignalSpy>

using namespace Omnitote;

class ServerCliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString db() const { return QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("cli.db")); }

    static QProcess *start(const QStringList &arguments,
                           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        auto *process = new QProcess;
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(OMNITOTE_SERVER_BINARY), arguments);
        return process;
    }
    static int run(const QStringList &arguments, QByteArray *out, QByteArray *err,
                   const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        std::unique_ptr<QProcess> process(start(arguments, environment));
        if (!process->waitForFinished(60000))
            return -1;
        *out = process->readAllStandardOutput();
        *err = process->readAllStandardError();
        return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    }

    // `device add` on the demo store; returns the last line printed, or empty when it failed.
    QByteArray addDeviceToken() const
    {
        QByteArray out, err;
        if (run({QStringLiteral("--db"), db(), QStringLiteral("--seed-demo"), QStringLiteral("device"),
                 QStringLiteral("add"), QStringLiteral("--store"), QStringLiteral("tln-centre")},
                &out, &err)
            != 0)
            return {};
        return out.trimmed().split('\n').last();
    }

private Q_SLOTS:
    void deviceAddPrintsTokenLast()
    {
        const QByteArray token = addDeviceToken();
        QVERIFY2(token.startsWith("ot_dev_") && token.size() > 40, token.constData());
    }

    void unknownStoreIsAClearUsageError()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("--db"), db(), QStringLiteral("device"), QStringLiteral("add"),
                      QStringLiteral("--store"), QStringLiteral("atlantis")},
                     &out, &err),
                 2);
        QVERIFY2(err.contains("existing store") && err.contains("tln-centre"), err.constData());
    }

    void badFlagsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("listen") << QStringList {QStringLiteral("--listen"), QStringLiteral("nonsense")}
                                << QByteArray("--listen");
        QTest::newRow("db scheme") << QStringList {QStringLiteral("--db"), QStringLiteral("mysql://x/y")}
                                   << QByteArray("scheme");
        QTest::newRow("command") << QStringList {QStringLiteral("frobnicate")}
                                 << QByteArray("unknown command");
    }
    void badFlagsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        QByteArray out, err;
        QVERIFY(run(arguments, &out, &err) > 0);
        QVERIFY2(err.contains(message), err.constData());
    }

    void servesWithEnvironmentTwinsAndStopsOnSigterm()
    {
        const QByteArray token = addDeviceToken();
        QVERIFY(!token.isEmpty());

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("OMNITOTE_DB"), db());
        environment.insert(QStringLiteral("OMNITOTE_LISTEN"), QStringLiteral("127.0.0.1:0"));
        std::unique_ptr<QProcess> server(start({}, environment));
        QVERIFY(server->waitForStarted());
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += server->readAllStandardOutput()).contains("listening on"), 20000);
        const auto match = QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)"))
                               .match(QString::fromLatin1(banner));
        QVERIFY2(match.hasMatch(), banner.constData());

        HttpClient http;
        HttpRequest request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/v1/me").arg(match.captured(1)));
        request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token});
        HttpReply *reply = http.send(request);
        QSignalSpy spy(reply, &HttpReply::finished);
        QVERIFY(spy.wait(10000));
        QCOMPARE(reply->status(), 200);
        QCOMPARE(
            QJsonDocument::fromJson(reply->body())[QStringLiteral("store")][QStringLiteral("id")].toString(),
            QStringLiteral("tln-centre"));

        server->terminate(); // SIGTERM
        QVERIFY(server->waitForFinished(10000));
        QCOMPARE(server->exitStatus(), QProcess::NormalExit);
        QCOMPARE(server->exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(ServerCliTest)
#include "serverclitest.moc"
