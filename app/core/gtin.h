// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

/** GS1 trade item numbers (GTIN-8/12/13/14): check digits, UPC-E expansion and normalisation. */
namespace Omnitote::Gtin {

// GS1 mod-10 check digit for a string of digits that does not yet carry one; -1 if a non-digit or empty.
int checkDigit(QStringView digitsWithoutCheck);

// True when the last digit is the GS1 mod-10 check digit of the digits before it.
bool hasValidCheckDigit(QStringView digits);

// UPC-E to UPC-A. Accepts 8 digits (number system, six data digits, check digit), 7 digits (number
// system and six data digits; the check digit is computed) or 6 data digits (number system 0). Returns
// the 12-digit UPC-A, or an empty string and *error set.
QString expandUpcE(QStringView upce, QString *error);

// GTIN-8/12/13/14 to the 14-digit form, with the check digit verified. An 8-digit input is taken as
// EAN-8, never as UPC-E: only the symbology identifier can tell them apart (see parseScannedCode).
QString normalize(QStringView code, QString *error);

// Restricted-circulation numbers (variable-measure items, in-store codes): GTIN-13 prefixes 02, 04 and
// 20-29 (UPC-A number systems 2 and 4 land in 02/04), and GTIN-8 starting with 0 or 2 (RCN-8).
// Expects the 14-digit form from normalize(); anything else is not restricted.
bool isRestrictedCirculation(QStringView gtin14);

} // namespace Omnitote::Gtin
