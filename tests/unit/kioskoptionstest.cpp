// SPDX-License-Identifier: MIT
#include <kioskoptions.h>

#include <QTest>

using namespace Omnitote;

class KioskOptionsTest : public QObject
{
    Q_OBJECT

    static std::optional<KioskOptions> parse(QStringList arguments, QString *error)
    {
        arguments.prepend(QStringLiteral("omnitote"));
        return KioskOptions::parse(arguments, error);
    }

private Q_SLOTS:
    void init()
    {
        qunsetenv("OMNITOTE_BACKEND_URL");
        qunsetenv("OMNITOTE_DEVICE_TOKEN");
    }

    void noBackendMeansEmbedded()
    {
        QString error;
        const auto options = parse({}, &error);
        QVERIFY(options);
        QVERIFY(options->embedded());
        QVERIFY(!options->dataDir.isEmpty());
    }

    void httpsBackendWithToken()
    {
        QString error;
        const auto options =
            parse({QStringLiteral("--backend"), QStringLiteral("https://omnitote.example.com/api"),
                   QStringLiteral("--token"), QStringLiteral("ot_dev_x")},
                  &error);
        QVERIFY2(options, qPrintable(error));
        QVERIFY(!options->embedded());
        QCOMPARE(options->backendUrl.host(), QStringLiteral("omnitote.example.com"));
    }

    void plainHttpOnlyOnLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:8080") << true;
        QTest::newRow("::1") << QStringLiteral("http://[::1]:8080") << true;
        QTest::newRow("LAN address") << QStringLiteral("http://192.0.2.10:8080") << false;
        QTest::newRow("host name") << QStringLiteral("http://backend.store.example") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://backend.store.example") << false;
        QTest::newRow("not a URL") << QStringLiteral("::::") << false;
    }
    void plainHttpOnlyOnLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QString error;
        const auto options =
            parse({QStringLiteral("--backend"), url, QStringLiteral("--token"), QStringLiteral("t")}, &error);
        QCOMPARE(options.has_value(), accepted);
        if (!accepted)
            QVERIFY(!error.isEmpty());
    }

    void languageMustBeOneWeShip()
    {
        QString error;
        QCOMPARE(parse({QStringLiteral("--language"), QStringLiteral("et")}, &error)->language,
                 QStringLiteral("et"));
        QCOMPARE(parse({}, &error)->language, QStringLiteral("en"));
        QVERIFY(!parse({QStringLiteral("--language"), QStringLiteral("fr")}, &error));
        QVERIFY(error.contains(QLatin1String("zh_CN")));
    }

    void remoteBackendNeedsToken()
    {
        QString error;
        QVERIFY(
            !parse({QStringLiteral("--backend"), QStringLiteral("https://omnitote.example.com")}, &error));
        QVERIFY(error.contains(QLatin1String("--token")));
    }

    void environmentTwins()
    {
        qputenv("OMNITOTE_BACKEND_URL", "https://env.example.com");
        qputenv("OMNITOTE_DEVICE_TOKEN", "ot_dev_env");
        QString error;
        const auto options = parse({}, &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->backendUrl.host(), QStringLiteral("env.example.com"));
        QCOMPARE(options->deviceToken, QStringLiteral("ot_dev_env"));
        // A flag wins over its twin.
        const auto flagged = parse({QStringLiteral("--token"), QStringLiteral("ot_dev_flag")}, &error);
        QCOMPARE(flagged->deviceToken, QStringLiteral("ot_dev_flag"));
    }
};

QTEST_GUILESS_MAIN(KioskOptionsTest)
#include "kioskoptionstest.moc"
