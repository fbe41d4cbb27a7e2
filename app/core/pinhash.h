// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace Omnitote {

/** PBKDF2 with HMAC-SHA256 (RFC 8018 section 5.2): a key of `keyLength` bytes. */
QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int keyLength);

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
