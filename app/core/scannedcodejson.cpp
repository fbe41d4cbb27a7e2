// SPDX-License-Identifier: MIT
#include "scannedcodejson.h"

namespace Omnitote {

QJsonObject scannedCodeToJson(const ScannedCode &code)
{
    if (!code.ok())
        return {{QStringLiteral("error"), code.error},
                {QStringLiteral("kind"), ScannedCode::kindName(code.kind)}};
    QJsonObject json {{QStringLiteral("kind"), ScannedCode::kindName(code.kind)}};
    if (!code.gtin.isEmpty())
        json.insert(QStringLiteral("gtin"), code.gtin);
    if (code.restrictedCirculation)
        json.insert(QStringLiteral("restrictedCirculation"), true);
    if (!code.symbologyId.isEmpty())
        json.insert(QStringLiteral("symbologyId"), code.symbologyId);
    if (!code.ais.isEmpty()) {
        QJsonObject ais;
        for (const auto &element : code.ais)
            ais.insert(element.ai, element.value);
        json.insert(QStringLiteral("ai"), ais);
    }
    if (!code.url.isEmpty())
        json.insert(QStringLiteral("url"), code.url);
    if (!code.nfcUid.isEmpty())
        json.insert(QStringLiteral("nfcUid"), code.nfcUid);
    if (code.kind == ScannedCode::Kind::Text)
        json.insert(QStringLiteral("text"), code.raw.trimmed());
    return json;
}

} // namespace Omnitote
