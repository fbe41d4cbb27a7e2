// SPDX-License-Identifier: MIT
#include "secrethash.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

#include <array>

namespace Omnitote::Server::SecretHash {

namespace {

constexpr int keyBytes = 32;
constexpr int saltBytes = 16;
constexpr int maxIterations = 10'000'000; // a stored hash must not be able to stall the server for minutes

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        bytes[i] = char(QRandomGenerator::system()->bounded(256));
    return bytes;
}

QByteArray derive(const QByteArray &secret, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, secret, salt, iterations, keyBytes);
}

bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

QString make(const QByteArray &secret, int iterations)
{
    const QByteArray salt = randomBytes(saltBytes);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()),
             QString::fromLatin1(derive(secret, salt, iterations).toBase64()));
}

bool verify(const QByteArray &secret, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256"))
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1 || iterations > maxIterations)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (salt.isEmpty() || expected.size() != keyBytes)
        return false;
    return equalInConstantTime(derive(secret, salt, iterations), expected);
}

QString decoy(int iterations)
{
    // Random bytes where the key would be: nothing derives to them, and making it costs nothing.
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(randomBytes(saltBytes).toBase64()),
             QString::fromLatin1(randomBytes(keyBytes).toBase64()));
}

} // namespace Omnitote::Server::SecretHash
