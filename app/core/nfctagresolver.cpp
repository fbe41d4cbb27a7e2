// SPDX-License-Identifier: MIT
#include "nfctagresolver.h"

#include "ndef.h"
#include "type2tag.h"

#include <QUrl>

namespace Omnitote {

namespace {

struct Candidate
{
    QString text;
    QString symbology;
    QByteArray rawBytes;
};

} // namespace

bool NfcTagResolver::isProductUrl(const QString &uri) const
{
    const QUrl url = QUrl(uri, QUrl::StrictMode).adjusted(QUrl::NormalizePathSegments);
    if (!url.isValid() || url.isRelative() || !url.userInfo().isEmpty() || url.host().isEmpty())
        return false;
    for (const QString &prefixText : m_prefixes) {
        const QUrl prefix(prefixText, QUrl::StrictMode);
        if (prefix.isValid() && url.scheme() == prefix.scheme() && url.host() == prefix.host()
            && url.port() == prefix.port() && url.path().startsWith(prefix.path()))
            return true;
    }
    return false;
}

NfcTagResolver::Resolution NfcTagResolver::resolve(const QByteArray &uid, QByteArrayView memory,
                                                   const QString &sourceId, qint64 capturedAtNs) const
{
    QStringList rejected;
    std::optional<Candidate> chosen;
    const Type2TagContent tag = parseType2Tag(memory);
    if (!tag.ok()) {
        rejected << QStringLiteral("tag layout: ") + tag.error;
    } else if (tag.hasNdef) {
        const NdefParseResult message = parseNdefMessage(tag.ndef);
        if (!message.ok())
            rejected << QStringLiteral("NDEF: ") + message.error;
        for (const NdefRecord &record : message.records) {
            if (chosen)
                break;
            if (record.isWellKnown("T")) {
                const NdefText text = decodeNdefText(record.payload);
                const ScannedCode code = parseScannedCode(text.text);
                const bool itemCode =
                    code.kind == ScannedCode::Kind::Gtin || code.kind == ScannedCode::Kind::Gs1ElementString;
                if (text.error.isEmpty() && code.ok() && itemCode)
                    chosen = Candidate {text.text, QStringLiteral("NDEF Text"), record.payload};
                else if (!text.error.isEmpty())
                    rejected << QStringLiteral("text record: ") + text.error;
                continue;
            }
            const NdefUri uri = ndefRecordUri(record);
            if (uri.uri.isEmpty() && uri.error == QLatin1String("record carries no URI"))
                continue;
            if (!uri.error.isEmpty()) {
                rejected << QStringLiteral("URI record: ") + uri.error;
                continue;
            }
            const ScannedCode code = parseScannedCode(uri.uri);
            const bool digitalLink = code.kind == ScannedCode::Kind::Gs1DigitalLink && code.ok();
            if (digitalLink || (code.ok() && isProductUrl(uri.uri)))
                chosen = Candidate {uri.uri, QStringLiteral("NDEF URI"), record.payload};
            else
                rejected << QStringLiteral("URI %1 is not a product link").arg(uri.uri.left(200));
        }
    }
    if (!chosen) {
        const QByteArray tagUid = uid.isEmpty() ? tag.uid : uid;
        chosen = Candidate {QStringLiteral("nfc:") + QString::fromLatin1(tagUid.toHex().toUpper()),
                            QStringLiteral("NFC UID"), tagUid};
    }
    Resolution resolution;
    resolution.event = ScanEvent::make(ScanEvent::Source::Nfc, chosen->text, chosen->symbology, capturedAtNs);
    resolution.event.sourceId = sourceId;
    resolution.event.rawBytes = chosen->rawBytes;
    if (chosen->symbology == QLatin1String("NFC UID"))
        resolution.note = rejected.join(QStringLiteral("; "));
    return resolution;
}

} // namespace Omnitote
