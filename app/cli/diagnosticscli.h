// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Omnitote {

/** True when `arguments` (argv, program name first) ask for a diagnostics command, not the UI. */
bool isDiagnosticsCommand(const QStringList &arguments);

/**
 * Support staff's and tests' commands, run without a window (see diagnosticscommands.cpp for the
 * list). Each prints JSON on stdout and exits non-zero on an error.
 */
int runDiagnosticsCli(const QStringList &arguments);

} // namespace Omnitote
