// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace Omnitote {

/** PBKDF2 with HMAC-SHA256 (RFC 8018 section 5.2): a key of `keyLength` bytes. */
QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int keyLength);

/**
 * Salted slow hashes of any secret, stored as `pbkdf2-sha256$<iterations>$<salt>$<key>` (base64 salt
 * and a 32-byte key). The iteration count travels with each hash, so raising a default later never
 * locks anybody out. The kiosk's admin PIN and the server's associate PINs and badge secrets use it.
 * Slow by design: never call it on a GUI or server thread.
 */
namespace SlowHash {

/** Above this a stored hash could stall whoever checks it for minutes: refused as malformed. */
constexpr int maximumIterations = 10'000'000;

/** A new hash with a random 16-byte salt; empty when `iterations` is outside 1..maximumIterations. */
QString make(const QByteArray &secret, int iterations);
/** The format is right and the iteration count lies within `minimumIterations`..maximumIterations. */
bool isWellFormed(const QString &stored, int minimumIterations = 1);
/** True when `secret` matches a well-formed `stored`; compares in time that does not depend on where
 * the keys differ. */
bool verify(const QByteArray &secret, const QString &stored, int minimumIterations = 1);

} // namespace SlowHash

/**
 * Stored PINs (the kiosk's admin PIN): `pbkdf2-sha256$<iterations>$<salt>$<key>` with base64 salt
 * and key. A PIN has few digits, so the hash must be slow (an attacker with the settings file tries
 * every PIN offline) and salted (the same PIN on two kiosks gives two hashes). Verifying costs a
 * noticeable fraction of a second by design: never call it on the GUI thread.
 */
namespace PinHash {

constexpr int defaultIterations = 200000;
constexpr int minimumIterations = 10000;

/** 4 to 12 digits. */
bool isAcceptablePin(const QString &pin);
/** A new hash with a random 16-byte salt; empty when `pin` is not acceptable. */
QString make(const QString &pin, int iterations = defaultIterations);
/** The format is right and the iteration count is within bounds (not a way to make verify hang). */
bool isWellFormed(const QString &stored);
/** True when `pin` matches; compares in time that does not depend on where the keys differ. */
bool verify(const QString &pin, const QString &stored);

} // namespace PinHash

} // namespace Omnitote
