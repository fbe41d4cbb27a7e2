// SPDX-License-Identifier: MIT
#include "diagnosticscli.h"

#include <scannedcodejson.h>

#include <QJsonDocument>
#include <QTextStream>

namespace Omnitote {

namespace {

int parseCommand(const QStringList &payloads)
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

} // namespace

bool isDiagnosticsCommand(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == QLatin1String("parse");
}

int runDiagnosticsCli(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("parse"))
        return parseCommand(arguments.mid(2));
    QTextStream(stderr) << "omnitote: unknown command " << command << Qt::endl;
    return 2;
}

} // namespace Omnitote
