// SPDX-License-Identifier: MIT
#include <diagnosticscli.h>
#include <kioskapplication.h>

#include <QCoreApplication>

#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QTextStream>

Q_IMPORT_QML_PLUGIN(OmnitotePlugin)
Q_IMPORT_QML_PLUGIN(Omnitote_KioskPlugin)

int main(int argc, char *argv[])
{
    // Diagnostics commands need no display: they must work over SSH on a kiosk with no screen.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (Omnitote::isDiagnosticsCommand(arguments)) {
        QCoreApplication app(argc, argv);
        return Omnitote::runDiagnosticsCli(QCoreApplication::arguments());
    }

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("omnitote"));
    QGuiApplication::setOrganizationName(QStringLiteral("Omnitote"));
    QGuiApplication::setApplicationVersion(QStringLiteral(OMNITOTE_VERSION));

    QString error;
    auto options = Omnitote::KioskOptions::parse(QGuiApplication::arguments(), &error);
    if (!options) {
        QTextStream(stderr) << "omnitote: " << error << Qt::endl;
        return 2;
    }
    Omnitote::KioskApplication kiosk(std::move(*options));
    if (!kiosk.start())
        return 1;
    return QGuiApplication::exec();
}
