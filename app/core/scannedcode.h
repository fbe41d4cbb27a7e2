// SPDX-License-Identifier: MIT
#pragma once

#include "gs1.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Omnitote {

/** What a shopper scanned, classified: a GTIN, GS1 data, a URL, an NFC tag UID or plain text. */
struct ScannedCode
{
    enum class Kind { Gtin, Gs1ElementString, Gs1DigitalLink, Url, NfcUid, Text };

    Kind kind = Kind::Text;
    QString raw; // what came in
    QString symbologyId; // e.g. "]E0", "]C1", "]d2", "]Q3" when present (stripped from the data)
    QString gtin; // 14 digits when the payload identifies a trade item, else empty
    bool restrictedCirculation = false; // gtin is a variable-measure / in-store number (prefix 02, 2x, ...)
    QList<Gs1Element> ais; // for GS1 payloads
    QString url; // Kind::Url / Gs1DigitalLink: the URL as given (trimmed)
    QString nfcUid; // Kind::NfcUid: uppercase hex, from input "nfc:04a2..."
    QString error; // non-empty: the payload is invalid (e.g. bad check digit); says why

    bool ok() const { return error.isEmpty(); }
    static QString kindName(Kind kind); // "gtin", "gs1", "digital-link", "url", "nfc", "text"
};

// Classifies one scan. Never throws and never fails hard: anything unrecognised is Kind::Text.
//
// Rules, in order: trim whitespace; strip a leading AIM symbology identifier "]Xm"; "nfc:" plus 4, 7
// or 10 bytes of hex is an NFC UID; http(s) is a GS1 Digital Link when it parses as one (or clearly
// tries to, then with its error), else a URL; GS1 symbology identifiers (]C1, ]e0, ]d2, ]Q3, ]J1), a
// leading GS or the bracketed "(01)..." form mean a GS1 element string; 8, 12, 13 or 14 digits are a
// GTIN; anything else is text (a SKU, a coupon code, ...).
//
// UPC-E: eight digits are only expanded as UPC-E when the symbology identifier is ]E0 (EAN/UPC family),
// because ]E0 never carries EAN-8 (that is ]E4). Without an identifier, eight digits are an EAN-8.
ScannedCode parseScannedCode(QStringView raw);

} // namespace Omnitote
