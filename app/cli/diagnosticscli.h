// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Omnitote {

/** True when `arguments` (argv, program name first) ask for a diagnostics command, not the UI. */
bool isDiagnosticsCommand(const QStringList &arguments);

/**
 * Support staff's and tests' commands, run without a window:
 *   omnitote parse PAYLOAD   what a scanner sent, parsed, as one JSON object (exit 1 on an error)
 * More (decode, ndef, nfc-read) come with the scanning and NFC work.
 */
int runDiagnosticsCli(const QStringList &arguments);

} // namespace Omnitote
