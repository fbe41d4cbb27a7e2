// SPDX-License-Identifier: MIT
#include "diagnosticsmodel.h"

#include "backendstatus.h"
#include "scancontroller.h"

#include <backendapi.h>
#include <syncengine.h>
#include <totestore.h>

#include <QCoreApplication>
#include <QLocale>
#include <QMetaEnum>
#include <QStorageInfo>

namespace Omnitote {

namespace {

constexpr qint64 lowDiskBytes = 200LL * 1024 * 1024; // below this the tote's database may fail to grow

} // namespace

DiagnosticsModel::DiagnosticsModel(const Parts &parts, QObject *parent)
    : QAbstractListModel(parent), m_parts(parts)
{
    if (m_parts.scans)
        connect(m_parts.scans, &ScanController::sourcesChanged, this, &DiagnosticsModel::refresh);
    if (m_parts.backend)
        connect(m_parts.backend, &BackendStatus::changed, this, &DiagnosticsModel::refresh);
    if (m_parts.sync)
        connect(m_parts.sync, &SyncEngine::stateChanged, this, &DiagnosticsModel::refresh);
    m_poll.setInterval(3000);
    connect(&m_poll, &QTimer::timeout, this, &DiagnosticsModel::refresh);
    m_rows = collect();
}

void DiagnosticsModel::setWatching(bool watching)
{
    if (watching == m_poll.isActive())
        return;
    if (watching) {
        refresh();
        m_poll.start();
    } else {
        m_poll.stop();
    }
    Q_EMIT watchingChanged();
}

QList<DiagnosticsModel::Row> DiagnosticsModel::collect() const
{
    QList<Row> rows;
    const QString scanners = tr("Scanners and readers");
    if (m_parts.scans) {
        const QVariantList sources = m_parts.scans->sources();
        if (sources.isEmpty())
            rows.append({scanners, tr("None configured"), Health::Warning,
                         tr("Only typed codes work. Configure a scanner in Settings.")});
        for (const QVariant &item : sources) {
            const QVariantMap source = item.toMap();
            const QString state = source.value(QStringLiteral("state")).toString();
            const Health health = state == QLatin1String("Ready") ? Health::Ok
                : state == QLatin1String("Starting")              ? Health::Warning
                                                                  : Health::Error;
            const QString status = source.value(QStringLiteral("statusText")).toString();
            rows.append({scanners, source.value(QStringLiteral("name")).toString(), health,
                         status.isEmpty() ? state : state + QStringLiteral(" — ") + status});
        }
        rows.append(
            {scanners, tr("Scans this session"), Health::Info, QString::number(m_parts.scans->scanCount())});
    }

    const QString backend = tr("Backend");
    if (m_parts.api)
        rows.append({backend, tr("Address"), Health::Info, m_parts.api->baseUrl().toString()});
    if (m_parts.backend) {
        const auto state = m_parts.backend->state();
        const Health health = state == BackendStatus::State::Ready ? Health::Ok
            : state == BackendStatus::State::Starting              ? Health::Warning
                                                                   : Health::Error;
        const QString name =
            QString::fromLatin1(QMetaEnum::fromType<BackendStatus::State>().valueToKey(int(state)));
        rows.append({backend, tr("Connection"), health,
                     m_parts.backend->message().isEmpty()
                         ? name
                         : name + QStringLiteral(" — ") + m_parts.backend->message()});
        rows.append(
            {backend, tr("Store"), Health::Info,
             m_parts.backend->storeName().isEmpty()
                 ? m_parts.backend->storeId()
                 : QStringLiteral("%1 (%2)").arg(m_parts.backend->storeName(), m_parts.backend->storeId())});
    }

    const QString tote = tr("Tote sync");
    if (m_parts.tote)
        rows.append({tote, tr("Local tote storage"), m_parts.tote->isOpen() ? Health::Ok : Health::Error,
                     m_parts.tote->isOpen() ? tr("Open") : tr("Not available")});
    if (m_parts.sync) {
        const auto state = m_parts.sync->state();
        const Health health = state == SyncEngine::State::Synced ? Health::Ok
            : state == SyncEngine::State::Error                  ? Health::Error
                                                                 : Health::Warning;
        const QString name =
            QString::fromLatin1(QMetaEnum::fromType<SyncEngine::State>().valueToKey(int(state)));
        rows.append({tote, tr("Queue"), health,
                     tr("%1, %n change(s) waiting", nullptr, m_parts.sync->pendingCount()).arg(name)});
        if (!m_parts.sync->lastError().isEmpty())
            rows.append({tote, tr("Last error"), Health::Warning, m_parts.sync->lastError()});
    }

    const QString device = tr("Device");
    if (!m_parts.dataDir.isEmpty()) {
        const QStorageInfo storage(m_parts.dataDir);
        const qint64 free = storage.bytesAvailable();
        rows.append({device, tr("Free disk"),
                     !storage.isValid()        ? Health::Error
                         : free < lowDiskBytes ? Health::Warning
                                               : Health::Ok,
                     storage.isValid()
                         ? QLocale().formattedDataSize(free) + QStringLiteral(" — ") + m_parts.dataDir
                         : tr("Cannot read %1").arg(m_parts.dataDir)});
    }
    rows.append({device, tr("Version"), Health::Info,
                 QStringLiteral("Omnitote %1, Qt %2")
                     .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()))});
    return rows;
}

void DiagnosticsModel::refresh()
{
    QList<Row> rows = collect();
    // Same shape (the usual case): update in place so a list on screen keeps its scroll position.
    bool sameShape = rows.size() == m_rows.size();
    for (int i = 0; sameShape && i < rows.size(); ++i)
        sameShape = rows.at(i).section == m_rows.at(i).section && rows.at(i).name == m_rows.at(i).name;
    if (!sameShape) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).health != m_rows.at(i).health || rows.at(i).detail != m_rows.at(i).detail) {
            m_rows[i] = rows.at(i);
            Q_EMIT dataChanged(index(i), index(i), {HealthRole, DetailRole});
        }
    }
}

void DiagnosticsModel::checkBackend()
{
    if (m_parts.backend)
        m_parts.backend->connectToBackend();
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case SectionRole:
        return row.section;
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case HealthRole:
        return int(row.health);
    case DetailRole:
        return row.detail;
    default:
        return {};
    }
}

QHash<int, QByteArray> DiagnosticsModel::roleNames() const
{
    return {{SectionRole, "section"}, {NameRole, "name"}, {HealthRole, "health"}, {DetailRole, "detail"}};
}

QString DiagnosticsModel::describe(const QString &section, const QString &name) const
{
    for (const Row &row : m_rows) {
        if (row.section == section && row.name == name)
            return QStringLiteral("%1: %2").arg(
                QString::fromLatin1(QMetaEnum::fromType<Health>().valueToKey(int(row.health))), row.detail);
    }
    return {};
}

} // namespace Omnitote
