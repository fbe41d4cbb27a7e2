// SPDX-License-Identifier: MIT
#include "backendapi.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Omnitote {

ApiCall::ApiCall(HttpReply *reply, QObject *parent) : QObject(parent), m_reply(reply)
{
    reply->setParent(this);
    connect(reply, &HttpReply::finished, this, &ApiCall::onReplyFinished);
}

ApiCall::~ApiCall() = default; // the reply is our child: deleting it cancels the transfer

int ApiCall::status() const
{
    return m_result.error ? m_result.error->status : (m_reply ? m_reply->status() : 0);
}

bool ApiCall::decode(const QJsonObject &, QString *)
{
    return true;
}

void ApiCall::onReplyFinished()
{
    m_result = decodeJsonReply(*m_reply);
    if (m_result.ok()) {
        QString error;
        if (!decode(m_result.json.object(), &error)) {
            ApiError apiError;
            apiError.status = m_reply->status();
            apiError.detail = QStringLiteral("The server's answer could not be used: %1").arg(error);
            m_result.error = apiError;
        }
    }
    m_finished = true;
    Q_EMIT finished();
}

BackendApi::BackendApi(HttpClient *client, QObject *parent) : QObject(parent), m_client(client) { }

void BackendApi::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
    // Paths are appended, so the base never ends with a slash.
    QString path = m_baseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_baseUrl.setPath(path);
}

QUrl BackendApi::resolve(const QString &relative) const
{
    if (relative.isEmpty())
        return {};
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + relative);
    return url;
}

HttpRequest BackendApi::request(const QString &path, const QUrlQuery &query) const
{
    HttpRequest request;
    request.url = m_baseUrl;
    request.url.setPath(m_baseUrl.path() + path);
    request.url.setQuery(query);
    request.headers.append(qMakePair(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")));
    if (!m_token.isEmpty())
        request.headers.append(qMakePair(QByteArrayLiteral("Authorization"), "Bearer " + m_token.toUtf8()));
    return request;
}

template<typename Call>
Call *BackendApi::start(HttpRequest request)
{
    return new Call(m_client->send(request), this);
}

LookupCall *BackendApi::lookup(const QString &code)
{
    HttpRequest lookup = request(QStringLiteral("/v1/lookup"));
    // Percent-encode everything ourselves: a GS1 string carries GS, '+' and '&', which QUrlQuery
    // would leave ambiguous.
    lookup.url.setQuery(QStringLiteral("code=") + QString::fromLatin1(QUrl::toPercentEncoding(code)),
                        QUrl::StrictMode);
    return start<LookupCall>(lookup);
}

ProductCall *BackendApi::product(const QString &productId)
{
    return start<ProductCall>(request(QStringLiteral("/v1/products/") + segment(productId)));
}

DeviceContextCall *BackendApi::me()
{
    return start<DeviceContextCall>(request(QStringLiteral("/v1/me")));
}

ApiCall *BackendApi::health()
{
    return start<ApiCall>(request(QStringLiteral("/v1/health")));
}

ApiCall *BackendApi::get(const QString &path, const QUrlQuery &query)
{
    return start<ApiCall>(request(path, query));
}

HttpRequest BackendApi::jsonPost(const QString &path, const QJsonObject &body) const
{
    HttpRequest post = request(path);
    post.method = HttpRequest::Method::Post;
    post.headers.append(qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")));
    post.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return post;
}

QString BackendApi::segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

ApiCall *BackendApi::post(const QString &path, const QJsonObject &body)
{
    return start<ApiCall>(jsonPost(path, body));
}

ToteCall *BackendApi::createTote(const QString &clientId)
{
    QJsonObject body;
    if (!clientId.isEmpty())
        body.insert(QStringLiteral("id"), clientId);
    return start<ToteCall>(jsonPost(QStringLiteral("/v1/totes"), body));
}

ToteCall *BackendApi::tote(const QString &toteId)
{
    return start<ToteCall>(request(QStringLiteral("/v1/totes/") + segment(toteId)));
}

ToteCall *BackendApi::applyToteOps(const QString &toteId, const QJsonArray &ops, bool changedLinesOnly)
{
    HttpRequest post = jsonPost(QStringLiteral("/v1/totes/") + segment(toteId) + QStringLiteral("/ops"),
                                {{QStringLiteral("ops"), ops}});
    if (changedLinesOnly)
        post.url.setQuery(QStringLiteral("lines=changed"));
    return start<ToteCall>(post);
}

} // namespace Omnitote

namespace Omnitote {

QString BackendApi::totePath(const QString &toteId, const QString &rest) const
{
    return QStringLiteral("/v1/totes/") + segment(toteId) + rest;
}

AssociateSignInCall *BackendApi::signInWithBadge(const QString &badge)
{
    return start<AssociateSignInCall>(
        jsonPost(QStringLiteral("/v1/associates/sign-in"), {{QStringLiteral("badge"), badge}}));
}

AssociateSignInCall *BackendApi::signInWithPin(const QString &staffNumber, const QString &pin)
{
    return start<AssociateSignInCall>(
        jsonPost(QStringLiteral("/v1/associates/sign-in"),
                 {{QStringLiteral("staffNumber"), staffNumber}, {QStringLiteral("pin"), pin}}));
}

ApiCall *BackendApi::signOutAssociate()
{
    return start<ApiCall>(jsonPost(QStringLiteral("/v1/associates/sign-out"), {}));
}

CheckoutCall *BackendApi::checkoutTote(const QString &toteId)
{
    return start<CheckoutCall>(jsonPost(totePath(toteId, QStringLiteral("/checkout")), {}));
}

CheckoutQueueCall *BackendApi::checkoutQueue(const QString &storeId, qint64 afterVersion, int waitSeconds)
{
    QUrlQuery query;
    if (afterVersion > 0 && waitSeconds > 0) {
        query.addQueryItem(QStringLiteral("after"), QString::number(afterVersion));
        query.addQueryItem(QStringLiteral("wait"), QString::number(waitSeconds));
    }
    HttpRequest get =
        request(QStringLiteral("/v1/stores/") + segment(storeId) + QStringLiteral("/checkout-queue"), query);
    // The server may hold the call for the whole wait; a few seconds more cover the network.
    if (waitSeconds > 0)
        get.timeoutMs = (waitSeconds + 10) * 1000;
    return start<CheckoutQueueCall>(get);
}

ToteLookupCall *BackendApi::lookupTote(const QString &storeId, const QString &code)
{
    HttpRequest get =
        request(QStringLiteral("/v1/stores/") + segment(storeId) + QStringLiteral("/totes/lookup"));
    // Percent-encode everything ourselves: a typed code may hold '+' or '&'.
    get.url.setQuery(QStringLiteral("code=") + QString::fromLatin1(QUrl::toPercentEncoding(code)),
                     QUrl::StrictMode);
    return start<ToteLookupCall>(get);
}

PickListCall *BackendApi::claimTote(const QString &toteId)
{
    return start<PickListCall>(jsonPost(totePath(toteId, QStringLiteral("/claim")), {}));
}

PickListCall *BackendApi::releaseTote(const QString &toteId)
{
    HttpRequest del = request(totePath(toteId, QStringLiteral("/claim")));
    del.method = HttpRequest::Method::Delete;
    return start<PickListCall>(del);
}

PickListCall *BackendApi::pickList(const QString &toteId)
{
    return start<PickListCall>(request(totePath(toteId, QStringLiteral("/pick-list"))));
}

PickListCall *BackendApi::pick(const QString &toteId, const QString &code)
{
    return start<PickListCall>(
        jsonPost(totePath(toteId, QStringLiteral("/pick")), {{QStringLiteral("code"), code}}));
}

PickListCall *BackendApi::markShort(const QString &toteId, const QString &lineId)
{
    return start<PickListCall>(jsonPost(
        totePath(toteId, QStringLiteral("/lines/") + segment(lineId) + QStringLiteral("/short")), {}));
}

PickListCall *BackendApi::substitute(const QString &toteId, const QString &lineId, const QString &variantId,
                                     bool shopperConsent)
{
    return start<PickListCall>(jsonPost(
        totePath(toteId, QStringLiteral("/lines/") + segment(lineId) + QStringLiteral("/substitute")),
        {{QStringLiteral("variantId"), variantId}, {QStringLiteral("shopperConsent"), shopperConsent}}));
}

CompleteCall *BackendApi::completeTote(const QString &toteId)
{
    return start<CompleteCall>(jsonPost(totePath(toteId, QStringLiteral("/complete")), {}));
}

} // namespace Omnitote
