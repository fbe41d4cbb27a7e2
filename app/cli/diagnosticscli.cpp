// SPDX-License-Identifier: MIT
#include "diagnosticscli.h"

#include "diagnosticscommand.h"

#include <QTextStream>

#include <algorithm>
#include <array>

namespace Omnitote {

namespace {

// Every diagnostics command. Add a line here and a run function in its own file.
constexpr std::array commands {
    DiagnosticsCommand {"parse",
                        "parse PAYLOAD   classify what a scanner sent (GTIN, GS1, Digital Link, ...)",
                        runParseCommand},
    DiagnosticsCommand {"ndef", "ndef FILE       NDEF records of a tag dump (Flipper .nfc or raw .bin pages)",
                        runNdefCommand},
    DiagnosticsCommand {"nfc-read",
                        "nfc-read [--timeout S] [CONNSTRING]   wait for a tag on an NFC reader, print it",
                        runNfcReadCommand},
    DiagnosticsCommand {"decode", "decode FILE...  read the barcodes in image files (one JSON line per file)",
                        runDecodeCommand},
    DiagnosticsCommand {"admin-pin",
                        "admin-pin       read an admin PIN on stdin, print its hash for the kiosk's settings",
                        runAdminPinCommand},
};

const DiagnosticsCommand *findCommand(const QString &name)
{
    const auto found = std::find_if(commands.begin(), commands.end(), [&](const DiagnosticsCommand &c) {
        return name == QLatin1String(c.name);
    });
    return found == commands.end() ? nullptr : &*found;
}

int printHelp()
{
    QTextStream out(stdout);
    out << "omnitote diagnostics commands (JSON on stdout, non-zero exit on error):" << Qt::endl;
    for (const auto &command : commands)
        out << "  omnitote " << command.usage << Qt::endl;
    return 0;
}

} // namespace

bool isDiagnosticsCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &name = arguments.at(1);
    return name == QLatin1String("help") || findCommand(name) != nullptr;
}

int runDiagnosticsCli(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    if (name == QLatin1String("help"))
        return printHelp();
    if (const auto *command = findCommand(name))
        return command->run(arguments.mid(2));
    QTextStream(stderr) << "omnitote: unknown command " << name << Qt::endl;
    return 2;
}

} // namespace Omnitote
