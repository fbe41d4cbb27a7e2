// SPDX-License-Identifier: MIT
#include "secrethash.h"

#include <pinhash.h>

#include <QRandomGenerator>

namespace Omnitote::Server::SecretHash {

namespace {

constexpr int keyBytes = 32;
constexpr int saltBytes = 16;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        bytes[i] = char(QRandomGenerator::system()->bounded(256));
    return bytes;
}

} // namespace

QString make(const QByteArray &secret, int iterations)
{
    return SlowHash::make(secret, iterations);
}

bool verify(const QByteArray &secret, const QString &stored)
{
    return SlowHash::verify(secret, stored);
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
