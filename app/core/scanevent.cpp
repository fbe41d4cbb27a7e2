// SPDX-License-Identifier: MIT
#include "scanevent.h"

#include "scannedcodejson.h"

#include <chrono>

namespace Omnitote {

qint64 scanClockNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QString ScanEvent::sourceName(Source source)
{
    switch (source) {
    case Source::Camera:
        return QStringLiteral("camera");
    case Source::HidScanner:
        return QStringLiteral("hid");
    case Source::Nfc:
        return QStringLiteral("nfc");
    case Source::ImageFile:
        return QStringLiteral("image");
    case Source::Manual:
        return QStringLiteral("manual");
    }
    return QStringLiteral("manual");
}

QString ScanEvent::lookupKey() const
{
    if (!code.gtin.isEmpty())
        return code.gtin;
    switch (code.kind) {
    case ScannedCode::Kind::NfcUid:
        return QStringLiteral("nfc:") + code.nfcUid;
    case ScannedCode::Kind::Url:
    case ScannedCode::Kind::Gs1DigitalLink:
        return code.url;
    default:
        return code.raw.trimmed();
    }
}

double ScanEvent::latencyMs() const
{
    if (capturedAtNs <= 0 || emittedAtNs < capturedAtNs)
        return 0.0;
    return double(emittedAtNs - capturedAtNs) / 1e6;
}

ScanEvent ScanEvent::make(Source source, const QString &text, const QString &symbology, qint64 capturedAtNs)
{
    ScanEvent event;
    event.source = source;
    event.symbology = symbology;
    event.rawBytes = text.toUtf8();
    event.code = parseScannedCode(text);
    event.emittedAtNs = scanClockNs();
    event.capturedAtNs = capturedAtNs > 0 ? capturedAtNs : event.emittedAtNs;
    event.wallTimeUtc = QDateTime::currentDateTimeUtc();
    return event;
}

QJsonObject scanEventToJson(const ScanEvent &event)
{
    QJsonObject json {{QStringLiteral("source"), ScanEvent::sourceName(event.source)},
                      {QStringLiteral("code"), scannedCodeToJson(event.code)},
                      {QStringLiteral("latencyMs"), event.latencyMs()}};
    if (!event.sourceId.isEmpty())
        json.insert(QStringLiteral("sourceId"), event.sourceId);
    if (!event.symbology.isEmpty())
        json.insert(QStringLiteral("symbology"), event.symbology);
    if (event.code.ok())
        json.insert(QStringLiteral("lookupKey"), event.lookupKey());
    return json;
}

} // namespace Omnitote
