// SPDX-License-Identifier: MIT
#include "diagnosticscommand.h"

#include <decodedbarcode.h>
#include <lumaimage.h>
#include <superviseddecoder.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace Omnitote {

namespace {

QJsonObject decodeFile(SupervisedDecoder &decoder, const QString &file, bool *ok)
{
    QElapsedTimer timer;
    timer.start();
    QJsonObject json {{QStringLiteral("file"), file}};
    QString error;
    const auto frame = LumaImage::load(file, &error);
    if (!frame) {
        json.insert(QStringLiteral("error"), QStringLiteral("cannot read image: ") + error);
        *ok = false;
        return json;
    }
    // The same path a camera frame takes: the supervised worker process and the full pipeline.
    const SupervisedDecoder::Result result = decoder.decode(*frame, DecoderProtocol::Mode::Full);
    if (result.status == SupervisedDecoder::Status::Unavailable) {
        json.insert(QStringLiteral("error"), result.error);
        *ok = false;
        return json;
    }
    QJsonArray results;
    for (const auto &barcode : result.barcodes)
        results.append(decodedBarcodeSummary(barcode));
    json.insert(QStringLiteral("results"), results);
    if (!result.step.isEmpty())
        json.insert(QStringLiteral("step"), result.step);
    if (result.status == SupervisedDecoder::Status::Crashed) {
        json.insert(QStringLiteral("decoderCrashed"), result.error);
        if (!result.savedFrame.isEmpty())
            json.insert(QStringLiteral("savedFrame"), result.savedFrame);
    }
    json.insert(QStringLiteral("ms"), qRound(timer.nsecsElapsed() / 1e4) / 100.0);
    return json;
}

} // namespace

int runDecodeCommand(const QStringList &files)
{
    QTextStream out(stdout);
    if (files.isEmpty()) {
        QTextStream(stderr) << "usage: omnitote decode FILE..." << Qt::endl;
        return 2;
    }
    SupervisedDecoder decoder;
    bool allOk = true;
    for (const QString &file : files)
        out << QJsonDocument(decodeFile(decoder, file, &allOk)).toJson(QJsonDocument::Compact) << Qt::endl;
    return allOk ? 0 : 1;
}

} // namespace Omnitote
