// SPDX-License-Identifier: MIT
// The MIME builder, address checks and message texts, with hostile and non-ASCII input. The
// integration test (emailapitest) parses real messages with Python's email package.
#include <emailaddress.h>
#include <mailcomposer.h>
#include <mimemessage.h>

#include <QRegularExpression>
#include <QTest>

using namespace Omnitote::Server;

namespace {

const QString kHostile =
    QStringLiteral("Evil\r\nBcc: victim@example.com\r\n\r\n<script>alert('x')</script> & \"mug\"");

/** The decoded text of a header value made of RFC 2047 B-words (what a mail reader shows). */
QString decodeWords(const QByteArray &value, bool *wellFormed)
{
    static const QRegularExpression word(QStringLiteral("^=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?=$"));
    QByteArray bytes;
    *wellFormed = true;
    for (const QByteArray &piece : value.split('\n')) {
        const QByteArray trimmed = piece.trimmed();
        const auto match = word.match(QString::fromLatin1(trimmed));
        if (!match.hasMatch() || trimmed.size() > 75) {
            *wellFormed = false;
            continue;
        }
        const QByteArray decoded = QByteArray::fromBase64(match.captured(1).toLatin1());
        // Each word must hold whole characters (RFC 2047 section 5).
        if (QString::fromUtf8(decoded).toUtf8() != decoded)
            *wellFormed = false;
        bytes += decoded;
    }
    return QString::fromUtf8(bytes);
}

/** Header name -> raw value (continuation lines joined with '\n'), from a rendered message. */
QList<QPair<QByteArray, QByteArray>> headersOf(const QByteArray &message)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    const QByteArray head = message.left(message.indexOf("\r\n\r\n"));
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray text = line.endsWith('\r') ? line.chopped(1) : line;
        if (text.startsWith(' ') && !headers.isEmpty())
            headers.last().second += '\n' + text;
        else
            headers.append({text.left(text.indexOf(':')), text.mid(text.indexOf(':') + 2)});
    }
    return headers;
}

MimeMessage sampleMessage()
{
    MimeMessage message;
    message.from = {QStringLiteral("Põhja & Mänd 北方"), QStringLiteral("kiosk@shop.example")};
    message.to = {QString(), QStringLiteral("Mari.Maasikas@example.ee")};
    message.subject = QStringLiteral("Twoja lista z Północ — Żółta łyżka, 不锈钢保温杯, Õunapuu");
    message.messageId = QStringLiteral("0b7e2f5c-1111-2222-3333-444455556666@shop.example");
    message.date = QDateTime(QDate(2026, 11, 23), QTime(14, 43, 21), Qt::UTC);
    message.text = QStringLiteral("Żółta łyżka ×2\nÕunapuu\n不锈钢保温杯\n.\n");
    message.html = QStringLiteral("<p>Żółta łyżka</p>");
    return message;
}

} // namespace

class MimeMessageTest : public QObject
{
    Q_OBJECT

private slots:
    void addresses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: rejected
        QTest::newRow("plain") << "mari@example.ee"
                               << "mari@example.ee";
        QTest::newRow("domain lower-cased") << "Mari.M+list@Example.EE"
                                            << "Mari.M+list@example.ee";
        QTest::newRow("subdomain") << "a_b@mail.shop.example.co.uk"
                                   << "a_b@mail.shop.example.co.uk";
        QTest::newRow("idn a-label") << "x@xn--mnd-kla.xn--e1afmkfd"
                                     << "x@xn--mnd-kla.xn--e1afmkfd";
        QTest::newRow("crlf") << "mari@example.ee\r\nBcc: x@y.ee"
                              << "";
        QTest::newRow("lf only") << "mari@example.ee\nBcc: x@y.ee"
                                 << "";
        QTest::newRow("space") << "mari maasikas@example.ee"
                               << "";
        QTest::newRow("display form") << "Mari <mari@example.ee>"
                                      << "";
        QTest::newRow("quoted") << "\"mari\"@example.ee"
                                << "";
        QTest::newRow("two ats") << "a@b@example.ee"
                                 << "";
        QTest::newRow("no tld") << "mari@localhost"
                                << "";
        QTest::newRow("numeric tld") << "mari@10.0.0.1"
                                     << "";
        QTest::newRow("ip literal") << "mari@[127.0.0.1]"
                                    << "";
        QTest::newRow("non-ascii local") << "mäří@example.ee"
                                         << "";
        QTest::newRow("non-ascii domain") << "mari@mänd.ee"
                                          << "";
        QTest::newRow("leading dot") << ".mari@example.ee"
                                     << "";
        QTest::newRow("double dot") << "ma..ri@example.ee"
                                    << "";
        QTest::newRow("hyphen label") << "mari@-example.ee"
                                      << "";
        QTest::newRow("comment") << "mari(x)@example.ee"
                                 << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("too long local")
            << QString(65, QLatin1Char('a')) + QStringLiteral("@example.ee") << "";
        QTest::newRow("too long") << QStringLiteral("a@") + QString(250, QLatin1Char('b'))
                + QStringLiteral(".ee")
                                  << "";
    }
    void addresses()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto normalized = EmailAddress::normalize(input);
        QCOMPARE(normalized.value_or(QString()), expected);
    }

    void encodedWordsKeepEveryCharacter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("chinese") << QStringLiteral(
            "不锈钢保温杯旅行装，银色，五百毫升，北方门店为您准备的购物清单");
        QTest::newRow("estonian") << QStringLiteral(
            "Õunapuust lõikelaud – Šõõr, Ülemiste kaubanduskeskuse pood");
        QTest::newRow("polish") << QStringLiteral(
            "Żółta łyżka drewniana — Źdźbło, Północ Warszawa, zażółć gęślą jaźń");
        QTest::newRow("emoji pairs") << QStringLiteral(
            "🧺🧺🧺🧺🧺🧺🧺🧺🧺🧺🧺🧺🧺🧺 basket");
        QTest::newRow("ascii long") << QString(200, QLatin1Char('x'));
        QTest::newRow("encoded-word lookalike") << QStringLiteral("=?UTF-8?B?SGk=?= and ?= =?");
    }
    void encodedWordsKeepEveryCharacter()
    {
        QFETCH(QString, text);
        const QByteArray encoded = Mime::encodedWords(text);
        bool wellFormed = false;
        QCOMPARE(decodeWords(encoded, &wellFormed), text);
        QVERIFY(wellFormed);
        for (const char c : encoded)
            QVERIFY2(c == '\r' || c == '\n' || (c >= 0x20 && c < 0x7f), "encoded words are printable ASCII");
    }

    void controlCharactersNeverReachAHeader()
    {
        MimeMessage message = sampleMessage();
        message.subject = kHostile;
        message.from.displayName = kHostile;
        QString error;
        const auto rendered = message.render(&error);
        QVERIFY2(rendered, qPrintable(error));
        const auto headers = headersOf(*rendered);
        QStringList names;
        for (const auto &[name, value] : headers)
            names.append(QString::fromLatin1(name));
        QCOMPARE(
            names,
            (QStringList {"Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type"}));
        for (const auto &[name, value] : headers) {
            if (name != "Subject")
                continue;
            bool wellFormed = false;
            QCOMPARE(decodeWords(value, &wellFormed), Mime::singleLine(kHostile));
            QVERIFY(wellFormed);
            QVERIFY(!decodeWords(value, &wellFormed).contains(QLatin1Char('\n')));
        }
        // Nothing before the blank line ends the header section early.
        QVERIFY(!rendered->left(rendered->indexOf("\r\n\r\n")).contains("\nBcc"));
    }

    void unsafeFieldsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("to crlf") << "to"
                                 << "mari@example.ee\r\nBcc: victim@example.com";
        QTest::newRow("to display form") << "to"
                                         << "Mari <mari@example.ee>";
        QTest::newRow("from not normalized") << "from"
                                             << "kiosk@SHOP.example";
        QTest::newRow("message-id crlf") << "messageId"
                                         << "x@y\r\nBcc: victim@example.com";
        QTest::newRow("message-id angle") << "messageId"
                                          << "<x@y>";
        QTest::newRow("message-id non-ascii") << "messageId"
                                              << "ü@shop.example";
        QTest::newRow("extra header value crlf") << "extraValue"
                                                 << "<https://x.example/u>\r\nBcc: v@example.com";
        QTest::newRow("extra header name colon") << "extraName"
                                                 << "X-A: b";
    }
    void unsafeFieldsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        MimeMessage message = sampleMessage();
        if (field == QLatin1String("to"))
            message.to.address = value;
        else if (field == QLatin1String("from"))
            message.from.address = value;
        else if (field == QLatin1String("messageId"))
            message.messageId = value;
        else if (field == QLatin1String("extraValue"))
            message.extraHeaders.append({"List-Unsubscribe", value.toUtf8()});
        else
            message.extraHeaders.append({value.toUtf8(), "x"});
        QString error;
        QVERIFY(!message.render(&error));
        QVERIFY(!error.isEmpty());
    }

    void bodyPartsRoundTrip()
    {
        const MimeMessage message = sampleMessage();
        QString error;
        const auto rendered = message.render(&error);
        QVERIFY2(rendered, qPrintable(error));
        for (const QByteArray &line : rendered->split('\n'))
            QVERIFY2(line.size() <= 78, line.constData());
        const auto contentType = headersOf(*rendered).last();
        QCOMPARE(contentType.first, QByteArray("Content-Type"));
        const QByteArray boundary =
            contentType.second.mid(contentType.second.indexOf("boundary=\"") + 10).chopped(1);
        QList<QByteArray> parts;
        const QByteArray delimiter = "--" + boundary;
        for (qsizetype from = 0;;) {
            const qsizetype at = rendered->indexOf(delimiter, from);
            parts.append(rendered->mid(from, at < 0 ? -1 : at - from));
            if (at < 0)
                break;
            from = at + delimiter.size();
        }
        QCOMPARE(parts.size(), 4); // preamble, text, html, closing "--"
        QCOMPARE(parts.at(3), QByteArray("--\r\n"));
        const QList<QPair<QByteArray, QString>> expected {{"text/plain", message.text},
                                                          {"text/html", message.html}};
        for (int i = 0; i < 2; ++i) {
            const QByteArray part = parts.at(i + 1);
            QVERIFY(part.contains("Content-Type: " + expected.at(i).first + "; charset=UTF-8\r\n"));
            QVERIFY(part.contains("Content-Transfer-Encoding: base64\r\n"));
            const QByteArray body = part.mid(part.indexOf("\r\n\r\n") + 4);
            QCOMPARE(QString::fromUtf8(QByteArray::fromBase64(QByteArray(body).replace("\r\n", ""))),
                     expected.at(i).second);
        }
        QVERIFY(rendered->contains("Message-ID: <" + message.messageId.toLatin1() + ">\r\n"));
        QVERIFY(rendered->startsWith("Date: Mon, 23 Nov 2026 14:43:21 +0000\r\n"));
    }

    void listEscapesProductText()
    {
        ListEmail mail;
        mail.language = QStringLiteral("pl");
        mail.storeName = QStringLiteral("Północ <b>Warszawa</b>");
        mail.currency = QStringLiteral("EUR");
        mail.cartUrl = QStringLiteral("https://shop.example/cart/abc");
        mail.cartLinkExpiresAt = QDateTime(QDate(2026, 12, 23), QTime(12, 0), Qt::UTC);
        mail.lines.append({kHostile, QStringLiteral("<img src=x onerror=alert(1)>"), 2, 1000, 3,
                           QStringLiteral("https://shop.example/images/a.svg\" onerror=\"alert(1)")});
        mail.lines.append(
            {QStringLiteral("Żółta łyżka"), QStringLiteral("Żółty, 30 cm"), 1, 890, 0, QString()});
        const ComposedMail composed = MailComposer::list(mail);
        QVERIFY(!composed.html.contains(QLatin1String("<script")));
        QVERIFY(!composed.html.contains(QLatin1String("<img src=x")));
        QVERIFY(!composed.html.contains(QLatin1String("<b>")));
        QVERIFY(!composed.html.contains(QLatin1String("\" onerror=")));
        QVERIFY(composed.html.contains(
            QLatin1String("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;mug&quot;")));
        QVERIFY(composed.html.contains(QStringLiteral("Żółta łyżka")));
        QVERIFY(composed.text.contains(Mime::singleLine(kHostile)));
        QVERIFY(!composed.subject.contains(QLatin1Char('\n')));
        QVERIFY(composed.subject.contains(QStringLiteral("Północ")));
        // 2 × 10,00 + 1 × 8,90 in Polish number format.
        QVERIFY(composed.text.contains(MailComposer::money(2890, mail.currency, mail.language)));
        QVERIFY(composed.text.contains(mail.cartUrl));
    }

    void everyLanguageHasItsOwnText()
    {
        QSet<QString> subjects;
        for (const QString &language : MailComposer::languages()) {
            ListEmail mail;
            mail.language = language;
            mail.storeName = QStringLiteral("S");
            mail.currency = QStringLiteral("EUR");
            subjects.insert(MailComposer::list(mail).subject);
            const ComposedMail code =
                MailComposer::code(language, QStringLiteral("S"), QStringLiteral("042917"), 10);
            QVERIFY(code.text.contains(QLatin1String("042917")));
            QVERIFY(code.html.contains(QLatin1String("042917")));
        }
        QCOMPARE(subjects.size(), MailComposer::languages().size());
    }
};

QTEST_GUILESS_MAIN(MimeMessageTest)
#include "mimemessagetest.moc"
