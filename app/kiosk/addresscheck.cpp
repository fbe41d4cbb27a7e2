// SPDX-License-Identifier: MIT
#include "addresscheck.h"

#include <QList>

namespace Omnitote {

namespace {

constexpr int kMaxAddress = 254;
constexpr int kMaxLocal = 64;
constexpr int kMaxLabel = 63;

bool isAtext(QChar c)
{
    // RFC 5322 atext: letters, digits and these; a dot only between atoms.
    static const QString specials = QStringLiteral("!#$%&'*+/=?^_`{|}~-");
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || specials.contains(c);
}

bool isLdh(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
}

} // namespace

AddressCheck::Problem AddressCheck::check(const QString &address)
{
    if (address.isEmpty())
        return Problem::Empty;
    for (const QChar c : address) {
        if (c.unicode() > 0x7e)
            return Problem::NotAscii;
        if (c.unicode() <= 0x20)
            return Problem::Space; // spaces, tabs, CR and LF: never part of an address
    }
    if (address.size() > kMaxAddress)
        return Problem::TooLong;
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return Problem::NoAt;
    const QStringView local = QStringView(address).left(at);
    const QStringView domain = QStringView(address).mid(at + 1);
    if (!isLocalPart(local))
        return Problem::LocalPart;
    if (!isDomain(domain))
        return Problem::Domain;
    return Problem::None;
}

bool AddressCheck::isLocalPart(QStringView local)
{
    if (local.isEmpty() || local.size() > kMaxLocal || local.startsWith(QLatin1Char('.'))
        || local.endsWith(QLatin1Char('.')) || local.contains(QLatin1String("..")))
        return false;
    for (const QChar c : local) {
        if (c != QLatin1Char('.') && !isAtext(c))
            return false; // includes a second '@', quotes and brackets
    }
    return true;
}

bool AddressCheck::isDomain(QStringView domain)
{
    const auto labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QStringView label : labels) {
        if (label.isEmpty() || label.size() > kMaxLabel || label.startsWith(QLatin1Char('-'))
            || label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            if (!isLdh(c))
                return false;
        }
    }
    const QStringView top = labels.last();
    for (const QChar c : top) {
        if (!c.isLetter())
            return false;
    }
    return top.size() >= 2;
}

} // namespace Omnitote
