// SPDX-License-Identifier: MIT
#include "decodedbarcode.h"

#include <scannedcodejson.h>

#include <QJsonArray>

namespace Omnitote {

ScanEvent DecodedBarcode::toScanEvent(ScanEvent::Source source, const QString &sourceId,
                                      qint64 capturedAtNs) const
{
    ScanEvent event = ScanEvent::make(source, scannerPayload(), format, capturedAtNs);
    event.sourceId = sourceId;
    event.rawBytes = bytes;
    return event;
}

QJsonObject DecodedBarcode::toJson() const
{
    QJsonArray corners;
    for (const QPoint &point : position) {
        corners.append(point.x());
        corners.append(point.y());
    }
    return {{QStringLiteral("format"), format},
            {QStringLiteral("text"), text},
            {QStringLiteral("symbologyId"), symbologyId},
            {QStringLiteral("bytes"), QString::fromLatin1(bytes.toBase64())},
            {QStringLiteral("position"), corners},
            {QStringLiteral("step"), step}};
}

DecodedBarcode DecodedBarcode::fromJson(const QJsonObject &json)
{
    DecodedBarcode barcode;
    barcode.format = json.value(QLatin1String("format")).toString();
    barcode.text = json.value(QLatin1String("text")).toString();
    barcode.symbologyId = json.value(QLatin1String("symbologyId")).toString();
    barcode.bytes = QByteArray::fromBase64(json.value(QLatin1String("bytes")).toString().toLatin1());
    const QJsonArray corners = json.value(QLatin1String("position")).toArray();
    for (qsizetype i = 0; i + 1 < corners.size(); i += 2)
        barcode.position.append(QPoint(corners.at(i).toInt(), corners.at(i + 1).toInt()));
    barcode.step = json.value(QLatin1String("step")).toString();
    return barcode;
}

QJsonObject decodedBarcodeSummary(const DecodedBarcode &barcode)
{
    QJsonObject json = scannedCodeToJson(parseScannedCode(barcode.scannerPayload()));
    json.insert(QStringLiteral("format"), barcode.format);
    json.insert(QStringLiteral("text"), barcode.text);
    return json;
}

} // namespace Omnitote
