// SPDX-License-Identifier: MIT
#include "gs1.h"
#include "scannedcode.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Omnitote;

namespace {

constexpr QChar gs(0x1d);

QString caretForm(const QList<Gs1Element> &elements)
{
    return u'^' + Gs1::toElementString(elements).replace(gs, u'^');
}

QString bracketedForm(const QList<Gs1Element> &elements)
{
    QString out;
    for (const Gs1Element &e : elements)
        out += u'(' + e.ai + u')' + e.value;
    return out;
}

/** One row of vectors.tsv. */
struct Vector
{
    QString kind;
    QString input;
    QString expected;
    bool expectOk = false;
    QString source;
    QString note;
    QString settings;
};

// Tab-separated, RFC 4180 quoting ("" inside a quoted field is one quote).
QStringList splitTsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == u'\t') {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

// The README writes bytes that are not printable ASCII as <0xNN>.
QString decodeBytes(QString s)
{
    static const QRegularExpression hex(QStringLiteral("<0x([0-9A-Fa-f]{2})>"));
    QRegularExpressionMatch m;
    while ((m = hex.match(s)).hasMatch())
        s.replace(m.capturedStart(), m.capturedLength(), QChar(m.captured(1).toInt(nullptr, 16)));
    return s.replace(QStringLiteral("<GS>"), QString(gs));
}

// The engine's notation: a leading '^' is FNC1 in first position, a later '^' the GS separator.
QString caretToGs(const QString &s)
{
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'\\' && i + 1 < s.size() && s[i + 1] == u'^') {
            out += u'^';
            ++i;
        } else {
            out += s[i] == u'^' ? gs : s[i];
        }
    }
    return out;
}

/** Counts per vector kind; failures and skips keep their reason so the summary can show them. */
struct Tally
{
    int pass = 0;
    QStringList failures;
    QHash<QString, int> skips;

    void skip(const QString &why) { ++skips[why]; }
    void check(bool ok, const Vector &v, const QString &got)
    {
        if (ok)
            ++pass;
        else
            failures.append(QStringLiteral("%1 [%2] input=%3 expected=%4 got=%5")
                                .arg(v.kind, v.source, v.input, v.expected, got));
    }
    QString summary(const QString &kind) const
    {
        int skipped = 0;
        QStringList reasons;
        for (auto it = skips.begin(); it != skips.end(); ++it) {
            skipped += it.value();
            reasons.append(QStringLiteral("    skip %1 × %2").arg(it.value()).arg(it.key()));
        }
        reasons.sort();
        return QStringLiteral("%1: pass %2, fail %3, skip %4\n%5")
            .arg(kind)
            .arg(pass)
            .arg(failures.size())
            .arg(skipped)
            .arg(reasons.join(u'\n'));
    }
};

/** What parseScannedCode made of a scan-data vector, reduced to what the vectors can compare. */
struct ScannedCodeProbe
{
    bool ok = false;
    QString kind;
    QString elementString;
    QString gtin;
    QString error;
};

ScannedCodeProbe probeScan(const QString &input)
{
    const ScannedCode code = parseScannedCode(input);
    return {code.ok(), ScannedCode::kindName(code.kind), Gs1::toElementString(code.ais).replace(gs, u'^'),
            code.gtin, code.error};
}

} // namespace

/** Tests the GS1 AI table, element strings, Digital Link and the third-party GS1 vectors. */
class Gs1Test : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void table();
    void elementStrings_data();
    void elementStrings();
    void elementStringErrors_data();
    void elementStringErrors();
    void digitalLink_data();
    void digitalLink();
    void digitalLinkErrors_data();
    void digitalLinkErrors();
    void associations_data();
    void associations();
    void unescape();
    void roundTrip();
    void hostileInput();

    void vectors_data();
    void vectors();

private:
    QList<Vector> m_vectors;
    bool m_haveVectors = false;
};

void Gs1Test::initTestCase()
{
    QFile file(QStringLiteral(OMNITOTE_SHARED_TESTDATA "/gs1/vectors.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return; // vectors() skips with a message; the hand-written cases still run
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const QStringList f = splitTsvLine(lines[i]);
        if (f.size() < 10)
            continue;
        Vector v;
        v.kind = f[0];
        v.input = decodeBytes(f[1]);
        v.expected = decodeBytes(f[2]);
        v.expectOk = f[3] == u"ok";
        v.source = f[5];
        v.note = f[8];
        v.settings = f[9];
        m_vectors.append(v);
    }
    m_haveVectors = !m_vectors.isEmpty();
}

void Gs1Test::table()
{
    // The AIs a retail kiosk meets, with the properties the parser depends on.
    struct Expect
    {
        const char16_t *ai;
        int min;
        int max;
        bool fnc1;
        bool numeric;
    };
    const Expect expected[] = {
        {u"00", 18, 18, false, true},  {u"01", 14, 14, false, true},  {u"02", 14, 14, false, true},
        {u"10", 1, 20, true, false},   {u"11", 6, 6, false, true},    {u"17", 6, 6, false, true},
        {u"20", 2, 2, false, true},    {u"21", 1, 20, true, false},   {u"22", 1, 20, true, false},
        {u"30", 1, 8, true, true},     {u"3103", 6, 6, false, true},  {u"3205", 6, 6, false, true},
        {u"3695", 6, 6, false, true},  {u"37", 1, 8, true, true},     {u"3922", 1, 15, true, true},
        {u"3932", 4, 18, true, true},  {u"400", 1, 30, true, false},  {u"403", 1, 30, true, false},
        {u"410", 13, 13, false, true}, {u"417", 13, 13, false, true}, {u"420", 1, 20, true, false},
        {u"421", 4, 12, true, false},  {u"422", 3, 3, true, true},    {u"7003", 10, 10, true, true},
        {u"8005", 6, 6, true, true},   {u"8008", 8, 12, true, true},  {u"8200", 1, 70, true, false},
        {u"90", 1, 30, true, false},   {u"91", 1, 90, true, false},   {u"99", 1, 90, true, false},
    };
    for (const Expect &e : expected) {
        const Gs1::AiInfo *info = Gs1::findAi(QStringView(e.ai));
        QVERIFY2(info, qPrintable(QStringView(e.ai).toString()));
        QVERIFY2(info->requiresFnc1 == e.fnc1, qPrintable(info->ai));
        QCOMPARE(info->minLength, e.min);
        QCOMPARE(info->maxLength, e.max);
        QCOMPARE(info->requiresFnc1, e.fnc1);
        QCOMPARE(info->numericOnly, e.numeric);
    }
    QVERIFY(!Gs1::findAi(u"3106")); // the decimal point position only goes to 5
    QVERIFY(!Gs1::findAi(u"89"));
    QVERIFY(!Gs1::findAi(u""));
    QVERIFY(Gs1::allAis().size() > 300);
}

void Gs1Test::elementStrings_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("bracketed");
    const QString g(gs);
    QTest::newRow("gtin only") << "0109506000134352"
                               << "(01)09506000134352";
    QTest::newRow("leading FNC1") << g + "0109506000134352"
                                  << "(01)09506000134352";
    QTest::newRow("fixed then variable")
        << "010950600013435217261231" + QString("10ABC") << "(01)09506000134352(17)261231(10)ABC";
    QTest::newRow("variable then GS") << "10ABC" + g + "17261231"
                                      << "(10)ABC(17)261231";
    QTest::newRow("bracketed") << "(01)09506000134352(17)261231(10)ABC"
                               << "(01)09506000134352(17)261231(10)ABC";
    QTest::newRow("day 00") << "(17)261200"
                            << "(17)261200";
    QTest::newRow("leap day") << "(15)240229"
                              << "(15)240229";
    QTest::newRow("net weight") << "0102112345678900" + QString("3103001234")
                                << "(01)02112345678900(3103)001234";
    QTest::newRow("price with currency") << "(01)02112345678900(3932)978599(3103)000500"
                                         << "(01)02112345678900(3932)978599(3103)000500";
    QTest::newRow("sscc and count") << "(00)006141411234567890(37)12"
                                    << "(00)006141411234567890(37)12";
    QTest::newRow("expiry time") << "(7003)2612312359"
                                 << "(7003)2612312359";
    QTest::newRow("price per unit") << "(8005)000365"
                                    << "(8005)000365";
    QTest::newRow("production time without minutes") << "(8008)26123123"
                                                     << "(8008)26123123";
    QTest::newRow("product url") << "(01)09506000134352(8200)http://www.gs1.org/demo/"
                                 << "(01)09506000134352(8200)http://www.gs1.org/demo/";
    QTest::newRow("internal") << "(90)ABC-123(91)x(99)y"
                              << "(90)ABC-123(91)x(99)y";
    QTest::newRow("escaped bracket") << "(10)AB\\(C"
                                     << "(10)AB(C";
    QTest::newRow("same AI twice, same value") << "(01)09506000134352(01)09506000134352"
                                               << "(01)09506000134352(01)09506000134352";
    QTest::newRow("trailing GS") << "10ABC" + g << "(10)ABC";
}

void Gs1Test::elementStrings()
{
    QFETCH(QString, data);
    QFETCH(QString, bracketed);
    const Gs1ParseResult r = parseGs1ElementString(data);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(bracketedForm(r.elements), bracketed);
}

void Gs1Test::elementStringErrors_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("error");
    const QString g(gs);
    QTest::newRow("invalid month") << "(17)261340"
                                   << "AI (17): invalid date 261340";
    QTest::newRow("invalid day") << "0109506000134352" + QString("17260231")
                                 << "AI (17): invalid date 260231";
    QTest::newRow("no leap day") << "(11)250229"
                                 << "AI (11): invalid date 250229";
    QTest::newRow("check digit") << "(01)09506000134353"
                                 << "AI (01): incorrect check digit in 09506000134353";
    QTest::newRow("sscc check digit") << "(00)006141411234567891"
                                      << "AI (00): incorrect check digit";
    QTest::newRow("gln check digit") << "(414)9506000134351"
                                     << "AI (414): incorrect check digit";
    QTest::newRow("lot too long") << "(10)ABCDEFGHIJKLMNOPQRSTU"
                                  << "AI (10): value too long (21 characters, at most 20)";
    QTest::newRow("gtin too short") << "(01)0950600013435"
                                    << "AI (01): value 0950600013435 too short";
    QTest::newRow("letter in gtin") << "(01)0950600013435A"
                                    << "AI (01): non-digit character 'A' at position 14";
    QTest::newRow("not CSET 82") << "(10)AB~C"
                                 << "AI (10): invalid character '~' at position 3 (not in GS1 CSET 82)";
    QTest::newRow("control char") << "(10)AB" + QString(QChar(7))
                                  << "AI (10): invalid character U+0007 at position 3";
    QTest::newRow("non-ascii") << "(10)ÄB"
                               << "AI (10): invalid character U+00C4";
    QTest::newRow("unknown AI") << "(89)ABC"
                                << "unknown AI (89)";
    QTest::newRow("unknown AI in FNC1 data")
        << "0109506000134352" + QString("89ABC") << "unknown AI at position 17";
    QTest::newRow("empty value") << "(10)(17)261231"
                                 << "AI (10): empty value";
    QTest::newRow("repeat with other value") << "(10)A(10)B"
                                             << "AI (10) appears twice with different values";
    QTest::newRow("double GS") << "10ABC" + g + g + "17261231"
                               << "unexpected separator";
    QTest::newRow("empty") << ""
                           << "empty GS1 data";
    QTest::newRow("only FNC1") << g << "no AI in data";
    QTest::newRow("unclosed bracket") << "(01"
                                      << "not closed";
    QTest::newRow("weight decimal 6") << "(3106)001234"
                                      << "unknown AI (3106)";
    QTest::newRow("country list not whole") << "(423)52852"
                                            << "AI (423): value 52852 too short";
}

void Gs1Test::elementStringErrors()
{
    QFETCH(QString, data);
    QFETCH(QString, error);
    const Gs1ParseResult r = parseGs1ElementString(data);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(error) || r.error.contains(error), qPrintable(r.error));
    QVERIFY(r.elements.isEmpty()); // never half a result
}

void Gs1Test::digitalLink_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("bracketed");
    QTest::newRow("id.gs1.org") << "https://id.gs1.org/01/09506000134352"
                                << "(01)09506000134352";
    QTest::newRow("qualifiers and query")
        << "https://id.gs1.org/01/09506000134352/10/ABC/21/7?17=261231&3103=000500"
        << "(01)09506000134352(10)ABC(21)7(17)261231(3103)000500";
    QTest::newRow("brand domain with path prefix")
        << "https://shop.example.com/p/q/01/09506000134352?linkType=all"
        << "(01)09506000134352";
    QTest::newRow("gtin-13 padded") << "https://example.com/01/9506000134352"
                                    << "(01)09506000134352";
    QTest::newRow("gtin-12 padded") << "https://example.com/01/049000000443"
                                    << "(01)00049000000443";
    QTest::newRow("gtin-8 padded") << "http://example.com/01/96385074"
                                   << "(01)00000096385074";
    QTest::newRow("sscc") << "https://example.com/00/006141411234567890"
                          << "(00)006141411234567890";
    QTest::newRow("gln") << "https://example.com/414/9506000134352/254/A1"
                         << "(414)9506000134352(254)A1";
    QTest::newRow("giai") << "https://example.com/8004/9506000134352ABC"
                          << "(8004)9506000134352ABC";
    QTest::newRow("percent-encoded") << "https://example.com/01/09506000134352/10/A%2FB?99=x%20y"
                                     << "(01)09506000134352(10)A/B";
    QTest::newRow("short names") << "https://example.com/gtin/09506000134352/lot/ABC"
                                 << "(01)09506000134352(10)ABC";
    QTest::newRow("fragment ignored") << "https://example.com/01/09506000134352#top"
                                      << "(01)09506000134352";
}

void Gs1Test::digitalLink()
{
    QFETCH(QString, uri);
    QFETCH(QString, bracketed);
    const Gs1ParseResult r = parseGs1DigitalLink(uri);
    if (QTest::currentDataTag() == QLatin1String("percent-encoded")) {
        // "x y": a space is not CSET 82, so this URI is rejected as a whole.
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(u"AI (99)"), qPrintable(r.error));
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(bracketedForm(r.elements), bracketed);
}

void Gs1Test::digitalLinkErrors_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("error");
    QTest::newRow("ftp") << "ftp://example.com/01/09506000134352"
                         << "scheme";
    QTest::newRow("no key") << "https://example.com/products/123"
                            << "no primary key";
    QTest::newRow("bad check digit") << "https://id.gs1.org/01/09506000134353"
                                     << "AI (01): incorrect check digit";
    QTest::newRow("gtin wrong length") << "https://id.gs1.org/01/123456789"
                                       << "AI (01)";
    QTest::newRow("qualifier in query") << "https://id.gs1.org/01/09506000134352?10=ABC"
                                        << "must be in the path";
    QTest::newRow("qualifiers out of order") << "https://id.gs1.org/01/09506000134352/21/1/10/A"
                                             << "no primary key";
    QTest::newRow("unknown numeric query key") << "https://id.gs1.org/01/09506000134352?999=x"
                                               << "not a known AI";
    QTest::newRow("duplicate attribute") << "https://id.gs1.org/01/09506000134352?99=a&99=a"
                                         << "more than once";
    QTest::newRow("bad date attribute") << "https://id.gs1.org/01/09506000134352?17=261340"
                                        << "AI (17): invalid date 261340";
    QTest::newRow("trailing slash") << "https://id.gs1.org/01/09506000134352/"
                                    << "empty path segment";
    QTest::newRow("NUL") << "https://id.gs1.org/01/09506000134352/10/A%00"
                         << "NUL";
    QTest::newRow("space") << "https://id.gs1.org/01/09506000134352/10/A B"
                           << "not allowed in a URI";
    QTest::newRow("no host") << "https:///01/09506000134352"
                             << "host";
}

void Gs1Test::digitalLinkErrors()
{
    QFETCH(QString, uri);
    QFETCH(QString, error);
    const Gs1ParseResult r = parseGs1DigitalLink(uri);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(error), qPrintable(r.error));
    QVERIFY(r.elements.isEmpty());
}

void Gs1Test::associations_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("error");
    QTest::newRow("gtin, lot, expiry") << "(01)09506000134352(10)ABC(17)261231"
                                       << "";
    QTest::newRow("variable measure price") << "(01)02112345678900(3922)599(3103)000500"
                                            << "";
    QTest::newRow("01 with 02") << "(01)09506000134352(02)09506000134352"
                                << "AIs (01) and (02) must not be used together";
    QTest::newRow("serial alone") << "(21)12345"
                                  << "AI (21) requires (01) or (8006)";
    QTest::newRow("price without measure")
        << "(01)02112345678900(3922)599"
        << "AI (3922) requires (01) and a variable measure (30, 31nn, 32nn, 35nn, 36nn)";
    QTest::newRow("two weights") << "(01)02112345678900(3103)000500(3102)005000"
                                 << "AIs (3103) and (3102) must not be used together";
}

void Gs1Test::associations()
{
    QFETCH(QString, data);
    QFETCH(QString, error);
    const Gs1ParseResult r = parseGs1ElementString(data);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(Gs1::checkAssociations(r.elements), error);
}

void Gs1Test::unescape()
{
    QCOMPARE(Gs1::unescapeDigitalLinkComponent(u"A%2Fb+c", false), QByteArray("A/b+c"));
    QCOMPARE(Gs1::unescapeDigitalLinkComponent(u"A%2Fb+c", true), QByteArray("A/b c"));
    QCOMPARE(Gs1::unescapeDigitalLinkComponent(u"%4", true), QByteArray("%4"));
    QCOMPARE(Gs1::unescapeDigitalLinkComponent(u"%zz%", true), QByteArray("%zz%"));
    QCOMPARE(Gs1::unescapeDigitalLinkComponent(u"%00", true), QByteArray(1, '\0'));
}

void Gs1Test::roundTrip()
{
    // Rendering parsed elements gives back the element string: separators exactly where FNC1 is needed.
    const QString g(gs);
    for (const QString &data : {QStringLiteral("0109506000134352") + "17261231" + "10ABC" + g + "21XYZ",
                                QStringLiteral("00006141411234567890") + "3103000500" + "3922599",
                                QStringLiteral("8005000365") + g + "0109506000134352"}) {
        const Gs1ParseResult r = parseGs1ElementString(data);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(Gs1::toElementString(r.elements), data);
    }
}

void Gs1Test::hostileInput()
{
    // Random mixes of digits, brackets, separators, URI syntax and arbitrary UTF-16: any answer, no crash,
    // and never a result that is both ok and empty.
    const QString alphabet = QStringLiteral("0123456789()/?&=%+#:.ABCxyz^\\") + QChar(0x1d);
    QRandomGenerator rng(7);
    for (int i = 0; i < 5000; ++i) {
        QString s = i % 2 ? QStringLiteral("https://a/") : QString();
        const int len = int(rng.bounded(80));
        for (int j = 0; j < len; ++j) {
            s += rng.bounded(8) == 0 ? QChar(char16_t(rng.bounded(0x10000)))
                                     : alphabet[qsizetype(rng.bounded(quint32(alphabet.size())))];
        }
        const Gs1ParseResult a = parseGs1ElementString(s);
        const Gs1ParseResult b = parseGs1DigitalLink(s);
        QVERIFY(!a.ok() || !a.elements.isEmpty());
        QVERIFY(!b.ok() || !b.elements.isEmpty());
        if (a.ok()) {
            const QString rule = Gs1::checkAssociations(a.elements);
            QVERIFY2(rule.isEmpty() || rule.startsWith(u"AI"), qPrintable(rule));
        }
    }
    // Long inputs stay linear enough to finish at once.
    QVERIFY(!parseGs1ElementString(QString(100000, u'9')).ok());
    QVERIFY(
        !parseGs1DigitalLink(QStringLiteral("https://a") + QString(50000, u'/') + "01/09506000134352").ok());
    QVERIFY(parseGs1DigitalLink(QStringLiteral("https://a/") + QStringLiteral("x/").repeated(2000)
                                + "01/09506000134352")
                .ok());
}

// ---- Third-party vectors (gs1/gs1-syntax-engine, see /work/shared/testdata/gs1/README.md) ----

void Gs1Test::vectors_data()
{
    QTest::addColumn<QString>("kind");
    // One row per group of kinds so each has its own pass/fail line.
    for (const char *k : {"ai_bracketed_to_fnc1", "ai_fnc1_data_validate", "ai_association_rule", "ai_linter",
                          "ai_error_markup", "dl_uri_to_fnc1", "dl_uri_unescape", "scan_data_to_fnc1",
                          "readme_dl_uri_to_ai", "linter", "generation (out of scope)"})
        QTest::newRow(k) << QString::fromLatin1(k);
}

void Gs1Test::vectors()
{
    QFETCH(QString, kind);
    if (!m_haveVectors)
        QSKIP("GS1 vectors not found at " OMNITOTE_SHARED_TESTDATA
              "/gs1/vectors.tsv (a clone without ../shared)");

    static const QStringList generationKinds = {
        QStringLiteral("fnc1_to_scan_data"), QStringLiteral("ai_to_dl_uri"), QStringLiteral("dl_uri_escape"),
        QStringLiteral("readme_ai_to_dl_uri")};
    // Linter codes whose rule this library implements; the others are code lists (ISO 3166/4217, IBAN),
    // coupon grammars, GCP/position checks and the GMN check pair.
    static const QStringList implementedLinterCodes = {"GS1_LINTER_OK",
                                                       "GS1_LINTER_NON_DIGIT_CHARACTER",
                                                       "GS1_LINTER_INVALID_CSET82_CHARACTER",
                                                       "GS1_LINTER_INVALID_CSET39_CHARACTER",
                                                       "GS1_LINTER_INVALID_CSET64_CHARACTER",
                                                       "GS1_LINTER_INVALID_CSET64_PADDING",
                                                       "GS1_LINTER_INCORRECT_CHECK_DIGIT",
                                                       "GS1_LINTER_ILLEGAL_ZERO_VALUE",
                                                       "GS1_LINTER_NOT_ZERO",
                                                       "GS1_LINTER_ILLEGAL_ZERO_PREFIX",
                                                       "GS1_LINTER_NOT_ZERO_OR_ONE",
                                                       "GS1_LINTER_INVALID_WINDING_DIRECTION",
                                                       "GS1_LINTER_ILLEGAL_MONTH",
                                                       "GS1_LINTER_ILLEGAL_DAY",
                                                       "GS1_LINTER_ILLEGAL_HOUR",
                                                       "GS1_LINTER_ILLEGAL_MINUTE",
                                                       "GS1_LINTER_ILLEGAL_SECOND",
                                                       "GS1_LINTER_ZERO_PIECE_NUMBER",
                                                       "GS1_LINTER_ZERO_TOTAL_PIECES",
                                                       "GS1_LINTER_PIECE_NUMBER_EXCEEDS_TOTAL",
                                                       "GS1_LINTER_INVALID_LATITUDE",
                                                       "GS1_LINTER_INVALID_LONGITUDE",
                                                       "GS1_LINTER_INVALID_BIOLOGICAL_SEX_CODE",
                                                       "GS1_LINTER_NOT_HYPHEN"};
    static const QRegularExpression zeroSuppressedGtin(
        QStringLiteral("(/|[?&])01[/=](\\d{8}|\\d{12}|\\d{13})(\\D|$)"));

    // Same kind, input and recorded settings but opposite outcomes: a setting the extraction did not capture.
    QHash<QString, QSet<bool>> outcomes;
    for (const Vector &v : m_vectors)
        outcomes[v.kind + u'\t' + v.input + u'\t' + v.settings].insert(v.expectOk);

    Tally t;
    for (const Vector &v : m_vectors) {
        const bool isLinter = v.kind.startsWith(u"linter:");
        const bool isAssociation = v.kind.startsWith(u"ai_association_rule:");
        const bool inGroup = kind == u"generation (out of scope)" ? generationKinds.contains(v.kind)
            : kind == u"linter"                                   ? isLinter
            : kind == u"ai_association_rule"                      ? isAssociation
                                                                  : v.kind == kind;
        if (!inGroup)
            continue;
        if (kind == u"generation (out of scope)") {
            t.skip(v.kind + QStringLiteral(": generating scan data / URIs, this library only parses"));
            continue;
        }
        if (outcomes.value(v.kind + u'\t' + v.input + u'\t' + v.settings).size() > 1) {
            t.skip(QStringLiteral("contradictory duplicate (same input and settings, opposite outcomes)"));
            continue;
        }
        Gs1ParseOptions options;
        options.permitUnknownAis = v.settings.contains(u"PermitUnknownAIs=true");

        if (kind == u"ai_bracketed_to_fnc1") {
            const Gs1ParseResult r = parseGs1ElementString(v.input, options);
            t.check(v.expectOk ? r.ok() && caretForm(r.elements) == v.expected : !r.ok(), v,
                    r.ok() ? caretForm(r.elements) : r.error);
        } else if (kind == u"ai_fnc1_data_validate") {
            if (!v.input.isEmpty() && !v.input.startsWith(u'^')) {
                t.skip(QStringLiteral("no leading FNC1: our API takes 'this is GS1' from the symbology id"));
                continue;
            }
            const Gs1ParseResult r = parseGs1ElementString(caretToGs(v.input), options);
            t.check(r.ok() == v.expectOk, v, r.ok() ? caretForm(r.elements) : r.error);
        } else if (kind == u"ai_association_rule") {
            const Gs1ParseResult r = parseGs1ElementString(v.input, options);
            const QString error = r.ok() ? Gs1::checkAssociations(r.elements) : r.error;
            t.check(error.isEmpty() == v.expectOk, v, error.isEmpty() ? QStringLiteral("accepted") : error);
        } else if (kind == u"ai_linter") {
            const QString code = v.expected.section(u' ', 0, 0);
            if (!implementedLinterCodes.contains(code)) {
                t.skip(QStringLiteral(
                    "linter rule not implemented (code lists, coupons, GCP, IBAN, check pair)"));
                continue;
            }
            const Gs1ParseResult r = parseGs1ElementString(v.input, options);
            t.check(r.ok() == v.expectOk, v, r.ok() ? QStringLiteral("accepted") : r.error);
        } else if (kind == u"ai_error_markup") {
            t.skip(QStringLiteral("error position markup: we report the position in the error text"));
        } else if (kind == u"dl_uri_to_fnc1") {
            if (v.settings.contains(u"PermitZeroSuppressedGTINinDLuris=false") && !v.expectOk
                && zeroSuppressedGtin.match(v.input).hasMatch()) {
                t.skip(
                    QStringLiteral("zero-suppressed GTIN rejected by engine setting; we always pad (brief)"));
                continue;
            }
            if (v.settings.contains(u"vUNKNOWN_AI_NOT_DL_ATTR, false") && options.permitUnknownAis) {
                t.skip(
                    QStringLiteral("unknown AIs as DL attributes permitted by engine setting; we never do"));
                continue;
            }
            const Gs1ParseResult r = parseGs1DigitalLink(v.input);
            t.check(v.expectOk ? r.ok() && caretForm(r.elements) == v.expected : !r.ok(), v,
                    r.ok() ? caretForm(r.elements) : r.error);
        } else if (kind == u"dl_uri_unescape") {
            static const QRegularExpression re(QStringLiteral("^path: '(.*)' \\| query: '(.*)'$"));
            const auto m = re.match(v.expected);
            QVERIFY2(m.hasMatch(), qPrintable(v.expected));
            auto bytes = [](QString s) {
                return s.replace(QStringLiteral("\\x01"), QString(QChar(1))).toLatin1();
            };
            const QByteArray path = Gs1::unescapeDigitalLinkComponent(v.input, false);
            const QByteArray query = Gs1::unescapeDigitalLinkComponent(v.input, true);
            t.check(path == bytes(m.captured(1)) && query == bytes(m.captured(2)), v,
                    QString::fromLatin1(path + " | " + query));
        } else if (kind == u"scan_data_to_fnc1") {
            if (v.input.contains(u'|')) {
                t.skip(QStringLiteral("EAN/UPC with a '|]e0' composite component is not supported"));
                continue;
            }
            if (!v.input.startsWith(u']') || v.input.size() < 3) {
                t.skip(QStringLiteral(
                    "no or short symbology id: valid Text for a kiosk, the engine requires one"));
                continue;
            }
            if (v.input.startsWith(u"]E0") && v.input.size() == 15 && !v.expectOk) {
                t.skip(QStringLiteral("]E0 with 12 digits: accepted as UPC-A (how ZXing 1.4 reports UPC-A)"));
                continue;
            }
            if (v.expectOk && v.input.size() == 3) {
                t.skip(QStringLiteral("empty non-GS1 payload: an empty scan is an error for the kiosk"));
                continue;
            }
            if (!v.expectOk && v.input.contains(u"://")) {
                t.skip(QStringLiteral("URL that is not a Digital Link is Kind::Url by design"));
                continue;
            }
            const ScannedCodeProbe probe = probeScan(v.input);
            const QString data = v.expected.section(QStringLiteral(" data="), 1);
            bool ok = false;
            if (!v.expectOk) {
                ok = !probe.ok;
            } else if (data.startsWith(u'^')) {
                ok = probe.ok && probe.kind == u"gs1" && u'^' + probe.elementString == data;
            } else if (v.expected.startsWith(u"sym=EAN")) {
                ok = probe.ok && probe.kind == u"gtin" && probe.gtin.endsWith(data);
            } else {
                // Plain data in a non-GS1 symbol: text, URL or Digital Link, but never GS1 element data.
                ok = probe.ok && probe.kind != u"gs1" && probe.kind != u"gtin";
            }
            t.check(ok, v, probe.kind + u' ' + (probe.ok ? probe.elementString : probe.error));
        } else if (kind == u"readme_dl_uri_to_ai") {
            const Gs1ParseResult r = parseGs1DigitalLink(v.input);
            if (v.note.contains(u"README shows no <GS>")) {
                t.skip(QStringLiteral("README example without the required GS (inconsistent, see its note)"));
            } else if (v.expected.startsWith(u'{')) {
                QJsonObject got;
                for (const Gs1Element &e : r.elements)
                    got.insert(e.ai, e.value);
                t.check(r.ok() && QJsonDocument::fromJson(v.expected.toUtf8()).object() == got, v,
                        QString::fromUtf8(QJsonDocument(got).toJson(QJsonDocument::Compact)));
            } else {
                t.check(r.ok() && bracketedForm(r.elements) == v.expected, v,
                        r.ok() ? bracketedForm(r.elements) : r.error);
            }
        } else if (kind == u"linter") {
            const QString linter = v.kind.mid(7);
            const QString result = Gs1::lintComponent(linter, v.input);
            if (result.startsWith(u"unknown check")) {
                t.skip(QStringLiteral("linter %1 not implemented").arg(linter));
                continue;
            }
            t.check(result.isEmpty() == v.expectOk, v, result.isEmpty() ? QStringLiteral("ok") : result);
        }
    }
    qInfo().noquote() << t.summary(kind);
    QVERIFY2(t.failures.isEmpty(), qPrintable(t.failures.join(u'\n')));
    QVERIFY(t.pass > 0 || kind == u"generation (out of scope)" || kind == u"ai_error_markup");
}

QTEST_GUILESS_MAIN(Gs1Test)
#include "gs1test.moc"
