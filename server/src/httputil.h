// SPDX-License-Identifier: MIT
#pragma once

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace Omnitote::Server {

using Status = QHttpServerResponse::StatusCode;

/** What a handler answers; the server adds the common headers and compression when it writes it. */
struct ApiResponse
{
    Status status = Status::Ok;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    ApiResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

/** An RFC 9457 application/problem+json response with a human `detail`. */
ApiResponse problem(Status status, const QString &detail, const QJsonObject &extra = {});
ApiResponse json(const QJsonObject &body, Status status = Status::Ok);

/** True when the request says its body is JSON (a Content-Type starting with application/json). */
bool hasJsonBody(const QHttpServerRequest &request);
/**
 * The request body as a JSON object; otherwise std::nullopt and `*error` is the 415 (not JSON) or
 * 400 (malformed, not an object) answer. An empty body is `{}` when `emptyIsObject`.
 */
std::optional<QJsonObject> jsonObjectBody(const QHttpServerRequest &request, ApiResponse *error,
                                          bool emptyIsObject = false);

/**
 * Reads and validates query parameters; the first problem found is kept so a handler can answer
 * one clear 400 instead of guessing.
 */
class QueryParams
{
public:
    explicit QueryParams(const QHttpServerRequest &request);

    QString text(const QString &name, int maxLength = 200);
    int integer(const QString &name, int fallback, int min, int max);
    std::optional<bool> boolean(const QString &name);
    /** One of `allowed`, or `fallback` when absent. */
    QString oneOf(const QString &name, const QStringList &allowed, const QString &fallback);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    void fail(const QString &error);
    QUrlQuery m_query;
    QString m_error;
};

} // namespace Omnitote::Server
