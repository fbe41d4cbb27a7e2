// SPDX-License-Identifier: MIT
#pragma once

#include <scanevent.h>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPoint>
#include <QString>

namespace Omnitote {

/** One symbol a decoder read in a frame: what it is, what it says, and where it was. */
struct DecodedBarcode
{
    QString format; // "EAN-13", "UPC-A", "Code 128", "GS1 DataBar", "QR Code", "DataMatrix", ...
    QString text; // the decoded text (UTF-8); GS1 symbols keep their GS (0x1D) separators
    QByteArray bytes; // the raw payload bytes
    QString symbologyId; // AIM identifier: "]E0", "]C1", "]e0", "]d2", "]Q3", ... ("]E3" with an add-on)
    QString addOn; // EAN/UPC 2- or 5-digit add-on (also at the end of `text`, after a space)
    QList<QPoint> position; // four corners in the coordinates of the frame that was submitted
    QString step; // which decode-pipeline step read it ("fast", "harder", ...)

    /**
     * What a hardware scanner configured to transmit AIM identifiers would send: the identifier, then
     * the text. This is what tells the parser that a GS1-128 or GS1 DataMatrix carries AIs. An
     * add-on (issue number, price) is not part of the GTIN: the main symbol alone is given.
     */
    QString scannerPayload() const;

    ScanEvent toScanEvent(ScanEvent::Source source, const QString &sourceId, qint64 capturedAtNs) const;

    /** {"format","text","symbologyId","bytes"(base64),"position":[x,y,...],"step"}: the worker's wire form.
     */
    QJsonObject toJson() const;
    static DecodedBarcode fromJson(const QJsonObject &json);
};

/**
 * The CLI's per-symbol JSON: {"format":"EAN-13","text":..,"gtin":"<14 digits>","ai":{..},"kind":..}
 * (`gtin` and `ai` only when the payload carries them; `error` when the payload is invalid).
 */
QJsonObject decodedBarcodeSummary(const DecodedBarcode &barcode);

} // namespace Omnitote
