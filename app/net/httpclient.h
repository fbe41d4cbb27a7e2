// SPDX-License-Identifier: MIT
#pragma once

#include "httpreply.h"
#include "httprequest.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

namespace Omnitote {

class HttpClientPrivate;

/** Asynchronous HTTP(S) client: one libcurl multi handle driven by this thread's Qt event loop. */
// Thread affinity: create, use and delete it in one thread that runs an event loop; it never blocks and
// starts no threads. TLS peer and host verification is always on; setCaBundle() can only add trust.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(QObject *parent = nullptr);
    // Cancels unfinished calls; replies reparented elsewhere still get finished() with Cancelled.
    ~HttpClient() override;

    // The reply is a child of this client; the caller may reparent or deleteLater() it at any time.
    HttpReply *send(const HttpRequest &request);

    void setDefaultTimeoutMs(int ms);
    int defaultTimeoutMs() const;
    void setConnectTimeoutMs(int ms);
    int connectTimeoutMs() const;
    void setUserAgent(const QByteArray &userAgent);
    QByteArray userAgent() const;
    // Trusts the PEM certificates in path in addition to the system store (e.g. a store's own CA).
    // Returns false, and keeps the previous setting, when the file holds no readable certificate.
    bool setCaBundle(const QString &path);
    QString caBundle() const;
    // Bodies are limited after decompression too, so a small gzip bomb cannot fill memory.
    void setMaxResponseBytes(qint64 bytes);
    qint64 maxResponseBytes() const;

private:
    friend class HttpReply;
    friend class HttpClientPrivate;
    // Removes the reply's transfer without completing the reply; called by HttpReply only.
    void cancelTransfer(HttpReply *reply);

    std::unique_ptr<HttpClientPrivate> d;
};

} // namespace Omnitote
