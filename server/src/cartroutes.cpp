// SPDX-License-Identifier: MIT
#include "routes.h"
#include "servertotestore.h"

namespace Omnitote::Server {

namespace {

/** Whether the caller may read and edit this cart: its customer, or a kiosk with a tote linked to it. */
bool mayUseCart(ToteStore &totes, const Principal &principal, const QString &cartId)
{
    if (principal.role == Principal::Role::Customer) {
        const auto customer = totes.customer(principal.customerId);
        return customer && customer->cartId == cartId;
    }
    return totes.storeMaySeeCart(cartId, principal.storeId);
}

ApiResponse cartResponse(const StoreOutcome &outcome)
{
    ApiResponse response = outcomeResponse(outcome, Status::Ok);
    if (outcome.ok())
        response.withHeader("ETag", '"' + QByteArray::number(outcome.cartVersion) + '"');
    return response;
}

ApiResponse noSuchCart(const QString &cartId)
{
    // Same answer for "missing" and "not yours": cart ids are not to be probed.
    return problem(Status::NotFound,
                   QStringLiteral("There is no cart \"%1\" for this token.").arg(cartId.left(64)));
}

/** The version an If-Match header names ("7", W/"7" or 7); -1 when it names none. */
qint64 ifMatchVersion(const QByteArray &header)
{
    QByteArray value = header.trimmed();
    if (value.startsWith("W/"))
        value = value.mid(2);
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    bool ok = false;
    const qint64 version = value.toLongLong(&ok);
    return ok && version >= 0 ? version : -1;
}

} // namespace

void addCartRoutes(Router &router, Storage &storage)
{
    using Role = Principal::Role;
    using Method = Router::Method;
    ToteStore &totes = storage.totes();

    router.add(Method::Get, QStringLiteral("/v1/carts/{id}"), {Role::Device, Role::Customer},
               [&totes](const ApiRequest &request) {
                   const QString cartId = request.args.at(0);
                   if (!mayUseCart(totes, request.principal, cartId))
                       return noSuchCart(cartId);
                   const auto outcome = totes.cart(cartId);
                   const QByteArray etag = '"' + QByteArray::number(outcome.cartVersion) + '"';
                   if (outcome.ok() && request.http.value("If-None-Match").trimmed() == etag)
                       return ApiResponse {Status::NotModified, {}, {}, {}}.withHeader("ETag", etag);
                   return cartResponse(outcome);
               });

    router.add(Method::Post, QStringLiteral("/v1/carts/{id}/ops"), {Role::Device, Role::Customer},
               [&totes](const ApiRequest &request) {
                   const QString cartId = request.args.at(0);
                   if (!mayUseCart(totes, request.principal, cartId))
                       return noSuchCart(cartId);
                   const QByteArray ifMatch = request.http.value("If-Match");
                   if (ifMatch.trimmed().isEmpty())
                       return problem(Status::PreconditionRequired,
                                      QStringLiteral("Send If-Match with the cart's ETag, so a change made "
                                                     "meanwhile elsewhere is not overwritten."));
                   const qint64 expected = ifMatchVersion(ifMatch);
                   if (expected < 0)
                       return problem(Status::BadRequest,
                                      QStringLiteral("If-Match must be the cart's ETag, for example \"3\"."));
                   if (!hasJsonBody(request.http))
                       return problem(Status::UnsupportedMediaType,
                                      QStringLiteral("Send the body as application/json."));
                   QString error;
                   const auto ops = parseOps(request.http.body(), OpsDialect::Cart, &error);
                   if (!ops)
                       return problem(Status::BadRequest, error);
                   return cartResponse(totes.applyCartOps(cartId, expected, *ops));
               });
}

} // namespace Omnitote::Server
