// SPDX-License-Identifier: MIT
#pragma once

#include "ndef.h"
#include "type2tag.h"

#include <QJsonObject>

namespace Omnitote {

/**
 * A record as `omnitote ndef` prints it: {"tnf":1,"type":"U","uri":..}, {"tnf":1,"type":"T","lang":..,
 * "text":..}, {"tnf":1,"type":"Sp","uri":..,"title":..}, else the payload as hex; "id" when present;
 * "error" when the payload does not decode.
 */
QJsonObject ndefRecordToJson(const NdefRecord &record);

// {"uid":"04..","cc":"e1106d00","records":[..]} or {"error":..}; "noNdef" says why a tag has no records.
QJsonObject type2TagToJson(const QByteArray &uid, const Type2TagContent &tag);

} // namespace Omnitote
