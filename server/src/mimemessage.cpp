// SPDX-License-Identifier: MIT
#include "mimemessage.h"

#include "emailaddress.h"

#include <QRandomGenerator>

#include <array>

namespace Omnitote::Server {

namespace Mime {

QString singleLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        // Unicode line and paragraph separators end lines in some clients too.
        const bool blank = c.isSpace() || c.category() == QChar::Other_Control
            || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph;
        if (blank) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out.append(QLatin1Char(' '));
        space = false;
        out.append(c);
    }
    return out;
}

QByteArray encodedWords(const QString &text)
{
    // 39 bytes make 52 base64 characters, a 64-character word: with "Subject: " in front the line
    // stays within 78 characters. Words are split between characters, never inside one (RFC 2047
    // section 5 forbids split characters).
    constexpr qsizetype maxBytes = 39;
    QByteArray out;
    QByteArray chunk;
    const auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out.append("\r\n ");
        out.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
        chunk.clear();
    };
    const QString clean = singleLine(text);
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const qsizetype length = clean.at(i).isHighSurrogate() && i + 1 < clean.size() ? 2 : 1;
        const QByteArray character = clean.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + character.size() > maxBytes)
            flush();
        chunk.append(character);
    }
    flush();
    return out;
}

QString escapeHtml(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out.append(QLatin1String("&amp;"));
            break;
        case '<':
            out.append(QLatin1String("&lt;"));
            break;
        case '>':
            out.append(QLatin1String("&gt;"));
            break;
        case '"':
            out.append(QLatin1String("&quot;"));
            break;
        case '\'':
            out.append(QLatin1String("&#39;"));
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 38 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out.append(encoded.mid(i, 76)).append("\r\n");
    return out;
}

QByteArray dateHeader(const QDateTime &when)
{
    static constexpr std::array<const char *, 7> days {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr std::array<const char *, 12> months {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = when.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    // Built by hand: day and month names must be English whatever the server's locale.
    return QByteArray(days[size_t(date.dayOfWeek() - 1)]) + ", " + QByteArray::number(date.day()) + ' '
        + months[size_t(date.month() - 1)] + ' ' + QByteArray::number(date.year()) + ' '
        + time.toString(QStringLiteral("HH:mm:ss")).toLatin1() + " +0000";
}

} // namespace Mime

namespace {

bool printableAscii(QByteArrayView value)
{
    for (const char c : value) {
        if (c < 0x20 || c > 0x7e)
            return false;
    }
    return true;
}

std::optional<QByteArray> mailbox(const MailAddress &who, QString *error)
{
    const auto address = EmailAddress::normalize(who.address);
    if (!address || *address != who.address) {
        *error = QStringLiteral("not an acceptable address: \"%1\"").arg(Mime::singleLine(who.address));
        return std::nullopt;
    }
    const QString name = Mime::singleLine(who.displayName);
    const QByteArray angle = '<' + address->toLatin1() + '>';
    return name.isEmpty() ? angle : Mime::encodedWords(name) + "\r\n " + angle;
}

QByteArray part(const char *type, const QString &content)
{
    return QByteArray("Content-Type: ") + type + "; charset=UTF-8\r\n"
        + "Content-Transfer-Encoding: base64\r\n\r\n" + Mime::base64Lines(content.toUtf8());
}

} // namespace

std::optional<QByteArray> MimeMessage::render(QString *error) const
{
    const auto fromHeader = mailbox(from, error);
    if (!fromHeader)
        return std::nullopt;
    const auto toHeader = mailbox(to, error);
    if (!toHeader)
        return std::nullopt;
    const QByteArray id = messageId.toLatin1();
    if (messageId.isEmpty() || QString::fromLatin1(id) != messageId || !printableAscii(id)
        || id.count('@') != 1 || id.contains('<') || id.contains('>') || id.contains(' ')) {
        *error = QStringLiteral("not an acceptable Message-ID");
        return std::nullopt;
    }
    QByteArray headers;
    headers += "Date: " + Mime::dateHeader(date.isValid() ? date : QDateTime::currentDateTimeUtc()) + "\r\n";
    headers += "From: " + *fromHeader + "\r\n";
    headers += "To: " + *toHeader + "\r\n";
    headers += "Subject: " + Mime::encodedWords(subject) + "\r\n";
    headers += "Message-ID: <" + id + ">\r\n";
    headers += "MIME-Version: 1.0\r\n";
    for (const auto &[name, value] : extraHeaders) {
        const bool nameOk =
            !name.isEmpty() && printableAscii(name) && !name.contains(':') && !name.contains(' ');
        if (!nameOk || !printableAscii(value)) {
            *error = QStringLiteral("header %1 holds characters a header may not hold")
                         .arg(QString::fromLatin1(name.left(40).toPercentEncoding()));
            return std::nullopt;
        }
        headers += name + ": " + value + "\r\n";
    }
    // The boundary is random hex after "=_", which base64 never produces, so no part can contain it.
    std::array<quint32, 4> random;
    QRandomGenerator::global()->fillRange(random.data(), random.size());
    const QByteArray boundary =
        "=_omnitote_" + QByteArray(reinterpret_cast<const char *>(random.data()), sizeof(random)).toHex();
    headers += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n";
    return headers + "\r\n--" + boundary + "\r\n" + part("text/plain", text) + "--" + boundary + "\r\n"
        + part("text/html", html) + "--" + boundary + "--\r\n";
}

} // namespace Omnitote::Server
