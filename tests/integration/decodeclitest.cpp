// SPDX-License-Identifier: MIT
// `omnitote decode FILE...`, run as the real executable with no display: one JSON line per file,
// decoded through the supervised omnitote-decoder beside it.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class DecodeCliTest : public QObject
{
    Q_OBJECT

    static QList<QJsonObject> decode(const QStringList &files, int *exitCode)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("DISPLAY")); // must not need a display
        environment.remove(QStringLiteral("OMNITOTE_DECODER")); // finds omnitote-decoder beside itself
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(OMNITOTE_KIOSK_BINARY), QStringList {QStringLiteral("decode")} + files);
        if (!process.waitForFinished(60000))
            return {};
        *exitCode = process.exitCode();
        QList<QJsonObject> objects;
        for (const QByteArray &line : process.readAllStandardOutput().trimmed().split('\n'))
            objects.append(QJsonDocument::fromJson(line).object());
        return objects;
    }
    static QString sample(const char *relative)
    {
        return QStringLiteral(OMNITOTE_SHARED_TESTDATA "/barcodes/") + QLatin1String(relative);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(sample("ean13-1/1.png")))
            QSKIP("ZXing sample images not found under " OMNITOTE_SHARED_TESTDATA
                  " (a clone without ../shared)");
    }

    void readsFiles()
    {
        int exitCode = -1;
        const auto lines = decode({sample("ean13-1/1.png"), sample("rssexpanded-1/1.png")}, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).value(QLatin1String("file")).toString(), sample("ean13-1/1.png"));
        QVERIFY(lines.at(0).value(QLatin1String("ms")).toDouble() > 0);
        const QJsonObject ean = lines.at(0).value(QLatin1String("results")).toArray().at(0).toObject();
        QCOMPARE(ean.value(QLatin1String("format")).toString(), QStringLiteral("EAN-13"));
        QCOMPARE(ean.value(QLatin1String("text")).toString(), QStringLiteral("8413000065504"));
        QCOMPARE(ean.value(QLatin1String("gtin")).toString(), QStringLiteral("08413000065504"));

        const QJsonObject expanded = lines.at(1).value(QLatin1String("results")).toArray().at(0).toObject();
        QCOMPARE(expanded.value(QLatin1String("format")).toString(), QStringLiteral("GS1 DataBar Expanded"));
        QVERIFY(!expanded.contains(QLatin1String("gtin")));
        const QJsonObject ai = expanded.value(QLatin1String("ai")).toObject();
        QCOMPARE(ai.value(QLatin1String("11")).toString(), QStringLiteral("100224"));
        QCOMPARE(ai.value(QLatin1String("3102")).toString(), QStringLiteral("000100"));
    }

    void badFilesGiveErrorsAndNonZeroExit()
    {
        QTemporaryDir dir;
        const QString notAnImage = dir.filePath(QStringLiteral("notes.png"));
        QFile file(notAnImage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a PNG");
        file.close();
        const QString missing = dir.filePath(QStringLiteral("missing.png"));

        int exitCode = -1;
        const auto lines = decode({missing, notAnImage, sample("ean8-1/1.png")}, &exitCode);
        QCOMPARE(exitCode, 1);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).value(QLatin1String("file")).toString(), missing);
        QVERIFY(lines.at(0)
                    .value(QLatin1String("error"))
                    .toString()
                    .startsWith(QLatin1String("cannot read image")));
        QVERIFY(!lines.at(1).value(QLatin1String("error")).toString().isEmpty());
        // A bad file does not stop the others.
        QCOMPARE(lines.at(2)
                     .value(QLatin1String("results"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("format"))
                     .toString(),
                 QStringLiteral("EAN-8"));
    }

    void noFilesIsUsageError()
    {
        int exitCode = -1;
        decode({}, &exitCode);
        QCOMPARE(exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(DecodeCliTest)
#include "decodeclitest.moc"
