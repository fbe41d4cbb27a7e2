// SPDX-License-Identifier: MIT
#pragma once

#include "kioskoptions.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Omnitote {

/**
 * The admin screen's settings: one row per setting store IT may change (backend, store, device
 * token, language, idle time, scanner options), shown with its current value. Edits are checked
 * with the same rules as the command line and saved to the settings file; they apply when the kiosk
 * restarts. A setting given by a flag or environment variable is shown but locked, since the file
 * could not change it.
 */
class SettingsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SettingsModel is created by the application")
    Q_PROPERTY(QString error READ error NOTIFY statusChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY statusChanged)
    Q_PROPERTY(bool restartNeeded READ restartNeeded NOTIFY statusChanged)
    Q_PROPERTY(QString settingsFile READ settingsFile CONSTANT)
public:
    enum Role { KeyRole = Qt::UserRole + 1, LabelRole, ValueRole, SecretRole, LockedRole, NumericRole };
    Q_ENUM(Role)

    explicit SettingsModel(const KioskOptions &options, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString error() const { return m_error; }
    bool dirty() const { return m_dirty; }
    bool restartNeeded() const { return m_restartNeeded; }
    QString settingsFile() const { return m_settingsFile; }

    /** A new value for the setting `key`; false (and nothing changes) for an unknown or locked one. */
    Q_INVOKABLE bool setValue(const QString &key, const QString &value);
    /** Checks every value like the command line would and writes the file; false with error() if not. */
    Q_INVOKABLE bool save();
    /** Drops unsaved edits. */
    Q_INVOKABLE void revert();
    /** Starts a new kiosk process with the same arguments and quits this one (settings take effect). */
    Q_INVOKABLE void restart();

    /** The value shown for `key` (secrets masked). */
    QString shownValue(const QString &key) const;

Q_SIGNALS:
    void statusChanged();

private:
    struct Setting
    {
        QString key;
        const char *label; // translated when shown
        bool secret = false;
        bool numeric = false;
        QString value; // what the file would hold
        bool locked = false;
    };
    void load();
    void setStatus(const QString &error, bool dirty, bool restartNeeded);

    KioskOptions m_options;
    QString m_settingsFile;
    QList<Setting> m_settings;
    QString m_error;
    bool m_dirty = false;
    bool m_restartNeeded = false;
};

} // namespace Omnitote
