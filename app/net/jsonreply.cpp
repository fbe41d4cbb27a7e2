// SPDX-License-Identifier: MIT
#include "jsonreply.h"

#include <QCoreApplication>

namespace Omnitote {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Omnitote::JsonReply", text);
}

// "application/problem+json; charset=utf-8" -> "application/problem+json"
QByteArray mediaType(const HttpReply &reply)
{
    QByteArray type = reply.header("Content-Type");
    if (const qsizetype semicolon = type.indexOf(';'); semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

bool isJsonType(const QByteArray &type)
{
    return type == "application/json" || type.endsWith("+json");
}

QString transportTitle(HttpReply::Error error)
{
    switch (error) {
    case HttpReply::Error::Timeout:
        return tr("The server did not answer in time");
    case HttpReply::Error::Tls:
        return tr("The secure connection failed");
    case HttpReply::Error::Cancelled:
        return tr("The request was cancelled");
    case HttpReply::Error::TooLarge:
        return tr("The response was too large");
    case HttpReply::Error::Network:
    case HttpReply::Error::None:
        break;
    }
    return tr("The server could not be reached");
}

} // namespace

QString ApiError::message() const
{
    if (!detail.isEmpty())
        return detail;
    if (!title.isEmpty())
        return title;
    return QStringLiteral("HTTP %1").arg(status);
}

ApiResult decodeJsonReply(const HttpReply &reply)
{
    ApiResult result;
    if (!reply.isFinished()) {
        result.error =
            ApiError {0, tr("The request has not finished yet"), {}, {}, {}, HttpReply::Error::None};
        return result;
    }
    if (reply.error() != HttpReply::Error::None) {
        result.error = ApiError {reply.status(), transportTitle(reply.error()), reply.errorString(), {}, {},
                                 reply.error()};
        return result;
    }

    const int status = reply.status();
    const QByteArray type = mediaType(reply);
    const QByteArray body = reply.body();
    if (status < 200 || status > 299) {
        ApiError error;
        error.status = status;
        // Servers send problem details as application/problem+json; some frameworks say application/json.
        if (isJsonType(type)) {
            const QJsonDocument document = QJsonDocument::fromJson(body);
            if (document.isObject()) {
                error.problem = document.object();
                error.title = error.problem.value(QLatin1String("title")).toString();
                error.detail = error.problem.value(QLatin1String("detail")).toString();
                error.type = error.problem.value(QLatin1String("type")).toString();
            }
        }
        result.error = error;
        return result;
    }

    if (body.trimmed().isEmpty())
        return result;
    // A 2xx HTML page usually means a captive portal or proxy answered instead of our backend.
    if (!type.isEmpty() && !isJsonType(type)) {
        result.error = ApiError {status,
                                 tr("Unexpected response"),
                                 tr("The server sent %1 instead of JSON").arg(QString::fromLatin1(type)),
                                 {},
                                 {},
                                 HttpReply::Error::None};
        return result;
    }
    QJsonParseError parseError;
    result.json = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.json = {};
        result.error = ApiError {status,
                                 tr("Invalid response"),
                                 tr("The server sent invalid JSON: %1 at offset %2")
                                     .arg(parseError.errorString())
                                     .arg(parseError.offset),
                                 {},
                                 {},
                                 HttpReply::Error::None};
    }
    return result;
}

} // namespace Omnitote
