// SPDX-License-Identifier: MIT
#include "httputil.h"

#include <QJsonDocument>
#include <QMetaEnum>
#include <QUrlQuery>

namespace Omnitote::Server {

namespace {

QString reasonPhrase(Status status)
{
    switch (status) {
    case Status::BadRequest:
        return QStringLiteral("Bad Request");
    case Status::Unauthorized:
        return QStringLiteral("Unauthorized");
    case Status::Forbidden:
        return QStringLiteral("Forbidden");
    case Status::NotFound:
        return QStringLiteral("Not Found");
    case Status::MethodNotAllowed:
        return QStringLiteral("Method Not Allowed");
    case Status::Conflict:
        return QStringLiteral("Conflict");
    case Status::PreconditionFailed:
        return QStringLiteral("Precondition Failed");
    case Status::PreconditionRequired:
        return QStringLiteral("Precondition Required");
    case Status::PayloadTooLarge:
        return QStringLiteral("Payload Too Large");
    case Status::UnsupportedMediaType:
        return QStringLiteral("Unsupported Media Type");
    case Status::InternalServerError:
        return QStringLiteral("Internal Server Error");
    case Status::ServiceUnavailable:
        return QStringLiteral("Service Unavailable");
    default:
        return QString::fromLatin1(QMetaEnum::fromType<Status>().valueToKey(int(status)));
    }
}

} // namespace

ApiResponse problem(Status status, const QString &detail, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("type"), QStringLiteral("about:blank"));
    body.insert(QStringLiteral("title"), reasonPhrase(status));
    body.insert(QStringLiteral("status"), int(status));
    body.insert(QStringLiteral("detail"), detail);
    return {status,
            QByteArrayLiteral("application/problem+json"),
            QJsonDocument(body).toJson(QJsonDocument::Compact),
            {}};
}

ApiResponse json(const QJsonObject &body, Status status)
{
    return {status,
            QByteArrayLiteral("application/json"),
            QJsonDocument(body).toJson(QJsonDocument::Compact),
            {}};
}

bool hasJsonBody(const QHttpServerRequest &request)
{
    return request.value("Content-Type").toLower().startsWith("application/json");
}

std::optional<QJsonObject> jsonObjectBody(const QHttpServerRequest &request, ApiResponse *error,
                                          bool emptyIsObject)
{
    if (emptyIsObject && request.body().trimmed().isEmpty())
        return QJsonObject();
    if (!hasJsonBody(request)) {
        *error = problem(Status::UnsupportedMediaType, QStringLiteral("Send the body as application/json."));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const auto body = QJsonDocument::fromJson(request.body(), &parseError);
    if (!body.isObject()) {
        *error = problem(Status::BadRequest,
                         parseError.error != QJsonParseError::NoError
                             ? QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset)
                             : QStringLiteral("The body must be a JSON object."));
        return std::nullopt;
    }
    return body.object();
}

QueryParams::QueryParams(const QHttpServerRequest &request) : m_query(request.query()) { }

void QueryParams::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
}

QString QueryParams::text(const QString &name, int maxLength)
{
    const QString value = m_query.queryItemValue(name, QUrl::FullyDecoded);
    if (value.size() > maxLength) {
        fail(QStringLiteral("parameter \"%1\" is longer than %2 characters").arg(name).arg(maxLength));
        return {};
    }
    return value;
}

int QueryParams::integer(const QString &name, int fallback, int min, int max)
{
    if (!m_query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const int value = m_query.queryItemValue(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        fail(QStringLiteral("parameter \"%1\" must be a whole number from %2 to %3")
                 .arg(name)
                 .arg(min)
                 .arg(max));
        return fallback;
    }
    return value;
}

std::optional<bool> QueryParams::boolean(const QString &name)
{
    if (!m_query.hasQueryItem(name))
        return std::nullopt;
    const QString value = m_query.queryItemValue(name);
    if (value == QLatin1String("true") || value == QLatin1String("1"))
        return true;
    if (value == QLatin1String("false") || value == QLatin1String("0"))
        return false;
    fail(QStringLiteral("parameter \"%1\" must be true or false").arg(name));
    return std::nullopt;
}

QString QueryParams::oneOf(const QString &name, const QStringList &allowed, const QString &fallback)
{
    if (!m_query.hasQueryItem(name))
        return fallback;
    const QString value = m_query.queryItemValue(name);
    if (!allowed.contains(value)) {
        fail(QStringLiteral("parameter \"%1\" must be one of: %2")
                 .arg(name, allowed.join(QStringLiteral(", "))));
        return fallback;
    }
    return value;
}

} // namespace Omnitote::Server
