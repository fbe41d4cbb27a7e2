// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Omnitote {

/**
 * Checks an address the shopper typed, by the same rules as the server (docs/API.md, "Email my
 * list"): ASCII local@domain, dot-atom local part of at most 64, at most 254 in all, a domain of at
 * least two letter-digit-hyphen labels ending in an alphabetic one. The kiosk checks first so the
 * shopper hears about a typo at once, without a round trip; the server checks again.
 */
class AddressCheck
{
public:
    enum class Problem { None, Empty, NotAscii, Space, NoAt, LocalPart, Domain, TooLong };

    static Problem check(const QString &address);
    static bool isValid(const QString &address) { return check(address) == Problem::None; }

private:
    static bool isLocalPart(QStringView local);
    static bool isDomain(QStringView domain);
};

} // namespace Omnitote
