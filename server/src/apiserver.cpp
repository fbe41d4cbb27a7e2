// SPDX-License-Identifier: MIT
#include "apiserver.h"

#include "routes.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>

#include <zlib.h>

Q_LOGGING_CATEGORY(lcHttp, "omnitote.server.http", QtInfoMsg)

namespace Omnitote::Server {

namespace {

QByteArray gzip(const QByteArray &data)
{
    z_stream stream {};
    // windowBits 15 + 16 asks zlib for a gzip wrapper rather than raw zlib.
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return {};
    out.resize(qsizetype(stream.total_out));
    return out;
}

bool acceptsGzip(const QHttpServerRequest &request)
{
    const QByteArray accept = request.value("Accept-Encoding").toLower();
    return accept.contains("gzip") && !accept.contains("gzip;q=0");
}

} // namespace

ApiServer::ApiServer(Storage &storage, ServerOptions options, QObject *parent)
    : QObject(parent), m_storage(storage), m_options(options), m_authenticator(storage),
      m_email(storage, options.email)
{
    addHealthRoutes(m_router, m_storage);
    addCatalogRoutes(m_router, m_storage);
    addAdminRoutes(m_router, m_storage, m_authenticator);
    addToteRoutes(m_router, m_storage, m_email);
    addEmailRoutes(m_router, m_email);
    addCartRoutes(m_router, m_storage);
    addAssociateRoutes(m_router, m_storage, m_authenticator, this);
    addPickRoutes(m_router, m_storage, this);
    addImageRoutes(m_router, m_thumbnails);
    addCartPageRoutes(m_router, m_storage, m_options.checkoutUrl);
    if (m_options.opLogRetentionDays > 0)
        m_opLogPruner = std::make_unique<OpLogPruner>(m_storage.totes(), m_options.opLogRetentionDays);
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
}

quint16 ApiServer::listen(const QHostAddress &address, quint16 port)
{
    const quint16 chosen = m_http.listen(address, port);
    if (chosen == 0)
        qCWarning(lcHttp) << "cannot listen on" << address.toString() << port;
    return chosen;
}

ApiResponse ApiServer::respond(const QHttpServerRequest &request)
{
    const qint64 declared = request.value("Content-Length").toLongLong();
    if (declared > m_options.maxBodyBytes || request.body().size() > m_options.maxBodyBytes)
        return problem(
            Status::PayloadTooLarge,
            QStringLiteral("The request body is larger than %1 bytes.").arg(m_options.maxBodyBytes));
    return m_router.dispatch(request, m_authenticator);
}

void ApiServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    ApiResponse response = respond(request);
    const bool gzipAllowed = acceptsGzip(request);
    if (!response.deferred) {
        qCDebug(lcHttp) << request.method() << request.url().path() << int(response.status);
        write(response, gzipAllowed, responder);
        return;
    }
    // Qt HttpServer 6.4 calls us synchronously, but the responder is movable and writes to the
    // connection's socket whenever it is used: park it until the answer is ready. The socket may
    // close meanwhile (QHttpServer deletes it), so it is watched through a QPointer.
    auto parked = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = parked->socket();
    response.deferred->setWriter([this, parked, socket, gzipAllowed](ApiResponse answer) {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            qCDebug(lcHttp) << "client left before its deferred answer" << int(answer.status);
            return;
        }
        write(answer, gzipAllowed, *parked);
    });
}

void ApiServer::write(const ApiResponse &response, bool gzipAllowed, QHttpServerResponder &responder) const
{
    QByteArray body = response.body;
    const bool compressed = body.size() > m_options.compressAboveBytes && gzipAllowed
        && !response.contentType.startsWith("image/");
    if (compressed) {
        const QByteArray packed = gzip(body);
        if (!packed.isEmpty())
            body = packed;
    }
    QHttpServerResponse out(response.contentType, body, response.status);
    if (compressed && body != response.body)
        out.addHeader("Content-Encoding", "gzip");
    out.addHeader("Vary", "Accept-Encoding");
    out.addHeader("X-Content-Type-Options", "nosniff");
    bool hasCacheControl = false;
    for (const auto &header : std::as_const(response.headers)) {
        hasCacheControl = hasCacheControl || header.first.compare("Cache-Control", Qt::CaseInsensitive) == 0;
        out.addHeader(QByteArray(header.first), QByteArray(header.second));
    }
    if (!hasCacheControl)
        out.addHeader("Cache-Control", "no-store");
    out.write(std::move(responder));
}

} // namespace Omnitote::Server
