// SPDX-License-Identifier: MIT
#include "scannedcode.h"
#include "scanevent.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Omnitote;

using Kind = ScannedCode::Kind;
Q_DECLARE_METATYPE(ScannedCode::Kind)

/** Tests how parseScannedCode classifies scans, and that hostile input never crashes it. */
class ScannedCodeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("symbologyId");
        QTest::addColumn<QString>("gtin");
        const QString gs(QChar(0x1d));
        QTest::newRow("ean-13") << "9506000134352" << Kind::Gtin << ""
                                << "09506000134352";
        QTest::newRow("ean-13 with ]E0 and CRLF") << "]E09506000134352\r\n"
                                                  << Kind::Gtin << "]E0"
                                                  << "09506000134352";
        QTest::newRow("upc-a") << "049000000443" << Kind::Gtin << ""
                               << "00049000000443";
        QTest::newRow("upc-a with ]E0") << "]E0049000000443" << Kind::Gtin << "]E0"
                                        << "00049000000443";
        QTest::newRow("ean-8") << "96385074" << Kind::Gtin << ""
                               << "00000096385074";
        QTest::newRow("ean-8 with ]E4") << "]E496385074" << Kind::Gtin << "]E4"
                                        << "00000096385074";
        QTest::newRow("upc-e with ]E0") << "]E004252614" << Kind::Gtin << "]E0"
                                        << "00042100005264";
        QTest::newRow("gtin-14") << "  19506000134359  " << Kind::Gtin << ""
                                 << "19506000134359";
        QTest::newRow("gs1-128") << "]C10109506000134352" + QString("17261231") + "10ABC"
                                 << Kind::Gs1ElementString << "]C1"
                                 << "09506000134352";
        QTest::newRow("gs1 datamatrix")
            << "]d2010950600013435210ABC" + gs + "17261231" << Kind::Gs1ElementString << "]d2"
            << "09506000134352";
        QTest::newRow("gs1 qr") << "]Q30109506000134352" << Kind::Gs1ElementString << "]Q3"
                                << "09506000134352";
        QTest::newRow("databar expanded")
            << "]e00109506000134352" + QString("3103000500") << Kind::Gs1ElementString << "]e0"
            << "09506000134352";
        QTest::newRow("dotcode") << "]J10109506000134352" << Kind::Gs1ElementString << "]J1"
                                 << "09506000134352";
        QTest::newRow("leading GS") << gs + "0109506000134352" << Kind::Gs1ElementString << ""
                                    << "09506000134352";
        QTest::newRow("bracketed") << "(01)09506000134352(10)ABC" << Kind::Gs1ElementString << ""
                                   << "09506000134352";
        QTest::newRow("gs1 without gtin") << "]C100006141411234567890" << Kind::Gs1ElementString << "]C1"
                                          << "";
        QTest::newRow("digital link")
            << "https://id.gs1.org/01/09506000134352/10/ABC" << Kind::Gs1DigitalLink << ""
            << "09506000134352";
        QTest::newRow("digital link in qr")
            << "]Q1https://example.com/01/9506000134352" << Kind::Gs1DigitalLink << "]Q1"
            << "09506000134352";
        QTest::newRow("digital link, mixed-case scheme")
            << "HtTpS://example.com/01/09506000134352" << Kind::Gs1DigitalLink << ""
            << "09506000134352";
        QTest::newRow("url") << "https://example.com/promo?id=7" << Kind::Url << ""
                             << "";
        QTest::newRow("url in qr") << "]Q1http://example.com/" << Kind::Url << "]Q1"
                                   << "";
        QTest::newRow("nfc 7 bytes") << "nfc:04a2b3c4d5e6f7" << Kind::NfcUid << ""
                                     << "";
        QTest::newRow("gs1 qr with eci") << "]Q50109506000134352" << Kind::Gs1ElementString << "]Q5"
                                         << "09506000134352";
        QTest::newRow("gs1 data under unexpected id")
            << "]d8010950600013435210A" + gs + "17261231" << Kind::Gs1ElementString << "]d8"
            << "09506000134352";
        QTest::newRow("databar omni from zxing 1.4") << "]e009506000134352" << Kind::Gtin << "]e0"
                                                     << "09506000134352";
        QTest::newRow("sku") << "SKU-12345" << Kind::Text << ""
                             << "";
        QTest::newRow("code 39 text") << "]A0ABC123" << Kind::Text << "]A0"
                                      << "";
        QTest::newRow("short number") << "12345" << Kind::Text << ""
                                      << "";
        QTest::newRow("qr text") << "]Q1Hello" << Kind::Text << "]Q1"
                                 << "";
        QTest::newRow("unicode text") << "Grüße 🛒" << Kind::Text << ""
                                      << "";
    }
    void classify()
    {
        QFETCH(QString, raw);
        QFETCH(Kind, kind);
        QFETCH(QString, symbologyId);
        QFETCH(QString, gtin);
        const ScannedCode code = parseScannedCode(raw);
        QVERIFY2(code.ok(), qPrintable(code.error));
        QCOMPARE(code.kind, kind);
        QCOMPARE(code.raw, raw);
        QCOMPARE(code.symbologyId, symbologyId);
        QCOMPARE(code.gtin, gtin);
        QVERIFY(!code.restrictedCirculation);
    }

    void details()
    {
        const ScannedCode gs1 = parseScannedCode(u"]C10109506000134352"
                                                 u"17261231"
                                                 u"10ABC");
        QCOMPARE(gs1.ais.size(), 3);
        QCOMPARE(gs1.ais[1].ai, QStringLiteral("17"));
        QCOMPARE(gs1.ais[1].value, QStringLiteral("261231"));

        const ScannedCode link = parseScannedCode(u" https://id.gs1.org/01/09506000134352?17=261231 \n");
        QCOMPARE(link.url, QStringLiteral("https://id.gs1.org/01/09506000134352?17=261231"));
        QCOMPARE(link.ais.size(), 2);

        const ScannedCode url = parseScannedCode(u"https://example.com/a");
        QCOMPARE(url.url, QStringLiteral("https://example.com/a"));
        QVERIFY(url.ais.isEmpty());

        const ScannedCode nfc = parseScannedCode(u"NFC:04:a2:b3:c4");
        QCOMPARE(nfc.kind, Kind::NfcUid);
        QCOMPARE(nfc.nfcUid, QStringLiteral("04A2B3C4"));
        QCOMPARE(parseScannedCode(u"nfc:04a2b3c4d5e6f708090a").nfcUid,
                 QStringLiteral("04A2B3C4D5E6F708090A"));
    }

    void restrictedCirculation()
    {
        // A weighed deli item: prefix 2x carries an in-store item and price.
        const ScannedCode code = parseScannedCode(u"2012345012349");
        QVERIFY2(code.ok(), qPrintable(code.error));
        QCOMPARE(code.kind, Kind::Gtin);
        QCOMPARE(code.gtin, QStringLiteral("02012345012349"));
        QVERIFY(code.restrictedCirculation);

        const ScannedCode gs1 = parseScannedCode(u"(01)02012345012349(3103)000500");
        QVERIFY(gs1.ok());
        QVERIFY(gs1.restrictedCirculation);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("bad check digit") << "9506000134353" << Kind::Gtin << "check digit";
        QTest::newRow("]E0 wrong length") << "]E0123456789" << Kind::Gtin << "8 (UPC-E), 12 or 13";
        QTest::newRow("]E4 wrong length") << "]E49506000134352" << Kind::Gtin << "8 digits";
        QTest::newRow("]E0 letters") << "]E0ABC" << Kind::Gtin << "only digits";
        QTest::newRow("upc-e bad check") << "]E004252615" << Kind::Gtin << "check digit";
        QTest::newRow("gs1 bad date")
            << "]C117261340" << Kind::Gs1ElementString << "AI (17): invalid date 261340";
        QTest::newRow("gs1 empty") << "]C1" << Kind::Gs1ElementString << "empty GS1 data";
        QTest::newRow("bracketed bad") << "(01)09506000134353" << Kind::Gs1ElementString << "check digit";
        QTest::newRow("digital link bad check digit")
            << "https://id.gs1.org/01/09506000134353" << Kind::Gs1DigitalLink << "check digit";
        QTest::newRow("nfc odd length") << "nfc:04a2b" << Kind::NfcUid << "4, 7 or 10 bytes";
        QTest::newRow("nfc 5 bytes") << "nfc:0102030405" << Kind::NfcUid << "4, 7 or 10 bytes";
        QTest::newRow("nfc not hex") << "nfc:04a2b3zz" << Kind::NfcUid << "non-hex";
        QTest::newRow("nfc empty") << "nfc:" << Kind::NfcUid << "4, 7 or 10 bytes";
        QTest::newRow("empty") << "" << Kind::Text << "empty";
        QTest::newRow("whitespace") << " \r\n\t " << Kind::Text << "empty";
        QTest::newRow("only symbology id") << "]A0" << Kind::Text << "no data";
        QTest::newRow("control character") << QString("AB") + QChar(0x1b) + "[2J" << Kind::Text << "control";
        QTest::newRow("GS in text that is not GS1")
            << "]d812" + QString(QChar(0x1d)) + "34" << Kind::Text << "control";
        QTest::newRow("bidi override") << QString("SKU") + QChar(0x202e) + "1" << Kind::Text << "control";
        QTest::newRow("malformed url") << "http://exa mple.com/" << Kind::Url << "malformed";
    }
    void errors()
    {
        QFETCH(QString, raw);
        QFETCH(Kind, kind);
        QFETCH(QString, errorPart);
        const ScannedCode code = parseScannedCode(raw);
        QCOMPARE(code.kind, kind);
        QVERIFY(!code.ok());
        QVERIFY2(code.error.contains(errorPart), qPrintable(code.error));
        QVERIFY(code.gtin.isEmpty());
    }

    // What ZXing-C++ 1.4.0 returns for the GS1 sample images (text plus symbology identifier): every one
    // must classify as GS1 data or a GTIN, valid, with the GTIN when the symbol carries (01).
    void zxingSamples()
    {
        QFile file(QStringLiteral(OMNITOTE_SHARED_TESTDATA "/gs1/zxing_v1.4.0_gs1_expected_texts.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("ZXing GS1 sample texts not found at " OMNITOTE_SHARED_TESTDATA
                  "/gs1 (a clone without ../shared)");
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        int checked = 0;
        QStringList invalid;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList f = lines[i].split(u'\t');
            QVERIFY(f.size() >= 4);
            QString text = f[2];
            text.replace(QStringLiteral("<GS>"), QString(QChar(0x1d)));
            const qsizetype at = f[3].indexOf(QStringLiteral("symbologyIdentifier="));
            const QString symbology = at >= 0 ? f[3].mid(at + 20, 3) : QString();
            const ScannedCode code = parseScannedCode(symbology + text);
            const QString where = f[0] + u' ' + symbology + text;
            if (!code.ok()) {
                invalid.append(where + u' ' + code.error);
                continue;
            }
            QVERIFY2(code.kind == Kind::Gs1ElementString || code.kind == Kind::Gtin, qPrintable(where));
            // The GTIN as a person reads it off the text: bare, after "(01)", or at the start of raw data.
            QString expectedGtin;
            if (text.size() == 14 && !text.startsWith(u'('))
                expectedGtin = text;
            else if (const qsizetype ai01 = text.indexOf(u"(01)"); ai01 >= 0)
                expectedGtin = text.mid(ai01 + 4, 14);
            else if (text.startsWith(u"01"))
                expectedGtin = text.mid(2, 14);
            if (!expectedGtin.isEmpty() || text.startsWith(u'('))
                QVERIFY2(code.gtin == expectedGtin, qPrintable(where));
            ++checked;
        }
        qInfo("%d ZXing sample texts classified as valid", checked);
        qInfo().noquote() << "rejected:\n" + invalid.join(u'\n');
        QVERIFY(checked > 200);
        // Decoder stress samples whose data is not valid GS1, each rejected for its real fault: a space in a
        // lot (not CSET 82), a 54-digit price (at most 15), a currency in letters where ISO 4217 wants
        // digits, and a country list of 13 digits where whole 3-digit codes are required.
        QCOMPARE(invalid.size(), 15);
        for (const QString &line : std::as_const(invalid)) {
            QVERIFY2(line.contains(u"(not in GS1 CSET 82)") || line.contains(u"value too long")
                         || line.contains(u"AI (3932): non-digit character")
                         || line.contains(u"AI (423): value"),
                     qPrintable(line));
        }
    }

    void kindNames()
    {
        QCOMPARE(ScannedCode::kindName(Kind::Gtin), QStringLiteral("gtin"));
        QCOMPARE(ScannedCode::kindName(Kind::Gs1ElementString), QStringLiteral("gs1"));
        QCOMPARE(ScannedCode::kindName(Kind::Gs1DigitalLink), QStringLiteral("digital-link"));
        QCOMPARE(ScannedCode::kindName(Kind::Url), QStringLiteral("url"));
        QCOMPARE(ScannedCode::kindName(Kind::NfcUid), QStringLiteral("nfc"));
        QCOMPARE(ScannedCode::kindName(Kind::Text), QStringLiteral("text"));
    }

    void hostileInput()
    {
        // Very long inputs of every shape are refused quickly, not parsed.
        const QString longDigits(100000, u'1');
        for (const QString &raw :
             {longDigits, QStringLiteral("]C1") + longDigits, QStringLiteral("https://a/01/") + longDigits,
              QString(100000, QChar(0x1d))}) {
            const ScannedCode code = parseScannedCode(raw);
            QVERIFY(!code.ok());
            QVERIFY(code.error.contains(u"too long"));
        }
        // Long but within the limit: must still give an answer, not crash.
        QVERIFY(!parseScannedCode(QStringLiteral("]C1") + QString(8000, u'9')).ok());
        QVERIFY(!parseScannedCode(QStringLiteral("(10)") + QString(8000, u'(')).ok());
        // Many empty path segments: not a Digital Link, but a syntactically valid URL.
        QCOMPARE(parseScannedCode(QStringLiteral("https://a/") + QString(4000, u'/')).kind, Kind::Url);
        QCOMPARE(parseScannedCode(QString(8000, u'x')).kind, Kind::Text);

        // Truncated and odd GS1 shapes.
        for (const char16_t *raw : {u"]", u"]]", u"]C", u"]C1\x1d", u"]C1\x1d\x1d", u"(", u"()", u"(0",
                                    u"(01)", u"(01", u"(01)0950600013435", u"]d201", u"]Q30", u"nfc:",
                                    u"http://", u"https://[", u"https://a/01/%", u"https://a/01/%0"}) {
            const ScannedCode code = parseScannedCode(QStringView(raw));
            QVERIFY2(!code.ok() || code.kind == Kind::Text || code.kind == Kind::Url,
                     qPrintable(QStringView(raw).toString()));
        }

        // Empty query parameters are ignored, as Digital Link says.
        QCOMPARE(parseScannedCode(u"https://a/01/09506000134352?=&=&").kind, Kind::Gs1DigitalLink);

        // Random bytes, including surrogates, NULs and separators: any answer is fine, a crash is not.
        QRandomGenerator rng(42);
        for (int i = 0; i < 2000; ++i) {
            QString raw;
            const int len = int(rng.bounded(64));
            for (int j = 0; j < len; ++j) {
                const quint32 pick = rng.bounded(4);
                raw += pick == 0 ? QChar(char16_t(rng.bounded(0x10000)))
                    : pick == 1  ? QChar(char16_t(rng.bounded(0x20)))
                                 : QChar(char16_t(u'0' + rng.bounded(10)));
            }
            if (i % 3 == 0)
                raw.prepend(QStringLiteral("]C1"));
            const ScannedCode code = parseScannedCode(raw);
            QCOMPARE(code.raw, raw);
            if (!code.gtin.isEmpty())
                QCOMPARE(code.gtin.size(), 14);
        }
    }

    // What a ScanEvent asks the backend for, per kind of code; invalid codes have no lookup key.
    void scanEventLookupKey_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("lookupKey");
        QTest::newRow("ean-13 padded to 14") << "4740168000134"
                                             << "04740168000134";
        QTest::newRow("gs1 element string") << "]C1010474016800013410ABC"
                                            << "04740168000134";
        QTest::newRow("nfc uid") << "nfc:046d771da9e396"
                                 << "nfc:046D771DA9E396";
        QTest::newRow("url") << " https://shop.example/p/100133 "
                             << "https://shop.example/p/100133";
        QTest::newRow("sku text") << "100133-OAK-30X20"
                                  << "100133-OAK-30X20";
    }
    void scanEventLookupKey()
    {
        QFETCH(QString, payload);
        QFETCH(QString, lookupKey);
        const qint64 before = scanClockNs();
        const ScanEvent event =
            ScanEvent::make(ScanEvent::Source::HidScanner, payload, QStringLiteral("EAN-13"));
        QVERIFY(event.code.ok());
        QCOMPARE(event.lookupKey(), lookupKey);
        QVERIFY(event.capturedAtNs >= before);
        QVERIFY(event.emittedAtNs >= event.capturedAtNs);
        const QJsonObject json = scanEventToJson(event);
        QCOMPARE(json.value(QLatin1String("source")).toString(), QStringLiteral("hid"));
        QCOMPARE(json.value(QLatin1String("lookupKey")).toString(), lookupKey);
    }
    void scanEventWithInvalidCodeHasNoLookupKey()
    {
        const ScanEvent event = ScanEvent::make(ScanEvent::Source::Camera, QStringLiteral("4740168000135"));
        QVERIFY(!event.code.ok());
        QVERIFY(!scanEventToJson(event).contains(QLatin1String("lookupKey")));
    }
};

QTEST_GUILESS_MAIN(ScannedCodeTest)
#include "scannedcodetest.moc"
