// SPDX-License-Identifier: MIT
#include "virtualntag.h"

namespace Omnitote::Testing {

namespace {

QByteArray versionBytes(VirtualNtag::Type type)
{
    // GET_VERSION: header, vendor NXP, NTAG, subtype, major, minor, storage size, protocol.
    const char storage = type == VirtualNtag::Type::Ntag213 ? 0x0f
        : type == VirtualNtag::Type::Ntag215                ? 0x11
                                                            : 0x13;
    return QByteArray::fromHex("0004040201000003").replace(6, 1, QByteArray(1, storage));
}

QByteArray shortRecord(const QByteArray &type, const QByteArray &payload)
{
    Q_ASSERT(payload.size() < 256);
    QByteArray record;
    record += char(0xd1); // MB ME SR, TNF Well-Known
    record += char(type.size());
    record += char(payload.size());
    return record + type + payload;
}

} // namespace

int VirtualNtag::totalPages(Type type)
{
    return type == Type::Ntag213 ? 45 : type == Type::Ntag215 ? 135 : 231;
}

int VirtualNtag::dataAreaBytes(Type type)
{
    return type == Type::Ntag213 ? 144 : type == Type::Ntag215 ? 496 : 872;
}

VirtualNtag VirtualNtag::withNdef(Type type, const QByteArray &uid, const QByteArray &ndefMessage)
{
    Q_ASSERT(uid.size() == 7);
    VirtualNtag tag;
    tag.m_uid = uid;
    tag.m_version = versionBytes(type);
    QByteArray memory(totalPages(type) * 4, '\0');
    // Pages 0-2: UID0-2, BCC0 (0x88 cascade tag xor UID0-2), UID3-6, BCC1, internal, lock bytes.
    memory[0] = uid[0];
    memory[1] = uid[1];
    memory[2] = uid[2];
    memory[3] = char(0x88 ^ quint8(uid[0]) ^ quint8(uid[1]) ^ quint8(uid[2]));
    for (int i = 0; i < 4; ++i)
        memory[4 + i] = uid[3 + i];
    memory[8] = char(quint8(uid[3]) ^ quint8(uid[4]) ^ quint8(uid[5]) ^ quint8(uid[6]));
    memory[9] = char(0x48);
    // Page 3: capability container.
    memory[12] = char(0xe1);
    memory[13] = char(0x10);
    memory[14] = char(dataAreaBytes(type) / 8);
    memory[15] = char(0x00);
    QByteArray tlv;
    tlv += char(0x03);
    if (ndefMessage.size() < 0xff) {
        tlv += char(ndefMessage.size());
    } else {
        tlv += char(0xff);
        tlv += char(ndefMessage.size() >> 8);
        tlv += char(ndefMessage.size() & 0xff);
    }
    tlv += ndefMessage;
    tlv += char(0xfe);
    Q_ASSERT(tlv.size() <= dataAreaBytes(type));
    memory.replace(16, tlv.size(), tlv);
    tag.m_memory = memory;
    return tag;
}

std::optional<VirtualNtag> VirtualNtag::fromDump(const NfcTagDump &dump, QString *error)
{
    if (dump.uid.size() != 7 && dump.uid.size() != 4) {
        *error = QStringLiteral("the emulator presents 4- or 7-byte UIDs, not %1 bytes").arg(dump.uid.size());
        return std::nullopt;
    }
    VirtualNtag tag;
    tag.m_uid = dump.uid;
    tag.m_memory = dump.memory;
    const bool hasVersion = dump.version.size() == 8 && dump.version != QByteArray(8, '\0');
    if (hasVersion)
        tag.m_version = dump.version;
    return tag;
}

QByteArray VirtualNtag::read(int page) const
{
    if (page < 0 || page >= pages())
        return {};
    QByteArray out;
    for (int i = 0; i < 4; ++i)
        out += m_memory.mid(((page + i) % pages()) * 4, 4);
    return out;
}

QByteArray VirtualNtag::fastRead(int start, int end) const
{
    if (start < 0 || end < start || end >= pages())
        return {};
    return m_memory.mid(start * 4, (end - start + 1) * 4);
}

QByteArray ndefUriMessage(const QString &uri)
{
    static const char *const prefixes[] = {"http://www.", "https://www.", "http://", "https://"};
    QByteArray payload(1, '\0');
    QString rest = uri;
    for (int code = 1; code <= 4; ++code) {
        if (uri.startsWith(QLatin1String(prefixes[code - 1]))) {
            payload[0] = char(code);
            rest = uri.mid(qsizetype(qstrlen(prefixes[code - 1])));
            break;
        }
    }
    return shortRecord("U", payload + rest.toUtf8());
}

QByteArray ndefTextMessage(const QString &language, const QString &text)
{
    const QByteArray lang = language.toLatin1();
    return shortRecord("T", QByteArray(1, char(lang.size())) + lang + text.toUtf8());
}

} // namespace Omnitote::Testing
