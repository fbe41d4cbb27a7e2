// SPDX-License-Identifier: MIT
#include "customerqr.h"

#include "servertotetypes.h"

#include <QMessageAuthenticationCode>

namespace Omnitote::Server {

namespace {
constexpr auto kPrefix = "otc1";
constexpr qsizetype kMaxPayload = 256;
} // namespace

QByteArray CustomerQr::mac(const QByteArray &signedPart) const
{
    return QMessageAuthenticationCode::hash(signedPart, m_key, QCryptographicHash::Sha256);
}

QString CustomerQr::sign(const QString &customerId, const QDateTime &expiresAt) const
{
    const QByteArray signedPart = QByteArray(kPrefix) + '.' + customerId.toUtf8() + '.'
        + QByteArray::number(expiresAt.toSecsSinceEpoch());
    return QString::fromLatin1(
        signedPart + '.'
        + mac(signedPart).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

CustomerQr::Verified CustomerQr::verify(const QString &payload, const QDateTime &now) const
{
    Verified result;
    result.problem = Problem::Malformed;
    if (payload.size() > kMaxPayload)
        return result;
    const QByteArray bytes = payload.trimmed().toLatin1();
    const QList<QByteArray> parts = bytes.split('.');
    if (parts.size() != 4 || parts.at(0) != kPrefix || !isClientId(QString::fromLatin1(parts.at(1))))
        return result;
    bool ok = false;
    const qint64 expiry = parts.at(2).toLongLong(&ok);
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(3), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!ok || expiry <= 0 || !decoded)
        return result;
    const QByteArray signedPart = parts.at(0) + '.' + parts.at(1) + '.' + parts.at(2);
    if (!constantTimeEquals(mac(signedPart), decoded.decoded)) {
        result.problem = Problem::BadSignature;
        return result;
    }
    result.customerId = QString::fromLatin1(parts.at(1));
    result.expiresAt = QDateTime::fromSecsSinceEpoch(expiry, Qt::UTC);
    result.problem = result.expiresAt <= now ? Problem::Expired : Problem::None;
    return result;
}

bool CustomerQr::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace Omnitote::Server
