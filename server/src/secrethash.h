// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace Omnitote::Server {

/**
 * Salted slow hashes for associate PINs and badge secrets: the kiosk's `Omnitote::SlowHash`
 * (PBKDF2-HMAC-SHA256, `pbkdf2-sha256$<iterations>$<salt base64>$<key base64>`, app/core/pinhash.h),
 * with the server's default cost and a decoy for constant-time refusals.
 *
 * Deliberately slow (about a quarter of a second at the default on this project's CI machine; see
 * docs/PERFORMANCE.md): call it off the server thread.
 */
namespace SecretHash {

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
constexpr int defaultIterations = 210'000;

QString make(const QByteArray &secret, int iterations = defaultIterations);
/** True when `secret` matches `stored`; false for anything malformed. Compares in constant time. */
bool verify(const QByteArray &secret, const QString &stored);
/** A well-formed hash that nothing matches, to spend the same time when there is nothing to check. */
QString decoy(int iterations = defaultIterations);

} // namespace SecretHash

} // namespace Omnitote::Server
