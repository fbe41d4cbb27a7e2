// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace Omnitote::Server {

/**
 * Strict checks for the addresses the kiosk sends: what a shopper types must be a plain
 * `local@domain` that no mail header can be bent around (no spaces, quotes, comments, CR/LF, IP
 * literals or non-ASCII), so it can go into To: and RCPT TO: as it is.
 */
namespace EmailAddress {

/** The address with its domain lower-cased, or std::nullopt when it is not acceptable. */
std::optional<QString> normalize(const QString &text);

/** The key abuse limits and customer lookups use: the whole address lower-cased. */
QString key(const QString &normalized);

} // namespace EmailAddress

} // namespace Omnitote::Server
