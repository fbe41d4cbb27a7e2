// SPDX-License-Identifier: MIT
#include "type2tag.h"

#include <utility>

namespace Omnitote {

namespace {

constexpr int dataAreaStart = 16; // page 4
constexpr quint8 tlvNull = 0x00;
constexpr quint8 tlvLockControl = 0x01;
constexpr quint8 tlvMemoryControl = 0x02;
constexpr quint8 tlvNdef = 0x03;
constexpr quint8 tlvTerminator = 0xfe;

/**
 * Walks the data area byte by byte, stepping over the areas that Lock Control and Memory Control TLVs
 * reserve (Type 2 Tag spec 2.2: the NDEF value continues around them).
 */
class DataAreaCursor
{
public:
    DataAreaCursor(QByteArrayView memory, int end) : m_memory(memory), m_end(end) { }

    enum class Read { Ok, EndOfArea, EndOfMemory };

    Read byte(quint8 *value)
    {
        skipReserved();
        if (m_pos >= m_end)
            return Read::EndOfArea;
        if (m_pos >= m_memory.size())
            return Read::EndOfMemory;
        *value = quint8(m_memory[m_pos++]);
        return Read::Ok;
    }
    void reserve(int from, int length) { m_reserved.append({from, from + length}); }
    int position()
    {
        skipReserved();
        return m_pos;
    }

private:
    void skipReserved()
    {
        for (bool moved = true; moved;) {
            moved = false;
            for (const auto &[from, to] : std::as_const(m_reserved)) {
                if (m_pos >= from && m_pos < to) {
                    m_pos = to;
                    moved = true;
                }
            }
        }
    }

    QByteArrayView m_memory;
    int m_end;
    int m_pos = dataAreaStart;
    QList<std::pair<int, int>> m_reserved;
};

// Lock Control / Memory Control value: position byte (page nibble, byte offset nibble), size, page
// control (bytes per page as 2^n in the low nibble). Returns {byte address, length in bytes}.
std::pair<int, int> controlArea(quint8 position, quint8 size, quint8 pageControl, bool sizeInBits)
{
    const int bytesPerPage = 1 << (pageControl & 0x0f);
    const int address = (position >> 4) * bytesPerPage + (position & 0x0f);
    const int sizeValue = size == 0 ? 256 : size;
    return {address, sizeInBits ? (sizeValue + 7) / 8 : sizeValue};
}

} // namespace

QByteArray type2TagUid(QByteArrayView memory)
{
    if (memory.size() < 8)
        return {};
    return memory.first(3).toByteArray() + memory.sliced(4, 4).toByteArray();
}

Type2TagContent parseType2Tag(QByteArrayView memory)
{
    Type2TagContent tag;
    if (memory.size() < dataAreaStart) {
        tag.error = QStringLiteral("tag memory is %1 bytes; pages 0-3 need 16").arg(memory.size());
        return tag;
    }
    tag.uid = type2TagUid(memory);
    tag.cc.magic = quint8(memory[12]);
    tag.cc.version = quint8(memory[13]);
    tag.cc.dataAreaBytes = quint8(memory[14]) * 8;
    tag.cc.access = quint8(memory[15]);
    if (tag.cc.magic != 0xe1) {
        tag.noNdefReason = QStringLiteral("not NDEF-formatted (CC magic 0x%1, not 0xE1)")
                               .arg(uint(tag.cc.magic), 2, 16, QLatin1Char('0'));
        return tag;
    }
    if ((tag.cc.version >> 4) != 1) {
        tag.noNdefReason = QStringLiteral("unsupported Type 2 mapping version %1.%2")
                               .arg(tag.cc.version >> 4)
                               .arg(tag.cc.version & 0x0f);
        return tag;
    }

    const int areaEnd = dataAreaStart + tag.cc.dataAreaBytes;
    DataAreaCursor cursor(memory, areaEnd);
    auto ranOut = [&tag](DataAreaCursor::Read read, const QString &what) {
        if (read == DataAreaCursor::Read::EndOfMemory) {
            tag.needsMoreData = true;
            tag.error = QStringLiteral("memory ends inside %1").arg(what);
        } else {
            tag.error = QStringLiteral("%1 runs past the end of the data area (%2 bytes)")
                            .arg(what)
                            .arg(tag.cc.dataAreaBytes);
        }
        return tag;
    };
    for (;;) {
        const int offset = cursor.position();
        quint8 type = 0;
        const auto typeRead = cursor.byte(&type);
        if (typeRead == DataAreaCursor::Read::EndOfArea) {
            tag.noNdefReason = QStringLiteral("no NDEF TLV in the data area");
            return tag;
        }
        if (typeRead == DataAreaCursor::Read::EndOfMemory) {
            tag.needsMoreData = true;
            tag.noNdefReason = QStringLiteral("no NDEF TLV in the memory read");
            return tag;
        }
        if (type == tlvNull)
            continue;
        if (type == tlvTerminator) {
            tag.tlvs.append({type, offset, 0});
            tag.noNdefReason = QStringLiteral("terminator TLV before any NDEF TLV");
            return tag;
        }
        quint8 lengthByte = 0;
        if (auto read = cursor.byte(&lengthByte); read != DataAreaCursor::Read::Ok)
            return ranOut(read, QStringLiteral("a TLV length"));
        int length = lengthByte;
        if (lengthByte == 0xff) { // three-byte form: FF, then 16 bits
            quint8 high = 0;
            quint8 low = 0;
            auto read = cursor.byte(&high);
            if (read == DataAreaCursor::Read::Ok)
                read = cursor.byte(&low);
            if (read != DataAreaCursor::Read::Ok)
                return ranOut(read, QStringLiteral("a three-byte TLV length"));
            length = (high << 8) | low;
        }
        tag.tlvs.append({type, offset, length});
        QByteArray value;
        for (int i = 0; i < length; ++i) {
            quint8 byte = 0;
            if (auto read = cursor.byte(&byte); read != DataAreaCursor::Read::Ok)
                return ranOut(read,
                              QStringLiteral("TLV 0x%1 of %2 bytes at offset %3")
                                  .arg(uint(type), 2, 16, QLatin1Char('0'))
                                  .arg(length)
                                  .arg(offset));
            value.append(char(byte));
        }
        if (type == tlvNdef) {
            tag.hasNdef = true;
            tag.ndef = value;
            return tag;
        }
        // A control TLV of the wrong length is ignored, as readers in the field do (nfcpy, libnfc tools).
        if ((type == tlvLockControl || type == tlvMemoryControl) && length == 3) {
            const auto [address, bytes] =
                controlArea(quint8(value[0]), quint8(value[1]), quint8(value[2]), type == tlvLockControl);
            cursor.reserve(address, bytes);
        }
        // Proprietary (0xFD) and unknown TLVs are skipped by their length.
    }
}

} // namespace Omnitote
