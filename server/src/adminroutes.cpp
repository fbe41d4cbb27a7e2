// SPDX-License-Identifier: MIT
#include "routes.h"
#include "thumbnails.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Omnitote::Server {

void addAdminRoutes(Router &router, Storage &storage, Authenticator &authenticator)
{
    router.add(
        Router::Method::Post, QStringLiteral("/v1/admin/devices"), {Principal::Role::Admin},
        [&storage, &authenticator](const ApiRequest &request) {
            ApiResponse rejected;
            const auto body = jsonObjectBody(request.http, &rejected);
            if (!body)
                return rejected;
            const QJsonObject &object = *body;
            const QString storeId = object.value(QStringLiteral("storeId")).toString();
            if (!storage.store(storeId))
                return problem(Status::BadRequest,
                               QStringLiteral("\"storeId\" must name an existing store (got \"%1\").")
                                   .arg(storeId.left(100)));
            const auto role = Principal::roleFromName(
                object.value(QStringLiteral("role")).toString(QStringLiteral("device")));
            if (!role || (*role != Principal::Role::Device && *role != Principal::Role::Associate))
                return problem(Status::BadRequest, QStringLiteral("\"role\" must be device or associate."));
            const QString label = object.value(QStringLiteral("label")).toString().left(100);
            QString error;
            const QString token = authenticator.issueToken({*role, storeId, label}, &error);
            if (token.isEmpty())
                return problem(Status::InternalServerError, QStringLiteral("Could not store the token."));
            return json({{QStringLiteral("token"), token},
                         {QStringLiteral("role"), Principal::roleName(*role)},
                         {QStringLiteral("storeId"), storeId},
                         {QStringLiteral("label"), label}},
                        Status::Created);
        });
}

void addImageRoutes(Router &router, Thumbnails &thumbnails)
{
    router.add(Router::Method::Get, QStringLiteral("/images/{file}"), {}, [](const ApiRequest &request) {
        static const QRegularExpression safeName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.svg$"));
        const QString file = request.args.at(0);
        QFile image(QStringLiteral(":/omnitote/catalog/images/") + file);
        if (!safeName.match(file).hasMatch() || !image.open(QIODevice::ReadOnly))
            return problem(Status::NotFound, QStringLiteral("There is no image \"%1\".").arg(file.left(100)));
        ApiResponse response {Status::Ok, QByteArrayLiteral("image/svg+xml"), image.readAll(), {}};
        // Our SVGs carry no script; the policy makes sure a browser would not run any.
        return response.withHeader("Cache-Control", "public, max-age=86400")
            .withHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    });
    // The same art as PNG thumbnails, for email (see thumbnails.h); public like the SVGs.
    router.add(Router::Method::Get, QStringLiteral("/images/thumb/{file}"), {},
               [&thumbnails](const ApiRequest &request) {
                   const QString file = request.args.at(0);
                   const QByteArray png = thumbnails.png(file);
                   if (png.isEmpty())
                       return problem(Status::NotFound,
                                      QStringLiteral("There is no image \"%1\".").arg(file.left(100)));
                   ApiResponse response {Status::Ok, QByteArrayLiteral("image/png"), png, {}};
                   return response.withHeader("Cache-Control", "public, max-age=86400");
               });
}

} // namespace Omnitote::Server
