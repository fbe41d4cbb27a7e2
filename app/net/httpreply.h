// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Omnitote {

class HttpClient;

/** The outcome of one HttpClient::send(): status, headers, body or a typed error, then finished() once. */
// Thread affinity: lives in the HttpClient's thread; use it only from there.
class HttpReply : public QObject
{
    Q_OBJECT
public:
    enum class Error { None, Timeout, Network, Tls, Cancelled, TooLarge };
    Q_ENUM(Error)

    // Deleting a reply that has not finished cancels its transfer (no finished() then).
    ~HttpReply() override;

    QUrl url() const { return m_url; }
    // 0 until a status line arrived; kept on errors that happen after it (e.g. TooLarge).
    int status() const { return m_status; }
    // Case-insensitive; repeated fields are joined with ", " as RFC 9110 allows.
    QByteArray header(QByteArrayView name) const;
    QList<QPair<QByteArray, QByteArray>> headers() const { return m_headers; }
    // Already decoded when the server used gzip or deflate.
    QByteArray body() const { return m_body; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    bool isFinished() const { return m_finished; }

    // Cancels the call; finished() still follows exactly once, with Error::Cancelled.
    void abort();

Q_SIGNALS:
    // Always emitted from the event loop, never from inside HttpClient::send().
    void finished();

private:
    friend class HttpClient;
    friend class HttpClientPrivate;
    HttpReply(HttpClient *client, const QUrl &url);

    struct Result
    {
        Error error = Error::None;
        QString errorString;
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    // Stores the result and queues finished(); the transfer is already gone when this runs.
    void complete(Result result);
    void emitFinished();

    HttpClient *m_client; // cleared once the transfer no longer exists
    QUrl m_url;
    int m_status = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    Error m_error = Error::None;
    QString m_errorString;
    bool m_completed = false; // result known, finished() queued
    bool m_finished = false; // finished() emitted
};

} // namespace Omnitote
