// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Omnitote {

/** How this kiosk was asked to run: flags first, then their OMNITOTE_* environment twins. */
struct KioskOptions
{
    // Shopper: the self-service kiosk. Associate: the same app on a staff tablet (badge sign-in,
    // checkout queue, picking, till hand-off).
    enum class Mode { Shopper, Associate };
    Mode mode = Mode::Shopper;
    int associateIdleSeconds = 300; // an associate tablet left alone signs out after this long
    QUrl backendUrl; // empty: run the embedded backend
    QString deviceToken;
    QString storeId;
    QString dataDir;
    QString settingsFile; // what the admin screen saves; below flags and environment
    QStringList
        overriddenSettings; // options set by a flag or environment variable (the file cannot change them)
    QString adminPinHash; // PinHash format; empty: the admin screen cannot be opened
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
    /** Whether `settings` (a settings file's name -> value) would start a kiosk; the reason if not. */
    static bool checkSettings(const QHash<QString, QString> &settings, QString *error);
};

} // namespace Omnitote
