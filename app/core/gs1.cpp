// SPDX-License-Identifier: MIT
#include "gs1.h"
#include "gs1aitable_p.h"
#include "gtin.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Omnitote {

namespace {

constexpr QChar groupSeparator(0x1d);

/** One component of an AI value, e.g. the N13 of (253). */
struct Component
{
    char cset = 'N';
    int min = 0;
    int max = 0;
    bool optional = false;
    QStringList checks;
};

/** An AI with its parsed format. */
struct AiDef
{
    Gs1::AiInfo info;
    QList<Component> components;
};

/** The expanded AI table, built once. */
struct AiTable
{
    QHash<QString, AiDef> byAi;
    QStringList ordered;
    QHash<QString, int> lengthByPrefix; // first two digits -> AI length, for AIs the table lacks
};

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allDigits(QStringView s)
{
    return std::all_of(s.begin(), s.end(), isDigit);
}

// The AI prefixes whose element strings have a predefined length and so never need FNC1 after them.
bool hasPredefinedLength(QStringView ai)
{
    static const QSet<QString> prefixes = {
        QStringLiteral("00"), QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("03"),
        QStringLiteral("04"), QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("13"),
        QStringLiteral("14"), QStringLiteral("15"), QStringLiteral("16"), QStringLiteral("17"),
        QStringLiteral("18"), QStringLiteral("19"), QStringLiteral("20"), QStringLiteral("31"),
        QStringLiteral("32"), QStringLiteral("33"), QStringLiteral("34"), QStringLiteral("35"),
        QStringLiteral("36"), QStringLiteral("41")};
    return ai.size() >= 2 && prefixes.contains(ai.first(2).toString());
}

QList<Component> parseFormat(const QString &format)
{
    QList<Component> result;
    const QStringList tokens = format.split(u' ', Qt::SkipEmptyParts);
    for (QString token : tokens) {
        Component c;
        if (token.startsWith(u'[')) {
            c.optional = true;
            token.remove(0, 1);
        }
        QStringList parts = token.split(u',');
        const QString spec = parts.takeFirst();
        c.cset = spec[0].toLatin1();
        const QString length = spec.mid(1);
        const qsizetype dots = length.indexOf(QStringLiteral(".."));
        if (dots >= 0) {
            c.min = dots == 0 ? 1 : length.left(dots).toInt();
            c.max = length.mid(dots + 2).toInt();
        } else {
            c.min = c.max = length.toInt();
        }
        c.checks = parts;
        result.append(c);
    }
    return result;
}

AiTable buildTable()
{
    AiTable t;
    auto add = [&t](const QString &ai, const Gs1::Detail::AiTableEntry &e) {
        AiDef def;
        def.info.ai = ai;
        def.info.title = QString::fromLatin1(e.title);
        def.info.format = QString::fromLatin1(e.format);
        def.components = parseFormat(def.info.format);
        def.info.numericOnly = true;
        for (const Component &c : std::as_const(def.components)) {
            def.info.maxLength += c.max;
            if (!c.optional)
                def.info.minLength += c.min;
            if (c.cset != 'N')
                def.info.numericOnly = false;
        }
        def.info.fixedLength = def.info.minLength == def.info.maxLength;
        def.info.requiresFnc1 = !hasPredefinedLength(ai);
        t.byAi.insert(ai, def);
        t.ordered.append(ai);
        t.lengthByPrefix.insert(ai.left(2), int(ai.size()));
    };
    for (int i = 0; i < Gs1::Detail::aiTableSize; ++i) {
        const auto &e = Gs1::Detail::aiTable[i];
        QString ai = QString::fromLatin1(e.ai);
        if (e.lastN >= 0) {
            ai.chop(1);
            for (int n = 0; n <= e.lastN; ++n)
                add(ai + QChar(u'0' + n), e);
        } else {
            add(ai, e);
        }
    }
    std::sort(t.ordered.begin(), t.ordered.end());
    return t;
}

const AiTable &aiTable()
{
    static const AiTable table = buildTable();
    return table;
}

const AiDef *findDef(QStringView ai)
{
    const auto &byAi = aiTable().byAi;
    const auto it = byAi.constFind(ai.toString());
    return it == byAi.constEnd() ? nullptr : &it.value();
}

// How a character is named in an error: control and non-ASCII characters would be unreadable (or
// worse, a terminal escape) if put in the text as they are.
QString describeChar(QChar c)
{
    if (c.unicode() < 0x20 || c.unicode() >= 0x7f)
        return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QChar(u'0')).toUpper();
    return QStringLiteral("'%1'").arg(c);
}

bool inCset82(QChar c)
{
    static const QString punctuation = QStringLiteral("!\"%&'()*+,-./:;<=>?_");
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')
        || punctuation.contains(c);
}

bool inCset39(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || u == u'#' || u == u'-' || u == u'/';
}

bool inCset64(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || u == u'-'
        || u == u'_';
}

int number(QStringView digits)
{
    int n = 0;
    for (QChar c : digits)
        n = n * 10 + (c.unicode() - u'0');
    return n;
}

bool validMonthDay(int year, int month, int day, bool dayMayBeZero)
{
    static const int daysInMonth[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return false;
    if (day == 0)
        return dayMayBeZero;
    if (day > daysInMonth[month - 1])
        return false;
    if (month == 2 && day == 29) {
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return leap;
    }
    return true;
}

// Component checks by name. *known is false for checks this library does not implement (code lists
// such as ISO 3166 and the coupon grammars); those are not enforced.
QString lint(QStringView check, QStringView v, bool *known, qsizetype offset = 0)
{
    *known = true;
    // Positions in messages count from the start of the whole value, not of this component.
    auto firstNonDigit = [&v, offset]() -> QString {
        for (qsizetype i = 0; i < v.size(); ++i) {
            if (!isDigit(v[i]))
                return QStringLiteral("non-digit character %1 at position %2")
                    .arg(describeChar(v[i]))
                    .arg(offset + i + 1);
        }
        return {};
    };
    if (check == u"csetnumeric")
        return firstNonDigit();
    if (check == u"cset82" || check == u"cset39" || check == u"cset64") {
        const bool is64 = check == u"cset64";
        qsizetype end = v.size();
        if (is64) {
            // Padding: one or two '=' at the end of a value whose padded length is a multiple of 3.
            qsizetype pad = 0;
            while (pad < v.size() && v[v.size() - 1 - pad] == u'=')
                ++pad;
            if (pad > 0 && (pad > 2 || pad == v.size() || v.size() % 3 != 0))
                return QStringLiteral("invalid CSET 64 padding");
            end -= pad;
        }
        for (qsizetype i = 0; i < end; ++i) {
            const QChar c = v[i];
            const bool ok = check == u"cset82" ? inCset82(c) : check == u"cset39" ? inCset39(c) : inCset64(c);
            if (!ok) {
                return QStringLiteral("invalid character %1 at position %2 (not in GS1 CSET %3)")
                    .arg(describeChar(c))
                    .arg(offset + i + 1)
                    .arg(check.mid(4));
            }
        }
        return {};
    }
    if (check == u"csum") {
        if (QString e = firstNonDigit(); !e.isEmpty())
            return e;
        if (!Gtin::hasValidCheckDigit(v))
            return QStringLiteral("incorrect check digit in %1").arg(v);
        return {};
    }
    if (check == u"yymmdd" || check == u"yymmd0" || check == u"yyyymmdd" || check == u"yyyymmd0") {
        const bool longYear = check.startsWith(u"yyyy");
        const qsizetype len = longYear ? 8 : 6;
        if (v.size() != len || !allDigits(v))
            return QStringLiteral("invalid date %1").arg(v);
        const int yearDigits = longYear ? 4 : 2;
        int year = number(v.first(yearDigits));
        // Two-digit years fall in 2000-2099 for the leap-year test; 1951-1999 gives the same answer.
        if (!longYear)
            year += 2000;
        const int month = number(v.mid(yearDigits, 2));
        const int day = number(v.mid(yearDigits + 2, 2));
        if (!validMonthDay(year, month, day, check.endsWith(u"d0")))
            return QStringLiteral("invalid date %1").arg(v);
        return {};
    }
    if (check == u"hh" || check == u"mi" || check == u"ss" || check == u"hhmi") {
        const qsizetype len = check == u"hhmi" ? 4 : 2;
        if (v.size() != len || !allDigits(v))
            return QStringLiteral("invalid time %1").arg(v);
        const int first = number(v.first(2));
        const int limit = check == u"hh" || check == u"hhmi" ? 23 : 59;
        if (first > limit || (len == 4 && number(v.mid(2, 2)) > 59))
            return QStringLiteral("invalid time %1").arg(v);
        return {};
    }
    if (check == u"nonzero") {
        if (QString e = firstNonDigit(); !e.isEmpty())
            return e;
        if (std::all_of(v.begin(), v.end(), [](QChar c) { return c == u'0'; }))
            return QStringLiteral("value must not be zero");
        return {};
    }
    if (check == u"zero") {
        return !v.isEmpty() && std::all_of(v.begin(), v.end(), [](QChar c) { return c == u'0'; })
            ? QString()
            : QStringLiteral("value must be 0");
    }
    if (check == u"yesno")
        return v == u"0" || v == u"1" ? QString() : QStringLiteral("value must be 0 or 1");
    if (check == u"iso5218") {
        return v == u"0" || v == u"1" || v == u"2" || v == u"9" ? QString()
                                                                : QStringLiteral("invalid ISO 5218 sex code");
    }
    if (check == u"winding")
        return v == u"0" || v == u"1" || v == u"9" ? QString() : QStringLiteral("invalid winding direction");
    if (check == u"hyphen") {
        return !v.isEmpty() && std::all_of(v.begin(), v.end(), [](QChar c) { return c == u'-'; })
            ? QString()
            : QStringLiteral("value must be '-'");
    }
    if (check == u"hasnondigit") {
        return std::any_of(v.begin(), v.end(), [](QChar c) { return !isDigit(c); })
            ? QString()
            : QStringLiteral("value must contain a non-digit");
    }
    if (check == u"nozeroprefix") {
        if (QString e = firstNonDigit(); !e.isEmpty())
            return e;
        return v.startsWith(u'0') ? QStringLiteral("value must not start with 0") : QString();
    }
    if (check == u"pieceoftotal") {
        if (v.size() % 2 != 0 || v.isEmpty() || !allDigits(v))
            return QStringLiteral("invalid piece/total %1").arg(v);
        const int piece = number(v.first(v.size() / 2));
        const int total = number(v.mid(v.size() / 2));
        if (piece == 0)
            return QStringLiteral("piece number must not be zero");
        if (total == 0)
            return QStringLiteral("total number of pieces must not be zero");
        if (piece > total)
            return QStringLiteral("piece number %1 exceeds total %2").arg(piece).arg(total);
        return {};
    }
    if (check == u"latitude" || check == u"longitude") {
        const bool lat = check == u"latitude";
        if (v.size() != 10 || !allDigits(v))
            return QStringLiteral("invalid %1 %2").arg(check, v);
        if (v.toULongLong() > (lat ? 1800000000ULL : 3600000000ULL))
            return QStringLiteral("invalid %1 %2").arg(check, v);
        return {};
    }
    *known = false;
    return QStringLiteral("unknown check %1").arg(check);
}

QString validateAgainst(const QString &ai, const AiDef &def, QStringView value)
{
    const QString prefix = QStringLiteral("AI (%1): ").arg(ai);
    if (value.isEmpty())
        return prefix + QStringLiteral("empty value");
    qsizetype pos = 0;
    for (const Component &c : def.components) {
        const qsizetype remaining = value.size() - pos;
        if (remaining == 0 && (c.optional || c.min == 0))
            continue;
        qsizetype take = std::min<qsizetype>(remaining, c.max);
        if (take < c.min) {
            return prefix
                + QStringLiteral("value %1 too short (%2 characters, format %3)")
                      .arg(value)
                      .arg(value.size())
                      .arg(def.info.format);
        }
        const QStringView part = value.mid(pos, take);
        bool known = true;
        const QString csetCheck = c.cset == 'N' ? QStringLiteral("csetnumeric")
            : c.cset == 'Y'                     ? QStringLiteral("cset39")
            : c.cset == 'Z'                     ? QStringLiteral("cset64")
                                                : QStringLiteral("cset82");
        QString error = lint(csetCheck, part, &known, pos);
        for (qsizetype i = 0; error.isEmpty() && i < c.checks.size(); ++i) {
            error = lint(c.checks[i], part, &known, pos);
            if (!known)
                error.clear(); // code lists (ISO 3166, ISO 4217) are not enforced, see lintComponent()
        }
        if (!error.isEmpty())
            return prefix + error;
        pos += take;
    }
    if (pos < value.size()) {
        return prefix
            + QStringLiteral("value too long (%1 characters, at most %2)")
                  .arg(value.size())
                  .arg(def.info.maxLength);
    }
    return {};
}

// The definition used for an AI the table lacks, when the caller permits unknown AIs.
const AiDef &unknownAiDef()
{
    static const AiDef def = [] {
        AiDef d;
        d.info.title = QStringLiteral("UNKNOWN");
        d.info.format = QStringLiteral("X..90");
        d.components = parseFormat(d.info.format);
        d.info.minLength = 1;
        d.info.maxLength = 90;
        return d;
    }();
    return def;
}

// Rejects an AI given twice with different values: a symbol cannot mean two things at once.
QString checkRepeats(const QList<Gs1Element> &elements)
{
    QHash<QString, QString> seen;
    for (const Gs1Element &e : elements) {
        const auto it = seen.constFind(e.ai);
        if (it != seen.constEnd() && it.value() != e.value)
            return QStringLiteral("AI (%1) appears twice with different values").arg(e.ai);
        seen.insert(e.ai, e.value);
    }
    return {};
}

Gs1ParseResult parseBracketed(QStringView data, const Gs1ParseOptions &options)
{
    Gs1ParseResult r;
    qsizetype pos = 0;
    const qsizetype n = data.size();
    while (pos < n) {
        if (data[pos] != u'(') {
            r.error = QStringLiteral("expected '(' at position %1").arg(pos + 1);
            return r;
        }
        const qsizetype close = data.indexOf(u')', pos + 1);
        if (close < 0) {
            r.error = QStringLiteral("AI at position %1 is not closed with ')'").arg(pos + 1);
            return r;
        }
        const QStringView ai = data.mid(pos + 1, close - pos - 1);
        if (ai.size() < 2 || ai.size() > 4 || !allDigits(ai)) {
            r.error = QStringLiteral("invalid AI (%1): must be 2 to 4 digits").arg(ai.left(8));
            return r;
        }
        QString value;
        pos = close + 1;
        while (pos < n && data[pos] != u'(') {
            // "\(" is a literal bracket inside a value.
            if (data[pos] == u'\\' && pos + 1 < n && data[pos + 1] == u'(') {
                value += u'(';
                pos += 2;
            } else {
                value += data[pos++];
            }
        }
        const QString aiText = ai.toString();
        const AiDef *def = findDef(ai);
        if (!def && !options.permitUnknownAis) {
            r.error = QStringLiteral("unknown AI (%1)").arg(aiText);
            return r;
        }
        if (QString e = validateAgainst(aiText, def ? *def : unknownAiDef(), value); !e.isEmpty()) {
            r.error = e;
            return r;
        }
        r.elements.append({aiText, value});
    }
    if (r.elements.isEmpty())
        r.error = QStringLiteral("no AI in data");
    return r;
}

Gs1ParseResult parseFnc1(QStringView data, const Gs1ParseOptions &options)
{
    Gs1ParseResult r;
    qsizetype pos = 0;
    const qsizetype n = data.size();
    // A leading GS is FNC1 in first position, which only says "this is GS1 data".
    if (pos < n && data[pos] == groupSeparator)
        ++pos;
    bool separatorAllowed = false; // a GS after a predefined-length element is superfluous but harmless
    while (pos < n) {
        if (data[pos] == groupSeparator) {
            if (!separatorAllowed) {
                r.error = QStringLiteral("unexpected separator (GS) at position %1").arg(pos + 1);
                return r;
            }
            separatorAllowed = false;
            ++pos;
            continue;
        }
        // GS1 AIs are prefix-free, so at most one length matches.
        const AiDef *def = nullptr;
        QString ai;
        for (int len = 2; len <= 4 && pos + len <= n; ++len) {
            const QStringView candidate = data.mid(pos, len);
            if (!allDigits(candidate))
                break;
            if ((def = findDef(candidate))) {
                ai = candidate.toString();
                break;
            }
        }
        if (!def && options.permitUnknownAis && pos + 2 <= n && allDigits(data.mid(pos, 2))) {
            const int len = aiTable().lengthByPrefix.value(data.mid(pos, 2).toString(), 0);
            if (len > 0 && pos + len <= n && allDigits(data.mid(pos, len))) {
                ai = data.mid(pos, len).toString();
                def = &unknownAiDef();
            }
        }
        if (!def) {
            r.error = QStringLiteral("unknown AI at position %1: %2").arg(pos + 1).arg(data.mid(pos, 4));
            return r;
        }
        pos += ai.size();
        qsizetype end = data.indexOf(groupSeparator, pos);
        if (end < 0)
            end = n;
        if (!def->info.requiresFnc1)
            end = std::min(end, pos + def->info.maxLength);
        const QStringView value = data.mid(pos, end - pos);
        if (QString e = validateAgainst(ai, *def, value); !e.isEmpty()) {
            r.error = e;
            return r;
        }
        r.elements.append({ai, value.toString()});
        pos = end;
        if (def->info.requiresFnc1) {
            if (pos < n)
                ++pos; // the GS that ended the value
            separatorAllowed = false;
        } else {
            separatorAllowed = true;
        }
    }
    if (r.elements.isEmpty())
        r.error = QStringLiteral("no AI in data");
    return r;
}

// ---- Digital Link ----

/** Primary keys and the key qualifiers that may follow them in the path, in this order. */
struct DlKey
{
    const char16_t *ai;
    QList<QStringList> qualifierPaths;
};

const QList<DlKey> &dlKeys()
{
    static const QList<DlKey> keys = {
        {u"00", {}},
        {u"01", {{"22", "10", "21"}, {"235"}}},
        {u"253", {}},
        {u"255", {}},
        {u"401", {}},
        {u"402", {}},
        {u"414", {{"254"}, {"7040"}}},
        {u"417", {{"7040"}}},
        {u"8003", {}},
        {u"8004", {{"7040"}}},
        {u"8006", {{"22", "10", "21"}}},
        {u"8010", {{"8011"}}},
        {u"8013", {{"7040"}}},
        {u"8017", {{"8019"}}},
        {u"8018", {{"8019"}}},
    };
    return keys;
}

const DlKey *findDlKey(QStringView ai)
{
    for (const DlKey &k : dlKeys()) {
        if (ai == QStringView(k.ai))
            return &k;
    }
    return nullptr;
}

// The short names of Digital Link 1.x for keys and qualifiers ("/gtin/…/lot/…"), still in print.
QString convenienceAlphaToAi(QStringView segment)
{
    static const QHash<QString, QString> map = {
        {"sscc", "00"},   {"gtin", "01"},   {"lot", "10"},    {"ser", "21"},    {"cpv", "22"},
        {"tpx", "235"},   {"gdti", "253"},  {"glnx", "254"},  {"gcn", "255"},   {"ginc", "401"},
        {"gsin", "402"},  {"loc", "414"},   {"party", "417"}, {"grai", "8003"}, {"giai", "8004"},
        {"itip", "8006"}, {"cpid", "8010"}, {"cpsn", "8011"}, {"gmn", "8013"},  {"gsrnp", "8017"},
        {"gsrn", "8018"}, {"srin", "8019"},
    };
    return map.value(segment.toString());
}

QString pathAi(QStringView segment)
{
    if (!segment.isEmpty() && allDigits(segment))
        return segment.toString();
    return convenienceAlphaToAi(segment);
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Characters a URI may carry as they are (RFC 3986 unreserved, reserved and '%').
bool isUriChar(QChar c)
{
    static const QString extra = QStringLiteral("-._~:/?#[]@!$&'()*+,;=%");
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')
        || extra.contains(c);
}

bool isValidHost(QStringView host)
{
    if (host.isEmpty())
        return false;
    if (host.startsWith(u'[')) {
        // IPv6 literal; a zone identifier ("%25lo") has no meaning outside the local machine.
        if (!host.endsWith(u']') || host.size() < 4)
            return false;
        const QStringView inner = host.mid(1, host.size() - 2);
        return std::all_of(inner.begin(), inner.end(),
                           [](QChar c) { return hexValue(c) >= 0 || c == u':' || c == u'.'; });
    }
    return std::all_of(host.begin(), host.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || u == u'-'
            || u == u'.';
    });
}

QString decodeToValue(QStringView component, bool isQuery, QString *error)
{
    const QByteArray bytes = Gs1::unescapeDigitalLinkComponent(component, isQuery);
    if (bytes.contains('\0')) {
        *error = QStringLiteral("percent-encoded NUL in %1").arg(component);
        return {};
    }
    // AI values are CSET 82 or narrower, so anything not ASCII fails validation later with a clear text.
    return QString::fromLatin1(bytes);
}

} // namespace

QString Gs1ParseResult::value(QStringView ai) const
{
    for (const Gs1Element &e : elements) {
        if (e.ai == ai)
            return e.value;
    }
    return {};
}

Gs1ParseResult parseGs1ElementString(QStringView data)
{
    return parseGs1ElementString(data, Gs1ParseOptions());
}

Gs1ParseResult parseGs1ElementString(QStringView data, const Gs1ParseOptions &options)
{
    Gs1ParseResult r;
    if (data.isEmpty()) {
        r.error = QStringLiteral("empty GS1 data");
        return r;
    }
    r = data.startsWith(u'(') ? parseBracketed(data, options) : parseFnc1(data, options);
    if (r.ok())
        r.error = checkRepeats(r.elements);
    if (!r.ok())
        r.elements.clear();
    return r;
}

Gs1ParseResult parseGs1DigitalLink(QStringView uri)
{
    Gs1ParseResult r;
    auto fail = [&r](const QString &why) {
        r.elements.clear();
        r.error = QStringLiteral("not a GS1 Digital Link: ") + why;
        return r;
    };
    // Scheme: http or https, all lower or all upper case.
    qsizetype pos = 0;
    for (const char16_t *scheme : {u"https://", u"http://", u"HTTPS://", u"HTTP://"}) {
        if (uri.startsWith(QStringView(scheme))) {
            pos = QStringView(scheme).size();
            break;
        }
    }
    if (pos == 0)
        return fail(QStringLiteral("scheme must be http or https"));
    for (qsizetype i = 0; i < uri.size(); ++i) {
        if (!isUriChar(uri[i]))
            return fail(QStringLiteral("character %1 is not allowed in a URI").arg(describeChar(uri[i])));
    }
    QStringView rest = uri.mid(pos);
    if (const qsizetype hash = rest.indexOf(u'#'); hash >= 0)
        rest = rest.first(hash); // the fragment is for the client, not part of the identifier
    QStringView query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.first(q);
    }
    const qsizetype slash = rest.indexOf(u'/');
    if (slash < 0)
        return fail(QStringLiteral("no path"));
    QStringView authority = rest.first(slash);
    const QStringView path = rest.mid(slash + 1);
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0)
        authority = authority.mid(at + 1);
    QStringView host = authority;
    if (const qsizetype colon = authority.lastIndexOf(u':');
        colon >= 0 && !authority.mid(colon).contains(u']')) {
        const QStringView port = authority.mid(colon + 1);
        if (port.isEmpty() || port.size() > 5 || !allDigits(port) || port.toInt() > 65535)
            return fail(QStringLiteral("invalid port"));
        host = authority.first(colon);
    }
    if (!isValidHost(host))
        return fail(QStringLiteral("invalid host name"));
    if (path.isEmpty())
        return fail(QStringLiteral("no primary key in the path"));
    const QList<QStringView> segments = path.split(u'/');
    for (QStringView s : segments) {
        if (s.isEmpty())
            return fail(QStringLiteral("empty path segment"));
    }

    // Find where the primary key starts: the leftmost position from which the remaining path is a
    // primary key followed by its qualifiers in order. Anything before is a free path prefix.
    const qsizetype count = segments.size();
    qsizetype keyAt = -1;
    const QStringList *qualifierPath = nullptr;
    for (qsizetype i = count % 2; i + 2 <= count; i += 2) {
        const DlKey *key = findDlKey(pathAi(segments[i]));
        if (!key)
            continue;
        if (i + 2 == count) {
            keyAt = i;
            break;
        }
        for (const QStringList &qp : key->qualifierPaths) {
            qsizetype next = 0;
            bool ok = true;
            for (qsizetype j = i + 2; ok && j < count; j += 2) {
                const QString q = pathAi(segments[j]);
                while (next < qp.size() && qp[next] != q)
                    ++next;
                ok = next < qp.size();
                ++next;
            }
            if (ok) {
                qualifierPath = &qp;
                break;
            }
        }
        if (qualifierPath) {
            keyAt = i;
            break;
        }
    }
    if (keyAt < 0)
        return fail(QStringLiteral("no primary key with valid key qualifiers in the path"));

    QString decodeError;
    for (qsizetype j = keyAt; j < count; j += 2) {
        const QString ai = pathAi(segments[j]);
        QString value = decodeToValue(segments[j + 1], false, &decodeError);
        if (!decodeError.isEmpty())
            return fail(decodeError);
        // Digital Link lets a GTIN be written without its leading zeros (GTIN-8/12/13).
        if (ai == u"01" && allDigits(value)
            && (value.size() == 8 || value.size() == 12 || value.size() == 13))
            value = QString(14 - value.size(), u'0') + value;
        r.elements.append({ai, value});
    }
    const int pathElements = int(r.elements.size());

    for (QStringView param : query.split(u'&')) {
        if (param.isEmpty())
            continue;
        const qsizetype eq = param.indexOf(u'=');
        if (eq < 0)
            continue; // a bare word is not an attribute
        const QStringView key = param.first(eq);
        if (key.isEmpty() || !allDigits(key))
            continue; // non-AI parameters belong to the resolver or the brand
        const QString ai = key.toString();
        if (!findDef(ai))
            return fail(QStringLiteral("query parameter %1 is not a known AI").arg(ai));
        QString value = decodeToValue(param.mid(eq + 1), true, &decodeError);
        if (!decodeError.isEmpty())
            return fail(decodeError);
        if (value.isEmpty())
            return fail(QStringLiteral("empty value for AI (%1)").arg(ai));
        if (ai == u"01" && allDigits(value)
            && (value.size() == 8 || value.size() == 12 || value.size() == 13))
            value = QString(14 - value.size(), u'0') + value;
        // Key qualifiers belong in the path; in the query they would be ambiguous.
        const DlKey *primary = findDlKey(r.elements.first().ai);
        bool isQualifier = false;
        if (qualifierPath) {
            isQualifier = qualifierPath->contains(ai);
        } else {
            for (const QStringList &qp : primary->qualifierPaths)
                isQualifier = isQualifier || qp.contains(ai);
        }
        if (isQualifier)
            return fail(QStringLiteral("key qualifier AI (%1) must be in the path, not the query").arg(ai));
        r.elements.append({ai, value});
    }

    QSet<QString> seen;
    for (int i = 0; i < r.elements.size(); ++i) {
        const Gs1Element &e = r.elements[i];
        if (seen.contains(e.ai))
            return fail(QStringLiteral("AI (%1) given more than once").arg(e.ai));
        seen.insert(e.ai);
        if (i >= pathElements && findDlKey(e.ai) && e.ai == r.elements.first().ai)
            return fail(QStringLiteral("primary key AI (%1) repeated in the query").arg(e.ai));
        if (QString err = Gs1::validateValue(e.ai, e.value); !err.isEmpty()) {
            r.elements.clear();
            r.error = err;
            return r;
        }
    }
    return r;
}

namespace Gs1 {

const AiInfo *findAi(QStringView ai)
{
    const AiDef *def = findDef(ai);
    return def ? &def->info : nullptr;
}

QList<AiInfo> allAis()
{
    QList<AiInfo> result;
    for (const QString &ai : aiTable().ordered)
        result.append(aiTable().byAi.value(ai).info);
    return result;
}

QString validateValue(QStringView ai, QStringView value)
{
    const AiDef *def = findDef(ai);
    if (!def)
        return QStringLiteral("unknown AI (%1)").arg(ai.left(8));
    return validateAgainst(ai.toString(), *def, value);
}

QString lintComponent(QStringView check, QStringView value)
{
    bool known = true;
    return lint(check, value, &known);
}

QString checkAssociations(const QList<Gs1Element> &elements)
{
    if (QString e = checkRepeats(elements); !e.isEmpty())
        return e;
    QStringList ais;
    for (const Gs1Element &e : elements)
        ais.append(e.ai);
    // The first AI matching a pattern; a trailing 'n' in a pattern matches any last digit ("392n").
    auto matching = [&ais](QStringView pattern) -> QString {
        for (const QString &ai : std::as_const(ais)) {
            if (pattern.endsWith(u'n') ? ai.size() == pattern.size() && ai.startsWith(pattern.chopped(1))
                                       : ai == pattern)
                return ai;
        }
        return {};
    };
    auto has = [&matching](QStringView pattern) {
        return !matching(pattern).isEmpty();
    };
    auto hasPrefix = [&ais](QStringView prefix, qsizetype length) {
        return std::any_of(ais.begin(), ais.end(),
                           [=](const QString &ai) { return ai.size() == length && ai.startsWith(prefix); });
    };

    // Pairs that contradict each other: e.g. (01) identifies the item itself, (02) the items it contains.
    static const QList<QPair<QString, QString>> exclusive = {
        {"01", "02"},     {"01", "255"},    {"01", "37"},     {"21", "235"},    {"394n", "8111"},
        {"390n", "391n"}, {"392n", "393n"}, {"392n", "395n"}, {"393n", "395n"},
    };
    for (const auto &[a, b] : exclusive) {
        if (has(a) && has(b))
            return QStringLiteral("AIs (%1) and (%2) must not be used together")
                .arg(matching(a), matching(b));
    }
    // The same quantity twice with different decimal positions (e.g. 3100 and 3102, or 3940 and 3941).
    for (qsizetype i = 0; i < ais.size(); ++i) {
        for (qsizetype j = i + 1; j < ais.size(); ++j) {
            const QString &a = ais[i];
            const QString &b = ais[j];
            if (a.size() == 4 && b.size() == 4 && a != b && a.left(3) == b.left(3) && a[0] == u'3'
                && a[1] >= u'1' && a[1] <= u'9') {
                return QStringLiteral("AIs (%1) and (%2) must not be used together").arg(a, b);
            }
        }
    }

    const bool variableMeasure = has(u"30") || hasPrefix(u"31", 4) || hasPrefix(u"32", 4)
        || hasPrefix(u"35", 4) || hasPrefix(u"36", 4);
    struct Requisite
    {
        const char16_t *ai;
        bool satisfied;
        const char16_t *needs;
    };
    const QList<Requisite> requisites = {
        {u"02", has(u"00") && has(u"37"), u"(00) and (37)"},
        {u"37", has(u"02") || has(u"8026"), u"(02) or (8026)"},
        {u"21", has(u"01") || has(u"8006"), u"(01) or (8006)"},
        {u"22", has(u"01"), u"(01)"},
        {u"235", has(u"01"), u"(01)"},
        {u"250", (has(u"01") || has(u"8006")) && has(u"21"), u"(01) or (8006) with (21)"},
        {u"254", has(u"414"), u"(414)"},
        {u"392n", has(u"01") && variableMeasure, u"(01) and a variable measure (30, 31nn, 32nn, 35nn, 36nn)"},
        {u"393n", has(u"01") && variableMeasure, u"(01) and a variable measure (30, 31nn, 32nn, 35nn, 36nn)"},
        {u"8011", has(u"8010"), u"(8010)"},
        {u"8019", has(u"8017") || has(u"8018"), u"(8017) or (8018)"},
        {u"8030",
         has(u"00") || (has(u"01") && has(u"21")) || has(u"253") || has(u"255") || has(u"8003")
             || has(u"8004") || (has(u"8006") && has(u"21")) || (has(u"8010") && has(u"8011")) || has(u"8017")
             || has(u"8018"),
         u"a serialised key"},
    };
    for (const Requisite &r : requisites) {
        if (has(QStringView(r.ai)) && !r.satisfied) {
            return QStringLiteral("AI (%1) requires %2")
                .arg(matching(QStringView(r.ai)), QStringView(r.needs).toString());
        }
    }
    // A digital signature only makes sense over a key that carries its serial component.
    if (has(u"8030")) {
        for (const Gs1Element &e : elements) {
            if ((e.ai == u"253" && e.value.size() <= 13) || (e.ai == u"255" && e.value.size() <= 13)
                || (e.ai == u"8003" && e.value.size() <= 14)) {
                return QStringLiteral("AI (8030) requires (%1) with a serial component").arg(e.ai);
            }
        }
    }
    return {};
}

QByteArray unescapeDigitalLinkComponent(QStringView component, bool isQuery)
{
    QByteArray out;
    out.reserve(component.size());
    for (qsizetype i = 0; i < component.size(); ++i) {
        const QChar c = component[i];
        if (c == u'%' && i + 2 < component.size() && hexValue(component[i + 1]) >= 0
            && hexValue(component[i + 2]) >= 0) {
            out.append(char(hexValue(component[i + 1]) * 16 + hexValue(component[i + 2])));
            i += 2;
        } else if (isQuery && c == u'+') {
            out.append(' ');
        } else {
            out.append(QString(c).toUtf8());
        }
    }
    return out;
}

QString toElementString(const QList<Gs1Element> &elements)
{
    QString out;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const Gs1Element &e = elements[i];
        out += e.ai + e.value;
        const AiInfo *info = findAi(e.ai);
        if (i + 1 < elements.size() && (!info || info->requiresFnc1))
            out += groupSeparator;
    }
    return out;
}

} // namespace Gs1
} // namespace Omnitote
