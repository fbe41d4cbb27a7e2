// SPDX-License-Identifier: MIT
#include "nfcdump.h"
#include "type2tag.h"

#include <QFile>
#include <QList>

namespace Omnitote {

namespace {

// The largest Type 2 tags (NTAG216, MIFARE Ultralight EV1 in its largest size) have 231 pages; a
// file far beyond that is not a tag dump.
constexpr int maxPages = 1024;
constexpr qsizetype maxFileBytes = 1024 * 1024;

std::optional<QByteArray> hexBytes(QByteArrayView text)
{
    QByteArray bytes;
    for (const QByteArray &word : text.toByteArray().simplified().split(' ')) {
        if (word.isEmpty())
            continue;
        bool ok = false;
        const uint value = word.toUInt(&ok, 16);
        if (!ok || word.size() != 2 || value > 0xff)
            return std::nullopt;
        bytes.append(char(value));
    }
    return bytes;
}

} // namespace

std::optional<NfcTagDump> parseRawTagDump(QByteArrayView bytes, QString *error)
{
    if (bytes.size() < 16 || bytes.size() % 4 != 0 || bytes.size() > maxPages * 4) {
        *error = QStringLiteral("a raw dump is a whole number of 4-byte pages from page 0 (16 to %1 bytes), "
                                "not %2 bytes")
                     .arg(maxPages * 4)
                     .arg(bytes.size());
        return std::nullopt;
    }
    NfcTagDump dump;
    dump.memory = bytes.toByteArray();
    dump.uid = type2TagUid(bytes);
    return dump;
}

std::optional<NfcTagDump> parseFlipperNfc(QByteArrayView text, QString *error)
{
    NfcTagDump dump;
    int lineNumber = 0;
    for (const QByteArray &rawLine : text.toByteArray().split('\n')) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (line.isEmpty() || line.startsWith('#') || colon < 0)
            continue;
        const QByteArray key = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        auto bad = [&](const QString &why) {
            *error = QStringLiteral("line %1: %2").arg(lineNumber).arg(why);
            return std::nullopt;
        };
        if (key.startsWith("Page ")) {
            bool ok = false;
            const int page = key.mid(5).toInt(&ok);
            if (!ok || page != dump.memory.size() / 4)
                return bad(QStringLiteral("expected page %1").arg(dump.memory.size() / 4));
            if (page >= maxPages)
                return bad(QStringLiteral("more than %1 pages").arg(maxPages));
            const auto bytes = hexBytes(value);
            if (!bytes || bytes->size() != 4)
                return bad(QStringLiteral("a page holds 4 hex bytes"));
            dump.memory += *bytes;
        } else if (key == "UID" || key == "Mifare version" || key == "ATQA") {
            const auto bytes = hexBytes(value);
            if (!bytes)
                return bad(QStringLiteral("%1 is not hex bytes").arg(QString::fromLatin1(key)));
            (key == "UID" ? dump.uid : key == "ATQA" ? dump.atqa : dump.version) = *bytes;
        } else if (key == "SAK") {
            const auto bytes = hexBytes(value);
            if (!bytes || bytes->size() != 1)
                return bad(QStringLiteral("SAK is one hex byte"));
            dump.sak = quint8(bytes->at(0));
        } else if (key == "Device type") {
            dump.deviceType = QString::fromUtf8(value);
        }
    }
    if (dump.memory.size() < 16) {
        *error = QStringLiteral("the file has %1 pages; a Type 2 dump needs at least pages 0-3")
                     .arg(dump.memory.size() / 4);
        return std::nullopt;
    }
    if (dump.uid.isEmpty())
        dump.uid = type2TagUid(dump.memory);
    return dump;
}

std::optional<NfcTagDump> readNfcTagDump(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray content = file.read(maxFileBytes + 1);
    if (content.size() > maxFileBytes) {
        *error = QStringLiteral("%1 is larger than %2 bytes; not a tag dump").arg(path).arg(maxFileBytes);
        return std::nullopt;
    }
    if (content.startsWith("Filetype: Flipper NFC device"))
        return parseFlipperNfc(content, error);
    return parseRawTagDump(content, error);
}

} // namespace Omnitote
