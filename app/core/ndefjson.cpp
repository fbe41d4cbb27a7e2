// SPDX-License-Identifier: MIT
#include "ndefjson.h"

#include <QJsonArray>

namespace Omnitote {

namespace {

// Type names are ASCII by specification; anything else is shown as hex rather than trusted as text.
QString typeText(const QByteArray &type)
{
    for (char c : type) {
        if (c < 0x20 || c > 0x7e)
            return QStringLiteral("0x") + QString::fromLatin1(type.toHex());
    }
    return QString::fromLatin1(type);
}

} // namespace

QJsonObject ndefRecordToJson(const NdefRecord &record)
{
    QJsonObject json {{QStringLiteral("tnf"), int(record.tnf)},
                      {QStringLiteral("type"), typeText(record.type)}};
    if (!record.id.isEmpty())
        json.insert(QStringLiteral("id"), typeText(record.id));
    QString error;
    if (record.isWellKnown("T")) {
        const NdefText text = decodeNdefText(record.payload);
        error = text.error;
        json.insert(QStringLiteral("lang"), text.language);
        json.insert(QStringLiteral("text"), text.text);
        json.insert(QStringLiteral("encoding"),
                    text.utf16 ? QStringLiteral("UTF-16") : QStringLiteral("UTF-8"));
    } else if (record.isWellKnown("Sp")) {
        const NdefSmartPoster poster = decodeNdefSmartPoster(record.payload);
        error = poster.error;
        json.insert(QStringLiteral("uri"), poster.uri);
        if (!poster.titles.isEmpty())
            json.insert(QStringLiteral("title"), poster.titles.first().text);
    } else if (record.isWellKnown("U") || record.tnf == NdefRecord::Tnf::AbsoluteUri) {
        const NdefUri uri = ndefRecordUri(record);
        error = uri.error;
        json.insert(QStringLiteral("uri"), uri.uri);
    }
    if (!error.isEmpty() || (!json.contains(QStringLiteral("uri")) && !json.contains(QStringLiteral("text"))))
        json.insert(QStringLiteral("payload"), QString::fromLatin1(record.payload.toHex()));
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

QJsonObject type2TagToJson(const QByteArray &uid, const Type2TagContent &tag)
{
    if (!tag.ok())
        return {{QStringLiteral("error"), tag.error}};
    QJsonObject json {{QStringLiteral("uid"), QString::fromLatin1(uid.toHex().toUpper())}};
    json.insert(QStringLiteral("cc"),
                QString::fromLatin1(QByteArray(1, char(tag.cc.magic)).toHex()
                                    + QByteArray(1, char(tag.cc.version)).toHex()
                                    + QByteArray(1, char(tag.cc.dataAreaBytes / 8)).toHex()
                                    + QByteArray(1, char(tag.cc.access)).toHex()));
    QJsonArray records;
    if (tag.hasNdef) {
        const NdefParseResult message = parseNdefMessage(tag.ndef);
        if (!message.ok())
            return {{QStringLiteral("error"), QStringLiteral("NDEF: ") + message.error}};
        for (const NdefRecord &record : message.records)
            records.append(ndefRecordToJson(record));
    } else {
        json.insert(QStringLiteral("noNdef"), tag.noNdefReason);
    }
    json.insert(QStringLiteral("records"), records);
    return json;
}

} // namespace Omnitote
