// SPDX-License-Identifier: MIT
#include "kioskoptions.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <QStandardPaths>

namespace Omnitote {

namespace {

QString valueOrEnvironment(const QCommandLineParser &parser, const QString &name, const char *environment)
{
    return parser.isSet(name) ? parser.value(name) : qEnvironmentVariable(environment);
}

bool isLoopback(const QUrl &url)
{
    if (url.host() == QLatin1String("localhost"))
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

} // namespace

std::optional<KioskOptions> KioskOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
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
        {QStringLiteral("screenshots"),
         QStringLiteral("Save every screen at tablet and wall size in every language as PNGs, then quit"),
         QStringLiteral("dir")},
    });
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    KioskOptions options;
    const QString backend = valueOrEnvironment(parser, QStringLiteral("backend"), "OMNITOTE_BACKEND_URL");
    options.deviceToken = valueOrEnvironment(parser, QStringLiteral("token"), "OMNITOTE_DEVICE_TOKEN");
    options.storeId = valueOrEnvironment(parser, QStringLiteral("store"), "OMNITOTE_STORE");
    options.dataDir = valueOrEnvironment(parser, QStringLiteral("data-dir"), "OMNITOTE_DATA_DIR");
    if (options.dataDir.isEmpty())
        options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString language = valueOrEnvironment(parser, QStringLiteral("language"), "OMNITOTE_LANGUAGE");
    if (!language.isEmpty()) {
        if (!QStringList {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("et"),
                          QStringLiteral("pl")}
                 .contains(language)) {
            *error = QStringLiteral("--language wants en, zh_CN, et or pl (got \"%1\")").arg(language);
            return std::nullopt;
        }
        options.language = language;
    }
    const QString idle = valueOrEnvironment(parser, QStringLiteral("idle-seconds"), "OMNITOTE_IDLE_SECONDS");
    if (!idle.isEmpty()) {
        bool ok = false;
        options.idleSeconds = idle.toInt(&ok);
        if (!ok || options.idleSeconds < 10 || options.idleSeconds > 3600) {
            *error = QStringLiteral("--idle-seconds wants 10 to 3600 (got \"%1\")").arg(idle);
            return std::nullopt;
        }
    }
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

} // namespace Omnitote
