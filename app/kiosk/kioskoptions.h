// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QUrl>

#include <optional>

namespace Omnitote {

/** How this kiosk was asked to run: flags first, then their OMNITOTE_* environment twins. */
struct KioskOptions
{
    QUrl backendUrl; // empty: run the embedded backend
    QString deviceToken;
    QString storeId;
    QString dataDir;
    QString language = QStringLiteral("en"); // en, zh_CN, et, pl
    int idleSeconds = 90; // no touch for this long: "Still there?"
    int warningSeconds = 20; // then this long to answer before the session ends
    QString lookupCode; // open this product at start (demos, screenshots, tests)
    QString screenshotPath; // save a PNG once the first screen has settled, then quit
    QString screenshotsDir; // save every screen, form factor and language as PNGs here, then quit

    // USB scanners in keyboard mode (see HidScanConfig): what they wrap around codes, and how fast they type.
    bool hidWedge = true; // listen for a scanner typing into the app
    QString hidPrefix;
    QString hidSuffix;
    int hidMaxGapMs = 35;
    int hidMinLength = 4;
    QString hidGsSubstitute; // what the scanner types for GS (FNC1)
    QString evdevDevice; // Linux: read this /dev/input/eventN with an exclusive grab
    int scanDedupeMs = 1500; // the same code again within this window is one scan
    QString simulateScansFile; // play these codes as scans (demos): one per line
    // NFC: "" = no reader; "auto" = LIBNFC_DEFAULT_DEVICE or the first reader libnfc finds; else a
    // libnfc connstring such as "pn532_uart:/dev/ttyUSB0".
    QString nfcDevice;
    // The only URLs an NFC tag may point at (anyone can write a tag); GS1 Digital Links always count.
    QStringList nfcUrlPrefixes;
    // Camera scanning: "none" = no camera; "auto" = the default camera; else a camera id or description.
    QString camera = QStringLiteral("none");

    bool embedded() const { return backendUrl.isEmpty(); }

    /** Parses; on a usage error returns std::nullopt and a message for the user. */
    static std::optional<KioskOptions> parse(const QStringList &arguments, QString *error);
};

} // namespace Omnitote
