// SPDX-License-Identifier: MIT
#include "kioskoptions.h"

#include "kiosksettingsfile.h"

#include <pinhash.h>

#include <QCommandLineParser>
#include <QHostAddress>
#include <QStandardPaths>

namespace Omnitote {

namespace {

/**
 * Where an option's value comes from: its flag, else its environment variable, else the settings
 * file. Checking a settings file alone (the admin screen) uses neither flags nor environment.
 */
class OptionSource
{
public:
    enum class Layers { All, FileOnly };
    OptionSource(const QCommandLineParser &parser, QHash<QString, QString> file, Layers layers,
                 QStringList *overridden)
        : m_parser(parser), m_file(std::move(file)), m_layers(layers), m_overridden(overridden)
    { }
    /** `hasFlag` false: a setting with an environment variable and a file entry but no flag of that name. */
    QString value(const QString &name, const char *environment, bool hasFlag = true) const
    {
        if (m_layers == Layers::All) {
            if (hasFlag && m_parser.isSet(name)) {
                m_overridden->append(name);
                return m_parser.value(name);
            }
            if (qEnvironmentVariableIsSet(environment)) {
                m_overridden->append(name);
                return qEnvironmentVariable(environment);
            }
        }
        return m_file.value(name);
    }

private:
    const QCommandLineParser &m_parser;
    QHash<QString, QString> m_file;
    Layers m_layers;
    QStringList *m_overridden;
};

// "\x1d" and friends, so a prefix or suffix with control characters fits on a command line.
QString unescape(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QString hex = value.mid(i + 2, 2);
        bool ok = false;
        const uint code =
            value.mid(i, 2) == QLatin1String("\\x") && hex.size() == 2 ? hex.toUInt(&ok, 16) : 0;
        if (ok) {
            out.append(QChar(code));
            i += 3;
        } else {
            out.append(value.at(i));
        }
    }
    return out;
}

// An integer option in [min, max]; false with a message when it is not one.
bool intOption(const OptionSource &source, const QString &name, const char *environment, int min, int max,
               int *value, QString *error)
{
    const QString text = source.value(name, environment);
    if (text.isEmpty())
        return true;
    bool ok = false;
    const int parsed = text.toInt(&ok);
    if (!ok || parsed < min || parsed > max) {
        *error = QStringLiteral("--%1 wants %2 to %3 (got \"%4\")").arg(name).arg(min).arg(max).arg(text);
        return false;
    }
    *value = parsed;
    return true;
}

bool isLoopback(const QUrl &url)
{
    if (url.host() == QLatin1String("localhost"))
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

void defineOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Omnitote in-store kiosk. Without --backend it runs its own backend with the demo catalogue."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("backend"),
         QStringLiteral("Backend base URL, https:// (http:// only on loopback) "
                        "[env OMNITOTE_BACKEND_URL]"),
         QStringLiteral("url")},
        {QStringLiteral("token"),
         QStringLiteral("Device token from `omnitote-server device add` "
                        "[env OMNITOTE_DEVICE_TOKEN]"),
         QStringLiteral("token")},
        {QStringLiteral("store"), QStringLiteral("Store id this device stands in [env OMNITOTE_STORE]"),
         QStringLiteral("id")},
        {QStringLiteral("settings"),
         QStringLiteral("Settings file the admin screen saves to [env OMNITOTE_SETTINGS; default "
                        "DATA_DIR/kiosk.conf]"),
         QStringLiteral("file")},
        {QStringLiteral("admin-pin-hash"),
         QStringLiteral("Hash of the admin PIN, from `omnitote admin-pin` [env OMNITOTE_ADMIN_PIN_HASH]"),
         QStringLiteral("hash")},
        {QStringLiteral("data-dir"),
         QStringLiteral("Where the kiosk keeps its files [env OMNITOTE_DATA_DIR]"), QStringLiteral("dir")},
        {QStringLiteral("language"),
         QStringLiteral("Start in this language: en, zh_CN, et, pl "
                        "[env OMNITOTE_LANGUAGE]"),
         QStringLiteral("code")},
        {QStringLiteral("idle-seconds"),
         QStringLiteral("Seconds without a touch before \"Still there?\" "
                        "[env OMNITOTE_IDLE_SECONDS; default 90]"),
         QStringLiteral("seconds")},
        {QStringLiteral("lookup"), QStringLiteral("Open the product for this code at start"),
         QStringLiteral("code")},
        {QStringLiteral("screenshot"),
         QStringLiteral("Save the window as PNG once it has settled, then quit"), QStringLiteral("file.png")},
        {QStringLiteral("no-hid-wedge"),
         QStringLiteral("Do not listen for a USB scanner typing into the app [env OMNITOTE_HID_WEDGE=0]")},
        {QStringLiteral("hid-prefix"),
         QStringLiteral("What the USB scanner sends before each code, \\xHH escapes allowed "
                        "[env OMNITOTE_HID_PREFIX]"),
         QStringLiteral("text")},
        {QStringLiteral("hid-suffix"),
         QStringLiteral("What the USB scanner sends after each code (Enter and Tab always end one) "
                        "[env OMNITOTE_HID_SUFFIX]"),
         QStringLiteral("text")},
        {QStringLiteral("hid-max-gap-ms"),
         QStringLiteral(
             "Longest pause between two keys of one scan [env OMNITOTE_HID_MAX_GAP_MS; default 35]"),
         QStringLiteral("ms")},
        {QStringLiteral("hid-min-length"),
         QStringLiteral("Shortest code that counts as a scan [env OMNITOTE_HID_MIN_LENGTH; default 4]"),
         QStringLiteral("n")},
        {QStringLiteral("hid-gs"),
         QStringLiteral("What the USB scanner types for GS/FNC1 (Ctrl+] and Alt+029 always work) "
                        "[env OMNITOTE_HID_GS]"),
         QStringLiteral("text")},
        {QStringLiteral("evdev-device"),
         QStringLiteral("Linux: read the scanner from this input device, grabbed exclusively "
                        "[env OMNITOTE_EVDEV_DEVICE]"),
         QStringLiteral("/dev/input/eventN")},
        {QStringLiteral("nfc-device"),
         QStringLiteral("Read NFC tags with this libnfc reader (\"auto\" = the first one found) "
                        "[env OMNITOTE_NFC_DEVICE]"),
         QStringLiteral("connstring")},
        {QStringLiteral("nfc-url-prefix"),
         QStringLiteral("Product page URLs an NFC tag may point at, comma-separated (GS1 Digital Links "
                        "always count) [env OMNITOTE_NFC_URL_PREFIXES]"),
         QStringLiteral("urls")},
        {QStringLiteral("camera"),
         QStringLiteral("Scan with a camera: auto, none, or a camera id or name "
                        "[env OMNITOTE_CAMERA; default none]"),
         QStringLiteral("camera")},
        {QStringLiteral("scan-dedupe-ms"),
         QStringLiteral("The same code again within this time is one scan "
                        "[env OMNITOTE_SCAN_DEDUPE_MS; default 1500]"),
         QStringLiteral("ms")},
        {QStringLiteral("simulate-scans"),
         QStringLiteral("Play the codes in this file as scans, one per line, every 3 s (demos) "
                        "[env OMNITOTE_SIMULATE_SCANS]"),
         QStringLiteral("file")},
        {QStringLiteral("mode"),
         QStringLiteral("shopper (the self-service kiosk) or associate (staff tablet: badge sign-in, "
                        "checkout queue, picking) [env OMNITOTE_MODE; default shopper]"),
         QStringLiteral("mode")},
        {QStringLiteral("associate-idle-seconds"),
         QStringLiteral("Associate mode: sign out after this long without a touch or scan "
                        "[env OMNITOTE_ASSOCIATE_IDLE_SECONDS; default 300]"),
         QStringLiteral("seconds")},
        {QStringLiteral("screenshots"),
         QStringLiteral("Save every screen at tablet and wall size in every language as PNGs, then quit"),
         QStringLiteral("dir")},
    });
}

std::optional<KioskOptions> resolve(const QCommandLineParser &parser, const OptionSource &source,
                                    KioskOptions options, QString *error)
{
    const QString backend = source.value(QStringLiteral("backend"), "OMNITOTE_BACKEND_URL");
    options.deviceToken = source.value(QStringLiteral("token"), "OMNITOTE_DEVICE_TOKEN");
    options.storeId = source.value(QStringLiteral("store"), "OMNITOTE_STORE");
    options.adminPinHash = source.value(QStringLiteral("admin-pin-hash"), "OMNITOTE_ADMIN_PIN_HASH");
    if (!options.adminPinHash.isEmpty() && !PinHash::isWellFormed(options.adminPinHash)) {
        *error = QStringLiteral("--admin-pin-hash is not a hash made by `omnitote admin-pin`");
        return std::nullopt;
    }
    const QString language = source.value(QStringLiteral("language"), "OMNITOTE_LANGUAGE");
    if (!language.isEmpty()) {
        if (!QStringList {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("et"),
                          QStringLiteral("pl")}
                 .contains(language)) {
            *error = QStringLiteral("--language wants en, zh_CN, et or pl (got \"%1\")").arg(language);
            return std::nullopt;
        }
        options.language = language;
    }
    if (!intOption(source, QStringLiteral("idle-seconds"), "OMNITOTE_IDLE_SECONDS", 10, 3600,
                   &options.idleSeconds, error)
        || !intOption(source, QStringLiteral("hid-max-gap-ms"), "OMNITOTE_HID_MAX_GAP_MS", 5, 500,
                      &options.hidMaxGapMs, error)
        || !intOption(source, QStringLiteral("hid-min-length"), "OMNITOTE_HID_MIN_LENGTH", 1, 256,
                      &options.hidMinLength, error)
        || !intOption(source, QStringLiteral("scan-dedupe-ms"), "OMNITOTE_SCAN_DEDUPE_MS", 0, 60000,
                      &options.scanDedupeMs, error))
        return std::nullopt;
    const QString mode = source.value(QStringLiteral("mode"), "OMNITOTE_MODE");
    if (mode == QLatin1String("associate")) {
        options.mode = KioskOptions::Mode::Associate;
    } else if (!mode.isEmpty() && mode != QLatin1String("shopper")) {
        *error = QStringLiteral("--mode wants shopper or associate (got \"%1\")").arg(mode);
        return std::nullopt;
    }
    if (!intOption(source, QStringLiteral("associate-idle-seconds"), "OMNITOTE_ASSOCIATE_IDLE_SECONDS", 10,
                   3600, &options.associateIdleSeconds, error))
        return std::nullopt;
    options.hidWedge = !parser.isSet(QStringLiteral("no-hid-wedge"))
        && source.value(QStringLiteral("hid-wedge"), "OMNITOTE_HID_WEDGE", false) != QLatin1String("0");
    options.hidPrefix = unescape(source.value(QStringLiteral("hid-prefix"), "OMNITOTE_HID_PREFIX"));
    options.hidSuffix = unescape(source.value(QStringLiteral("hid-suffix"), "OMNITOTE_HID_SUFFIX"));
    options.hidGsSubstitute = unescape(source.value(QStringLiteral("hid-gs"), "OMNITOTE_HID_GS"));
    options.evdevDevice = source.value(QStringLiteral("evdev-device"), "OMNITOTE_EVDEV_DEVICE");
    options.nfcDevice = source.value(QStringLiteral("nfc-device"), "OMNITOTE_NFC_DEVICE");
    options.nfcUrlPrefixes = source.value(QStringLiteral("nfc-url-prefix"), "OMNITOTE_NFC_URL_PREFIXES")
                                 .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (auto &prefix : options.nfcUrlPrefixes)
        prefix = prefix.trimmed();
    const QString camera = source.value(QStringLiteral("camera"), "OMNITOTE_CAMERA").trimmed();
    if (!camera.isEmpty())
        options.camera = camera;
    options.simulateScansFile = source.value(QStringLiteral("simulate-scans"), "OMNITOTE_SIMULATE_SCANS");
    options.lookupCode = parser.value(QStringLiteral("lookup"));
    options.screenshotPath = parser.value(QStringLiteral("screenshot"));
    options.screenshotsDir = parser.value(QStringLiteral("screenshots"));

    if (!backend.isEmpty()) {
        options.backendUrl = QUrl(backend, QUrl::StrictMode);
        const QString scheme = options.backendUrl.scheme();
        if (!options.backendUrl.isValid() || options.backendUrl.host().isEmpty()
            || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
            *error = QStringLiteral("--backend wants an https:// URL (got \"%1\")").arg(backend);
            return std::nullopt;
        }
        // Tokens and customer data never cross a network in clear text.
        if (scheme == QLatin1String("http") && !isLoopback(options.backendUrl)) {
            *error = QStringLiteral("--backend %1: plain http is only allowed on this machine (127.0.0.1); "
                                    "use https")
                         .arg(backend);
            return std::nullopt;
        }
        if (options.deviceToken.isEmpty()) {
            *error = QStringLiteral(
                "--backend needs --token (create one with: omnitote-server device add --store ID)");
            return std::nullopt;
        }
    }
    return options;
}

} // namespace

std::optional<KioskOptions> KioskOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    defineOptions(parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    KioskOptions options;
    options.dataDir = parser.isSet(QStringLiteral("data-dir")) ? parser.value(QStringLiteral("data-dir"))
                                                               : qEnvironmentVariable("OMNITOTE_DATA_DIR");
    if (options.dataDir.isEmpty())
        options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.settingsFile = parser.isSet(QStringLiteral("settings"))
        ? parser.value(QStringLiteral("settings"))
        : qEnvironmentVariable("OMNITOTE_SETTINGS");
    if (options.settingsFile.isEmpty())
        options.settingsFile = options.dataDir + QStringLiteral("/kiosk.conf");
    QString fileError;
    auto file = KioskSettingsFile::read(options.settingsFile, &fileError);
    if (!fileError.isEmpty()) {
        *error = fileError;
        return std::nullopt;
    }
    QStringList overridden;
    const OptionSource source(parser, std::move(file), OptionSource::Layers::All, &overridden);
    auto resolved = resolve(parser, source, std::move(options), error);
    if (resolved) {
        overridden.removeDuplicates();
        resolved->overriddenSettings = overridden;
    }
    return resolved;
}

bool KioskOptions::checkSettings(const QHash<QString, QString> &settings, QString *error)
{
    QCommandLineParser parser;
    defineOptions(parser);
    parser.parse({QStringLiteral("omnitote")});
    QStringList unused;
    const OptionSource source(parser, settings, OptionSource::Layers::FileOnly, &unused);
    return resolve(parser, source, KioskOptions(), error).has_value();
}

} // namespace Omnitote
