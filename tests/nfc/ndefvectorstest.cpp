// SPDX-License-Identifier: MIT
// The NDEF and Type 2 tag parsers against third-party vectors (../shared/testdata/ndef/vectors.tsv:
// nfcpy/ndeflib, Android CTS, nfcpy Type 2 images).
#include <ndef.h>
#include <type2tag.h>

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Omnitote;

namespace {

struct Vector
{
    QString kind;
    QByteArray input;
    QString expected;
    QString error;
    QString source;
    QString note;
    QString inputHex;
};

QString unquote(QString field)
{
    if (field.size() >= 2 && field.startsWith(u'"') && field.endsWith(u'"'))
        field = field.mid(1, field.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return field;
}

// "050000100000<1048576x00>": the file abbreviates the 1 MiB filler rows.
QByteArray expandHex(const QString &hex)
{
    static const QRegularExpression filler(QStringLiteral("^([0-9a-f]*)<(\\d+)x([0-9a-f]{2})>$"));
    const auto match = filler.match(hex);
    if (!match.hasMatch())
        return QByteArray::fromHex(hex.toLatin1());
    return QByteArray::fromHex(match.captured(1).toLatin1())
        + QByteArray(match.captured(2).toInt(), char(match.captured(3).toInt(nullptr, 16)));
}

QList<Vector> loadVectors()
{
    QList<Vector> vectors;
    QFile file(QStringLiteral(OMNITOTE_SHARED_TESTDATA "/ndef/vectors.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return vectors;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QStringList fields = QString::fromUtf8(file.readLine()).chopped(1).split(u'\t');
        if (fields.size() < 9)
            continue;
        vectors.append({unquote(fields[0]), expandHex(fields[1]), unquote(fields[2]), unquote(fields[3]),
                        fields[4], unquote(fields[8]), fields[1]});
    }
    return vectors;
}

// Rows where the suites disagree with each other, and which side we take (see vectors README).
bool deliberatelyDiffers(const Vector &v)
{
    const bool android = v.source.contains(QLatin1String("android"));
    // Empty input is an empty message (what an empty NDEF TLV "03 00" holds), as ndeflib says.
    if (android && v.kind == u"ndef_message" && v.input.isEmpty())
        return true;
    // A Well-Known record with no type means nothing; ndeflib rejects TYPE_LENGTH 0 for TNF 1-4.
    return android && v.kind == u"ndef_message"
        && (v.inputHex == u"d900000100" || v.inputHex == u"c900000000000100" || v.inputHex == u"d10003010203"
            || v.inputHex.startsWith(u"da0000ff"));
}

// Rows the source only accepts in its lenient mode: we are strict.
bool relaxOnly(const Vector &v)
{
    return v.note.contains(QLatin1String("accepted only with errors='relax'"));
}

// Splits "[A, B (x, y), C]" at top-level commas.
QStringList bracketItems(const QString &expected)
{
    const qsizetype open = expected.indexOf(u'[');
    const qsizetype close = expected.lastIndexOf(u']');
    if (open < 0 || close < open)
        return {};
    QStringList items;
    QString current;
    int depth = 0;
    for (QChar c : expected.mid(open + 1, close - open - 1)) {
        depth += c == u'(' ? 1 : c == u')' ? -1 : 0;
        if (c == u',' && depth == 0) {
            items << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        items << current.trimmed();
    return items;
}

QByteArray smartPosterWith(const QByteArray &type, const QByteArray &payload)
{
    // URI "" record (MB) then the record under test (ME), both short records of TNF Well-Known.
    QByteArray message = QByteArray::fromHex("91010155") + QByteArray(1, '\0');
    message += char(0x51);
    message += char(type.size());
    message += char(payload.size());
    return message + type + payload;
}

} // namespace

class NdefVectorsTest : public QObject
{
    Q_OBJECT

    QList<Vector> m_vectors;

    void rows(const QStringList &kinds)
    {
        QTest::addColumn<int>("index");
        for (qsizetype i = 0; i < m_vectors.size(); ++i) {
            if (kinds.contains(m_vectors[i].kind))
                QTest::addRow("%s %lld %s", qPrintable(m_vectors[i].kind), i,
                              qPrintable(m_vectors[i].inputHex.left(24)))
                    << int(i);
        }
    }
    bool expectError(const Vector &v) const { return !v.error.isEmpty() || relaxOnly(v); }

private Q_SLOTS:
    void initTestCase()
    {
        m_vectors = loadVectors();
        if (m_vectors.isEmpty())
            QSKIP("no " OMNITOTE_SHARED_TESTDATA
                  "/ndef/vectors.tsv (third-party data lives beside the repo)");
        QCOMPARE(m_vectors.size(), 202);
    }

    void messages_data() { rows({QStringLiteral("ndef_message")}); }
    void messages()
    {
        QFETCH(int, index);
        const Vector &v = m_vectors[index];
        const NdefParseResult result = parseNdefMessage(v.input);
        const bool wantError = expectError(v) != deliberatelyDiffers(v);
        QVERIFY2(result.ok() != wantError,
                 qPrintable(v.expected + v.error + QStringLiteral(" / ours: ") + result.error));
        if (!result.ok()) {
            QVERIFY(result.error.startsWith(QLatin1String("record ")));
            return;
        }
        static const QRegularExpression count(QStringLiteral("^(\\d+) (logical )?records?"));
        if (const auto match = count.match(v.expected); match.hasMatch())
            QCOMPARE(result.records.size(), match.captured(1).toInt());
        const QStringList items = bracketItems(v.expected);
        if (items.isEmpty() || deliberatelyDiffers(v))
            return;
        QCOMPARE(result.records.size(), items.size());
        static const QRegularExpression payload(QStringLiteral("payload=([0-9a-f]+)(\\s|$)"));
        static const QRegularExpression type(QStringLiteral("type=([0-9a-f]{2})(\\s|$)"));
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (const auto match = payload.match(items[i]); match.hasMatch())
                QCOMPARE(result.records[i].payload.toHex(), match.captured(1).toLatin1());
            if (const auto match = type.match(items[i]); match.hasMatch())
                QCOMPARE(result.records[i].type.toHex(), match.captured(1).toLatin1());
        }
    }

    void records_data() { rows({QStringLiteral("ndef_record")}); }
    void records()
    {
        QFETCH(int, index);
        const Vector &v = m_vectors[index];
        qsizetype consumed = 0;
        QString error;
        const auto record = parseNdefRecord(v.input, &consumed, &error);
        QVERIFY2(record.has_value() != expectError(v),
                 qPrintable(v.expected + v.error + QStringLiteral(" / ours: ") + error));
        if (!record)
            return;
        QVERIFY(consumed <= v.input.size());
        static const QRegularExpression payload(QStringLiteral("payload=bytes:([0-9a-f]*)(\\s|$)"));
        if (const auto match = payload.match(v.expected); match.hasMatch())
            QCOMPARE(record->payload.toHex(), match.captured(1).toLatin1());
        if (v.expected.contains(QLatin1String("id='id'")))
            QCOMPARE(record->id, QByteArray("id"));
    }

    void uris_data() { rows({QStringLiteral("uri_payload")}); }
    void uris()
    {
        QFETCH(int, index);
        const Vector &v = m_vectors[index];
        const NdefUri uri = decodeNdefUri(v.input);
        QVERIFY2(uri.error.isEmpty() != expectError(v),
                 qPrintable(v.expected + v.error + QStringLiteral(" / ours: ") + uri.error));
        if (uri.error.isEmpty())
            QCOMPARE(QStringLiteral("iri = '%1'").arg(uri.uri), v.expected);
    }

    void texts_data() { rows({QStringLiteral("text_payload")}); }
    void texts()
    {
        QFETCH(int, index);
        const Vector &v = m_vectors[index];
        const NdefText text = decodeNdefText(v.input);
        QVERIFY2(text.error.isEmpty() != expectError(v),
                 qPrintable(v.expected + v.error + QStringLiteral(" / ours: ") + text.error));
        if (!text.error.isEmpty())
            return;
        const QString ours = QStringLiteral("(text, language, encoding) = ('%1', '%2', '%3')")
                                 .arg(text.text, text.language,
                                      text.utf16 ? QStringLiteral("UTF-16") : QStringLiteral("UTF-8"));
        QCOMPARE(ours, v.expected);
    }

    void smartPosters_data()
    {
        rows({QStringLiteral("smartposter_payload"), QStringLiteral("sp_action_payload"),
              QStringLiteral("sp_size_payload"), QStringLiteral("sp_type_payload")});
    }
    void smartPosters()
    {
        QFETCH(int, index);
        const Vector &v = m_vectors[index];
        QByteArray payload = v.input;
        if (v.kind == u"sp_action_payload")
            payload = smartPosterWith("act", v.input);
        else if (v.kind == u"sp_size_payload")
            payload = smartPosterWith("s", v.input);
        else if (v.kind == u"sp_type_payload")
            payload = smartPosterWith("t", v.input);
        const NdefSmartPoster poster = decodeNdefSmartPoster(payload);
        QVERIFY2(poster.error.isEmpty() != expectError(v),
                 qPrintable(v.expected + v.error + QStringLiteral(" / ours: ") + poster.error));
        if (!poster.error.isEmpty())
            return;
        if (v.kind == u"sp_action_payload")
            QCOMPARE(QStringList({"exec", "save", "edit"}).value(poster.action),
                     v.expected.section(u'\'', 1, 1));
        else if (v.kind == u"sp_size_payload")
            QCOMPARE(QString::number(poster.size.value_or(0)), v.expected.section(u' ', 2));
        else if (v.kind == u"sp_type_payload")
            QCOMPARE(poster.type, v.expected.section(u'\'', 1, 1));
        else if (v.expected.contains(QLatin1String("http://nfcpy.org")))
            QCOMPARE(poster.uri, QStringLiteral("http://nfcpy.org"));
        if (v.expected.contains(QLatin1String("'nfcpy'"))) {
            QCOMPARE(poster.titles.size(), 1);
            QCOMPARE(poster.titles.first().text, QStringLiteral("nfcpy"));
        }
    }

    void type2Images_data() { rows({QStringLiteral("type2_tag_memory")}); }
    void type2Images()
    {
        QFETCH(int, index);
        const Vector &v = m_vectors[index];
        const Type2TagContent tag = parseType2Tag(v.input);
        // "no NDEF (...)" rows carry their outcome in the error column.
        const QString outcome = v.expected.isEmpty() ? v.error : v.expected;
        static const QRegularExpression octets(QStringLiteral("^NDEF octets ([0-9a-f]+)"));
        if (const auto match = octets.match(outcome); match.hasMatch()) {
            QVERIFY2(tag.ok() && tag.hasNdef, qPrintable(tag.error + tag.noNdefReason));
            QCOMPARE(tag.ndef.toHex(), match.captured(1).toLatin1());
        } else if (outcome.startsWith(QLatin1String("no NDEF"))) {
            QVERIFY(!tag.hasNdef);
            QVERIFY(!(tag.error + tag.noNdefReason).isEmpty());
        } else { // the Ultralight C smart poster image
            QVERIFY2(tag.ok() && tag.hasNdef, qPrintable(tag.error));
            const NdefParseResult message = parseNdefMessage(tag.ndef);
            QVERIFY(message.ok());
            QCOMPARE(message.records.size(), 1);
            const NdefSmartPoster poster = decodeNdefSmartPoster(message.records.first().payload);
            QCOMPARE(poster.uri, QStringLiteral("http://nfcpy.org"));
            QCOMPARE(poster.titles.value(0).text, QStringLiteral("nfcpy"));
            QVERIFY(!tag.cc.readable());
        }
    }
};

QTEST_GUILESS_MAIN(NdefVectorsTest)
#include "ndefvectorstest.moc"
