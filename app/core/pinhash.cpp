// SPDX-License-Identifier: MIT
#include "pinhash.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace Omnitote {

namespace {

constexpr int blockSize = 64; // SHA-256's block, for HMAC's key pads
constexpr int digestSize = 32;
constexpr int saltSize = 16;
const QLatin1String scheme("pbkdf2-sha256");

/** HMAC-SHA256 with the key pads prepared once, since PBKDF2 runs it hundreds of thousands of times. */
class Hmac
{
public:
    explicit Hmac(const QByteArray &key)
    {
        QByteArray block =
            key.size() > blockSize ? QCryptographicHash::hash(key, QCryptographicHash::Sha256) : key;
        block.resize(blockSize, '\0');
        m_inner.resize(blockSize);
        m_outer.resize(blockSize);
        for (int i = 0; i < blockSize; ++i) {
            m_inner[i] = char(block.at(i) ^ 0x36);
            m_outer[i] = char(block.at(i) ^ 0x5c);
        }
    }

    /** HMAC(key, message) into `out` (32 bytes). */
    void sign(QByteArrayView message, QByteArray &out)
    {
        m_hash.reset();
        m_hash.addData(m_inner);
        m_hash.addData(message);
        const QByteArray inner = m_hash.result();
        m_hash.reset();
        m_hash.addData(m_outer);
        m_hash.addData(inner);
        out = m_hash.result();
    }

private:
    QByteArray m_inner;
    QByteArray m_outer;
    QCryptographicHash m_hash {QCryptographicHash::Sha256};
};

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

std::optional<Parsed> parse(const QString &stored, int minimumIterations)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != scheme)
        return std::nullopt;
    bool ok = false;
    Parsed parsed;
    parsed.iterations = parts.at(1).toInt(&ok);
    if (!ok || parsed.iterations < std::max(1, minimumIterations)
        || parsed.iterations > SlowHash::maximumIterations)
        return std::nullopt;
    const auto salt =
        QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto key =
        QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !key || salt.decoded.size() < 8 || key.decoded.size() != digestSize)
        return std::nullopt;
    parsed.salt = salt.decoded;
    parsed.key = key.decoded;
    return parsed;
}

} // namespace

QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int keyLength)
{
    Hmac hmac(password);
    QByteArray key;
    QByteArray u;
    QByteArray block;
    for (quint32 index = 1; key.size() < keyLength; ++index) {
        QByteArray first = salt;
        first.append(char(index >> 24))
            .append(char(index >> 16))
            .append(char(index >> 8))
            .append(char(index));
        hmac.sign(first, u);
        block = u;
        for (int i = 1; i < iterations; ++i) {
            hmac.sign(u, u);
            for (int b = 0; b < digestSize; ++b)
                block[b] = char(block.at(b) ^ u.at(b));
        }
        key.append(block);
    }
    key.truncate(keyLength);
    return key;
}

namespace SlowHash {

QString make(const QByteArray &secret, int iterations)
{
    if (iterations < 1 || iterations > maximumIterations)
        return {};
    QByteArray salt(saltSize, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), saltSize / 4);
    const QByteArray key = pbkdf2Sha256(secret, salt, iterations, digestSize);
    return QStringLiteral("%1$%2$%3$%4")
        .arg(scheme)
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool isWellFormed(const QString &stored, int minimumIterations)
{
    return parse(stored, minimumIterations).has_value();
}

bool verify(const QByteArray &secret, const QString &stored, int minimumIterations)
{
    const auto parsed = parse(stored, minimumIterations);
    if (!parsed)
        return false;
    return constantTimeEquals(pbkdf2Sha256(secret, parsed->salt, parsed->iterations, digestSize),
                              parsed->key);
}

} // namespace SlowHash

namespace PinHash {

bool isAcceptablePin(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 12)
        return false;
    for (const QChar c : pin) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString make(const QString &pin, int iterations)
{
    if (!isAcceptablePin(pin) || iterations < minimumIterations)
        return {};
    return SlowHash::make(pin.toUtf8(), iterations);
}

bool isWellFormed(const QString &stored)
{
    return SlowHash::isWellFormed(stored, minimumIterations);
}

bool verify(const QString &pin, const QString &stored)
{
    return isAcceptablePin(pin) && SlowHash::verify(pin.toUtf8(), stored, minimumIterations);
}

} // namespace PinHash

} // namespace Omnitote
