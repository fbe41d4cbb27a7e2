// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

namespace Omnitote::Server {

struct ServerSettings;

/** The server's email flags (--smtp-*, --mail-from, --public-url, --email-limit-*). */
QList<QCommandLineOption> emailCommandOptions();
/** Reads them (a flag wins over its OMNITOTE_* environment twin); false with a reason. */
bool applyEmailOptions(const QCommandLineParser &parser, ServerSettings *settings, QString *error);

} // namespace Omnitote::Server
