// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Omnitote {

/** A Type 2 tag as saved to a file: its memory from page 0 and what the file says about the chip. */
struct NfcTagDump
{
    QByteArray uid; // from the file's UID line, else from pages 0-1
    QByteArray memory; // 4 bytes a page from page 0
    QString deviceType; // "NTAG216", ... ("" for a raw dump)
    QByteArray version; // the 8-byte GET_VERSION answer, when the file has one
    QByteArray atqa; // 2 bytes as the reader reports them (e.g. 00 44), when known
    quint8 sak = 0;
};

// A raw dump: the tag's pages back to back, 4 bytes each, from page 0 (nfc-mfultralight, proxmark .bin).
std::optional<NfcTagDump> parseRawTagDump(QByteArrayView bytes, QString *error);

// A Flipper Zero "Flipper NFC device" text file. Strict: "Page N:" lines must run from 0 without gaps
// and carry exactly 4 hex bytes each.
std::optional<NfcTagDump> parseFlipperNfc(QByteArrayView text, QString *error);

// Reads a file: Flipper text when it starts with "Filetype: Flipper NFC device", else a raw dump.
std::optional<NfcTagDump> readNfcTagDump(const QString &path, QString *error);

} // namespace Omnitote
