// SPDX-License-Identifier: MIT
// The checkout side of a tote: the shopper's checkout, the live queue, claims, picking, completion.
#include "associatestore.h"
#include "pickstore.h"
#include "queuewatch.h"
#include "routes.h"

#include <QPointer>

namespace Omnitote::Server {

namespace {

/**
 * The signed-in associate behind the request, or the 403 to answer. `pathStore` (when the path
 * names a store) must be the associate's own.
 */
std::optional<Actor> actorOf(const ApiRequest &request, Storage &storage, ApiResponse *refusal,
                             const QString &pathStore = {})
{
    const Principal &who = request.principal;
    const auto record = who.associateId.isEmpty() ? std::nullopt : storage.associates().byId(who.associateId);
    if (!record) {
        *refusal =
            problem(Status::Forbidden,
                    QStringLiteral("Sign in as an associate (POST /v1/associates/sign-in) to do this."),
                    {{QStringLiteral("reason"), QStringLiteral("sign-in-required")}});
        return std::nullopt;
    }
    if (!pathStore.isEmpty() && pathStore != who.storeId) {
        *refusal =
            problem(Status::Forbidden, QStringLiteral("This token belongs to store %1.").arg(who.storeId),
                    {{QStringLiteral("reason"), QStringLiteral("other-store")}});
        return std::nullopt;
    }
    return Actor {who.associateId, who.storeId, record->staffNumber};
}

/** Reads `{"qty": n}` into `*qty` when present (a whole number 1-999; absent leaves it empty); false
 * with `*rejected` set otherwise. (An out-parameter: GCC's -O3 warns on a returned nested optional.) */
bool readOptionalQty(const QJsonObject &body, std::optional<int> *qty, ApiResponse *rejected)
{
    const QJsonValue value = body.value(QStringLiteral("qty"));
    qty->reset();
    if (value.isUndefined())
        return true;
    if (!value.isDouble() || value.toDouble() != double(value.toInt()) || value.toInt() < 1
        || value.toInt() > 999) {
        *rejected =
            problem(Status::BadRequest, QStringLiteral("\"qty\" must be a whole number from 1 to 999."));
        return false;
    }
    *qty = value.toInt();
    return true;
}

} // namespace

void addPickRoutes(Router &router, Storage &storage, QObject *context)
{
    using Role = Principal::Role;
    using Method = Router::Method;
    auto *watch = new QueueWatch;
    watch->setParent(context);
    PickStore &picks = storage.picks();
    QPointer<QueueWatch> weakWatch(watch);
    picks.setQueueChanged([weakWatch](const QString &storeId) {
        if (weakWatch)
            weakWatch->bump(storeId);
    });
    // A claim left alone expires; the queue shows that, so waiters hear about it then.
    const auto bumpAtClaimExpiry = [watch, &picks](const QString &storeId) {
        watch->bumpLater(storeId, (picks.claimSeconds() + 1) * 1000);
    };

    router.add(Method::Post, QStringLiteral("/v1/totes/{id}/checkout"), {Role::Device},
               [&storage, &picks](const ApiRequest &request) {
                   const QString toteId = request.args.at(0);
                   const StoreOutcome checkedOut = picks.checkout(toteId, request.principal.storeId);
                   if (!checkedOut.ok())
                       return outcomeResponse(checkedOut, Status::Ok);
                   StoreOutcome tote = storage.totes().tote(toteId, request.principal.storeId);
                   for (auto it = checkedOut.json.constBegin(); it != checkedOut.json.constEnd(); ++it)
                       tote.json.insert(it.key(), it.value());
                   return outcomeResponse(tote, Status::Ok);
               });

    router.add(
        Method::Get, QStringLiteral("/v1/stores/{id}/checkout-queue"), {Role::Associate},
        [&storage, &picks, watch](const ApiRequest &request) {
            ApiResponse refusal;
            const auto actor = actorOf(request, storage, &refusal, request.args.at(0));
            if (!actor)
                return refusal;
            QueryParams params(request.http);
            const int wait = params.integer(QStringLiteral("wait"), 0, 0, 25);
            const QString afterText = params.text(QStringLiteral("after"), 20);
            if (!params.ok())
                return problem(Status::BadRequest, params.error());
            bool hasAfter = false;
            const qint64 after = afterText.toLongLong(&hasAfter);
            if (!afterText.isEmpty() && !hasAfter)
                return problem(Status::BadRequest,
                               QStringLiteral("\"after\" must be a version from an earlier answer."));
            const QString storeId = actor->storeId;
            const QString viewer = actor->associateId;
            // Reads the queue when answering, so a woken waiter sees the change that woke it.
            const auto answer = [&picks, watch, storeId, viewer, hasAfter, after]() {
                const qint64 version = watch->version(storeId);
                const auto totes = picks.queue(storeId, viewer);
                if (!totes)
                    return problem(Status::ServiceUnavailable,
                                   QStringLiteral("The database could not read the queue."))
                        .withHeader("Retry-After", "1");
                return json({{QStringLiteral("storeId"), storeId},
                             {QStringLiteral("version"), version},
                             {QStringLiteral("changed"), !hasAfter || version != after},
                             {QStringLiteral("totes"), *totes}});
            };
            if (!hasAfter || wait == 0 || after != watch->version(storeId))
                return answer();
            auto deferred = std::make_shared<DeferredResponse>();
            if (!watch->wait(storeId, wait * 1000, [deferred, answer](bool) { deferred->resolve(answer()); }))
                return problem(Status::ServiceUnavailable,
                               QStringLiteral("Too many waiting requests; retry shortly."))
                    .withHeader("Retry-After", "2");
            return later(deferred);
        });

    router.add(Method::Get, QStringLiteral("/v1/stores/{id}/totes/lookup"), {Role::Associate},
               [&storage, &picks](const ApiRequest &request) {
                   ApiResponse refusal;
                   const auto actor = actorOf(request, storage, &refusal, request.args.at(0));
                   if (!actor)
                       return refusal;
                   QueryParams params(request.http);
                   const QString code = params.text(QStringLiteral("code"), 200);
                   if (!params.ok() || code.trimmed().isEmpty())
                       return problem(Status::BadRequest,
                                      params.ok() ? QStringLiteral("Parameter \"code\" is required.")
                                                  : params.error());
                   return outcomeResponse(picks.lookup(actor->storeId, code, actor->associateId), Status::Ok);
               });

    router.add(Method::Post, QStringLiteral("/v1/totes/{id}/claim"), {Role::Associate},
               [&storage, &picks, bumpAtClaimExpiry](const ApiRequest &request) {
                   ApiResponse refusal;
                   const auto actor = actorOf(request, storage, &refusal);
                   if (!actor)
                       return refusal;
                   const StoreOutcome outcome = picks.claim(request.args.at(0), *actor);
                   if (outcome.ok())
                       bumpAtClaimExpiry(actor->storeId);
                   return outcomeResponse(outcome, Status::Ok);
               });

    router.add(Method::Delete, QStringLiteral("/v1/totes/{id}/claim"), {Role::Associate},
               [&storage, &picks](const ApiRequest &request) {
                   ApiResponse refusal;
                   const auto actor = actorOf(request, storage, &refusal);
                   if (!actor)
                       return refusal;
                   return outcomeResponse(picks.release(request.args.at(0), *actor), Status::Ok);
               });

    router.add(Method::Get, QStringLiteral("/v1/totes/{id}/pick-list"), {Role::Associate},
               [&storage, &picks](const ApiRequest &request) {
                   ApiResponse refusal;
                   const auto actor = actorOf(request, storage, &refusal);
                   if (!actor)
                       return refusal;
                   return outcomeResponse(picks.pickList(request.args.at(0), *actor), Status::Ok);
               });

    router.add(
        Method::Post, QStringLiteral("/v1/totes/{id}/pick"), {Role::Associate},
        [&storage, &picks, bumpAtClaimExpiry](const ApiRequest &request) {
            ApiResponse refusal;
            const auto actor = actorOf(request, storage, &refusal);
            if (!actor)
                return refusal;
            const auto body = jsonObjectBody(request.http, &refusal);
            if (!body)
                return refusal;
            const QJsonValue code = body->value(QStringLiteral("code"));
            const QJsonValue lineId = body->value(QStringLiteral("lineId"));
            if (!code.isString() || code.toString().trimmed().isEmpty() || code.toString().size() > 512
                || !(lineId.isUndefined() || lineId.isString()))
                return problem(Status::BadRequest,
                               QStringLiteral("Send {\"code\": \"<what the scanner read>\"} (optionally "
                                              "\"lineId\" and \"qty\")."));
            std::optional<int> qty;
            if (!readOptionalQty(*body, &qty, &refusal))
                return refusal;
            const ResolvedCode resolved = resolveScannedCode(storage, code.toString());
            const StoreOutcome outcome = picks.pick(request.args.at(0), *actor, code.toString(),
                                                    resolved.found, lineId.toString(), qty.value_or(1));
            if (outcome.ok())
                bumpAtClaimExpiry(actor->storeId);
            return outcomeResponse(outcome, Status::Ok);
        });

    router.add(Method::Post, QStringLiteral("/v1/totes/{id}/lines/{lineId}/short"), {Role::Associate},
               [&storage, &picks, bumpAtClaimExpiry](const ApiRequest &request) {
                   ApiResponse refusal;
                   const auto actor = actorOf(request, storage, &refusal);
                   if (!actor)
                       return refusal;
                   const auto body = jsonObjectBody(request.http, &refusal, true);
                   if (!body)
                       return refusal;
                   std::optional<int> qty;
                   if (!readOptionalQty(*body, &qty, &refusal))
                       return refusal;
                   const StoreOutcome outcome =
                       picks.markShort(request.args.at(0), *actor, request.args.at(1), qty);
                   if (outcome.ok())
                       bumpAtClaimExpiry(actor->storeId);
                   return outcomeResponse(outcome, Status::Ok);
               });

    router.add(Method::Post, QStringLiteral("/v1/totes/{id}/lines/{lineId}/substitute"), {Role::Associate},
               [&storage, &picks, bumpAtClaimExpiry](const ApiRequest &request) {
                   ApiResponse refusal;
                   const auto actor = actorOf(request, storage, &refusal);
                   if (!actor)
                       return refusal;
                   const auto body = jsonObjectBody(request.http, &refusal);
                   if (!body)
                       return refusal;
                   const QJsonValue variantId = body->value(QStringLiteral("variantId"));
                   if (!variantId.isString() || variantId.toString().isEmpty())
                       return problem(Status::BadRequest,
                                      QStringLiteral("Send {\"variantId\": \"...\", "
                                                     "\"shopperConsent\": true}."));
                   // The shopper says yes on the spot; the app sends it, and nothing is swapped without it.
                   if (body->value(QStringLiteral("shopperConsent")) != QJsonValue(true))
                       return problem(Status::BadRequest,
                                      QStringLiteral("Ask the shopper first: a substitute needs "
                                                     "\"shopperConsent\": true."),
                                      {{QStringLiteral("reason"), QStringLiteral("consent-required")}});
                   const StoreOutcome outcome =
                       picks.substitute(request.args.at(0), *actor, request.args.at(1), variantId.toString());
                   if (outcome.ok())
                       bumpAtClaimExpiry(actor->storeId);
                   return outcomeResponse(outcome, Status::Ok);
               });

    router.add(Method::Post, QStringLiteral("/v1/totes/{id}/complete"), {Role::Associate},
               [&storage, &picks](const ApiRequest &request) {
                   ApiResponse refusal;
                   const auto actor = actorOf(request, storage, &refusal);
                   if (!actor)
                       return refusal;
                   return outcomeResponse(picks.complete(request.args.at(0), *actor), Status::Ok);
               });
}

} // namespace Omnitote::Server
