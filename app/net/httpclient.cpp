// SPDX-License-Identifier: MIT
#include "httpclient.h"

#include "netlogging.h"

#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <curl/curl.h>

#include <algorithm>
#include <climits>
#include <unordered_map>

namespace Omnitote {

namespace {

constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;

void ensureCurlGlobalInit()
{
    // curl_global_init() is not thread-safe; a function-local static runs it exactly once, safely.
    // It is never undone: libcurl stays usable for the whole process, which is what a kiosk needs.
    static const CURLcode result = curl_global_init(CURL_GLOBAL_DEFAULT);
    if (result != CURLE_OK)
        qCCritical(lcNet) << "curl_global_init failed:" << curl_easy_strerror(result);
}

QString hostAndPort(const QUrl &url)
{
    QString host = url.host();
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return host + QLatin1Char(':') + QString::number(port);
}

QString formatSeconds(qint64 ms)
{
    if (ms % 1000 == 0)
        return QString::number(ms / 1000);
    const int decimals = ms % 100 == 0 ? 1 : (ms % 10 == 0 ? 2 : 3);
    return QString::number(double(ms) / 1000.0, 'f', decimals);
}

QString formatBytes(qint64 bytes)
{
    if (bytes >= MiB && bytes % MiB == 0)
        return QStringLiteral("%1 MiB").arg(bytes / MiB);
    if (bytes >= KiB && bytes % KiB == 0)
        return QStringLiteral("%1 KiB").arg(bytes / KiB);
    return QStringLiteral("%1 bytes").arg(bytes);
}

// "Connection refused" reads better in the middle of a sentence as "connection refused".
QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

bool hasHeader(const HttpRequest &request, QByteArrayView name)
{
    return std::any_of(request.headers.cbegin(), request.headers.cend(), [name](const auto &header) {
        return name.compare(header.first, Qt::CaseInsensitive) == 0;
    });
}

bool isValidHeader(const QByteArray &name, const QByteArray &value)
{
    // A line break would let a caller smuggle extra headers (or a second request) onto the wire.
    static constexpr QByteArrayView forbiddenInName(":\r\n\0 \t", 6);
    static constexpr QByteArrayView forbiddenInValue("\r\n\0", 3);
    if (name.isEmpty())
        return false;
    for (char c : forbiddenInName)
        if (name.contains(c))
            return false;
    for (char c : forbiddenInValue)
        if (value.contains(c))
            return false;
    return true;
}

/** The libcurl side of one HttpReply: easy handle, request headers and the response as it arrives. */
struct Transfer
{
    ~Transfer()
    {
        if (easy)
            curl_easy_cleanup(easy);
        curl_slist_free_all(headerList);
    }

    HttpReply *reply = nullptr;
    CURL *easy = nullptr;
    curl_slist *headerList = nullptr;
    QByteArray caBlob; // CURL_BLOB_NOCOPY points here, so it must live as long as the easy handle
    QUrl url;
    int timeoutMs = 0;
    int connectTimeoutMs = 0;
    qint64 maxBytes = 0;
    bool tooLarge = false;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    char errorBuffer[CURL_ERROR_SIZE] = {};
};

// NOTE: the two callbacks below run inside libcurl; they only touch the Transfer, never libcurl or Qt
// objects that could call back into libcurl.
size_t onBody(char *data, size_t size, size_t count, void *userData)
{
    auto *transfer = static_cast<Transfer *>(userData);
    const qint64 bytes = qint64(size * count);
    if (transfer->body.size() + bytes > transfer->maxBytes) {
        transfer->tooLarge = true;
        return 0; // makes libcurl stop with CURLE_WRITE_ERROR
    }
    transfer->body.append(data, bytes);
    return size * count;
}

size_t onHeader(char *data, size_t size, size_t count, void *userData)
{
    auto *transfer = static_cast<Transfer *>(userData);
    const QByteArrayView line = QByteArrayView(data, qsizetype(size * count)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A new status line (after 100 Continue, for instance): only the final response's fields count.
        transfer->headers.clear();
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        transfer->headers.append(
            {line.first(colon).trimmed().toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
    }
    return size * count;
}

} // namespace

/** HttpClient's libcurl state: the multi handle, one notifier pair per socket and the one timer. */
// Thread affinity: the HttpClient's thread. Nothing here is called from inside a libcurl callback except
// watchSocket() and the timer update, which only adjust Qt objects.
class HttpClientPrivate
{
public:
    explicit HttpClientPrivate(HttpClient *client);
    ~HttpClientPrivate();

    struct SocketWatch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
    };

    static int onSocket(CURL *easy, curl_socket_t socket, int what, void *clientData, void *socketData);
    static int onTimer(CURLM *multi, long timeoutMs, void *clientData);

    void watchSocket(curl_socket_t socket, int what);
    void updateNotifier(QSocketNotifier *&notifier, curl_socket_t socket, QSocketNotifier::Type type,
                        bool wanted);
    static void dropNotifier(QSocketNotifier *notifier);
    void socketAction(curl_socket_t socket, int eventMask);
    void readCompletions();
    std::unique_ptr<Transfer> takeTransfer(HttpReply *reply);
    bool configure(Transfer &transfer, const HttpRequest &request, QString *problem);
    HttpReply::Result resultFor(Transfer &transfer, CURLcode code) const;

    HttpClient *q;
    CURLM *multi = nullptr;
    QTimer *timer = nullptr;
    std::unordered_map<curl_socket_t, SocketWatch> sockets;
    std::unordered_map<HttpReply *, std::unique_ptr<Transfer>> transfers;

    int defaultTimeoutMs = 30'000;
    int connectTimeoutMs = 10'000;
    QByteArray userAgent = QByteArrayLiteral("Omnitote/0.1");
    QString caBundlePath;
    QByteArray caBlob;
    qint64 maxResponseBytes = 32 * MiB;
};

HttpClientPrivate::HttpClientPrivate(HttpClient *client) : q(client)
{
    ensureCurlGlobalInit();
    multi = curl_multi_init();
    timer = new QTimer(q);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, q, [this] { socketAction(CURL_SOCKET_TIMEOUT, 0); });
    if (!multi) {
        qCCritical(lcNet) << "curl_multi_init failed; every request will fail";
        return;
    }
    curl_multi_setopt(multi, CURLMOPT_SOCKETFUNCTION, &HttpClientPrivate::onSocket);
    curl_multi_setopt(multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(multi, CURLMOPT_TIMERFUNCTION, &HttpClientPrivate::onTimer);
    curl_multi_setopt(multi, CURLMOPT_TIMERDATA, this);
}

HttpClientPrivate::~HttpClientPrivate()
{
    // Transfers are gone by now (HttpClient's destructor); this closes cached connections, which may
    // still call onSocket()/onTimer() while the notifiers and the timer exist.
    if (multi)
        curl_multi_cleanup(multi);
    for (auto &[socket, watch] : sockets) {
        dropNotifier(watch.read);
        dropNotifier(watch.write);
    }
}

int HttpClientPrivate::onSocket(CURL *, curl_socket_t socket, int what, void *clientData, void *)
{
    static_cast<HttpClientPrivate *>(clientData)->watchSocket(socket, what);
    return 0;
}

int HttpClientPrivate::onTimer(CURLM *, long timeoutMs, void *clientData)
{
    auto *d = static_cast<HttpClientPrivate *>(clientData);
    // Never call curl_multi_socket_action() from here (libcurl is on the stack): even a 0 ms timeout
    // goes through the event loop.
    if (timeoutMs < 0)
        d->timer->stop();
    else
        d->timer->start(int(std::min<long>(timeoutMs, INT_MAX)));
    return 0;
}

void HttpClientPrivate::watchSocket(curl_socket_t socket, int what)
{
    if (what == CURL_POLL_REMOVE) {
        if (auto it = sockets.find(socket); it != sockets.end()) {
            dropNotifier(it->second.read);
            dropNotifier(it->second.write);
            sockets.erase(it);
        }
        return;
    }
    SocketWatch &watch = sockets[socket];
    updateNotifier(watch.read, socket, QSocketNotifier::Read,
                   what == CURL_POLL_IN || what == CURL_POLL_INOUT);
    updateNotifier(watch.write, socket, QSocketNotifier::Write,
                   what == CURL_POLL_OUT || what == CURL_POLL_INOUT);
}

void HttpClientPrivate::updateNotifier(QSocketNotifier *&notifier, curl_socket_t socket,
                                       QSocketNotifier::Type type, bool wanted)
{
    if (!wanted) {
        dropNotifier(notifier);
        notifier = nullptr;
        return;
    }
    if (notifier)
        return;
    notifier = new QSocketNotifier(socket, type, q);
    const int eventMask = type == QSocketNotifier::Read ? CURL_CSELECT_IN : CURL_CSELECT_OUT;
    QObject::connect(notifier, &QSocketNotifier::activated, q,
                     [this, socket, eventMask] { socketAction(socket, eventMask); });
}

void HttpClientPrivate::dropNotifier(QSocketNotifier *notifier)
{
    if (!notifier)
        return;
    // Disabled and disconnected at once, so an activation already collected by the event dispatcher
    // cannot reach libcurl for a socket it has closed (the descriptor may even be reused already).
    // Deleted later because we may be inside this very notifier's activated() signal.
    notifier->setEnabled(false);
    notifier->disconnect();
    notifier->deleteLater();
}

void HttpClientPrivate::socketAction(curl_socket_t socket, int eventMask)
{
    if (!multi)
        return;
    int running = 0;
    const CURLMcode code = curl_multi_socket_action(multi, socket, eventMask, &running);
    if (code != CURLM_OK)
        qCWarning(lcNet) << "curl_multi_socket_action failed:" << curl_multi_strerror(code);
    readCompletions();
}

void HttpClientPrivate::readCompletions()
{
    int queued = 0;
    while (CURLMsg *message = curl_multi_info_read(multi, &queued)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        Transfer *done = nullptr;
        curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, &done);
        const CURLcode code = message->data.result; // read before removal invalidates the message
        if (!done)
            continue;
        HttpReply *reply = done->reply;
        std::unique_ptr<Transfer> transfer = takeTransfer(reply);
        if (!transfer)
            continue;
        HttpReply::Result result = resultFor(*transfer, code);
        qCDebug(lcNet) << "finished" << transfer->url.toDisplayString() << result.status
                       << result.errorString;
        transfer.reset();
        reply->complete(std::move(result));
    }
}

std::unique_ptr<Transfer> HttpClientPrivate::takeTransfer(HttpReply *reply)
{
    auto it = transfers.find(reply);
    if (it == transfers.end())
        return nullptr;
    std::unique_ptr<Transfer> transfer = std::move(it->second);
    transfers.erase(it);
    curl_multi_remove_handle(multi, transfer->easy);
    return transfer;
}

bool HttpClientPrivate::configure(Transfer &transfer, const HttpRequest &request, QString *problem)
{
    CURL *easy = transfer.easy;
    const QByteArray url = request.url.toEncoded();
    curl_easy_setopt(easy, CURLOPT_PRIVATE, &transfer);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, transfer.errorBuffer);
    curl_easy_setopt(easy, CURLOPT_URL, url.constData());
    // Only plain and TLS HTTP, also after a redirect; redirects are not followed unless a caller asks.
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L); // we are not the only user of signals in this process
    curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
    curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, ""); // every encoding this libcurl can decode
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!transfer.caBlob.isEmpty()) {
        curl_blob blob {transfer.caBlob.data(), size_t(transfer.caBlob.size()), CURL_BLOB_NOCOPY};
        curl_easy_setopt(easy, CURLOPT_CAINFO_BLOB, &blob);
    }
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(transfer.timeoutMs));
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(transfer.connectTimeoutMs));
    curl_easy_setopt(easy, CURLOPT_USERAGENT, userAgent.constData());
    // Refuses early when Content-Length is known; onBody() enforces the limit on decoded bytes.
    curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(transfer.maxBytes));
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &onBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, &transfer);

    bool sendsBody = !request.body.isEmpty();
    switch (request.method) {
    case HttpRequest::Method::Get:
        curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
        break;
    case HttpRequest::Method::Post:
        sendsBody = true;
        break;
    case HttpRequest::Method::Put:
        curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, "PUT");
        sendsBody = true; // an empty PUT still needs "Content-Length: 0"
        break;
    case HttpRequest::Method::Patch:
        curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, "PATCH");
        sendsBody = true;
        break;
    case HttpRequest::Method::Delete:
        curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, "DELETE");
        break;
    }
    if (sendsBody) {
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
        curl_easy_setopt(easy, CURLOPT_COPYPOSTFIELDS, request.body.constData());
    }

    for (const auto &[name, value] : request.headers) {
        if (!isValidHeader(name, value)) {
            *problem =
                HttpClient::tr("The request header \"%1\" is not valid").arg(QString::fromLatin1(name));
            return false;
        }
        // "Name;" is libcurl's spelling of a header with an empty value ("Name:" would remove it).
        const QByteArray line = value.isEmpty() ? name + ';' : name + ": " + value;
        transfer.headerList = curl_slist_append(transfer.headerList, line.constData());
    }
    // Without these, libcurl labels bodies as form data and stalls large uploads on "Expect: 100-continue".
    if (sendsBody && !hasHeader(request, "Content-Type"))
        transfer.headerList = curl_slist_append(transfer.headerList, "Content-Type:");
    if (!hasHeader(request, "Expect"))
        transfer.headerList = curl_slist_append(transfer.headerList, "Expect:");
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, transfer.headerList);
    return true;
}

HttpReply::Result HttpClientPrivate::resultFor(Transfer &transfer, CURLcode code) const
{
    using Error = HttpReply::Error;
    HttpReply::Result result;
    long status = 0;
    curl_easy_getinfo(transfer.easy, CURLINFO_RESPONSE_CODE, &status);
    result.status = int(status);
    result.headers = std::move(transfer.headers);
    result.body = std::move(transfer.body);
    if (code == CURLE_OK)
        return result;

    const QString where = hostAndPort(transfer.url);
    const QString host = transfer.url.host();
    QString detail = QString::fromUtf8(transfer.errorBuffer).trimmed();
    if (detail.isEmpty())
        detail = QString::fromUtf8(curl_easy_strerror(code));
    const QString withDetail = QStringLiteral(" (%1)").arg(detail);

    switch (code) {
    case CURLE_OPERATION_TIMEDOUT: {
        result.error = Error::Timeout;
        curl_off_t connectedAfterUs = 0;
        const bool tls = transfer.url.scheme() == QLatin1String("https");
        curl_easy_getinfo(transfer.easy, tls ? CURLINFO_APPCONNECT_TIME_T : CURLINFO_CONNECT_TIME_T,
                          &connectedAfterUs);
        if (connectedAfterUs == 0 && transfer.connectTimeoutMs < transfer.timeoutMs) {
            result.errorString = HttpClient::tr("Connecting to %1 timed out after %2 s")
                                     .arg(where, formatSeconds(transfer.connectTimeoutMs));
        } else {
            result.errorString = HttpClient::tr("The request to %1 timed out after %2 s")
                                     .arg(where, formatSeconds(transfer.timeoutMs));
        }
        break;
    }
    case CURLE_COULDNT_CONNECT: {
        result.error = Error::Network;
        long osErrno = 0;
        curl_easy_getinfo(transfer.easy, CURLINFO_OS_ERRNO, &osErrno);
        const QString reason = osErrno ? lowerFirst(qt_error_string(int(osErrno))) : detail;
        result.errorString = HttpClient::tr("Could not connect to %1 (%2)").arg(where, reason);
        break;
    }
    case CURLE_COULDNT_RESOLVE_HOST:
        result.error = Error::Network;
        result.errorString =
            HttpClient::tr("Could not find the server %1 (host name lookup failed)").arg(host);
        break;
    case CURLE_PEER_FAILED_VERIFICATION:
        result.error = Error::Tls;
        detail.remove(QLatin1String("SSL certificate problem: "));
        result.errorString =
            HttpClient::tr("TLS certificate for host %1 could not be verified (%2)").arg(host, detail);
        break;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CACERT_BADFILE:
        result.error = Error::Tls;
        result.errorString = HttpClient::tr("Secure connection to %1 failed%2").arg(where, withDetail);
        break;
    case CURLE_FILESIZE_EXCEEDED:
        result.error = Error::TooLarge;
        break;
    case CURLE_WRITE_ERROR:
        result.error = transfer.tooLarge ? Error::TooLarge : Error::Network;
        break;
    case CURLE_GOT_NOTHING:
        result.error = Error::Network;
        result.errorString = HttpClient::tr("%1 closed the connection without answering").arg(where);
        break;
    case CURLE_PARTIAL_FILE:
        result.error = Error::Network;
        result.errorString =
            HttpClient::tr("%1 closed the connection before the response was complete").arg(where);
        break;
    case CURLE_BAD_CONTENT_ENCODING:
        result.error = Error::Network;
        result.errorString =
            HttpClient::tr("The compressed response from %1 could not be decoded").arg(where);
        break;
    default:
        result.error = Error::Network;
        result.errorString = HttpClient::tr("The request to %1 failed%2").arg(where, withDetail);
        break;
    }
    if (result.error == Error::TooLarge) {
        result.errorString = HttpClient::tr("The response from %1 is larger than the limit of %2")
                                 .arg(where, formatBytes(transfer.maxBytes));
    } else if (result.errorString.isEmpty()) {
        result.errorString = HttpClient::tr("The request to %1 failed%2").arg(where, withDetail);
    }
    return result;
}

HttpClient::HttpClient(QObject *parent) : QObject(parent), d(std::make_unique<HttpClientPrivate>(this)) { }

HttpClient::~HttpClient()
{
    // Replies reparented elsewhere outlive us; settle them now so none points at a dead client.
    auto transfers = std::move(d->transfers);
    d->transfers.clear();
    for (auto &[reply, transfer] : transfers) {
        curl_multi_remove_handle(d->multi, transfer->easy);
        transfer.reset();
        reply->complete(
            {HttpReply::Error::Cancelled,
             tr("The request to %1 was cancelled because the client shut down").arg(reply->url().host()),
             0,
             {},
             {}});
    }
    d.reset(); // before QObject deletes the notifiers and the timer libcurl may still call into
}

HttpReply *HttpClient::send(const HttpRequest &request)
{
    auto *reply = new HttpReply(this, request.url);
    const QString scheme = request.url.scheme();
    if (!request.url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        reply->complete({HttpReply::Error::Network,
                         tr("Cannot send a request to \"%1\": only http and https URLs are supported")
                             .arg(request.url.toDisplayString()),
                         0,
                         {},
                         {}});
        return reply;
    }

    auto transfer = std::make_unique<Transfer>();
    transfer->reply = reply;
    transfer->url = request.url;
    transfer->timeoutMs = request.timeoutMs > 0 ? request.timeoutMs : d->defaultTimeoutMs;
    transfer->connectTimeoutMs = d->connectTimeoutMs;
    transfer->maxBytes = d->maxResponseBytes;
    transfer->caBlob = d->caBlob;
    transfer->easy = curl_easy_init();
    QString problem;
    if (!d->multi || !transfer->easy) {
        problem = tr("The network library could not start a request");
    } else if (d->configure(*transfer, request, &problem)) {
        const CURLMcode code = curl_multi_add_handle(d->multi, transfer->easy);
        if (code == CURLM_OK) {
            qCDebug(lcNet) << "sending" << request.url.toDisplayString();
            // libcurl asks for a 0 ms timer here; the transfer starts from the event loop.
            d->transfers.emplace(reply, std::move(transfer));
            return reply;
        }
        problem = tr("The network library refused the request: %1")
                      .arg(QString::fromUtf8(curl_multi_strerror(code)));
    }
    qCWarning(lcNet) << "not sending" << request.url.toDisplayString() << problem;
    reply->complete({HttpReply::Error::Network, problem, 0, {}, {}});
    return reply;
}

void HttpClient::cancelTransfer(HttpReply *reply)
{
    d->takeTransfer(reply); // the returned Transfer frees the easy handle as it goes out of scope
}

void HttpClient::setDefaultTimeoutMs(int ms)
{
    d->defaultTimeoutMs = std::max(1, ms);
}

int HttpClient::defaultTimeoutMs() const
{
    return d->defaultTimeoutMs;
}

void HttpClient::setConnectTimeoutMs(int ms)
{
    d->connectTimeoutMs = std::max(1, ms);
}

int HttpClient::connectTimeoutMs() const
{
    return d->connectTimeoutMs;
}

void HttpClient::setUserAgent(const QByteArray &userAgent)
{
    d->userAgent = userAgent;
}

QByteArray HttpClient::userAgent() const
{
    return d->userAgent;
}

bool HttpClient::setCaBundle(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcNet) << "cannot read CA bundle" << path << file.errorString();
        return false;
    }
    const QByteArray extra = file.readAll();
    if (!extra.contains("-----BEGIN CERTIFICATE-----")) {
        qCWarning(lcNet) << "CA bundle" << path << "holds no PEM certificate";
        return false;
    }
    // CURLOPT_CAINFO_BLOB replaces libcurl's default bundle, so keep the system roots in front of it.
    QByteArray blob;
    if (CURL *probe = curl_easy_init()) {
        char *defaultBundle = nullptr;
        curl_easy_getinfo(probe, CURLINFO_CAINFO, &defaultBundle);
        if (defaultBundle) {
            QFile system(QFile::decodeName(defaultBundle));
            if (system.open(QIODevice::ReadOnly))
                blob = system.readAll() + '\n';
        }
        curl_easy_cleanup(probe);
    }
    d->caBlob = blob + extra;
    d->caBundlePath = path;
    return true;
}

QString HttpClient::caBundle() const
{
    return d->caBundlePath;
}

void HttpClient::setMaxResponseBytes(qint64 bytes)
{
    d->maxResponseBytes = std::max<qint64>(0, bytes);
}

qint64 HttpClient::maxResponseBytes() const
{
    return d->maxResponseBytes;
}

} // namespace Omnitote
