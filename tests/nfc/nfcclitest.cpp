// SPDX-License-Identifier: MIT
// `omnitote ndef FILE` and `omnitote nfc-read CONNSTRING`, run as the real executable with no display;
// nfc-read talks to the PN532 emulator through real libnfc.
#include <pn532emulator.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Omnitote::Testing;

class NfcCliTest : public QObject
{
    Q_OBJECT

    static QJsonObject run(const QStringList &arguments, int *exitCode)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("DISPLAY")); // must not need a display
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(OMNITOTE_KIOSK_BINARY), arguments);
        if (!process.waitForFinished(60000))
            return {};
        *exitCode = process.exitCode();
        const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
        return lines.size() == 1 ? QJsonDocument::fromJson(lines.first()).object() : QJsonObject();
    }

private Q_SLOTS:
    void ndefOfSharedDumps_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("firstUri");
        QTest::addColumn<QString>("text");
        QTest::newRow("URI + Text") << "flipper/evilpete_flipper_toolbox/Rick_Roll.nfc" << 0
                                    << "https://youtu.be/dQw4w9WgXcQ"
                                    << "Rick Roll";
        QTest::newRow("Text") << "flipper/alexherington_flipper-nfc/hello-world-nfc-tools-golden.nfc" << 0
                              << ""
                              << "Hi World!";
        QTest::newRow("not a dump") << "flipper_no_ndef/UberGuidoZ__NFC_Jelly.nfc" << 1 << ""
                                    << "";
    }
    void ndefOfSharedDumps()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QString, firstUri);
        QFETCH(QString, text);
        const QString path = QStringLiteral(OMNITOTE_SHARED_TESTDATA "/nfc/") + file;
        if (!QFile::exists(path))
            QSKIP("no " OMNITOTE_SHARED_TESTDATA "/nfc (third-party data lives beside the repo)");
        int code = -1;
        const QJsonObject json = run({QStringLiteral("ndef"), path}, &code);
        QCOMPARE(code, exitCode);
        if (exitCode != 0) {
            QVERIFY(!json.value(QStringLiteral("error")).toString().isEmpty());
            return;
        }
        const QJsonArray records = json.value(QStringLiteral("records")).toArray();
        QVERIFY(!records.isEmpty());
        QVERIFY(!json.value(QStringLiteral("uid")).toString().isEmpty());
        if (!firstUri.isEmpty()) {
            QCOMPARE(records.first().toObject().value(QStringLiteral("type")).toString(),
                     QStringLiteral("U"));
            QCOMPARE(records.first().toObject().value(QStringLiteral("uri")).toString(), firstUri);
        }
        QCOMPARE(records.last().toObject().value(QStringLiteral("type")).toString(), QStringLiteral("T"));
        QCOMPARE(records.last().toObject().value(QStringLiteral("lang")).toString(), QStringLiteral("en"));
        QCOMPARE(records.last().toObject().value(QStringLiteral("text")).toString(), text);
    }

    void ndefOfMissingFile()
    {
        int code = -1;
        const QJsonObject json = run({QStringLiteral("ndef"), QStringLiteral("/nonexistent.nfc")}, &code);
        QCOMPARE(code, 1);
        QVERIFY(json.value(QStringLiteral("error")).toString().contains(QLatin1String("cannot open")));
    }

    void nfcReadFromEmulatedReader()
    {
        QTemporaryDir dir;
        Pn532Emulator emulator(dir.filePath(QStringLiteral("ttyNFC")));
        QString error;
        QVERIFY2(emulator.start(&error), qPrintable(error));
        const QString url = QStringLiteral("https://shop.northfield.example/p/NP-100133");
        emulator.placeTag(VirtualNtag::withNdef(VirtualNtag::Type::Ntag215,
                                                QByteArray::fromHex("046d771da9e396"), ndefUriMessage(url)));
        int code = -1;
        const QJsonObject json = run({QStringLiteral("nfc-read"), emulator.connstring()}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(json.value(QStringLiteral("uid")).toString(), QStringLiteral("046D771DA9E396"));
        QCOMPARE(
            json.value(QStringLiteral("records")).toArray().first().toObject().value(QStringLiteral("uri")),
            url);
        // No product URL prefixes configured for the CLI: the scan itself resolves by UID.
        QCOMPARE(json.value(QStringLiteral("scan")).toObject().value(QStringLiteral("lookupKey")).toString(),
                 QStringLiteral("nfc:046D771DA9E396"));
    }

    void nfcReadWithoutReader()
    {
        int code = -1;
        const QJsonObject json = run({QStringLiteral("nfc-read"), QStringLiteral("--timeout"),
                                      QStringLiteral("1"), QStringLiteral("pn532_uart:/nonexistent")},
                                     &code);
        QCOMPARE(code, 1);
        QVERIFY(json.value(QStringLiteral("error")).toString().contains(QLatin1String("no tag")));
    }
};

QTEST_GUILESS_MAIN(NfcCliTest)
#include "nfcclitest.moc"
