// SPDX-License-Identifier: MIT
// `omnitote parse PAYLOAD`, run as the real executable with no display.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class ParseCliTest : public QObject
{
    Q_OBJECT

    static QJsonObject parse(const QByteArray &payload, int *exitCode)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("DISPLAY")); // must not need a display
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(OMNITOTE_KIOSK_BINARY),
                      {QStringLiteral("parse"), QString::fromUtf8(payload)});
        if (!process.waitForFinished(30000))
            return {};
        *exitCode = process.exitCode();
        const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
        return lines.size() == 1 ? QJsonDocument::fromJson(lines.first()).object() : QJsonObject();
    }

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("gtin");
        QTest::addColumn<QString>("ai");
        QTest::addColumn<QString>("aiValue");
        QTest::newRow("EAN-13") << QByteArrayLiteral("4740168000134") << "gtin"
                                << "04740168000134"
                                << ""
                                << "";
        QTest::newRow("UPC-A") << QByteArrayLiteral("036000291452") << "gtin"
                               << "00036000291452"
                               << ""
                               << "";
        QTest::newRow("GS1-128 with GS") << QByteArrayLiteral("]C1010950600013435217261231\x1d"
                                                              "10ABC123")
                                         << "gs1"
                                         << "09506000134352"
                                         << "10"
                                         << "ABC123";
        QTest::newRow("DataMatrix") << QByteArrayLiteral("]d201095060001343521524011510LOT7") << "gs1"
                                    << "09506000134352"
                                    << "15"
                                    << "240115";
        QTest::newRow("Digital Link")
            << QByteArrayLiteral("https://example.com/01/9506000134352/10/AB%2FC?17=261231") << "digital-link"
            << "09506000134352"
            << "10"
            << "AB/C";
        QTest::newRow("NFC UID") << QByteArrayLiteral("nfc:04a2b3c4d5e680") << "nfc"
                                 << ""
                                 << ""
                                 << "";
        QTest::newRow("SKU") << QByteArrayLiteral("100133-OAK-30X20") << "text"
                             << ""
                             << ""
                             << "";
    }
    void parses()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, kind);
        QFETCH(QString, gtin);
        QFETCH(QString, ai);
        QFETCH(QString, aiValue);
        int exitCode = -1;
        const QJsonObject json = parse(payload, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), kind);
        QCOMPARE(json.contains(QStringLiteral("gtin")), !gtin.isEmpty());
        QCOMPARE(json.value(QStringLiteral("gtin")).toString(), gtin);
        if (!ai.isEmpty())
            QCOMPARE(json.value(QStringLiteral("ai")).toObject().value(ai).toString(), aiValue);
    }

    void badPayloadsExplainAndFail_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("reason");
        QTest::newRow("check digit") << QByteArrayLiteral("4740168000135") << "check digit";
        QTest::newRow("bad date") << QByteArrayLiteral("]C10109506000134352172613401") << "17";
        QTest::newRow("bad NFC UID") << QByteArrayLiteral("nfc:zz") << "nfc";
    }
    void badPayloadsExplainAndFail()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, reason);
        int exitCode = -1;
        const QJsonObject json = parse(payload, &exitCode);
        QCOMPARE(exitCode, 1);
        QVERIFY2(json.value(QStringLiteral("error")).toString().contains(reason, Qt::CaseInsensitive),
                 qPrintable(json.value(QStringLiteral("error")).toString()));
    }
};

QTEST_GUILESS_MAIN(ParseCliTest)
#include "parseclitest.moc"
