// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Omnitote::Server {

/** A mailbox: an address already checked by EmailAddress::normalize and an optional display name. */
struct MailAddress
{
    QString displayName;
    QString address;
};

/**
 * One multipart/alternative message (text/plain + text/html, UTF-8, base64) and its headers.
 *
 * render() is the only way a header line is written, and it guarantees none can be bent: free
 * text (subject, display names) goes out as RFC 2047 encoded-words after control characters are
 * turned into spaces, and every other value (addresses, Message-ID, extra headers) is refused when
 * it holds anything but printable ASCII.
 */
struct MimeMessage
{
    MailAddress from;
    MailAddress to;
    QString subject;
    QString messageId; // without the angle brackets: "<unique>@<domain>"
    QDateTime date;
    QList<QPair<QByteArray, QByteArray>> extraHeaders; // printable ASCII only, e.g. List-Unsubscribe
    QString text;
    QString html;

    /** The message as sent over SMTP (CRLF line ends); std::nullopt with a reason when a field is unsafe. */
    std::optional<QByteArray> render(QString *error) const;
};

namespace Mime {

/** `text` as RFC 2047 "B" encoded-words of at most 64 characters each, folded with CRLF + space. */
QByteArray encodedWords(const QString &text);
/** Control characters (CR, LF, TAB, …) become spaces; runs of spaces collapse; ends are trimmed. */
QString singleLine(const QString &text);
/** Text safe inside HTML element content and double- or single-quoted attributes. */
QString escapeHtml(const QString &text);
/** Base64 in lines of 76 characters, each ended by CRLF. */
QByteArray base64Lines(const QByteArray &data);
/** RFC 5322 date-time in UTC, e.g. "Mon, 23 Nov 2026 14:43:21 +0000". */
QByteArray dateHeader(const QDateTime &when);

} // namespace Mime

} // namespace Omnitote::Server
