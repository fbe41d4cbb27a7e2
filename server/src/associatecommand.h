// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QTextStream>

namespace Omnitote::Server {

class ServerRuntime;

/** Options `associate add` reads; added to the server's parser. */
QList<QCommandLineOption> associateCommandOptions();

/**
 * `associate add --store ID --staff N [--name NAME]`: creates the associate (or gives an existing
 * one new secrets), prints the one-time PIN and, as the last line, the badge payload. Neither is
 * stored in clear. Returns the process exit code (2: usage).
 */
int runAssociateCommand(ServerRuntime &runtime, const QCommandLineParser &parser, QTextStream &out,
                        QTextStream &err);

} // namespace Omnitote::Server
