// SPDX-License-Identifier: MIT
#include "serverruntime.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcRuntime, "omnitote.server")

namespace Omnitote::Server {

ServerRuntime::ServerRuntime() = default;

ServerRuntime::~ServerRuntime()
{
    m_api.reset(); // before the storage it refers to
    m_storage.reset();
}

QString ServerRuntime::demoCatalogPath()
{
    return QStringLiteral(":/omnitote/catalog/demo-catalog.jsonl");
}

QString defaultDatabaseUrl()
{
    return QStringLiteral("sqlite:") + QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/omnitote-server.db");
}

bool ServerRuntime::seed(Storage &storage, const QString &path, QString *error)
{
    if (storage.hasCatalog()) {
        qCInfo(lcRuntime) << "catalogue already present; not seeding from" << path;
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read catalogue %1: %2").arg(path, file.errorString());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    ImportStats stats;
    if (!storage.importCatalog(&file, &stats, error)) {
        *error = QStringLiteral("importing %1 failed at %2").arg(path, *error);
        return false;
    }
    qCInfo(lcRuntime).nospace() << "imported " << stats.products << " products, " << stats.variants
                                << " variants, " << stats.reviews << " reviews, " << stats.stores
                                << " stores in " << timer.elapsed() << " ms";
    return true;
}

bool ServerRuntime::open(const ServerSettings &settings, QString *error)
{
    m_settings = settings;
    m_storage =
        createStorage(settings.databaseUrl.isEmpty() ? defaultDatabaseUrl() : settings.databaseUrl, error);
    if (!m_storage || !m_storage->open(error))
        return false;
    if (settings.seedDemo && !seed(*m_storage, demoCatalogPath(), error))
        return false;
    if (!settings.seedFile.isEmpty() && !seed(*m_storage, settings.seedFile, error))
        return false;
    m_api = std::make_unique<ApiServer>(*m_storage, settings.options);
    return true;
}

bool ServerRuntime::listen(QString *error)
{
    m_port = m_api->listen(m_settings.address, m_settings.port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2 (in use, or not an address of this machine)")
                     .arg(m_settings.address.toString())
                     .arg(m_settings.port);
        return false;
    }
    return true;
}

} // namespace Omnitote::Server
