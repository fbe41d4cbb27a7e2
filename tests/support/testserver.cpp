// SPDX-License-Identifier: MIT
#include "testserver.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace Omnitote::Testing {

namespace {

// Runs one administrative statement on the cluster's maintenance database.
bool adminExec(const QString &sql, QString *error)
{
    const QUrl url(TestServer::postgresAdminUrl());
    const QString name = QStringLiteral("omnitote-test-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

TestServer::TestServer() = default;

TestServer::~TestServer()
{
    m_runtime.reset();
    if (!m_postgresDatabase.isEmpty()) {
        QString error;
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_postgresDatabase), &error);
    }
}

QString TestServer::postgresAdminUrl()
{
    return qEnvironmentVariable("OMNITOTE_TEST_PG_URL");
}

bool TestServer::start(Backend backend, QString *error, bool *skipped)
{
    if (skipped)
        *skipped = false;
    Server::ServerSettings settings;
    settings.address = QHostAddress::LocalHost;
    settings.port = 0;
    settings.seedDemo = m_seedFile.isEmpty();
    settings.seedFile = m_seedFile;
    if (backend == Backend::Sqlite) {
        m_sqliteFile = m_dir.filePath(QStringLiteral("server.db"));
        settings.databaseUrl = QStringLiteral("sqlite:") + m_sqliteFile;
    } else {
        if (postgresAdminUrl().isEmpty()) {
            *error =
                QStringLiteral("OMNITOTE_TEST_PG_URL is not set (run through ctest, which starts a cluster)");
            if (skipped)
                *skipped = true;
            return false;
        }
        m_postgresDatabase = QStringLiteral("omnitote_test_%1").arg(QRandomGenerator::global()->generate());
        if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_postgresDatabase), error)) {
            *error =
                QStringLiteral("PostgreSQL cluster at %1 not usable: %2").arg(postgresAdminUrl(), *error);
            m_postgresDatabase.clear();
            if (skipped)
                *skipped = true;
            return false;
        }
        QUrl url(postgresAdminUrl());
        url.setPath(QLatin1Char('/') + m_postgresDatabase);
        settings.databaseUrl = url.toString();
    }
    if (m_configure)
        m_configure(settings);
    m_settings = settings;
    m_runtime = std::make_unique<Server::ServerRuntime>();
    return m_runtime->open(settings, error) && m_runtime->listen(error);
}

bool TestServer::restart(QString *error)
{
    m_runtime.reset();
    m_runtime = std::make_unique<Server::ServerRuntime>();
    return m_runtime->open(m_settings, error) && m_runtime->listen(error);
}

QUrl TestServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_runtime->port());
    return url;
}

QString TestServer::token(Server::Principal::Role role)
{
    QString error;
    const QString store = role == Server::Principal::Role::Admin
        ? QString()
        : m_runtime->storage().stores().first().toObject().value(QStringLiteral("id")).toString();
    return m_runtime->api().authenticator().issueToken({role, store, QStringLiteral("test")}, &error);
}

} // namespace Omnitote::Testing
