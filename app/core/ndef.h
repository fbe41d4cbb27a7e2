// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace Omnitote {

/**
 * One NDEF record (NFC Forum NDEF 1.0) after chunk reassembly. type, id and payload are kept as bytes:
 * a tag is untrusted input, so decoding a payload (URI, text, smart poster) is a separate, checked step.
 */
struct NdefRecord
{
    enum class Tnf : quint8 {
        Empty = 0,
        WellKnown = 1,
        Media = 2,
        AbsoluteUri = 3,
        External = 4,
        Unknown = 5,
        Unchanged = 6
    };

    Tnf tnf = Tnf::Empty;
    QByteArray type;
    QByteArray id;
    QByteArray payload;
    // Header flags as read (of the first chunk for a chunked record).
    bool messageBegin = false;
    bool messageEnd = false;
    bool chunked = false; // CF: this record was reassembled from (or, parsed alone, is) a chunk

    bool isWellKnown(QByteArrayView name) const { return tnf == Tnf::WellKnown && type == name; }
};

/** Records of an NDEF message, or why the bytes are not one (then `records` is what came before). */
struct NdefParseResult
{
    QList<NdefRecord> records;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

/** Limits that keep a hostile tag (or fuzzer) from making the parser allocate or recurse without end. */
struct NdefLimits
{
    qsizetype maxPayloadBytes = 1024 * 1024; // reassembled payload of one record (as ndeflib)
    int maxRecords = 256;
    int maxChunks = 1024;
    int maxNesting = 4; // smart posters inside smart posters
};

// A whole NDEF message: MB on the first record, ME on the last and nothing after it, chunks (CF, then
// TNF Unchanged with no type and no id) joined into one record. An empty input is a message with no
// records: that is what an "empty" NDEF TLV (03 00) holds.
NdefParseResult parseNdefMessage(QByteArrayView data, const NdefLimits &limits = {});

// One record header and its fields, flags not checked against a position in a message. Returns the
// record and the bytes it used in `consumed`, or std::nullopt and a reason in `error`.
std::optional<NdefRecord> parseNdefRecord(QByteArrayView data, qsizetype *consumed, QString *error,
                                          const NdefLimits &limits = {});

/** A decoded payload: the value, or the reason the payload is invalid. */
struct NdefUri
{
    QString uri;
    QString error;
};
struct NdefText
{
    QString language; // IANA language code as stored, e.g. "en", "en-US"
    QString text;
    bool utf16 = false;
    QString error;
};
struct NdefSmartPoster
{
    QString uri;
    QList<NdefText> titles;
    int action = -1; // 0 exec, 1 save, 2 edit; -1 none given
    std::optional<quint32> size;
    QString type;
    QString error;
};

/** The NFC Forum URI identifier code table; std::nullopt for reserved codes (0x24 and up). */
std::optional<QString> ndefUriPrefix(quint8 code);

NdefUri decodeNdefUri(QByteArrayView payload); // payload of a Well-Known "U" record
NdefText decodeNdefText(QByteArrayView payload); // payload of a Well-Known "T" record
// Payload of a Well-Known "Sp" record: exactly one URI record, optional titles, action, size, type.
NdefSmartPoster decodeNdefSmartPoster(QByteArrayView payload, const NdefLimits &limits = {}, int depth = 0);

/** The URI a record points at ("U", "Sp" or absolute-URI records), with the reason when it has none. */
NdefUri ndefRecordUri(const NdefRecord &record);

} // namespace Omnitote
