// SPDX-License-Identifier: MIT
#include "gtin.h"

#include <QTest>

using namespace Omnitote;

/** Tests GTIN check digits, normalisation, UPC-E expansion and restricted-circulation prefixes. */
class GtinTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkDigit_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<int>("check");
        // Real, published numbers: GS1's own examples and retail products.
        QTest::newRow("gs1 example gtin-13") << "950600013435" << 2; // 9506000134352
        QTest::newRow("gs1 example gtin-14") << "0950600013435" << 2; // 09506000134352
        QTest::newRow("upc-a coca-cola") << "04900000044" << 3; // 049000000443
        QTest::newRow("ean-13 isbn") << "978030640615" << 7; // 9780306406157
        QTest::newRow("ean-8") << "9638507" << 4; // 96385074
        QTest::newRow("gtin-14 case") << "1061414100041" << 5; // 10614141000415
        QTest::newRow("sscc") << "00614141123456789" << 0; // 006141411234567890
        QTest::newRow("all zeros") << "0000000" << 0;
    }
    void checkDigit()
    {
        QFETCH(QString, digits);
        QFETCH(int, check);
        QCOMPARE(Gtin::checkDigit(digits), check);
    }

    void checkDigitRejectsNonDigits()
    {
        QCOMPARE(Gtin::checkDigit(u""), -1);
        QCOMPARE(Gtin::checkDigit(u"12a4"), -1);
        QCOMPARE(Gtin::checkDigit(u"１２３"), -1); // full-width digits are not GS1 digits
    }

    void hasValidCheckDigit()
    {
        QVERIFY(Gtin::hasValidCheckDigit(u"9506000134352"));
        QVERIFY(Gtin::hasValidCheckDigit(u"96385074"));
        QVERIFY(!Gtin::hasValidCheckDigit(u"9506000134353"));
        QVERIFY(!Gtin::hasValidCheckDigit(u"5"));
        QVERIFY(!Gtin::hasValidCheckDigit(u"95060001343x2"));
    }

    void normalize_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("gtin14");
        QTest::newRow("gtin-8") << "96385074"
                                << "00000096385074";
        QTest::newRow("gtin-12") << "049000000443"
                                 << "00049000000443";
        QTest::newRow("gtin-13") << "9506000134352"
                                 << "09506000134352";
        QTest::newRow("gtin-14") << "19506000134359"
                                 << "19506000134359";
    }
    void normalize()
    {
        QFETCH(QString, code);
        QFETCH(QString, gtin14);
        QString error;
        QCOMPARE(Gtin::normalize(code, &error), gtin14);
        QVERIFY(error.isEmpty());
    }

    void normalizeErrors_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("letters") << "95060001343A2"
                                 << "only digits";
        QTest::newRow("length 7") << "9638507"
                                  << "8, 12, 13 or 14";
        QTest::newRow("length 11") << "04900000044"
                                   << "8, 12, 13 or 14";
        QTest::newRow("length 15") << "195060001343590"
                                   << "8, 12, 13 or 14";
        QTest::newRow("bad check 13") << "9506000134353"
                                      << "expected 2";
        QTest::newRow("bad check 8") << "96385075"
                                     << "expected 4";
        QTest::newRow("bad check 14") << "19506000134350"
                                      << "expected 9";
    }
    void normalizeErrors()
    {
        QFETCH(QString, code);
        QFETCH(QString, errorPart);
        QString error;
        QVERIFY(Gtin::normalize(code, &error).isEmpty());
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }

    void normalizeAcceptsNullError()
    {
        QVERIFY(Gtin::normalize(u"123", nullptr).isEmpty());
        QVERIFY(Gtin::expandUpcE(u"9", nullptr).isEmpty());
    }

    void expandUpcE_data()
    {
        QTest::addColumn<QString>("upce");
        QTest::addColumn<QString>("upca");
        // One case per last-digit rule (0-9); the UPC-A check digit is recomputed independently below.
        QTest::newRow("rule 0") << "0120340"
                                << "012000000348";
        QTest::newRow("rule 1") << "0120341"
                                << "012100000347";
        QTest::newRow("rule 2") << "0120342"
                                << "012200000346";
        QTest::newRow("rule 3") << "0123453"
                                << "012300000451";
        QTest::newRow("rule 4") << "0123454"
                                << "012340000053";
        QTest::newRow("rule 5") << "0123455"
                                << "012345000058";
        QTest::newRow("rule 6") << "0123456"
                                << "012345000065";
        QTest::newRow("rule 7") << "0123457"
                                << "012345000072";
        QTest::newRow("rule 8") << "0123458"
                                << "012345000089";
        QTest::newRow("rule 9") << "0123459"
                                << "012345000096";
        QTest::newRow("number system 1") << "1123459"
                                         << "112345000093";
        QTest::newRow("6 digits") << "123459"
                                  << "012345000096";
        QTest::newRow("8 digits with check") << "01234596"
                                             << "012345000096";
        QTest::newRow("real: 04252614") << "04252614"
                                        << "042100005264";
    }
    void expandUpcE()
    {
        QFETCH(QString, upce);
        QFETCH(QString, upca);
        QString error;
        const QString result = Gtin::expandUpcE(upce, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(result, upca);
        QVERIFY(Gtin::hasValidCheckDigit(result));
    }

    void expandUpcEErrors_data()
    {
        QTest::addColumn<QString>("upce");
        QTest::newRow("bad check digit") << "01234597";
        QTest::newRow("number system 2") << "21234596";
        QTest::newRow("too short") << "12345";
        QTest::newRow("too long") << "012345967";
        QTest::newRow("letters") << "01234A96";
    }
    void expandUpcEErrors()
    {
        QFETCH(QString, upce);
        QString error;
        QVERIFY(Gtin::expandUpcE(upce, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void restrictedCirculation_data()
    {
        QTest::addColumn<QString>("gtin14");
        QTest::addColumn<bool>("restricted");
        QTest::newRow("ean-13 prefix 20") << "02012345678903" << true;
        QTest::newRow("ean-13 prefix 29") << "02912345678906" << true;
        QTest::newRow("ean-13 prefix 02") << "00212345678909" << true; // UPC-A number system 2
        QTest::newRow("ean-13 prefix 04") << "00412345678903" << true; // UPC-A number system 4
        QTest::newRow("ean-13 prefix 95") << "09506000134352" << false;
        QTest::newRow("ean-13 prefix 30") << "03012345678902" << false;
        QTest::newRow("upc-a ns 0") << "00049000000443" << false;
        QTest::newRow("gtin-8 prefix 0") << "00000001234565" << true;
        QTest::newRow("gtin-8 prefix 2") << "00000021234569" << true;
        QTest::newRow("gtin-8 prefix 9") << "00000096385074" << false;
        QTest::newRow("gtin-14 indicator 1") << "12012345678900" << false;
        QTest::newRow("not 14 digits") << "2012345678909" << false;
    }
    void restrictedCirculation()
    {
        QFETCH(QString, gtin14);
        QFETCH(bool, restricted);
        QCOMPARE(Gtin::isRestrictedCirculation(gtin14), restricted);
    }
};

QTEST_GUILESS_MAIN(GtinTest)
#include "gtintest.moc"
