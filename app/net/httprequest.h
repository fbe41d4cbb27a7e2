// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace Omnitote {

/** One HTTP call as a plain value: what HttpClient::send() puts on the wire. */
struct HttpRequest
{
    enum class Method { Get, Post, Put, Patch, Delete };

    Method method = Method::Get;
    QUrl url;
    // Sent in this order; a Content-Type here replaces libcurl's form-urlencoded default.
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // 0 means "use HttpClient::defaultTimeoutMs()"; covers the whole call, connect included.
    int timeoutMs = 0;
};

} // namespace Omnitote
