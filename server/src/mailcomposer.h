// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Omnitote::Server {

/** One line of an emailed list, as it was when the shopper asked. */
struct ListEmailLine
{
    QString name;
    QString variant; // "Slate, 350 ml"; may be empty
    int qty = 0;
    qint64 unitPrice = 0; // minor units
    int storeStock = -1; // in the shopper's store at the time; -1 unknown
    QString imageUrl; // absolute, or empty
};

/** What the list message says. */
struct ListEmail
{
    QString language; // en, zh, et, pl
    QString storeName;
    QString currency;
    QList<ListEmailLine> lines;
    QString cartUrl;
    QDateTime cartLinkExpiresAt;
    QString unsubscribeUrl; // empty unless marketing consent was given
};

/** Subject and both bodies of a message. */
struct ComposedMail
{
    QString subject;
    QString text;
    QString html;
};

/**
 * Writes the shopper-facing messages (the list, the one-time code) in en, zh, et or pl.
 * Every piece of catalogue or store text is HTML-escaped in the HTML part; the plain part is
 * plain text, and nothing here ever becomes a header except the subject (encoded by MimeMessage).
 */
class MailComposer
{
public:
    static const QStringList &languages();
    static ComposedMail list(const ListEmail &mail);
    static ComposedMail code(const QString &language, const QString &storeName, const QString &code,
                             int validMinutes);
    /** "12,50 EUR" in the language's number format. */
    static QString money(qint64 minor, const QString &currency, const QString &language);
};

} // namespace Omnitote::Server
