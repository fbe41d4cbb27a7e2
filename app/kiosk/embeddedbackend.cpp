// SPDX-License-Identifier: MIT
#include "embeddedbackend.h"

#include <serverruntime.h>

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcEmbedded, "omnitote.embedded")

namespace Omnitote {

namespace {

/** Lives on the server thread; owns the server there, because Qt SQL connections belong to one thread. */
class EmbeddedServerWorker : public QObject
{
    Q_OBJECT
public:
    explicit EmbeddedServerWorker(QString dataDir) : m_dataDir(std::move(dataDir)) { }

    void run()
    {
        using namespace Omnitote::Server;
        QString error;
        ServerSettings settings;
        settings.databaseUrl = QStringLiteral("sqlite:") + m_dataDir + QStringLiteral("/embedded-backend.db");
        settings.address = QHostAddress::LocalHost;
        settings.port = 0; // any free port: two kiosks on one machine must not collide
        settings.seedDemo = true;
        if (!QDir().mkpath(m_dataDir) || !m_runtime.open(settings, &error) || !m_runtime.listen(&error)) {
            Q_EMIT failed(error.isEmpty() ? QStringLiteral("cannot create %1").arg(m_dataDir) : error);
            return;
        }
        const auto stores = m_runtime.storage().stores();
        if (stores.isEmpty()) {
            Q_EMIT failed(QStringLiteral("the embedded backend has no store"));
            return;
        }
        const QString storeId = stores.first().toObject().value(QStringLiteral("id")).toString();
        const QString token = deviceToken(storeId, &error);
        if (token.isEmpty()) {
            Q_EMIT failed(error);
            return;
        }
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_runtime.port());
        qCInfo(lcEmbedded) << "embedded backend on" << url.toString() << "for store" << storeId;
        Q_EMIT ready(url, token, storeId);
    }

Q_SIGNALS:
    void ready(const QUrl &baseUrl, const QString &deviceToken, const QString &storeId);
    void failed(const QString &reason);

private:
    // One token for this install, kept beside the database (readable by this user only), so the
    // token table does not grow by one row per start.
    QString deviceToken(const QString &storeId, QString *error)
    {
        using namespace Omnitote::Server;
        const QString path = m_dataDir + QStringLiteral("/embedded-device-token");
        QFile saved(path);
        if (saved.open(QIODevice::ReadOnly)) {
            const QByteArray token = saved.readAll().trimmed();
            if (auto record = m_runtime.storage().findToken(Authenticator::hashToken(token));
                record && record->principal.storeId == storeId)
                return QString::fromLatin1(token);
        }
        const QString token = m_runtime.api().authenticator().issueToken(
            {Principal::Role::Device, storeId, QStringLiteral("embedded kiosk")}, error);
        QSaveFile file(path);
        if (!token.isEmpty() && file.open(QIODevice::WriteOnly)) {
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            file.write(token.toLatin1());
            file.commit();
        }
        return token;
    }

    QString m_dataDir;
    Server::ServerRuntime m_runtime;
};

} // namespace

EmbeddedBackend::EmbeddedBackend(const QString &dataDir, QObject *parent)
    : QObject(parent), m_dataDir(dataDir)
{
    m_thread.setObjectName(QStringLiteral("EmbeddedBackendThread"));
}

EmbeddedBackend::~EmbeddedBackend()
{
    m_thread.quit();
    m_thread.wait();
}

void EmbeddedBackend::start()
{
    auto *worker = new EmbeddedServerWorker(m_dataDir);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, worker, &EmbeddedServerWorker::run);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &EmbeddedServerWorker::ready, this, &EmbeddedBackend::ready);
    connect(worker, &EmbeddedServerWorker::failed, this, &EmbeddedBackend::failed);
    m_thread.start();
}

} // namespace Omnitote

#include "embeddedbackend.moc"
