// SPDX-License-Identifier: MIT
#include "storage.h"

#include <QUrl>

namespace Omnitote::Server {

std::unique_ptr<Storage> createSqliteStorage(const QString &path);
std::unique_ptr<Storage> createPostgresStorage(const QUrl &url);

QString Principal::roleName(Role role)
{
    switch (role) {
    case Role::Device:
        return QStringLiteral("device");
    case Role::Associate:
        return QStringLiteral("associate");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Customer:
        return QStringLiteral("customer");
    case Role::Pos:
        return QStringLiteral("pos");
    }
    return {};
}

std::optional<Principal::Role> Principal::roleFromName(QStringView name)
{
    for (auto role : {Role::Device, Role::Associate, Role::Admin, Role::Customer, Role::Pos}) {
        if (name == roleName(role))
            return role;
    }
    return std::nullopt;
}

std::unique_ptr<Storage> createStorage(const QString &url, QString *error)
{
    if (url.startsWith(QLatin1String("postgresql://")) || url.startsWith(QLatin1String("postgres://"))) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.path().size() < 2) {
            *error = QStringLiteral("not a usable PostgreSQL URL (postgresql://user@host:port/database): %1")
                         .arg(parsed.errorString());
            return nullptr;
        }
        return createPostgresStorage(parsed);
    }
    QString path = url;
    if (path.startsWith(QLatin1String("sqlite:")))
        path = path.mid(7);
    if (path.startsWith(QLatin1String("//")))
        path = path.mid(2); // sqlite:///abs/path
    if (path.isEmpty()) {
        *error = QStringLiteral("the SQLite URL names no file (sqlite:/path/to/omnitote.db)");
        return nullptr;
    }
    if (path.contains(QLatin1String("://"))) {
        *error = QStringLiteral("unknown database URL scheme in %1 (use sqlite:PATH or postgresql://...)")
                     .arg(url);
        return nullptr;
    }
    return createSqliteStorage(path);
}

} // namespace Omnitote::Server
