// SPDX-License-Identifier: MIT
// Tag files (Flipper .nfc, raw .bin) and the Type 2 / NDEF parsers on the real dumps in
// ../shared/testdata/nfc, compared with the decoder output recorded beside them (decoded.jsonl);
// and the tag-to-ScanEvent rules (NfcTagResolver) on tags we build.
#include <ndef.h>
#include <ndefjson.h>
#include <nfcdump.h>
#include <nfctagresolver.h>
#include <type2tag.h>
#include <virtualntag.h>

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>

using namespace Omnitote;
using namespace Omnitote::Testing;

namespace {

const QByteArray uid = QByteArray::fromHex("046d771da9e396");
const QString shop = QStringLiteral("https://shop.northfield.example/p/");

QString tlvName(const Type2Tlv &tlv)
{
    const QString name = tlv.type == 0x01 ? QStringLiteral("LockControl")
        : tlv.type == 0x02                ? QStringLiteral("MemoryControl")
        : tlv.type == 0x03                ? QStringLiteral("NDEF")
        : tlv.type == 0xfe                ? QStringLiteral("Terminator")
                                          : QStringLiteral("TLV%1").arg(tlv.type);
    return tlv.type == 0xfe ? QStringLiteral("%1@%2").arg(name).arg(tlv.offset)
                            : QStringLiteral("%1(len=%2)@%3").arg(name).arg(tlv.length).arg(tlv.offset);
}

// The same one-line form decoded.jsonl uses.
QString describe(const NdefRecord &record)
{
    if (record.isWellKnown("U"))
        return QStringLiteral("WellKnown:U uri=") + decodeNdefUri(record.payload).uri;
    if (record.isWellKnown("T")) {
        const NdefText text = decodeNdefText(record.payload);
        return QStringLiteral("WellKnown:T text[%1]='%2'").arg(text.language, text.text);
    }
    if (record.tnf == NdefRecord::Tnf::Media)
        return QStringLiteral("Media:%1 (%2 B)")
            .arg(QString::fromLatin1(record.type))
            .arg(record.payload.size());
    if (record.tnf == NdefRecord::Tnf::External)
        return QStringLiteral("External:") + QString::fromLatin1(record.type);
    return QStringLiteral("?");
}

QByteArray tagMemory(const QByteArray &ndef)
{
    return VirtualNtag::withNdef(VirtualNtag::Type::Ntag213, uid, ndef).memory();
}

} // namespace

class NfcDumpTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharedDumps_data()
    {
        QTest::addColumn<QJsonObject>("row");
        QFile decoded(QStringLiteral(OMNITOTE_SHARED_TESTDATA "/nfc/decoded.jsonl"));
        if (!decoded.open(QIODevice::ReadOnly))
            QSKIP("no " OMNITOTE_SHARED_TESTDATA "/nfc (third-party data lives beside the repo)");
        while (!decoded.atEnd()) {
            const QJsonObject row = QJsonDocument::fromJson(decoded.readLine()).object();
            QTest::newRow(qPrintable(row.value(QStringLiteral("file")).toString())) << row;
        }
    }
    void sharedDumps()
    {
        QFETCH(QJsonObject, row);
        QString error;
        const auto dump = readNfcTagDump(QStringLiteral(OMNITOTE_SHARED_TESTDATA "/nfc/")
                                             + row.value(QStringLiteral("file")).toString(),
                                         &error);
        QVERIFY2(dump, qPrintable(error));
        const QJsonObject meta = row.value(QStringLiteral("meta")).toObject();
        QCOMPARE(dump->uid, QByteArray::fromHex(meta.value(QStringLiteral("UID")).toString().toLatin1()));
        QCOMPARE(dump->memory.size() / 4, meta.value(QStringLiteral("Pages total")).toString().toInt());

        const Type2TagContent tag = parseType2Tag(dump->memory);
        QVERIFY2(tag.ok(), qPrintable(tag.error));
        QVERIFY(tag.hasNdef);
        QCOMPARE(tag.ndef.toHex(), row.value(QStringLiteral("ndef_hex")).toString().toLatin1());
        const QJsonArray tlvs = row.value(QStringLiteral("tlvs")).toArray();
        for (qsizetype i = 0; i < tag.tlvs.size(); ++i) // we stop at the NDEF TLV; the file lists on to FE
            QCOMPARE(tlvName(tag.tlvs[i]), tlvs.at(i).toString());

        const NdefParseResult message = parseNdefMessage(tag.ndef);
        QVERIFY2(message.ok(), qPrintable(message.error));
        QStringList ours;
        for (const NdefRecord &record : message.records)
            ours << describe(record);
        const QString expected = row.value(QStringLiteral("ndef")).toArray().first().toString();
        if (expected == u"(empty NDEF)")
            QVERIFY(message.records.isEmpty());
        else if (expected.contains(QChar(0)))
            // GuidoZ.nfc pads its URI with NULs: we refuse such a URI rather than trim it.
            QVERIFY(!decodeNdefUri(message.records.first().payload).error.isEmpty());
        else
            QCOMPARE(ours.join(QStringLiteral("; ")), expected);
    }

    void dumpsWithoutNdef_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator files(QStringLiteral(OMNITOTE_SHARED_TESTDATA "/nfc/flipper_no_ndef"), QDir::Files);
        if (!files.hasNext())
            QSKIP("no " OMNITOTE_SHARED_TESTDATA "/nfc/flipper_no_ndef");
        while (files.hasNext()) {
            const QString path = files.next();
            QTest::newRow(qPrintable(files.fileName())) << path;
        }
    }
    void dumpsWithoutNdef()
    {
        QFETCH(QString, path);
        QString error;
        const auto dump = readNfcTagDump(path, &error);
        if (path.contains(QLatin1String("NFC_Jelly"))) { // 3-byte "pages": not a Type 2 dump
            QVERIFY(!dump);
            QVERIFY(error.contains(QLatin1String("4 hex bytes")));
            return;
        }
        QVERIFY2(dump, qPrintable(error));
        const Type2TagContent tag = parseType2Tag(dump->memory);
        QVERIFY(!tag.hasNdef);
        QVERIFY(!(tag.error + tag.noNdefReason).isEmpty());
        // Such a tag still identifies a product: by its UID.
        const auto resolution = NfcTagResolver().resolve(dump->uid, dump->memory, {}, 1);
        QCOMPARE(resolution.event.lookupKey(),
                 QStringLiteral("nfc:") + QString::fromLatin1(dump->uid.toHex().toUpper()));
    }

    void rawDumps()
    {
        const QByteArray memory = tagMemory(ndefUriMessage(shop + QStringLiteral("NP-1")));
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(memory);
        file.close();
        QString error;
        const auto dump = readNfcTagDump(file.fileName(), &error);
        QVERIFY2(dump, qPrintable(error));
        QCOMPARE(dump->memory, memory);
        QCOMPARE(dump->uid, uid);
        QVERIFY(!parseRawTagDump(memory.left(18), &error));
        QVERIFY(error.contains(QLatin1String("4-byte pages")));
        QVERIFY(!readNfcTagDump(QStringLiteral("/nonexistent/tag.bin"), &error));
    }

    void flipperDumpsRejectGaps()
    {
        QString error;
        QVERIFY(!parseFlipperNfc("Filetype: Flipper NFC device\nPage 0: 04 A1 B2 9F\nPage 2: 00 00 00 00\n",
                                 &error));
        QVERIFY(error.contains(QLatin1String("expected page 1")));
        QVERIFY(!parseFlipperNfc("Filetype: Flipper NFC device\nPage 0: 04 A1 B2 ZZ\n", &error));
        QVERIFY(!parseFlipperNfc("Filetype: Flipper NFC device\nUID: 04\n", &error));
        QVERIFY(error.contains(QLatin1String("pages 0-3")));
    }

    void json()
    {
        const QByteArray memory = tagMemory(
            ndefUriMessage(shop + QStringLiteral("NP-100133")).replace(0, 1, QByteArray(1, char(0x91)))
            + ndefTextMessage(QStringLiteral("et"), QStringLiteral("Lõikelaud"))
                  .replace(0, 1, QByteArray(1, char(0x51))));
        const QJsonObject json = type2TagToJson(uid, parseType2Tag(memory));
        QCOMPARE(json.value(QStringLiteral("uid")).toString(), QStringLiteral("046D771DA9E396"));
        const QJsonArray records = json.value(QStringLiteral("records")).toArray();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].toObject().value(QStringLiteral("uri")).toString(),
                 shop + QStringLiteral("NP-100133"));
        QCOMPARE(records[0].toObject().value(QStringLiteral("tnf")).toInt(), 1);
        QCOMPARE(records[1].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("T"));
        QCOMPARE(records[1].toObject().value(QStringLiteral("lang")).toString(), QStringLiteral("et"));
        QCOMPARE(records[1].toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Lõikelaud"));
        QVERIFY(type2TagToJson(uid, parseType2Tag(memory.left(8))).contains(QStringLiteral("error")));
    }

    void productUrls_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("product page") << shop + QStringLiteral("NP-100133") << true;
        QTest::newRow("host case") << QStringLiteral("https://SHOP.northfield.example/p/NP-1") << true;
        QTest::newRow("other path") << QStringLiteral("https://shop.northfield.example/admin") << false;
        QTest::newRow("dot segments")
            << QStringLiteral("https://shop.northfield.example/p/../admin") << false;
        QTest::newRow("plain http") << QStringLiteral("http://shop.northfield.example/p/NP-1") << false;
        QTest::newRow("user info") << QStringLiteral("https://shop.northfield.example@evil.example/p/NP-1")
                                   << false;
        QTest::newRow("look-alike") << QStringLiteral("https://shop.northfield.example.evil.example/p/NP-1")
                                    << false;
        QTest::newRow("other port") << QStringLiteral("https://shop.northfield.example:8443/p/NP-1") << false;
        QTest::newRow("not a URL") << QStringLiteral("javascript:alert(1)") << false;
    }
    void productUrls()
    {
        QFETCH(QString, uri);
        QFETCH(bool, accepted);
        NfcTagResolver resolver;
        resolver.setProductUrlPrefixes({shop});
        QCOMPARE(resolver.isProductUrl(uri), accepted);
        const auto resolution =
            resolver.resolve(uid, tagMemory(ndefUriMessage(uri)), QStringLiteral("test"), 5);
        QCOMPARE(resolution.event.source, ScanEvent::Source::Nfc);
        QCOMPARE(resolution.event.sourceId, QStringLiteral("test"));
        QCOMPARE(resolution.event.capturedAtNs, 5);
        QCOMPARE(resolution.event.lookupKey(), accepted ? uri : QStringLiteral("nfc:046D771DA9E396"));
        QCOMPARE(resolution.note.isEmpty(), accepted);
    }

    void brokenNdefResolvesByUid()
    {
        // An NDEF TLV that claims more bytes than the tag has, and a message that lacks ME.
        QByteArray memory = tagMemory({});
        memory[17] = char(0xf0);
        auto resolution = NfcTagResolver().resolve(uid, memory, {}, 1);
        QCOMPARE(resolution.event.lookupKey(), QStringLiteral("nfc:046D771DA9E396"));
        QVERIFY(resolution.note.contains(QLatin1String("data area")));
        resolution = NfcTagResolver().resolve(uid, tagMemory(QByteArray::fromHex("9101015500")), {}, 1);
        QVERIFY(resolution.note.contains(QLatin1String("ME flag")));
    }
};

QTEST_GUILESS_MAIN(NfcDumpTest)
#include "nfcdumptest.moc"
