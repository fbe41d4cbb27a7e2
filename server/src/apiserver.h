// SPDX-License-Identifier: MIT
#pragma once

#include "authenticator.h"
#include "emailservice.h"
#include "oplogpruner.h"
#include "router.h"
#include "storage.h"
#include "thumbnails.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

#include <memory>

namespace Omnitote::Server {

struct ServerOptions
{
    /** Request bodies larger than this are refused with 413. */
    qint64 maxBodyBytes = 64 * 1024;
    /** Responses larger than this are gzip-compressed for clients that accept it. */
    qint64 compressAboveBytes = 1024;
    /** The retailer's checkout page the cart page links to; empty: the catalogue's retailer record. */
    QString checkoutUrl;
    /** Public URL, sender address and abuse limits of the email endpoints. */
    EmailSettings email;
    /**
     * Days the tote op log (idempotency records) is kept after a tote closes or goes idle; longer
     * than any kiosk stays offline. 0: never pruned.
     */
    int opLogRetentionDays = 30;
};

/**
 * omnitote-server's HTTP front: routes, authentication, limits and common headers.
 * Lives on one thread with its Storage.
 */
class ApiServer : public QObject
{
    Q_OBJECT
public:
    ApiServer(Storage &storage, ServerOptions options, QObject *parent = nullptr);

    /** Returns the port listened on, or 0 (with a warning logged) when the address is unavailable. */
    quint16 listen(const QHostAddress &address, quint16 port);

    Authenticator &authenticator() { return m_authenticator; }
    EmailService &email() { return m_email; }

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    ApiResponse respond(const QHttpServerRequest &request);
    void write(const ApiResponse &response, bool gzipAllowed, QHttpServerResponder &responder) const;

    Storage &m_storage;
    ServerOptions m_options;
    Authenticator m_authenticator;
    EmailService m_email;
    Thumbnails m_thumbnails;
    Router m_router;
    QHttpServer m_http;
    std::unique_ptr<OpLogPruner> m_opLogPruner;
};

} // namespace Omnitote::Server
