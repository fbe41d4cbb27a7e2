// SPDX-License-Identifier: MIT
#pragma once

#include "authenticator.h"
#include "httputil.h"

#include <functional>

namespace Omnitote::Server {

/** A request as a handler sees it: captured path segments and, on protected routes, the caller. */
struct ApiRequest
{
    const QHttpServerRequest &http;
    QStringList args;
    Principal principal;
};

using RouteHandler = std::function<ApiResponse(const ApiRequest &)>;

/**
 * Matches method + path to a handler and enforces its roles.
 *
 * Qt HttpServer 6.4 answers a known path with the wrong method, or an unknown path, with an empty
 * 404; the API promises 405 and problem+json, so all requests come here through one handler.
 * Order of checks: path (404), method (405), token (401), role (403), then the handler.
 */
class Router
{
public:
    using Method = QHttpServerRequest::Method;
    using Role = Principal::Role;

    /** `pattern` like "/v1/products/{id}/reviews"; an empty `roles` list makes the route public. */
    void add(Method method, const QString &pattern, QList<Role> roles, RouteHandler handler);

    ApiResponse dispatch(const QHttpServerRequest &request, Authenticator &authenticator) const;

private:
    struct Route
    {
        Method method;
        QStringList segments;
        QList<Role> roles;
        RouteHandler handler;
    };
    static bool matches(const Route &route, const QStringList &path, QStringList *args);

    QList<Route> m_routes;
};

} // namespace Omnitote::Server
