// SPDX-License-Identifier: MIT
#include "customerqr.h"
#include "routes.h"
#include "servertotestore.h"

#include <QUrlQuery>

#include <memory>

namespace Omnitote::Server {

ApiResponse outcomeResponse(const StoreOutcome &outcome, Status okStatus)
{
    switch (outcome.error) {
    case StoreOutcome::Error::None:
        return json(outcome.json, okStatus);
    case StoreOutcome::Error::NotFound:
        return problem(Status::NotFound, outcome.detail, outcome.json);
    case StoreOutcome::Error::Invalid:
        return problem(Status::BadRequest, outcome.detail, outcome.json);
    case StoreOutcome::Error::Conflict:
        return problem(Status::Conflict, outcome.detail, outcome.json);
    case StoreOutcome::Error::PreconditionFailed:
        return problem(Status::PreconditionFailed, outcome.detail, outcome.json);
    case StoreOutcome::Error::Unprocessable:
        return problem(Status::UnprocessableEntity, outcome.detail, outcome.json);
    case StoreOutcome::Error::Forbidden:
        return problem(Status::Forbidden, outcome.detail, outcome.json);
    case StoreOutcome::Error::TooManyRequests:
        return problem(Status::TooManyRequests, outcome.detail, outcome.json)
            .withHeader("Retry-After",
                        QByteArray::number(outcome.json.value(QStringLiteral("retryAfter")).toInteger()));
    case StoreOutcome::Error::Failed:
        break;
    }
    return problem(Status::ServiceUnavailable, outcome.detail).withHeader("Retry-After", "1");
}

namespace {

/** The QR signing key, read from the database once and then kept (it never changes). */
class QrKey
{
public:
    explicit QrKey(ToteStore &totes) : m_totes(totes) { }
    const QByteArray &get()
    {
        if (m_key.isEmpty()) {
            QString error;
            m_key = m_totes.qrSecret(&error);
        }
        return m_key;
    }

private:
    ToteStore &m_totes;
    QByteArray m_key;
};

ApiResponse qrProblem(CustomerQr::Problem problemKind)
{
    switch (problemKind) {
    case CustomerQr::Problem::Malformed:
        return problem(Status::BadRequest,
                       QStringLiteral("That is not an Omnitote customer QR code; open the app's code "
                                      "and scan it again."),
                       {{QStringLiteral("reason"), QStringLiteral("qr-malformed")}});
    case CustomerQr::Problem::BadSignature:
        return problem(Status::Forbidden, QStringLiteral("The QR code's signature is not valid."),
                       {{QStringLiteral("reason"), QStringLiteral("qr-signature")}});
    case CustomerQr::Problem::Expired:
        return problem(Status::Forbidden,
                       QStringLiteral("The QR code has expired; the app shows a fresh one when reopened."),
                       {{QStringLiteral("reason"), QStringLiteral("qr-expired")}});
    case CustomerQr::Problem::None:
        break;
    }
    return problem(Status::InternalServerError, QStringLiteral("Unexpected QR check result."));
}

} // namespace

void addToteRoutes(Router &router, Storage &storage, EmailService &email)
{
    using Role = Principal::Role;
    using Method = Router::Method;
    ToteStore &totes = storage.totes();

    router.add(
        Method::Post, QStringLiteral("/v1/totes"), {Role::Device}, [&totes](const ApiRequest &request) {
            ApiResponse rejected;
            const auto body = jsonObjectBody(request.http, &rejected, true);
            if (!body)
                return rejected;
            const auto id = body->value(QStringLiteral("id"));
            if (!id.isUndefined() && !isClientId(id.toString()))
                return problem(Status::BadRequest,
                               QStringLiteral("\"id\" must be 1-64 characters of A-Z a-z 0-9 . _ : -"));
            const auto outcome =
                totes.createTote(request.principal.storeId, id.toString(), request.principal.label);
            return outcomeResponse(outcome, outcome.created ? Status::Created : Status::Ok);
        });

    router.add(Method::Get, QStringLiteral("/v1/totes/{id}"),
               {Role::Device, Role::Associate, Role::Admin, Role::Pos}, [&totes](const ApiRequest &request) {
                   // A store-bound token sees its own store's totes only; an admin without a store, all.
                   return outcomeResponse(totes.tote(request.args.at(0), request.principal.storeId),
                                          Status::Ok);
               });

    router.add(
        Method::Post, QStringLiteral("/v1/totes/{id}/ops"), {Role::Device},
        [&totes](const ApiRequest &request) {
            if (!hasJsonBody(request.http))
                return problem(Status::UnsupportedMediaType,
                               QStringLiteral("Send the body as application/json."));
            // ?lines=changed: the answer lists only the lines this batch named (a kiosk that
            // keeps its own copy of the tote); the default is every live line.
            const QString linesWanted = request.http.query().queryItemValue(QStringLiteral("lines"));
            if (!linesWanted.isEmpty() && linesWanted != QLatin1String("all")
                && linesWanted != QLatin1String("changed"))
                return problem(Status::BadRequest, QStringLiteral("\"lines\" must be all or changed."));
            QString error;
            const auto ops = parseOps(request.http.body(), OpsDialect::Tote, &error);
            if (!ops)
                return problem(Status::BadRequest, error);
            const auto answerLines = linesWanted == QLatin1String("changed") ? ToteStore::AnswerLines::Changed
                                                                             : ToteStore::AnswerLines::All;
            return outcomeResponse(
                totes.applyOps(request.args.at(0), request.principal.storeId, *ops, answerLines), Status::Ok);
        });

    auto key = std::make_shared<QrKey>(totes);
    router.add(Method::Post, QStringLiteral("/v1/totes/{id}/customer"), {Role::Device},
               [&totes, &email, key](const ApiRequest &request) {
                   ApiResponse rejected;
                   const auto body = jsonObjectBody(request.http, &rejected);
                   if (!body)
                       return rejected;
                   const auto qr = body->value(QStringLiteral("qr"));
                   if (!qr.isString() && body->contains(QStringLiteral("code")))
                       return linkByEmailCode(email, request, *body);
                   if (!qr.isString()) {
                       // A loyalty number is printed on a card and easy to guess: on its own it never
                       // opens a cart.
                       return problem(
                           Status::BadRequest,
                           body->contains(QStringLiteral("loyaltyNumber"))
                               ? QStringLiteral("A loyalty number alone does not identify a customer; "
                                                "scan the QR code in the customer's app.")
                               : QStringLiteral("Send {\"qr\": \"<payload of the customer's QR code>\"}."),
                           {{QStringLiteral("reason"), QStringLiteral("qr-required")}});
                   }
                   if (key->get().isEmpty())
                       return problem(Status::ServiceUnavailable,
                                      QStringLiteral("The signing key is unavailable."));
                   const auto verified =
                       CustomerQr(key->get()).verify(qr.toString(), QDateTime::currentDateTimeUtc());
                   if (verified.problem != CustomerQr::Problem::None)
                       return qrProblem(verified.problem);
                   const auto outcome =
                       totes.linkCustomer(request.args.at(0), request.principal.storeId, verified.customerId);
                   ApiResponse response = outcomeResponse(outcome, Status::Ok);
                   if (outcome.ok())
                       response.withHeader("ETag", '"' + QByteArray::number(outcome.cartVersion) + '"');
                   return response;
               });
}

} // namespace Omnitote::Server
