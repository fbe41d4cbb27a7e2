// SPDX-License-Identifier: MIT
#include "ndef.h"

#include <QStringDecoder>

#include <array>
#include <utility>

namespace Omnitote {

namespace {

constexpr quint8 flagMb = 0x80;
constexpr quint8 flagMe = 0x40;
constexpr quint8 flagCf = 0x20;
constexpr quint8 flagSr = 0x10;
constexpr quint8 flagIl = 0x08;

// NFC Forum URI RTD, table 3: identifier codes 0x00-0x23.
constexpr std::array<const char *, 0x24> uriPrefixes {
    "",
    "http://www.",
    "https://www.",
    "http://",
    "https://",
    "tel:",
    "mailto:",
    "ftp://anonymous:anonymous@",
    "ftp://ftp.",
    "ftps://",
    "sftp://",
    "smb://",
    "nfs://",
    "ftp://",
    "dav://",
    "news:",
    "telnet://",
    "imap:",
    "rtsp://",
    "urn:",
    "pop:",
    "sip:",
    "sips:",
    "tftp:",
    "btspp://",
    "btl2cap://",
    "btgoep://",
    "tcpobex://",
    "irdaobex://",
    "file://",
    "urn:epc:id:",
    "urn:epc:tag:",
    "urn:epc:pat:",
    "urn:epc:raw:",
    "urn:epc:",
    "urn:nfc:",
};

/** Bounds-checked reader over untrusted bytes: every read says whether the bytes were there. */
class ByteReader
{
public:
    explicit ByteReader(QByteArrayView data) : m_data(data) { }

    bool byte(quint8 *value)
    {
        if (m_pos >= m_data.size())
            return false;
        *value = quint8(m_data[m_pos++]);
        return true;
    }
    bool uint32(quint32 *value)
    {
        if (m_data.size() - m_pos < 4)
            return false;
        *value = 0;
        for (int i = 0; i < 4; ++i)
            *value = (*value << 8) | quint8(m_data[m_pos++]);
        return true;
    }
    bool bytes(quint64 count, QByteArray *out)
    {
        if (count > quint64(m_data.size() - m_pos))
            return false;
        *out = m_data.sliced(m_pos, qsizetype(count)).toByteArray();
        m_pos += qsizetype(count);
        return true;
    }
    qsizetype position() const { return m_pos; }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

QString tnfRuleError(NdefRecord::Tnf tnf, quint8 typeLength, quint8 idLength, quint32 payloadLength)
{
    const int tnfValue = int(tnf);
    switch (tnf) {
    case NdefRecord::Tnf::Empty:
        if (typeLength != 0)
            return QStringLiteral("TYPE_LENGTH must be 0 for TNF 0 (empty record)");
        if (idLength != 0)
            return QStringLiteral("ID_LENGTH must be 0 for TNF 0 (empty record)");
        if (payloadLength != 0)
            return QStringLiteral("PAYLOAD_LENGTH must be 0 for TNF 0 (empty record)");
        break;
    case NdefRecord::Tnf::WellKnown:
    case NdefRecord::Tnf::Media:
    case NdefRecord::Tnf::AbsoluteUri:
    case NdefRecord::Tnf::External:
        if (typeLength == 0)
            return QStringLiteral("TYPE_LENGTH must be > 0 for TNF %1").arg(tnfValue);
        break;
    case NdefRecord::Tnf::Unknown:
    case NdefRecord::Tnf::Unchanged:
        if (typeLength != 0)
            return QStringLiteral("TYPE_LENGTH must be 0 for TNF %1").arg(tnfValue);
        break;
    }
    return {};
}

// Strict UTF-8 / UTF-16: a tag that stores broken text is reported, not silently "repaired".
std::optional<QString> decodeStrict(QByteArrayView bytes, QStringConverter::Encoding encoding)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

bool hasControlCharacters(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

NdefUri uriFromText(QByteArrayView bytes, const QString &prefix)
{
    NdefUri result;
    const auto text = decodeStrict(bytes, QStringConverter::Utf8);
    if (!text) {
        result.error = QStringLiteral("URI is not valid UTF-8");
        return result;
    }
    result.uri = prefix + *text;
    if (hasControlCharacters(result.uri)) {
        result.error = QStringLiteral("URI contains control characters (e.g. NUL padding)");
        result.uri.clear();
    }
    return result;
}

} // namespace

std::optional<NdefRecord> parseNdefRecord(QByteArrayView data, qsizetype *consumed, QString *error,
                                          const NdefLimits &limits)
{
    ByteReader reader(data);
    quint8 header = 0;
    quint8 typeLength = 0;
    quint8 idLength = 0;
    quint32 payloadLength = 0;
    if (!reader.byte(&header)) {
        *error = QStringLiteral("buffer underflow reading the record header");
        return std::nullopt;
    }
    if ((header & 0x07) == 0x07) {
        *error = QStringLiteral("TNF 7 is reserved");
        return std::nullopt;
    }
    bool lengthsOk = reader.byte(&typeLength);
    if (header & flagSr) {
        quint8 shortLength = 0;
        lengthsOk = lengthsOk && reader.byte(&shortLength);
        payloadLength = shortLength;
    } else {
        lengthsOk = lengthsOk && reader.uint32(&payloadLength);
    }
    if (header & flagIl)
        lengthsOk = lengthsOk && reader.byte(&idLength);
    if (!lengthsOk) {
        *error = QStringLiteral("buffer underflow reading the length fields");
        return std::nullopt;
    }

    NdefRecord record;
    record.tnf = NdefRecord::Tnf(header & 0x07);
    record.messageBegin = header & flagMb;
    record.messageEnd = header & flagMe;
    record.chunked = header & flagCf;
    if (QString rule = tnfRuleError(record.tnf, typeLength, idLength, payloadLength); !rule.isEmpty()) {
        *error = rule;
        return std::nullopt;
    }
    if (payloadLength > quint64(limits.maxPayloadBytes)) {
        *error = QStringLiteral("payload of %1 bytes is over the limit of %2")
                     .arg(payloadLength)
                     .arg(limits.maxPayloadBytes);
        return std::nullopt;
    }
    if (!reader.bytes(typeLength, &record.type)) {
        *error = QStringLiteral("buffer underflow reading the TYPE field");
        return std::nullopt;
    }
    if (!reader.bytes(idLength, &record.id)) {
        *error = QStringLiteral("buffer underflow reading the ID field");
        return std::nullopt;
    }
    if (!reader.bytes(payloadLength, &record.payload)) {
        *error = QStringLiteral("buffer underflow reading the PAYLOAD field (%1 bytes declared, %2 left)")
                     .arg(payloadLength)
                     .arg(data.size() - reader.position());
        return std::nullopt;
    }
    *consumed = reader.position();
    return record;
}

NdefParseResult parseNdefMessage(QByteArrayView data, const NdefLimits &limits)
{
    NdefParseResult result;
    qsizetype pos = 0;
    int index = 0;
    int chunks = 0;
    std::optional<NdefRecord> pending; // a chunked record being reassembled
    auto fail = [&result, &index](const QString &why) {
        result.error = QStringLiteral("record %1: %2").arg(index + 1).arg(why);
        return result;
    };
    while (pos < data.size()) {
        if (result.records.size() >= limits.maxRecords)
            return fail(QStringLiteral("more than %1 records").arg(limits.maxRecords));
        if (++chunks > limits.maxChunks)
            return fail(QStringLiteral("more than %1 record chunks").arg(limits.maxChunks));
        qsizetype consumed = 0;
        QString error;
        auto record = parseNdefRecord(data.sliced(pos), &consumed, &error, limits);
        if (!record)
            return fail(error);
        const bool first = pos == 0;
        pos += consumed;
        if (first != record->messageBegin)
            return fail(first ? QStringLiteral("the first record lacks the MB flag")
                              : QStringLiteral("MB flag set on a record that is not the first"));
        if (record->chunked && record->messageEnd)
            return fail(QStringLiteral("ME flag set on a chunk that is not the last"));
        if (pending) {
            if (record->tnf != NdefRecord::Tnf::Unchanged)
                return fail(QStringLiteral("a following chunk must have TNF 6 (unchanged)"));
            if (!record->id.isEmpty())
                return fail(QStringLiteral("a following chunk must not carry an ID"));
            if (pending->payload.size() + record->payload.size() > limits.maxPayloadBytes)
                return fail(QStringLiteral("chunked payload is over the limit of %1 bytes")
                                .arg(limits.maxPayloadBytes));
            pending->payload += record->payload;
            if (!record->chunked) {
                pending->messageEnd = record->messageEnd;
                result.records.append(*std::exchange(pending, std::nullopt));
                ++index;
            }
        } else if (record->tnf == NdefRecord::Tnf::Unchanged) {
            return fail(QStringLiteral("TNF 6 (unchanged) outside a chunked record"));
        } else if (record->chunked) {
            pending = std::move(record);
            continue; // ME on a first chunk was rejected above
        } else {
            result.records.append(*record);
            ++index;
        }
        if (record->messageEnd) { // never on a chunk but the last (checked above)
            if (pos != data.size())
                return fail(
                    QStringLiteral("%1 bytes after the record with the ME flag").arg(data.size() - pos));
            return result;
        }
    }
    if (pending)
        return fail(QStringLiteral("the message ends inside a chunked record"));
    if (!result.records.isEmpty())
        return fail(QStringLiteral("the last record lacks the ME flag"));
    return result; // no bytes at all: an empty message
}

std::optional<QString> ndefUriPrefix(quint8 code)
{
    if (code >= uriPrefixes.size())
        return std::nullopt;
    return QString::fromLatin1(uriPrefixes[code]);
}

NdefUri decodeNdefUri(QByteArrayView payload)
{
    if (payload.isEmpty())
        return {{}, QStringLiteral("URI record has an empty payload")};
    const auto prefix = ndefUriPrefix(quint8(payload[0]));
    if (!prefix)
        return {{},
                QStringLiteral("URI identifier code 0x%1 is reserved")
                    .arg(uint(quint8(payload[0])), 2, 16, QLatin1Char('0'))};
    return uriFromText(payload.sliced(1), *prefix);
}

NdefText decodeNdefText(QByteArrayView payload)
{
    NdefText result;
    if (payload.isEmpty()) {
        result.error = QStringLiteral("text record has an empty payload");
        return result;
    }
    const quint8 status = quint8(payload[0]);
    const int languageLength = status & 0x3f;
    result.utf16 = status & 0x80;
    if (languageLength == 0) {
        result.error = QStringLiteral("language code length is zero");
        return result;
    }
    if (languageLength > payload.size() - 1) {
        result.error = QStringLiteral("language code length %1 exceeds the payload").arg(languageLength);
        return result;
    }
    const auto language = decodeStrict(payload.sliced(1, languageLength), QStringConverter::Latin1);
    result.language = language.value_or(QString());
    const QByteArrayView body = payload.sliced(1 + languageLength);
    std::optional<QString> text;
    if (!result.utf16) {
        text = decodeStrict(body, QStringConverter::Utf8);
    } else if (body.size() % 2 == 0) {
        // UTF-16 with a byte order mark in either order, big-endian without one (RTD Text 1.0, 3.4).
        const bool littleEndian = body.size() >= 2 && quint8(body[0]) == 0xff && quint8(body[1]) == 0xfe;
        const bool bigEndianBom = body.size() >= 2 && quint8(body[0]) == 0xfe && quint8(body[1]) == 0xff;
        const QByteArrayView units = (littleEndian || bigEndianBom) ? body.sliced(2) : body;
        text = decodeStrict(units, littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
    }
    if (!text) {
        result.error = result.utf16 ? QStringLiteral("text is not valid UTF-16")
                                    : QStringLiteral("text is not valid UTF-8");
        return result;
    }
    result.text = *text;
    return result;
}

NdefSmartPoster decodeNdefSmartPoster(QByteArrayView payload, const NdefLimits &limits, int depth)
{
    NdefSmartPoster poster;
    if (depth >= limits.maxNesting) {
        poster.error = QStringLiteral("smart posters nested deeper than %1").arg(limits.maxNesting);
        return poster;
    }
    const NdefParseResult inner = parseNdefMessage(payload, limits);
    if (!inner.ok()) {
        poster.error = QStringLiteral("smart poster: ") + inner.error;
        return poster;
    }
    int uriRecords = 0;
    for (const NdefRecord &record : inner.records) {
        if (record.isWellKnown("U")) {
            ++uriRecords;
            const NdefUri uri = decodeNdefUri(record.payload);
            if (!uri.error.isEmpty()) {
                poster.error = QStringLiteral("smart poster URI: ") + uri.error;
                return poster;
            }
            poster.uri = uri.uri;
        } else if (record.isWellKnown("T")) {
            NdefText title = decodeNdefText(record.payload);
            if (!title.error.isEmpty()) {
                poster.error = QStringLiteral("smart poster title: ") + title.error;
                return poster;
            }
            poster.titles.append(title);
        } else if (record.isWellKnown("act")) {
            if (record.payload.size() != 1 || quint8(record.payload[0]) > 2) {
                poster.error = QStringLiteral("smart poster action must be one byte 0, 1 or 2");
                return poster;
            }
            poster.action = quint8(record.payload[0]);
        } else if (record.isWellKnown("s")) {
            if (record.payload.size() != 4) {
                poster.error = QStringLiteral("smart poster size must be 4 bytes");
                return poster;
            }
            poster.size = (quint32(quint8(record.payload[0])) << 24)
                | (quint32(quint8(record.payload[1])) << 16) | (quint32(quint8(record.payload[2])) << 8)
                | quint32(quint8(record.payload[3]));
        } else if (record.isWellKnown("t")) {
            const auto type = decodeStrict(record.payload, QStringConverter::Utf8);
            if (!type) {
                poster.error = QStringLiteral("smart poster type is not valid UTF-8");
                return poster;
            }
            poster.type = *type;
        } else if (record.isWellKnown("Sp")) {
            const NdefSmartPoster nested = decodeNdefSmartPoster(record.payload, limits, depth + 1);
            if (!nested.error.isEmpty()) {
                poster.error = nested.error;
                return poster;
            }
        } // icons (MIME records) and anything else: kept in the message, not interpreted
    }
    if (uriRecords != 1) {
        poster.error =
            QStringLiteral("smart poster must contain exactly one URI record, not %1").arg(uriRecords);
        poster.uri.clear();
    }
    return poster;
}

NdefUri ndefRecordUri(const NdefRecord &record)
{
    if (record.isWellKnown("U"))
        return decodeNdefUri(record.payload);
    if (record.isWellKnown("Sp")) {
        const NdefSmartPoster poster = decodeNdefSmartPoster(record.payload);
        return {poster.uri, poster.error};
    }
    if (record.tnf == NdefRecord::Tnf::AbsoluteUri)
        return uriFromText(record.type, QString());
    return {{}, QStringLiteral("record carries no URI")};
}

} // namespace Omnitote
