// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Omnitote::Server {

/**
 * omnitote-server's command line: serve (the default), `device add`, `admin add`.
 * Every flag has an OMNITOTE_* environment twin; a flag wins over its twin.
 */
int runServerCli(const QStringList &arguments);

} // namespace Omnitote::Server
