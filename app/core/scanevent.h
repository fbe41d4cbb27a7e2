// SPDX-License-Identifier: MIT
#pragma once

#include "scannedcode.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Omnitote {

/**
 * One scan, whatever produced it: the app's single stream of "the shopper presented this code".
 * Camera frames, USB scanners, NFC taps, image files and manual entry all end up as one of these, so
 * everything downstream (lookup, tote, associate picking) handles them the same way.
 */
struct ScanEvent
{
    enum class Source { Camera, HidScanner, Nfc, ImageFile, Manual };

    Source source = Source::Manual;
    QString sourceId; // which device: camera id, "/dev/input/event3", an NFC connstring, "keyboard"
    QString symbology; // "EAN-13", "QR Code", "DataMatrix", "NDEF URI", "NFC UID", ... ("" for manual)
    QByteArray rawBytes; // exactly what the device delivered (decoder bytes, NDEF payload, key burst)
    ScannedCode code; // rawBytes as text, classified and validated
    qint64 capturedAtNs = 0; // scanClockNs() when the frame / first key / tag arrived
    qint64 emittedAtNs = 0; // scanClockNs() when this event was produced
    QDateTime wallTimeUtc; // for logs and support

    /** What to ask the backend's /v1/lookup for: the GTIN, "nfc:<UID>", the URL, or the text. */
    QString lookupKey() const;
    /** Latency from capture to event, in milliseconds (0 when unknown). */
    double latencyMs() const;

    static QString sourceName(Source source); // "camera", "hid", "nfc", "image", "manual"

    /** Builds an event with both timestamps set to now (captureNs 0) and `text` parsed. */
    static ScanEvent make(Source source, const QString &text, const QString &symbology = {},
                          qint64 capturedAtNs = 0);
};

/** A monotonic clock in nanoseconds shared by every scan source (std::chrono::steady_clock). */
qint64 scanClockNs();

/** {"source":..,"sourceId":..,"symbology":..,"code":{parsed},"lookupKey":..,"latencyMs":..} */
QJsonObject scanEventToJson(const ScanEvent &event);

} // namespace Omnitote

Q_DECLARE_METATYPE(Omnitote::ScanEvent)
