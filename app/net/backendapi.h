// SPDX-License-Identifier: MIT
#pragma once

#include "apitypes.h"
#include "associatetypes.h"
#include "httpclient.h"
#include "jsonreply.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

namespace Omnitote {

/** One REST call in flight: finished() once, then json() or error(). Deleting it cancels the call. */
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_result.ok(); }
    QJsonDocument json() const { return m_result.json; }
    /** Set when the call failed: a problem+json message, a transport error, or a decoding error. */
    std::optional<ApiError> error() const { return m_result.error; }
    QString errorMessage() const { return m_result.error ? m_result.error->message() : QString(); }
    int status() const;

Q_SIGNALS:
    void finished();

protected:
    explicit ApiCall(HttpReply *reply, QObject *parent);
    /** Decodes the typed result; returning false turns the call into an error with `*error`. */
    virtual bool decode(const QJsonObject &json, QString *error);

private:
    void onReplyFinished();

    QPointer<HttpReply> m_reply;
    ApiResult m_result;
    bool m_finished = false;
    friend class BackendApi;
};

/** A call whose JSON answer decodes into `Result` (through `Result::fromJson(json, &error)`). */
template<typename Result>
class TypedCall : public ApiCall
{
public:
    const std::optional<Result> &result() const { return m_value; }

private:
    using ApiCall::ApiCall;
    bool decode(const QJsonObject &json, QString *error) override
    {
        m_value = Result::fromJson(json, error);
        return m_value.has_value();
    }
    std::optional<Result> m_value;
    friend class BackendApi;
};

using LookupCall = TypedCall<LookupResult>;
using ProductCall = TypedCall<Product>;
using DeviceContextCall = TypedCall<DeviceContext>;
using ToteCall = TypedCall<ServerTote>;
using AssociateSignInCall = TypedCall<AssociateSignIn>;
using CheckoutCall = TypedCall<CheckoutResult>;
using CheckoutQueueCall = TypedCall<CheckoutQueue>;
using ToteLookupCall = TypedCall<ToteLookup>;
using PickListCall = TypedCall<PickList>;
using CompleteCall = TypedCall<CompleteResult>;

/**
 * The kiosk's one facade over omnitote-server's REST API (server/openapi.yaml).
 * Calls are children of the API object until the caller reparents or deletes them.
 */
class BackendApi : public QObject
{
    Q_OBJECT
public:
    explicit BackendApi(HttpClient *client, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }
    bool isConfigured() const { return m_baseUrl.isValid() && !m_token.isEmpty(); }
    /** Resolves a server-relative URL (e.g. an image path) against the backend. */
    QUrl resolve(const QString &relative) const;

    LookupCall *lookup(const QString &code);
    ProductCall *product(const QString &productId);
    DeviceContextCall *me();
    ApiCall *health();
    /**
     * POST /v1/totes: a new, empty tote for this device's store. With a client-chosen id the call is
     * idempotent: repeating it answers the same tote instead of creating another.
     */
    ToteCall *createTote(const QString &clientId = {});
    /** GET /v1/totes/{id}. */
    ToteCall *tote(const QString &toteId);
    /**
     * POST /v1/totes/{id}/ops: applies the batch in order, all or nothing; answers the new state.
     * `changedLinesOnly` (?lines=changed): the answer lists only the lines the batch named, so its
     * size follows the batch rather than the tote.
     */
    ToteCall *applyToteOps(const QString &toteId, const QJsonArray &ops, bool changedLinesOnly = false);

    // Associates, checkout queue and picking (docs/API.md). Sign-in and checkout take a device token;
    // the rest the associate token sign-in answered.
    /** POST /v1/associates/sign-in with a badge payload. */
    AssociateSignInCall *signInWithBadge(const QString &badge);
    /** POST /v1/associates/sign-in with a staff number and PIN. */
    AssociateSignInCall *signInWithPin(const QString &staffNumber, const QString &pin);
    ApiCall *signOutAssociate();
    /** POST /v1/totes/{id}/checkout: the shopper is done; the tote waits for an associate. */
    CheckoutCall *checkoutTote(const QString &toteId);
    /**
     * GET /v1/stores/{id}/checkout-queue. With `afterVersion` and `waitSeconds` > 0 the server holds
     * the call until the queue changes or the wait ends (a long-poll); the time limit allows for it.
     */
    CheckoutQueueCall *checkoutQueue(const QString &storeId, qint64 afterVersion = 0, int waitSeconds = 0);
    /** GET /v1/stores/{id}/totes/lookup?code=: a tote's QR payload, id or pickup code. */
    ToteLookupCall *lookupTote(const QString &storeId, const QString &code);
    PickListCall *claimTote(const QString &toteId);
    PickListCall *releaseTote(const QString &toteId);
    PickListCall *pickList(const QString &toteId);
    /** POST /v1/totes/{id}/pick: what the scanner read; the server decides whether it belongs. */
    PickListCall *pick(const QString &toteId, const QString &code);
    PickListCall *markShort(const QString &toteId, const QString &lineId);
    PickListCall *substitute(const QString &toteId, const QString &lineId, const QString &variantId,
                             bool shopperConsent);
    CompleteCall *completeTote(const QString &toteId);

    /** Any other GET: `path` below the base URL, e.g. "/v1/products". */
    ApiCall *get(const QString &path, const QUrlQuery &query = {});
    ApiCall *post(const QString &path, const QJsonObject &body);

private:
    template<typename Call>
    Call *start(HttpRequest request);
    HttpRequest request(const QString &path, const QUrlQuery &query = {}) const;
    HttpRequest jsonPost(const QString &path, const QJsonObject &body) const;
    QString totePath(const QString &toteId, const QString &rest = {}) const;
    static QString segment(const QString &id);

    HttpClient *m_client;
    QUrl m_baseUrl;
    QString m_token;
};

} // namespace Omnitote
