// SPDX-License-Identifier: MIT
#include <kioskapplication.h>

#include <QGuiApplication>
#include <QLocale>
#include <QQmlExtensionPlugin>
#include <QTextStream>

Q_IMPORT_QML_PLUGIN(OmnitotePlugin)
Q_IMPORT_QML_PLUGIN(Omnitote_KioskPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("omnitote"));
    QGuiApplication::setOrganizationName(QStringLiteral("Omnitote"));
    QGuiApplication::setApplicationVersion(QStringLiteral(OMNITOTE_VERSION));

    // A kiosk image often has no locale set; show euro prices the way English-speaking Europe writes them.
    if (QLocale::system().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));

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
