// SPDX-License-Identifier: MIT
#include "gtin.h"

namespace Omnitote::Gtin {

namespace {

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

int checkDigit(QStringView digitsWithoutCheck)
{
    if (digitsWithoutCheck.isEmpty() || !allDigits(digitsWithoutCheck))
        return -1;
    // Weights alternate 3,1,3,... starting from the rightmost digit, whatever the length.
    int sum = 0;
    int weight = 3;
    for (qsizetype i = digitsWithoutCheck.size() - 1; i >= 0; --i) {
        sum += (digitsWithoutCheck[i].unicode() - u'0') * weight;
        weight = 4 - weight;
    }
    return (10 - sum % 10) % 10;
}

bool hasValidCheckDigit(QStringView digits)
{
    if (digits.size() < 2 || !allDigits(digits))
        return false;
    return checkDigit(digits.first(digits.size() - 1)) == digits.back().unicode() - u'0';
}

QString expandUpcE(QStringView upce, QString *error)
{
    if (!allDigits(upce)) {
        setError(error, QStringLiteral("UPC-E must contain only digits"));
        return {};
    }
    QChar numberSystem = u'0';
    QStringView data;
    QChar givenCheck;
    switch (upce.size()) {
    case 6:
        data = upce;
        break;
    case 7:
        numberSystem = upce[0];
        data = upce.mid(1, 6);
        break;
    case 8:
        numberSystem = upce[0];
        data = upce.mid(1, 6);
        givenCheck = upce[7];
        break;
    default:
        setError(error, QStringLiteral("UPC-E must have 6, 7 or 8 digits, not %1").arg(upce.size()));
        return {};
    }
    // Only number systems 0 and 1 have a zero-suppressed form.
    if (numberSystem != u'0' && numberSystem != u'1') {
        setError(error, QStringLiteral("UPC-E number system must be 0 or 1, not %1").arg(numberSystem));
        return {};
    }
    const QString d = data.toString();
    QString body; // the 10 digits between number system and check digit
    switch (d[5].unicode()) {
    case u'0':
    case u'1':
    case u'2':
        body = d.left(2) + d[5] + QStringLiteral("0000") + d.mid(2, 3);
        break;
    case u'3':
        body = d.left(3) + QStringLiteral("00000") + d.mid(3, 2);
        break;
    case u'4':
        body = d.left(4) + QStringLiteral("00000") + d[4];
        break;
    default:
        body = d.left(5) + QStringLiteral("0000") + d[5];
        break;
    }
    QString upca = numberSystem + body;
    const int check = checkDigit(upca);
    if (!givenCheck.isNull() && givenCheck.unicode() - u'0' != check) {
        setError(error,
                 QStringLiteral("UPC-E %1: incorrect check digit %2, expected %3")
                     .arg(upce.toString(), givenCheck)
                     .arg(check));
        return {};
    }
    upca += QChar(u'0' + check);
    return upca;
}

QString normalize(QStringView code, QString *error)
{
    if (code.isEmpty()) {
        setError(error, QStringLiteral("GTIN is empty"));
        return {};
    }
    if (!allDigits(code)) {
        setError(error, QStringLiteral("GTIN must contain only digits"));
        return {};
    }
    const qsizetype n = code.size();
    if (n != 8 && n != 12 && n != 13 && n != 14) {
        setError(error, QStringLiteral("GTIN must have 8, 12, 13 or 14 digits, not %1").arg(n));
        return {};
    }
    if (!hasValidCheckDigit(code)) {
        setError(error,
                 QStringLiteral("GTIN %1: incorrect check digit, expected %2")
                     .arg(code.toString())
                     .arg(checkDigit(code.first(n - 1))));
        return {};
    }
    // Left-padding with zeros does not change a mod-10 check digit, which is why GTIN-14 can hold all.
    return QString(14 - n, u'0') + code.toString();
}

bool isRestrictedCirculation(QStringView gtin14)
{
    if (gtin14.size() != 14 || !allDigits(gtin14))
        return false;
    // GTIN-8 in 14-digit form: six leading zeros (GTIN-12 prefix 0000 is never allocated for this reason).
    if (gtin14.startsWith(u"000000"))
        return gtin14[6] == u'0' || gtin14[6] == u'2';
    // Only GTIN-13 (indicator digit 0) carries restricted-circulation prefixes; GTIN-14 never does.
    if (gtin14[0] != u'0')
        return false;
    const QStringView prefix = gtin14.mid(1, 2);
    return prefix == u"02" || prefix == u"04" || prefix[0] == u'2';
}

} // namespace Omnitote::Gtin
