// SPDX-License-Identifier: MIT
#include "diagnosticscommand.h"

#include <ndefjson.h>
#include <nfcdump.h>

#include <QJsonDocument>
#include <QTextStream>

namespace Omnitote {

int runNdefCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    if (arguments.size() != 1) {
        QTextStream(stderr)
            << "usage: omnitote ndef FILE   (a Flipper Zero .nfc file or a raw .bin page dump)" << Qt::endl;
        return 2;
    }
    QString error;
    const auto dump = readNfcTagDump(arguments.first(), &error);
    const QJsonObject json = dump ? type2TagToJson(dump->uid, parseType2Tag(dump->memory))
                                  : QJsonObject {{QStringLiteral("error"), error}};
    out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    return json.contains(QStringLiteral("error")) ? 1 : 0;
}

} // namespace Omnitote
