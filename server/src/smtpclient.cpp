// SPDX-License-Identifier: MIT
#include "smtpclient.h"

#include <curl/curl.h>

#include <cstring>
#include <memory>

namespace Omnitote::Server {

namespace {

void initCurl()
{
    // curl_global_init() is not thread-safe; a function-local static runs it once.
    static const CURLcode result = curl_global_init(CURL_GLOBAL_DEFAULT);
    Q_UNUSED(result);
}

struct Reader
{
    const QByteArray &data;
    qsizetype offset = 0;
};

size_t readBody(char *buffer, size_t size, size_t count, void *user)
{
    auto *reader = static_cast<Reader *>(user);
    const size_t left = size_t(reader->data.size() - reader->offset);
    const size_t n = std::min(left, size * count);
    std::memcpy(buffer, reader->data.constData() + reader->offset, n);
    reader->offset += qsizetype(n);
    return n;
}

struct CurlDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
struct ListDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

} // namespace

SmtpResult SmtpClient::send(const QString &from, const QString &recipient, const QByteArray &message) const
{
    initCurl();
    SmtpResult result;
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl) {
        result.error = QStringLiteral("curl_easy_init failed");
        return result;
    }
    const QByteArray url = m_settings.url.toUtf8();
    const QByteArray mailFrom = '<' + from.toLatin1() + '>';
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    const QByteArray caFile = m_settings.caFile.toUtf8();
    std::unique_ptr<curl_slist, ListDeleter> recipients(
        curl_slist_append(nullptr, QByteArray('<' + recipient.toLatin1() + '>').constData()));
    Reader reader {message};
    char errorBuffer[CURL_ERROR_SIZE] = {};

    CURL *h = curl.get();
    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, mailFrom.constData());
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_READFUNCTION, readBody);
    curl_easy_setopt(h, CURLOPT_READDATA, &reader);
    curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, long(m_settings.connectTimeoutSeconds));
    curl_easy_setopt(h, CURLOPT_TIMEOUT, long(m_settings.timeoutSeconds));
    // Certificates and host names are always verified; only the trust store may be chosen.
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.isEmpty())
        curl_easy_setopt(h, CURLOPT_CAINFO, caFile.constData());
    if (!m_settings.url.startsWith(QLatin1String("smtps://"))) {
        const long useSsl = m_settings.startTls == SmtpSettings::StartTls::Required ? long(CURLUSESSL_ALL)
            : m_settings.startTls == SmtpSettings::StartTls::Opportunistic          ? long(CURLUSESSL_TRY)
                                                                                    : long(CURLUSESSL_NONE);
        curl_easy_setopt(h, CURLOPT_USE_SSL, useSsl);
    }
    if (!user.isEmpty()) {
        curl_easy_setopt(h, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(h, CURLOPT_PASSWORD, password.constData());
    }

    const CURLcode code = curl_easy_perform(h);
    long reply = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &reply);
    result.replyCode = int(reply);
    if (code == CURLE_OK) {
        result.sent = true;
        return result;
    }
    result.error = QStringLiteral("%1 (%2)")
                       .arg(QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code)))
                       .arg(reply);
    // Say what to do about the one failure an operator most often causes by configuration.
    if (code == CURLE_PEER_FAILED_VERIFICATION || code == CURLE_SSL_CACERT_BADFILE)
        result.error =
            QStringLiteral("TLS: the relay's certificate is not trusted (set --smtp-ca-file to the CA "
                           "that signed it; verification stays on): ")
            + result.error;
    // A refusal of the sender, a recipient or the message (501, 55x) will not change by retrying;
    // authentication trouble (530, 534, 535, 538), TLS trouble or an unreachable relay may, once
    // someone fixes the relay or its settings.
    result.permanent = code != CURLE_LOGIN_DENIED && (reply == 501 || (reply >= 550 && reply <= 555));
    return result;
}

} // namespace Omnitote::Server
