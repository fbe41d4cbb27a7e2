// SPDX-License-Identifier: MIT
#include "routes.h"

#include <QCoreApplication>

namespace Omnitote::Server {

void addHealthRoutes(Router &router, Storage &storage)
{
    using Role = Principal::Role;
    const QList<Role> anyone {Role::Device, Role::Associate, Role::Admin};

    router.add(Router::Method::Get, QStringLiteral("/v1/health"), {}, [&storage](const ApiRequest &) {
        return json({{QStringLiteral("status"), QStringLiteral("ok")},
                     {QStringLiteral("storage"), storage.kind()},
                     {QStringLiteral("schemaVersion"), storage.schemaVersion()},
                     {QStringLiteral("version"), QCoreApplication::applicationVersion()}});
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
