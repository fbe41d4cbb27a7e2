// SPDX-License-Identifier: MIT
#pragma once

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>

namespace Omnitote::Server {

using Status = QHttpServerResponse::StatusCode;

class DeferredResponse;

/** What a handler answers; the server adds the common headers and compression when it writes it. */
struct ApiResponse
{
    Status status = Status::Ok;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    /** Set when the handler answers later (long-poll, slow hashing); the fields above are unused. */
    std::shared_ptr<DeferredResponse> deferred = {};

    ApiResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

/**
 * An answer a handler gives later, from the server thread: it returns `later(deferred)` at once,
 * keeps the DeferredResponse, and calls resolve() exactly once when the answer is ready. The server
 * keeps the connection's responder meanwhile, so nothing blocks and other requests carry on.
 * Resolving after the client went away is harmless (the answer is dropped).
 */
class DeferredResponse
{
public:
    void resolve(ApiResponse response)
    {
        if (m_resolved)
            return;
        m_resolved = true;
        if (m_writer)
            m_writer(std::move(response));
        else
            m_early = std::move(response);
    }
    bool isResolved() const { return m_resolved; }
    /** The server's side: `writer` gets the answer (now, if it came before the handler returned). */
    void setWriter(std::function<void(ApiResponse)> writer)
    {
        m_writer = std::move(writer);
        if (m_early) {
            m_writer(std::move(*m_early));
            m_early.reset();
        }
    }

private:
    bool m_resolved = false;
    std::optional<ApiResponse> m_early;
    std::function<void(ApiResponse)> m_writer;
};

inline ApiResponse later(std::shared_ptr<DeferredResponse> deferred)
{
    ApiResponse response;
    response.deferred = std::move(deferred);
    return response;
}

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
