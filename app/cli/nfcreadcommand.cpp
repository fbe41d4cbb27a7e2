// SPDX-License-Identifier: MIT
#include "diagnosticscommand.h"

#include <libnfcreader.h>
#include <ndefjson.h>

#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

namespace Omnitote {

int runNfcReadCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QStringList rest = arguments;
    int timeoutSeconds = 15;
    if (rest.value(0) == QLatin1String("--timeout")) {
        bool ok = false;
        timeoutSeconds = rest.value(1).toInt(&ok);
        if (!ok || timeoutSeconds <= 0)
            rest = {QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-")}; // usage below
        rest = rest.mid(2);
    }
    if (rest.size() > 1) {
        QTextStream(stderr) << "usage: omnitote nfc-read [--timeout SECONDS] [CONNSTRING]   (e.g. "
                               "pn532_uart:/dev/ttyUSB0; default: LIBNFC_DEFAULT_DEVICE or the first reader)"
                            << Qt::endl;
        return 2;
    }
    NfcReaderWorker::Settings settings;
    settings.connstring = rest.value(0);
    LibNfcReader reader(settings);
    QJsonObject result;
    QEventLoop loop;
    QObject::connect(&reader, &LibNfcReader::tagRead, &loop,
                     [&](const QByteArray &uid, const QByteArray &memory) {
                         result = type2TagToJson(uid, parseType2Tag(memory));
                     });
    QObject::connect(&reader, &ScanSource::scanned, &loop, [&](const ScanEvent &event) {
        result.insert(QStringLiteral("scan"), scanEventToJson(event));
        loop.quit();
    });
    QObject::connect(&reader, &ScanSource::stateChanged, &loop,
                     [&] { QTextStream(stderr) << "nfc-read: " << reader.statusText() << Qt::endl; });
    QTimer::singleShot(timeoutSeconds * 1000, &loop, [&] {
        result = {{QStringLiteral("error"),
                   QStringLiteral("no tag within %1 s (%2)").arg(timeoutSeconds).arg(reader.statusText())}};
        loop.quit();
    });
    reader.start();
    loop.exec();
    out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return result.contains(QStringLiteral("error")) ? 1 : 0;
}

} // namespace Omnitote
