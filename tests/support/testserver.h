// SPDX-License-Identifier: MIT
#pragma once

#include <serverruntime.h>

#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

namespace Omnitote::Testing {

/**
 * A real omnitote-server in this process on 127.0.0.1 (any free port), seeded with the demo
 * catalogue, on SQLite (a temporary file) or PostgreSQL (a fresh database on the cluster the CTest
 * fixture started; see tests/scripts/pg-cluster.sh).
 */
class TestServer
{
public:
    enum class Backend { Sqlite, Postgres };

    TestServer();
    ~TestServer();

    /** False with a reason; for PostgreSQL, `skipped` says the cluster is not there (skip, don't fail). */
    bool start(Backend backend, QString *error, bool *skipped = nullptr);

    /** Stops the server and starts it again on the same database (on a new port): a server crash. */
    bool restart(QString *error);
    /** Settings applied before each start and restart (email relay, limits, …). */
    void setConfigure(std::function<void(Server::ServerSettings &)> configure)
    {
        m_configure = std::move(configure);
    }
    Server::ServerSettings &settings() { return m_settings; }

    QUrl baseUrl() const;
    Server::ServerRuntime &runtime() { return *m_runtime; }
    QString databaseFile() const { return m_sqliteFile; }
    /** A new token of this role for the first demo store (admins: no store). */
    QString token(Server::Principal::Role role);

    static QString postgresAdminUrl();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Server::ServerRuntime> m_runtime;
    Server::ServerSettings m_settings;
    std::function<void(Server::ServerSettings &)> m_configure;
    QString m_sqliteFile;
    QString m_postgresDatabase;
};

} // namespace Omnitote::Testing
