// SPDX-License-Identifier: MIT
#pragma once

#include <nfcdump.h>

#include <QByteArray>
#include <QString>

#include <optional>

namespace Omnitote::Testing {

/**
 * An NTAG213/215/216 as the PN532 emulator presents it: 7-byte UID, GET_VERSION answer, and its pages.
 * READ returns 4 pages with roll-over at the end of memory (as the chip does); FAST_READ a page range.
 */
class VirtualNtag
{
public:
    enum class Type { Ntag213, Ntag215, Ntag216 };

    static int totalPages(Type type); // 45, 135, 231
    static int dataAreaBytes(Type type); // 144, 496, 872

    // A freshly formatted tag holding `ndefMessage` in an NDEF TLV (then a terminator).
    static VirtualNtag withNdef(Type type, const QByteArray &uid, const QByteArray &ndefMessage);
    // A formatted tag with an empty NDEF TLV: only its UID identifies it.
    static VirtualNtag blank(Type type, const QByteArray &uid) { return withNdef(type, uid, {}); }
    // A tag loaded from a dump; the chip type comes from its GET_VERSION bytes or page count.
    static std::optional<VirtualNtag> fromDump(const NfcTagDump &dump, QString *error);

    QByteArray uid() const { return m_uid; }
    QByteArray memory() const { return m_memory; }
    QByteArray version() const { return m_version; }
    int pages() const { return int(m_memory.size() / 4); }

    QByteArray read(int page) const; // 16 bytes, or empty when page is out of range
    QByteArray fastRead(int start, int end) const; // empty when the range is invalid

private:
    QByteArray m_uid;
    QByteArray m_memory;
    QByteArray m_version;
};

// NDEF messages for tags we build in tests: one short Well-Known record, MB and ME set.
QByteArray ndefUriMessage(const QString &uri); // URI record, longest matching prefix code 0x01-0x04
QByteArray ndefTextMessage(const QString &language, const QString &text); // UTF-8 Text record

} // namespace Omnitote::Testing
