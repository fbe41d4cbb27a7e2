// SPDX-License-Identifier: MIT
#include "routes.h"

#include <QCoreApplication>

namespace Omnitote::Server {

void addHealthRoutes(Router &router, Storage &storage)
{
    using Role = Principal::Role;
    const QList<Role> anyone {Role::Device, Role::Associate, Role::Admin};

    router.add(Router::Method::Get, QStringLiteral("/v1/health"), {}, [&storage](const ApiRequest &) {
        // The schema version is read from the database, so a lost connection shows here as 503.
        const int schemaVersion = storage.schemaVersion();
        const bool healthy = schemaVersion > 0;
        return json(
            {{QStringLiteral("status"), healthy ? QStringLiteral("ok") : QStringLiteral("unavailable")},
             {QStringLiteral("storage"), storage.kind()},
             {QStringLiteral("schemaVersion"), schemaVersion},
             {QStringLiteral("version"), QCoreApplication::applicationVersion()}},
            healthy ? Status::Ok : Status::ServiceUnavailable);
    });

    router.add(Router::Method::Get, QStringLiteral("/v1/me"), anyone, [&storage](const ApiRequest &request) {
        const auto store = storage.store(request.principal.storeId);
        return json({{QStringLiteral("role"), Principal::roleName(request.principal.role)},
                     {QStringLiteral("label"), request.principal.label},
                     {QStringLiteral("store"), store ? QJsonValue(*store) : QJsonValue()},
                     {QStringLiteral("retailer"), storage.retailer()}});
    });

    router.add(Router::Method::Get, QStringLiteral("/v1/stores"), anyone, [&storage](const ApiRequest &) {
        return json({{QStringLiteral("items"), storage.stores()}});
    });
}

} // namespace Omnitote::Server
