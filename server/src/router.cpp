// SPDX-License-Identifier: MIT
#include "router.h"

#include <QMetaEnum>
#include <QUrl>

namespace Omnitote::Server {

namespace {

QString methodName(Router::Method method)
{
    return QString::fromLatin1(QMetaEnum::fromType<Router::Method>().valueToKey(int(method))).toUpper();
}

} // namespace

void Router::add(Method method, const QString &pattern, QList<Role> roles, RouteHandler handler)
{
    m_routes.append(
        {method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(roles), std::move(handler)});
}

bool Router::matches(const Route &route, const QStringList &path, QStringList *args)
{
    if (route.segments.size() != path.size())
        return false;
    QStringList captured;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QString &segment = route.segments.at(i);
        if (segment.startsWith(QLatin1Char('{'))) {
            if (path.at(i).isEmpty())
                return false;
            captured.append(path.at(i));
        } else if (segment != path.at(i)) {
            return false;
        }
    }
    *args = captured;
    return true;
}

ApiResponse Router::dispatch(const QHttpServerRequest &request, Authenticator &authenticator) const
{
    QStringList path;
    const auto encoded = request.url().path(QUrl::FullyEncoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const auto &segment : encoded)
        path.append(QUrl::fromPercentEncoding(segment.toUtf8()));

    const Route *found = nullptr;
    QStringList args;
    QStringList allowed;
    for (const auto &route : m_routes) {
        QStringList routeArgs;
        if (!matches(route, path, &routeArgs))
            continue;
        allowed.append(methodName(route.method));
        if (route.method == request.method() && !found) {
            found = &route;
            args = routeArgs;
        }
    }
    if (!found && allowed.isEmpty())
        return problem(Status::NotFound,
                       QStringLiteral("There is no resource at %1.").arg(request.url().path()));
    if (!found)
        return problem(Status::MethodNotAllowed,
                       QStringLiteral("%1 accepts %2.")
                           .arg(request.url().path(), allowed.join(QStringLiteral(", "))))
            .withHeader("Allow", allowed.join(QStringLiteral(", ")).toLatin1());

    ApiRequest apiRequest {request, args, {}};
    if (!found->roles.isEmpty()) {
        const auto principal = authenticator.authenticate(request.value("Authorization"));
        if (!principal)
            return problem(
                       Status::Unauthorized,
                       QStringLiteral("A valid bearer token is required (Authorization: Bearer <token>)."))
                .withHeader("WWW-Authenticate", "Bearer realm=\"omnitote\"");
        if (!found->roles.contains(principal->role))
            return problem(Status::Forbidden,
                           QStringLiteral("A %1 token may not call %2 %3.")
                               .arg(Principal::roleName(principal->role), methodName(found->method),
                                    request.url().path()));
        apiRequest.principal = *principal;
    }
    return found->handler(apiRequest);
}

} // namespace Omnitote::Server
