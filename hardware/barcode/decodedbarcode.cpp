// SPDX-License-Identifier: MIT
#include "decodedbarcode.h"

#include <scannedcodejson.h>

#include <QJsonArray>

namespace Omnitote {

QString DecodedBarcode::scannerPayload() const
{
    if (addOn.isEmpty())
        return symbologyId + text;
    // ]E4 is EAN-8; ]E0 carries EAN-13, UPC-A and UPC-E (8 digits there mean UPC-E).
    const QString mainId = format == u"EAN-8" ? QStringLiteral("]E4") : QStringLiteral("]E0");
    return mainId + text.section(u' ', 0, 0);
}

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
            {QStringLiteral("addOn"), addOn},
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
    barcode.addOn = json.value(QLatin1String("addOn")).toString();
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
    if (!barcode.addOn.isEmpty())
        json.insert(QStringLiteral("addOn"), barcode.addOn);
    return json;
}

} // namespace Omnitote
