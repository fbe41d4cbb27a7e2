// SPDX-License-Identifier: MIT
// Switching language at run time: the compiled translations, the locale prices use, and refusal of
// unknown languages. Every string in every .ts file must come out translated.
#include <languagecontroller.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>

using namespace Omnitote;

class LanguageControllerTest : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context;
        QString source;
    };
    static QList<Message> messages(const QString &tsFile)
    {
        QList<Message> all;
        QFile file(tsFile);
        if (!file.open(QIODevice::ReadOnly))
            return all;
        QXmlStreamReader xml(&file);
        QString context;
        while (xml.readNextStartElement() || !xml.atEnd()) {
            if (xml.isStartElement() && xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == QLatin1String("source"))
                all.append({context, xml.readElementText()});
            else if (!xml.isStartElement())
                xml.readNext();
        }
        return all;
    }

private Q_SLOTS:
    void offersFourLanguages()
    {
        LanguageController languages(nullptr);
        QStringList codes;
        for (const auto &language : languages.languages())
            codes.append(language.toMap().value(QStringLiteral("code")).toString());
        QCOMPARE(codes,
                 (QStringList {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("et"),
                               QStringLiteral("pl")}));
    }

    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("et") << QStringLiteral("et");
        QTest::newRow("pl") << QStringLiteral("pl");
    }
    void everyStringIsTranslated()
    {
        QFETCH(QString, code);
        LanguageController languages(nullptr);
        QVERIFY(languages.setLanguage(code));
        const auto all =
            messages(QStringLiteral(OMNITOTE_SOURCE_DIR "/assets/translations/omnitote_%1.ts").arg(code));
        QVERIFY(all.size() >= 20);
        for (const auto &message : all) {
            const QString translated = QCoreApplication::translate(message.context.toUtf8().constData(),
                                                                   message.source.toUtf8().constData());
            // The product's name, and words every one of these languages writes the same way.
            static const QStringList sameEverywhere {QStringLiteral("Omnitote"), QStringLiteral("PIN")};
            if (sameEverywhere.contains(message.source))
                continue;
            // Formats with no words ("%1, %2", "%1 km", "A+") may be the same in every language.
            static const QRegularExpression word(QStringLiteral("\\p{L}{3,}"));
            if (!QString(message.source).remove(QRegularExpression(QStringLiteral("%[0-9n]"))).contains(word))
                continue;
            QVERIFY2(translated != message.source, qPrintable(code + QStringLiteral(": ") + message.source));
        }
    }

    void switchingChangesTextAndLocale()
    {
        LanguageController languages(nullptr);
        QSignalSpy changed(&languages, &LanguageController::changed);
        QVERIFY(languages.setLanguage(QStringLiteral("et")));
        QCOMPARE(languages.current(), QStringLiteral("et"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(QCoreApplication::translate("AttractScreen", "Scan or tap a product"),
                 QStringLiteral("Skänni või puuduta toodet"));
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));

        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("AttractScreen", "Scan or tap a product"),
                 QStringLiteral("Scan or tap a product"));
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral("."));
    }

    void unknownLanguageChangesNothing()
    {
        LanguageController languages(nullptr);
        QVERIFY(languages.setLanguage(QStringLiteral("pl")));
        QSignalSpy changed(&languages, &LanguageController::changed);
        QVERIFY(!languages.setLanguage(QStringLiteral("xx")));
        QVERIFY(!languages.setLanguage(QStringLiteral("../../etc/passwd")));
        QCOMPARE(languages.current(), QStringLiteral("pl"));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(QCoreApplication::translate("HeaderBar", "Look up"), QStringLiteral("Szukaj"));
    }
};

QTEST_GUILESS_MAIN(LanguageControllerTest)
#include "languagecontrollertest.moc"
