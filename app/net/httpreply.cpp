// SPDX-License-Identifier: MIT
#include "httpreply.h"

#include "httpclient.h"

namespace Omnitote {

HttpReply::HttpReply(HttpClient *client, const QUrl &url) : QObject(client), m_client(client), m_url(url) { }

HttpReply::~HttpReply()
{
    if (m_client)
        m_client->cancelTransfer(this);
}

QByteArray HttpReply::header(QByteArrayView name) const
{
    QByteArray value;
    for (const auto &[key, fieldValue] : m_headers) {
        if (name.compare(key, Qt::CaseInsensitive) != 0)
            continue;
        if (!value.isEmpty())
            value += ", ";
        value += fieldValue;
    }
    return value;
}

void HttpReply::abort()
{
    if (m_finished)
        return;
    if (m_client)
        m_client->cancelTransfer(this);
    // Also overrides a result that is known but not yet delivered: whoever called abort() no longer
    // wants it, and a late "success" would be harder to reason about than a consistent Cancelled.
    complete({Error::Cancelled, tr("The request to %1 was cancelled").arg(m_url.host()), 0, {}, {}});
}

void HttpReply::complete(Result result)
{
    m_client = nullptr;
    m_error = result.error;
    m_errorString = std::move(result.errorString);
    m_status = result.status;
    m_headers = std::move(result.headers);
    m_body = std::move(result.body);
    if (m_completed)
        return;
    m_completed = true;
    // Queued so that finished() never reaches a slot while libcurl or send() is on the stack; the event
    // is dropped with the reply if the caller deletes it first.
    QMetaObject::invokeMethod(this, &HttpReply::emitFinished, Qt::QueuedConnection);
}

void HttpReply::emitFinished()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace Omnitote
