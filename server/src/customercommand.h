// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QTextStream>

namespace Omnitote::Server {

class ServerRuntime;

/** Options `customer add` and `customer qr` read; added to the server's parser. */
QList<QCommandLineOption> customerCommandOptions();

/**
 * `customer add --email E [--loyalty N] [--qr-ttl MINUTES]`: a demo customer with an empty cart, a
 * customer token for their "phone", and their QR payload (the last line printed).
 * `customer qr --email E [--qr-ttl MINUTES]`: a fresh QR payload for an existing customer.
 * Returns the process exit code (2: usage).
 */
int runCustomerCommand(ServerRuntime &runtime, const QString &action, const QCommandLineParser &parser,
                       QTextStream &out, QTextStream &err);

} // namespace Omnitote::Server
