// SPDX-License-Identifier: MIT
#pragma once

#include "apiserver.h"
#include "mailsender.h"
#include "storage.h"

#include <QHostAddress>
#include <QThread>

#include <memory>

namespace Omnitote::Server {

/** Everything needed to bring a server up; filled from flags and environment by the CLI. */
struct ServerSettings
{
    QString databaseUrl;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080;
    bool seedDemo = false;
    QString seedFile;
    ServerOptions options;
    /** The relay and the sender's pacing; without `mail.smtp.url` messages stay queued. */
    MailSenderSettings mail;
};

/** The server's storage and HTTP front, owned together; used by omnitote-server and the kiosk's embedded
 * mode. */
class ServerRuntime
{
public:
    ServerRuntime();
    ~ServerRuntime();

    /** Opens storage (migrating it), seeds it if asked, and optionally starts listening. */
    bool open(const ServerSettings &settings, QString *error);
    bool listen(QString *error);

    quint16 port() const { return m_port; }
    Storage &storage() { return *m_storage; }
    ApiServer &api() { return *m_api; }
    /** The outbox's sender on its own thread; nullptr without a relay. */
    MailSender *mailSender() { return m_mailSender; }

    /** The demo catalogue compiled into the server (Qt resource). */
    static QString demoCatalogPath();
    /** Imports a catalogue file (JSON Lines) unless the database already has one. */
    static bool seed(Storage &storage, const QString &path, QString *error);

private:
    void startMailSender();
    void stopMailSender();

    ServerSettings m_settings;
    QThread *m_mailThread = nullptr;
    MailSender *m_mailSender = nullptr;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<ApiServer> m_api;
    quint16 m_port = 0;
};

/** Default database: a SQLite file in the user's data folder. */
QString defaultDatabaseUrl();

} // namespace Omnitote::Server
