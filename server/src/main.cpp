// SPDX-License-Identifier: MIT
#include "servercli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("omnitote-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Omnitote"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OMNITOTE_VERSION));
    return Omnitote::Server::runServerCli(QCoreApplication::arguments());
}
