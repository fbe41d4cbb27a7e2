// SPDX-License-Identifier: MIT
#include "kiosksettingsfile.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace Omnitote::KioskSettingsFile {

namespace {

constexpr qint64 maximumSize = 64 * 1024; // a settings file is a few hundred bytes

bool validName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

} // namespace

QHash<QString, QString> read(const QString &path, QString *error)
{
    QHash<QString, QString> values;
    QFile file(path);
    if (!file.exists())
        return values;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return values;
    }
    if (file.size() > maximumSize) {
        *error = QStringLiteral("%1: larger than %2 bytes, not a settings file").arg(path).arg(maximumSize);
        return values;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString name = line.left(equals).trimmed();
        if (equals < 0 || !validName(name)) {
            *error = QStringLiteral("%1 line %2: expected \"name = value\"").arg(path).arg(lineNumber);
            return {};
        }
        values.insert(name, line.mid(equals + 1).trimmed());
    }
    return values;
}

bool write(const QString &path, const QHash<QString, QString> &values, QString *error)
{
    QStringList names = values.keys();
    names.sort();
    QByteArray text = "# Omnitote kiosk settings, saved from the admin screen. Flags and OMNITOTE_* "
                      "environment variables override these.\n";
    for (const QString &name : std::as_const(names)) {
        const QString &value = values.value(name);
        if (!validName(name) || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
            *error = QStringLiteral("setting \"%1\" cannot be saved (bad name or a line break in its value)")
                         .arg(name);
            return false;
        }
        if (!value.isEmpty())
            text += name.toUtf8() + " = " + value.toUtf8() + '\n';
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    // Before any byte is written: the device token never sits in a world-readable file.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(text) != text.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Omnitote::KioskSettingsFile
