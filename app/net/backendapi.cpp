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

ToteCall *BackendApi::applyToteOps(const QString &toteId, const QJsonArray &ops)
{
    return start<ToteCall>(jsonPost(QStringLiteral("/v1/totes/") + segment(toteId) + QStringLiteral("/ops"),
                                    {{QStringLiteral("ops"), ops}}));
}

} // namespace Omnitote
