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
        for (const char *name :
             {"OMNITOTE_HID_PREFIX", "OMNITOTE_HID_SUFFIX", "OMNITOTE_HID_MAX_GAP_MS",
              "OMNITOTE_HID_MIN_LENGTH", "OMNITOTE_HID_GS", "OMNITOTE_HID_WEDGE", "OMNITOTE_EVDEV_DEVICE",
              "OMNITOTE_SCAN_DEDUPE_MS", "OMNITOTE_SIMULATE_SCANS", "OMNITOTE_MODE",
              "OMNITOTE_ASSOCIATE_IDLE_SECONDS", "OMNITOTE_CAMERA"})
            qunsetenv(name);
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

    void modeIsShopperUnlessAskedFor()
    {
        QString error;
        QCOMPARE(parse({}, &error)->mode, KioskOptions::Mode::Shopper);
        const auto associate = parse({QStringLiteral("--mode"), QStringLiteral("associate")}, &error);
        QVERIFY2(associate, qPrintable(error));
        QCOMPARE(associate->mode, KioskOptions::Mode::Associate);
        QCOMPARE(associate->associateIdleSeconds, 300);
        qputenv("OMNITOTE_MODE", "associate");
        qputenv("OMNITOTE_ASSOCIATE_IDLE_SECONDS", "120");
        const auto fromEnvironment = parse({}, &error);
        QVERIFY2(fromEnvironment, qPrintable(error));
        QCOMPARE(fromEnvironment->mode, KioskOptions::Mode::Associate);
        QCOMPARE(fromEnvironment->associateIdleSeconds, 120);
        // The flag wins over its environment twin.
        QCOMPARE(parse({QStringLiteral("--mode"), QStringLiteral("shopper")}, &error)->mode,
                 KioskOptions::Mode::Shopper);
        QVERIFY(!parse({QStringLiteral("--mode"), QStringLiteral("manager")}, &error));
        QVERIFY(error.contains(QLatin1String("associate")));
        qunsetenv("OMNITOTE_MODE");
        qunsetenv("OMNITOTE_ASSOCIATE_IDLE_SECONDS");
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

    void scannerDefaults()
    {
        QString error;
        const auto options = parse({}, &error);
        QVERIFY2(options, qPrintable(error));
        QVERIFY(options->hidWedge);
        QVERIFY(options->hidPrefix.isEmpty());
        QCOMPARE(options->hidMaxGapMs, 35);
        QCOMPARE(options->hidMinLength, 4);
        QCOMPARE(options->scanDedupeMs, 1500);
        QVERIFY(options->evdevDevice.isEmpty());
    }

    void scannerFlagsAndEscapes()
    {
        QString error;
        const auto options =
            parse({QStringLiteral("--hid-prefix"), QStringLiteral("\\x02]"), QStringLiteral("--hid-suffix"),
                   QStringLiteral("\\x03"), QStringLiteral("--hid-gs"), QStringLiteral("~"),
                   QStringLiteral("--hid-max-gap-ms"), QStringLiteral("60"),
                   QStringLiteral("--hid-min-length"), QStringLiteral("8"), QStringLiteral("--evdev-device"),
                   QStringLiteral("/dev/input/event7"), QStringLiteral("--scan-dedupe-ms"),
                   QStringLiteral("0"), QStringLiteral("--no-hid-wedge"), QStringLiteral("--nfc-device"),
                   QStringLiteral("pn532_uart:/dev/ttyUSB0"), QStringLiteral("--nfc-url-prefix"),
                   QStringLiteral("https://a.example/p/, https://b.example/item/")},
                  &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->hidPrefix, QStringLiteral("\x02]"));
        QCOMPARE(options->hidSuffix, QStringLiteral("\x03"));
        QCOMPARE(options->hidGsSubstitute, QStringLiteral("~"));
        QCOMPARE(options->hidMaxGapMs, 60);
        QCOMPARE(options->hidMinLength, 8);
        QCOMPARE(options->evdevDevice, QStringLiteral("/dev/input/event7"));
        QCOMPARE(options->scanDedupeMs, 0);
        QVERIFY(!options->hidWedge);
        QCOMPARE(options->nfcDevice, QStringLiteral("pn532_uart:/dev/ttyUSB0"));
        QCOMPARE(
            options->nfcUrlPrefixes,
            QStringList({QStringLiteral("https://a.example/p/"), QStringLiteral("https://b.example/item/")}));
        // A lone backslash or a half escape stays as typed.
        const auto plain = parse({QStringLiteral("--hid-prefix"), QStringLiteral("a\\x4")}, &error);
        QCOMPARE(plain->hidPrefix, QStringLiteral("a\\x4"));
    }

    void scannerEnvironmentTwins()
    {
        qputenv("OMNITOTE_HID_PREFIX", "#");
        qputenv("OMNITOTE_HID_MAX_GAP_MS", "50");
        qputenv("OMNITOTE_EVDEV_DEVICE", "/dev/input/by-id/usb-scanner-event-kbd");
        qputenv("OMNITOTE_HID_WEDGE", "0");
        QString error;
        const auto options = parse({}, &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->hidPrefix, QStringLiteral("#"));
        QCOMPARE(options->hidMaxGapMs, 50);
        QCOMPARE(options->evdevDevice, QStringLiteral("/dev/input/by-id/usb-scanner-event-kbd"));
        QVERIFY(!options->hidWedge);
        const auto flagged = parse({QStringLiteral("--hid-max-gap-ms"), QStringLiteral("20")}, &error);
        QCOMPARE(flagged->hidMaxGapMs, 20);
    }

    // --camera: off unless asked for; the flag wins over OMNITOTE_CAMERA.
    void cameraFlagAndEnvironment()
    {
        QString error;
        QCOMPARE(parse({}, &error)->camera, QStringLiteral("none"));
        qputenv("OMNITOTE_CAMERA", "auto");
        QCOMPARE(parse({}, &error)->camera, QStringLiteral("auto"));
        const auto flagged = parse({QStringLiteral("--camera"), QStringLiteral("USB Camera")}, &error);
        QVERIFY2(flagged, qPrintable(error));
        QCOMPARE(flagged->camera, QStringLiteral("USB Camera"));
    }

    void scannerNumbersAreChecked_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("value");
        QTest::newRow("gap too small") << "--hid-max-gap-ms"
                                       << "1";
        QTest::newRow("gap not a number") << "--hid-max-gap-ms"
                                          << "fast";
        QTest::newRow("gap too large") << "--hid-max-gap-ms"
                                       << "5000";
        QTest::newRow("length 0") << "--hid-min-length"
                                  << "0";
        QTest::newRow("dedupe negative") << "--scan-dedupe-ms"
                                         << "-1";
    }
    void scannerNumbersAreChecked()
    {
        QFETCH(QString, flag);
        QFETCH(QString, value);
        QString error;
        QVERIFY(!parse({flag, value}, &error));
        QVERIFY2(error.contains(flag) && error.contains(value), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(KioskOptionsTest)
#include "kioskoptionstest.moc"
