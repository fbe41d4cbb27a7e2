// SPDX-License-Identifier: MIT
#include "scannedcode.h"
#include "gtin.h"

#include <QUrl>

#include <algorithm>

namespace Omnitote {

namespace {

// Longer than any barcode or NFC payload a kiosk scanner produces; beyond it the input is junk or an
// attack, and not worth parsing.
constexpr qsizetype maxScanLength = 8192;

constexpr QChar groupSeparator(0x1d);

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isDigit);
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isGs1Symbology(QStringView id)
{
    // ]d5 and ]Q5 are GS1 DataMatrix / QR with ECI; AIM modifiers beyond these mean non-GS1 data.
    return id == u"]C1" || id == u"]e0" || id == u"]d2" || id == u"]Q3" || id == u"]J1" || id == u"]d5"
        || id == u"]Q5";
}

void setGtin(ScannedCode &code, const QString &gtin14)
{
    code.gtin = gtin14;
    code.restrictedCirculation = Gtin::isRestrictedCirculation(gtin14);
}

void classifyGtin(ScannedCode &code, QStringView data)
{
    code.kind = ScannedCode::Kind::Gtin;
    QString digits = data.toString();
    if (code.symbologyId == u"]E0" && data.size() == 8) {
        digits = Gtin::expandUpcE(data, &code.error);
        if (digits.isEmpty())
            return;
    } else if (code.symbologyId == u"]E0" && data.size() != 12 && data.size() != 13) {
        code.error = QStringLiteral("EAN/UPC symbol (]E0) must carry 8 (UPC-E), 12 or 13 digits, not %1")
                         .arg(data.size());
        return;
    } else if (code.symbologyId == u"]E4" && data.size() != 8) {
        code.error = QStringLiteral("EAN-8 symbol (]E4) must carry 8 digits, not %1").arg(data.size());
        return;
    }
    const QString gtin = Gtin::normalize(digits, &code.error);
    if (!gtin.isEmpty())
        setGtin(code, gtin);
}

void classifyGs1(ScannedCode &code, QStringView data)
{
    code.kind = ScannedCode::Kind::Gs1ElementString;
    const Gs1ParseResult result = parseGs1ElementString(data);
    code.error = result.error;
    code.ais = result.elements;
    // Only (01) names the item in hand; (02) names what a logistic unit contains.
    const QString gtin = result.value(u"01");
    if (!gtin.isEmpty())
        setGtin(code, gtin);
}

void classifyNfc(ScannedCode &code, QStringView data)
{
    code.kind = ScannedCode::Kind::NfcUid;
    QString hex;
    for (QChar c : data.mid(4)) {
        if (c == u':' || c == u'-' || c == u' ')
            continue; // readers print UIDs as "04:A2:..." as often as "04a2..."
        const bool isHex = isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!isHex) {
            code.error = QStringLiteral("NFC UID contains a non-hex character");
            return;
        }
        hex += c.toUpper();
    }
    // ISO 14443-3 UIDs are single (4 bytes), double (7) or triple (10) size.
    if (hex.size() != 8 && hex.size() != 14 && hex.size() != 20) {
        code.error = QStringLiteral("NFC UID must be 4, 7 or 10 bytes, not %1 hex digits").arg(hex.size());
        return;
    }
    code.nfcUid = hex;
}

// Whether a failed Digital Link parse was still meant as one: then its error matters more than the
// fact that it is some URL.
bool looksLikeDigitalLink(QStringView uri)
{
    const QUrl url(uri.toString());
    if (url.host().compare(u"id.gs1.org", Qt::CaseInsensitive) == 0)
        return true;
    const QStringList segments = url.path().split(u'/', Qt::SkipEmptyParts);
    static const QStringList keys = {QStringLiteral("00"),   QStringLiteral("01"),   QStringLiteral("253"),
                                     QStringLiteral("255"),  QStringLiteral("401"),  QStringLiteral("402"),
                                     QStringLiteral("414"),  QStringLiteral("417"),  QStringLiteral("8003"),
                                     QStringLiteral("8004"), QStringLiteral("8006"), QStringLiteral("8010"),
                                     QStringLiteral("8013"), QStringLiteral("8017"), QStringLiteral("8018")};
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        if (keys.contains(segments[i]) && allDigits(segments[i + 1]))
            return true;
    }
    return false;
}

void classifyUrl(ScannedCode &code, QStringView data)
{
    code.url = data.toString();
    // URI schemes are case-insensitive (RFC 3986); Digital Link only allows all-lower or all-upper, so
    // hand it the lower-case form rather than call a "HtTps://" link a plain URL.
    const qsizetype colon = code.url.indexOf(u':');
    const QString normalized = code.url.left(colon).toLower() + code.url.mid(colon);
    const Gs1ParseResult dl = parseGs1DigitalLink(normalized);
    if (dl.ok() || looksLikeDigitalLink(data)) {
        code.kind = ScannedCode::Kind::Gs1DigitalLink;
        code.error = dl.error;
        code.ais = dl.elements;
        const QString gtin = dl.value(u"01");
        if (!gtin.isEmpty())
            setGtin(code, gtin);
        return;
    }
    code.kind = ScannedCode::Kind::Url;
    const QUrl url(code.url, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        code.error = QStringLiteral("malformed URL");
}

} // namespace

QString ScannedCode::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Gtin:
        return QStringLiteral("gtin");
    case Kind::Gs1ElementString:
        return QStringLiteral("gs1");
    case Kind::Gs1DigitalLink:
        return QStringLiteral("digital-link");
    case Kind::Url:
        return QStringLiteral("url");
    case Kind::NfcUid:
        return QStringLiteral("nfc");
    case Kind::Text:
        break;
    }
    return QStringLiteral("text");
}

ScannedCode parseScannedCode(QStringView raw)
{
    ScannedCode code;
    code.raw = raw.toString();
    if (raw.size() > maxScanLength) {
        code.error = QStringLiteral("scan too long (%1 characters)").arg(raw.size());
        return code;
    }
    // Trim spaces, CR and LF but not GS: a scanner may end a GS1 payload with a separator.
    qsizetype begin = 0;
    qsizetype end = raw.size();
    auto isTrimmable = [](QChar c) {
        return c != groupSeparator && (c.isSpace() || c == u'\0');
    };
    while (begin < end && isTrimmable(raw[begin]))
        ++begin;
    while (end > begin && isTrimmable(raw[end - 1]))
        --end;
    QStringView data = raw.mid(begin, end - begin);
    if (data.isEmpty()) {
        code.error = QStringLiteral("empty scan");
        return code;
    }

    // AIM symbology identifier: ']', a letter for the symbology, one modifier character.
    if (data.size() >= 3 && data[0] == u']' && isAsciiLetter(data[1])
        && (isDigit(data[2]) || isAsciiLetter(data[2]))) {
        code.symbologyId = data.first(3).toString();
        data = data.mid(3);
    }

    if (isGs1Symbology(code.symbologyId)) {
        if (data.isEmpty()) {
            code.kind = ScannedCode::Kind::Gs1ElementString;
            code.error = QStringLiteral("empty GS1 data after %1").arg(code.symbologyId);
            return code;
        }
        // ZXing 1.4 reports GS1 DataBar Omnidirectional as the bare 14-digit GTIN with ]e0, without
        // the (01). Fourteen digits cannot be a valid element string starting with (01), so read a GTIN.
        if (code.symbologyId == u"]e0" && data.size() == 14 && allDigits(data)) {
            classifyGtin(code, data);
            return code;
        }
        classifyGs1(code, data);
        return code;
    }
    if (data.isEmpty()) {
        code.error = QStringLiteral("no data after symbology identifier %1").arg(code.symbologyId);
        return code;
    }
    if (data.startsWith(u"nfc:", Qt::CaseInsensitive)) {
        classifyNfc(code, data);
        return code;
    }
    if (data.startsWith(u"http://", Qt::CaseInsensitive)
        || data.startsWith(u"https://", Qt::CaseInsensitive)) {
        classifyUrl(code, data);
        return code;
    }
    if (data[0] == groupSeparator
        || (data.size() >= 4 && data[0] == u'(' && isDigit(data[1]) && isDigit(data[2]))) {
        classifyGs1(code, data);
        return code;
    }
    const bool eanFamily = code.symbologyId.startsWith(u"]E");
    if (allDigits(data)
        && (eanFamily || data.size() == 8 || data.size() == 12 || data.size() == 13 || data.size() == 14)) {
        classifyGtin(code, data);
        return code;
    }
    if (eanFamily) {
        code.kind = ScannedCode::Kind::Gtin;
        code.error = QStringLiteral("EAN/UPC symbol (%1) must carry only digits").arg(code.symbologyId);
        return code;
    }
    // Digits with embedded GS under a symbology id that does not say GS1 (ZXing 1.4 reports ]d8 for a
    // GS1 DataMatrix rectangle): GS1 data when, and only when, it validates completely as such.
    if (isDigit(data[0]) && data.contains(groupSeparator)) {
        const Gs1ParseResult gs1 = parseGs1ElementString(data);
        if (gs1.ok()) {
            classifyGs1(code, data);
            return code;
        }
    }
    // Text: a SKU, a coupon code. Control characters never belong in one and may be an injection attempt.
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data[i].category() == QChar::Other_Control || data[i].category() == QChar::Other_Format) {
            code.error = QStringLiteral("control character at position %1").arg(i + 1);
            break;
        }
    }
    return code;
}

} // namespace Omnitote
