// SPDX-License-Identifier: MIT
#include "settingsmodel.h"

#include "kiosksettingsfile.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QProcess>

Q_DECLARE_LOGGING_CATEGORY(lcKiosk)

namespace Omnitote {

namespace {

// "\x1d" for control characters, the way --hid-prefix takes them on a command line.
QString escaped(const QString &value)
{
    QString out;
    for (const QChar c : value) {
        if (c.unicode() < 0x20)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace

SettingsModel::SettingsModel(const KioskOptions &options, QObject *parent)
    : QAbstractListModel(parent), m_options(options), m_settingsFile(options.settingsFile)
{
    load();
}

void SettingsModel::load()
{
    const KioskOptions &o = m_options;
    // What the kiosk runs with now, in the file's words.
    m_settings = {
        {QStringLiteral("backend"), QT_TR_NOOP("Backend URL (empty: built-in demo backend)"), false, false,
         o.backendUrl.toString(), false},
        {QStringLiteral("store"), QT_TR_NOOP("Store id"), false, false, o.storeId, false},
        {QStringLiteral("token"), QT_TR_NOOP("Device token"), true, false, o.deviceToken, false},
        {QStringLiteral("language"), QT_TR_NOOP("Default language (en, zh_CN, et, pl)"), false, false,
         o.language, false},
        {QStringLiteral("idle-seconds"), QT_TR_NOOP("Seconds before \"Still there?\""), false, true,
         QString::number(o.idleSeconds), false},
        {QStringLiteral("mode"), QT_TR_NOOP("Mode: shopper kiosk or associate tablet (shopper, associate)"),
         false, false,
         o.mode == KioskOptions::Mode::Associate ? QStringLiteral("associate") : QStringLiteral("shopper"),
         false},
        {QStringLiteral("camera"), QT_TR_NOOP("Camera (auto, none, or a camera's id)"), false, false,
         o.camera, false},
        {QStringLiteral("scan-dedupe-ms"), QT_TR_NOOP("Same code again within (ms) is one scan"), false, true,
         QString::number(o.scanDedupeMs), false},
        {QStringLiteral("hid-wedge"), QT_TR_NOOP("USB scanner in keyboard mode (1 on, 0 off)"), false, true,
         o.hidWedge ? QStringLiteral("1") : QStringLiteral("0"), false},
        {QStringLiteral("hid-prefix"), QT_TR_NOOP("USB scanner prefix"), false, false, escaped(o.hidPrefix),
         false},
        {QStringLiteral("hid-suffix"), QT_TR_NOOP("USB scanner suffix"), false, false, escaped(o.hidSuffix),
         false},
        {QStringLiteral("hid-max-gap-ms"), QT_TR_NOOP("USB scanner: longest pause between keys (ms)"), false,
         true, QString::number(o.hidMaxGapMs), false},
        {QStringLiteral("hid-min-length"), QT_TR_NOOP("USB scanner: shortest code"), false, true,
         QString::number(o.hidMinLength), false},
        {QStringLiteral("evdev-device"), QT_TR_NOOP("USB scanner input device (/dev/input/eventN)"), false,
         false, o.evdevDevice, false},
        {QStringLiteral("nfc-device"), QT_TR_NOOP("NFC reader (libnfc connstring, or auto)"), false, false,
         o.nfcDevice, false},
        {QStringLiteral("nfc-url-prefix"), QT_TR_NOOP("Product URLs NFC tags may open (comma-separated)"),
         false, false, o.nfcUrlPrefixes.join(QLatin1Char(',')), false},
    };
    // Saved but not yet applied (the kiosk restarts to apply): the file's values are what counts.
    QString error;
    const auto saved = m_settingsFile.isEmpty() ? QHash<QString, QString>()
                                                : KioskSettingsFile::read(m_settingsFile, &error);
    for (Setting &setting : m_settings) {
        setting.locked = o.overriddenSettings.contains(setting.key);
        if (!setting.locked && saved.contains(setting.key))
            setting.value = saved.value(setting.key);
    }
}

int SettingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_settings.size());
}

QString SettingsModel::shownValue(const QString &key) const
{
    for (const Setting &setting : m_settings) {
        if (setting.key != key)
            continue;
        if (!setting.secret || setting.value.isEmpty())
            return setting.value;
        // Enough to tell two tokens apart, never enough to use one.
        return QStringLiteral("••••••") + setting.value.right(4);
    }
    return {};
}

QVariant SettingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Setting &setting = m_settings.at(index.row());
    switch (role) {
    case KeyRole:
        return setting.key;
    case Qt::DisplayRole:
    case LabelRole:
        return tr(setting.label);
    case ValueRole:
        return shownValue(setting.key);
    case SecretRole:
        return setting.secret;
    case LockedRole:
        return setting.locked;
    case NumericRole:
        return setting.numeric;
    default:
        return {};
    }
}

QHash<int, QByteArray> SettingsModel::roleNames() const
{
    return {{KeyRole, "key"},       {LabelRole, "label"},   {ValueRole, "value"},
            {SecretRole, "secret"}, {LockedRole, "locked"}, {NumericRole, "numeric"}};
}

bool SettingsModel::setValue(const QString &key, const QString &value)
{
    for (int row = 0; row < m_settings.size(); ++row) {
        Setting &setting = m_settings[row];
        if (setting.key != key)
            continue;
        if (setting.locked)
            return false;
        const QString trimmed = value.trimmed();
        if (setting.value == trimmed)
            return true;
        setting.value = trimmed;
        Q_EMIT dataChanged(index(row), index(row), {ValueRole});
        setStatus({}, true, m_restartNeeded);
        return true;
    }
    return false;
}

bool SettingsModel::save()
{
    QString error;
    QHash<QString, QString> file = KioskSettingsFile::read(m_settingsFile, &error);
    if (!error.isEmpty()) {
        setStatus(error, m_dirty, m_restartNeeded);
        return false;
    }
    for (const Setting &setting : std::as_const(m_settings)) {
        if (!setting.locked)
            file.insert(setting.key, setting.value);
    }
    if (!KioskOptions::checkSettings(file, &error)
        || !KioskSettingsFile::write(m_settingsFile, file, &error)) {
        setStatus(error, m_dirty, m_restartNeeded);
        return false;
    }
    qCInfo(lcKiosk) << "settings saved to" << m_settingsFile;
    setStatus({}, false, m_restartNeeded || m_dirty);
    return true;
}

void SettingsModel::revert()
{
    beginResetModel();
    load();
    endResetModel();
    setStatus({}, false, m_restartNeeded);
}

void SettingsModel::restart()
{
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments)) {
        setStatus(tr("The kiosk could not restart itself. Restart the device."), m_dirty, m_restartNeeded);
        return;
    }
    QCoreApplication::quit();
}

void SettingsModel::setStatus(const QString &error, bool dirty, bool restartNeeded)
{
    if (m_error == error && m_dirty == dirty && m_restartNeeded == restartNeeded)
        return;
    m_error = error;
    m_dirty = dirty;
    m_restartNeeded = restartNeeded;
    Q_EMIT statusChanged();
}

} // namespace Omnitote
