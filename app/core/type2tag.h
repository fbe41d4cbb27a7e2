// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Omnitote {

/** The Capability Container of an NFC Forum Type 2 tag (page 3). */
struct Type2CapabilityContainer
{
    quint8 magic = 0; // 0xE1 when the tag is NDEF-formatted
    quint8 version = 0; // major.minor nibbles; major 1 is the only one defined
    int dataAreaBytes = 0; // size byte × 8, as the CC claims
    quint8 access = 0;

    bool readable() const { return (access >> 4) == 0; }
    bool writable() const { return (access & 0x0f) == 0; }
};

/** One TLV block found in the data area (for diagnostics): its type, byte offset in memory and length. */
struct Type2Tlv
{
    quint8 type = 0;
    int offset = 0;
    int length = 0;
};

/**
 * What a Type 2 tag's memory holds. Three outcomes: an NDEF message (`hasNdef`, possibly empty), no NDEF
 * (`noNdefReason` says why: unformatted, terminator first, ...), or a broken layout (`error`).
 * `needsMoreData` means the memory given ended before the CC's data area and before the NDEF TLV was
 * complete: a reader should read further pages and parse again.
 */
struct Type2TagContent
{
    QByteArray uid; // from pages 0-1 (UID0-2, UID3-6 around the check byte)
    Type2CapabilityContainer cc;
    QList<Type2Tlv> tlvs;
    bool hasNdef = false;
    QByteArray ndef; // the NDEF message bytes (lock and reserved areas skipped)
    QString noNdefReason;
    QString error;
    bool needsMoreData = false;

    bool ok() const { return error.isEmpty(); }
};

// Parses Type 2 tag memory read from page 0 (4 bytes a page). Lock Control and Memory Control TLVs
// mark bytes that the NDEF TLV skips over; every length is checked against both the CC's data area
// and the bytes actually present.
Type2TagContent parseType2Tag(QByteArrayView memory);

/** A 7-byte NXP UID (or whatever pages 0-1 carry) from Type 2 memory; empty if too short. */
QByteArray type2TagUid(QByteArrayView memory);

} // namespace Omnitote
