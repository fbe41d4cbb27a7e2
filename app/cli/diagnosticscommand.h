// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Omnitote {

/** One `omnitote <name> ...` command. `run` gets the arguments after the name. */
struct DiagnosticsCommand
{
    const char *name;
    const char *usage; // one line, shown by `omnitote help`
    int (*run)(const QStringList &arguments);
};

// One function per command, each in its own file (parsecommand.cpp, ...).
int runParseCommand(const QStringList &arguments);
int runNdefCommand(const QStringList &arguments);
int runNfcReadCommand(const QStringList &arguments);
int runDecodeCommand(const QStringList &files);
int runAdminPinCommand(const QStringList &arguments);

} // namespace Omnitote
