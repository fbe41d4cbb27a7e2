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
    stopMailSender();
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
    if (!settings.mail.smtp.url.isEmpty())
        startMailSender();
    return true;
}

void ServerRuntime::startMailSender()
{
    m_mailThread = new QThread;
    m_mailThread->setObjectName(QStringLiteral("omnitote-mail"));
    m_mailSender = new MailSender(
        m_settings.databaseUrl.isEmpty() ? defaultDatabaseUrl() : m_settings.databaseUrl, m_settings.mail);
    m_mailSender->moveToThread(m_mailThread);
    QObject::connect(m_mailThread, &QThread::started, m_mailSender, &MailSender::start);
    // Deleted on its own thread as that thread ends, so its database connection closes where it opened.
    MailSender *sender = m_mailSender;
    QObject::connect(
        m_mailThread, &QThread::finished, m_mailThread, [sender] { delete sender; }, Qt::DirectConnection);
    m_api->email().setQueuedCallback(
        [sender] { QMetaObject::invokeMethod(sender, &MailSender::wake, Qt::QueuedConnection); });
    m_mailThread->start();
}

void ServerRuntime::stopMailSender()
{
    if (!m_mailThread)
        return;
    if (m_api)
        m_api->email().setQueuedCallback({});
    // The message in hand is finished (bounded by the SMTP timeouts), never cut off after DATA.
    m_mailSender->requestStop();
    m_mailThread->quit();
    m_mailThread->wait();
    delete m_mailThread;
    m_mailThread = nullptr;
    m_mailSender = nullptr;
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
