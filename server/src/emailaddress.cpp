// SPDX-License-Identifier: MIT
#include "emailaddress.h"

#include <QStringList>

namespace Omnitote::Server::EmailAddress {

namespace {

bool isAtext(QChar c)
{
    // RFC 5322 atext: letters, digits and these printable symbols; nothing that needs quoting.
    static const QString symbols = QStringLiteral("!#$%&'*+/=?^_`{|}~-");
    return c.unicode() < 128 && (c.isLetterOrNumber() || symbols.contains(c));
}

bool validLocalPart(QStringView local)
{
    if (local.isEmpty() || local.size() > 64 || local.startsWith(QLatin1Char('.'))
        || local.endsWith(QLatin1Char('.')) || local.contains(QLatin1String("..")))
        return false;
    for (const QChar c : local) {
        if (c != QLatin1Char('.') && !isAtext(c))
            return false;
    }
    return true;
}

bool validLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-'))
        || label.endsWith(QLatin1Char('-')))
        return false;
    for (const QChar c : label) {
        const bool letterOrDigit = c.unicode() < 128 && c.isLetterOrNumber();
        if (!letterOrDigit && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

bool validDomain(const QString &domain)
{
    if (domain.size() > 253)
        return false;
    const QStringList labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (!validLabel(label))
            return false;
    }
    // The top-level label is alphabetic (or an IDN's xn--): this also rules out bare IPv4 addresses.
    const QString &top = labels.last();
    if (top.startsWith(QLatin1String("xn--")))
        return top.size() > 4;
    if (top.size() < 2)
        return false;
    for (const QChar c : top) {
        if (!c.isLetter())
            return false;
    }
    return true;
}

} // namespace

std::optional<QString> normalize(const QString &text)
{
    if (text.isEmpty() || text.size() > 254)
        return std::nullopt;
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || text.indexOf(QLatin1Char('@')) != at)
        return std::nullopt;
    const QStringView local = QStringView(text).left(at);
    const QString domain = text.mid(at + 1).toLower();
    if (!validLocalPart(local) || !validDomain(domain))
        return std::nullopt;
    return local.toString() + QLatin1Char('@') + domain;
}

QString key(const QString &normalized)
{
    return normalized.toLower();
}

} // namespace Omnitote::Server::EmailAddress
