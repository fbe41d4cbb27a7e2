// SPDX-License-Identifier: MIT
#include "diagnosticscommand.h"

#include <scannedcodejson.h>

#include <QJsonDocument>
#include <QTextStream>

namespace Omnitote {

int runParseCommand(const QStringList &payloads)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (payloads.size() != 1) {
        err << "usage: omnitote parse PAYLOAD   (GS as the 0x1D byte; an AIM id like ]C1 may lead)"
            << Qt::endl;
        return 2;
    }
    const ScannedCode code = parseScannedCode(payloads.first());
    out << QJsonDocument(scannedCodeToJson(code)).toJson(QJsonDocument::Compact) << Qt::endl;
    return code.ok() ? 0 : 1;
}

} // namespace Omnitote
