// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace Omnitote {

/** One GS1 Application Identifier with its value, e.g. {"17", "261231"}. */
struct Gs1Element
{
    QString ai;
    QString value;

    bool operator==(const Gs1Element &other) const { return ai == other.ai && value == other.value; }
};

/** The elements of a GS1 payload in the order given, or a reason why the payload is not valid. */
struct Gs1ParseResult
{
    QList<Gs1Element> elements;
    QString error;

    bool ok() const { return error.isEmpty(); }
    // The value of the first element with this AI, or a null string.
    QString value(QStringView ai) const;
};

/** Switches for callers that need more leniency than a checkout does. */
struct Gs1ParseOptions
{
    // Accept AIs missing from the table (as X..90); their length comes from the GS1 AI-prefix rules.
    bool permitUnknownAis = false;
};

// Parses a GS1 element string: the data after any symbology identifier, with FNC1 separators as ASCII 29
// (an optional leading GS stands for FNC1 in first position), or the human-readable bracketed form
// "(01)09506000134352(17)261231(10)ABC" (a literal "(" inside a value is written "\(").
// Every element is checked against the AI table (length, character set, check digits, dates). An AI that
// repeats with a different value is an error; association rules are a separate check (see Gs1 below).
Gs1ParseResult parseGs1ElementString(QStringView data);
Gs1ParseResult parseGs1ElementString(QStringView data, const Gs1ParseOptions &options);

// Parses a GS1 Digital Link URI (http or https, any domain, optional path before the primary key).
// GTINs of 8, 12 or 13 digits in the URI are padded to 14. Query parameters with all-digit keys are
// AIs; other query parameters are ignored. Anything that is not a Digital Link is rejected with a reason.
Gs1ParseResult parseGs1DigitalLink(QStringView uri);

/** The GS1 Application Identifier table and the validators behind it. */
namespace Gs1 {

/** How one AI is defined in the GS1 General Specifications. */
struct AiInfo
{
    QString ai;
    QString title;
    QString format; // e.g. "N14,csum" or "N6,yymmd0 [N6,yymmd0]"
    int minLength = 0;
    int maxLength = 0;
    bool fixedLength = false;
    bool requiresFnc1 = true; // false only for the predefined-length AI prefixes (00-04, 11-20, 31-36, 41)
    bool numericOnly = false;
};

// The definition of an AI, or nullptr if the table does not know it.
const AiInfo *findAi(QStringView ai);

// All AIs in the table, in ascending order.
QList<AiInfo> allAis();

// Checks a value against the definition of an AI; returns an empty string or an error such as
// "AI (17): invalid date 261340".
QString validateValue(QStringView ai, QStringView value);

// Runs one named component check as used in the AI formats ("csum", "yymmd0", "cset82", ...) on a
// value. Returns an empty string when it passes, otherwise why; "unknown check <name>" for names
// this library does not implement.
QString lintComponent(QStringView check, QStringView value);

// The AI combination rules of the General Specifications that a scan can break: the same AI twice with
// different values, mutually exclusive AIs and missing required companions. Empty when they hold.
QString checkAssociations(const QList<Gs1Element> &elements);

// Percent-decoding of one Digital Link path segment or query value; in a query "+" means space.
// Invalid escapes are kept literally. The result is bytes: a decoded "%00" or "%FF" is not text.
QByteArray unescapeDigitalLinkComponent(QStringView component, bool isQuery);

// The element string for the elements, with GS (ASCII 29) only after values of AIs that need FNC1
// and are not last; no leading FNC1.
QString toElementString(const QList<Gs1Element> &elements);

} // namespace Gs1
} // namespace Omnitote
