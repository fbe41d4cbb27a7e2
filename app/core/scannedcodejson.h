// SPDX-License-Identifier: MIT
#pragma once

#include "scannedcode.h"

#include <QJsonObject>

namespace Omnitote {

/**
 * The JSON form of a parsed payload, as `omnitote parse` prints it:
 * {"kind":..,"gtin":"<14 digits>","ai":{"10":"ABC"},"symbologyId":..,...} or {"error":..}.
 * `gtin` is absent when the payload names no trade item; AI values are as carried (Digital Link
 * values already percent-decoded).
 */
QJsonObject scannedCodeToJson(const ScannedCode &code);

} // namespace Omnitote
