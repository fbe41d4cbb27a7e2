// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

namespace Omnitote {

class BackendApi;
class BackendStatus;
class ScanController;
class SyncEngine;
class ToteStore;

/**
 * What store IT checks first when a kiosk misbehaves, one row each: every scanner and reader
 * (camera, USB scanner, NFC) with its state and reason, the backend (address, reachable, store),
 * the tote's sync queue, local storage and free disk, and versions. It follows the parts' own
 * change signals and re-reads the slower facts (disk) every few seconds while someone looks.
 */
class DiagnosticsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("DiagnosticsModel is created by the application")
    Q_PROPERTY(bool watching READ watching WRITE setWatching NOTIFY watchingChanged)
public:
    enum Role { SectionRole = Qt::UserRole + 1, NameRole, HealthRole, DetailRole };
    Q_ENUM(Role)
    enum class Health { Ok, Warning, Error, Info };
    Q_ENUM(Health)

    struct Parts
    {
        ScanController *scans = nullptr;
        BackendStatus *backend = nullptr;
        BackendApi *api = nullptr;
        SyncEngine *sync = nullptr;
        ToteStore *tote = nullptr;
        QString dataDir;
    };
    explicit DiagnosticsModel(const Parts &parts, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool watching() const { return m_poll.isActive(); }
    /** True while the diagnostics page is on screen: then disk space is re-read every few seconds. */
    void setWatching(bool watching);

    /** Reads every part again now. */
    Q_INVOKABLE void refresh();
    /** Asks the backend again whether it is reachable (the "Check again" button). */
    Q_INVOKABLE void checkBackend();

    /** The row named `name` in `section` as "health: detail" (tests, logs); empty when absent. */
    QString describe(const QString &section, const QString &name) const;

Q_SIGNALS:
    void watchingChanged();

private:
    struct Row
    {
        QString section;
        QString name;
        Health health = Health::Info;
        QString detail;
    };
    QList<Row> collect() const;

    Parts m_parts;
    QList<Row> m_rows;
    QTimer m_poll;
};

} // namespace Omnitote
