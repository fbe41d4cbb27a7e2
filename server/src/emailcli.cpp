// SPDX-License-Identifier: MIT
#include "emailcli.h"

#include "emailaddress.h"
#include "serverruntime.h"

#include <QCommandLineParser>
#include <QFile>
#include <QUrl>

namespace Omnitote::Server {

namespace {

QString value(const QCommandLineParser &parser, const QString &name, const char *environment)
{
    return parser.isSet(name) ? parser.value(name) : qEnvironmentVariable(environment);
}

/** A positive whole number from a flag, or `fallback` when unset. */
bool positive(const QCommandLineParser &parser, const QString &name, const char *environment, int *out,
              QString *error)
{
    const QString text = value(parser, name, environment);
    if (text.isEmpty())
        return true;
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number <= 0) {
        *error = QStringLiteral("--%1 wants a positive whole number (got \"%2\")").arg(name, text);
        return false;
    }
    *out = number;
    return true;
}

bool seconds(const QCommandLineParser &parser, const QString &name, const char *environment, qint64 *outMs,
             QString *error)
{
    const QString text = value(parser, name, environment);
    if (text.isEmpty())
        return true;
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (!ok || number <= 0) {
        *error = QStringLiteral("--%1 wants a positive number of seconds (got \"%2\")").arg(name, text);
        return false;
    }
    *outMs = qint64(number * 1000);
    return true;
}

bool isLoopback(const QString &host)
{
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127."))
        || host == QLatin1String("::1");
}

} // namespace

QList<QCommandLineOption> emailCommandOptions()
{
    const auto option = [](const char *name, const char *help, const char *valueName) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                  QString::fromLatin1(valueName));
    };
    return {
        option("smtp-url",
               "Mail relay: smtp://host:587 (STARTTLS), smtp://host:25, smtps://host:465 "
               "[env OMNITOTE_SMTP_URL; unset: messages stay queued]",
               "url"),
        option("smtp-starttls",
               "required, opportunistic or off for smtp:// URLs [env OMNITOTE_SMTP_STARTTLS; "
               "default required, opportunistic for a loopback relay]",
               "mode"),
        option("smtp-user", "Relay user name [env OMNITOTE_SMTP_USER]", "name"),
        option("smtp-password-file", "File holding the relay password [env OMNITOTE_SMTP_PASSWORD_FILE]",
               "file"),
        option("smtp-ca-file",
               "CA bundle for the relay's certificate [env OMNITOTE_SMTP_CA_FILE; default: system]", "file"),
        option("smtp-retry-base",
               "First retry delay in seconds, doubled per failure [env "
               "OMNITOTE_SMTP_RETRY_BASE; default 30]",
               "seconds"),
        option("smtp-retry-max", "Longest retry delay in seconds [env OMNITOTE_SMTP_RETRY_MAX; default 3600]",
               "seconds"),
        option("mail-from",
               "Sender address of emails [env OMNITOTE_MAIL_FROM; default no-reply@omnitote.example]",
               "address"),
        option("mail-from-name",
               "Sender display name [env OMNITOTE_MAIL_FROM_NAME; default: the retailer's name]", "name"),
        option("public-url",
               "Base URL shoppers reach this server at, for cart links and images [env "
               "OMNITOTE_PUBLIC_URL; default http://127.0.0.1:8080]",
               "url"),
        option("email-limit-device",
               "Emails per kiosk per hour [env OMNITOTE_EMAIL_LIMIT_DEVICE; default 10]", "n"),
        option("email-limit-store", "Emails per store per hour [env OMNITOTE_EMAIL_LIMIT_STORE; default 200]",
               "n"),
        option("email-limit-recipient",
               "Lists per address per day [env OMNITOTE_EMAIL_LIMIT_RECIPIENT; default 3]", "n"),
        option("email-code-limit-recipient",
               "Codes per address per hour [env OMNITOTE_EMAIL_CODE_LIMIT_RECIPIENT; "
               "default 5]",
               "n"),
    };
}

bool applyEmailOptions(const QCommandLineParser &parser, ServerSettings *settings, QString *error)
{
    EmailSettings &email = settings->options.email;
    SmtpSettings &smtp = settings->mail.smtp;
    smtp.url = value(parser, QStringLiteral("smtp-url"), "OMNITOTE_SMTP_URL");
    const QUrl relay(smtp.url);
    if (!smtp.url.isEmpty()
        && (!relay.isValid() || relay.host().isEmpty()
            || (relay.scheme() != QLatin1String("smtp") && relay.scheme() != QLatin1String("smtps")))) {
        *error = QStringLiteral("--smtp-url wants smtp://host:port or smtps://host:port");
        return false;
    }
    const QString startTls = value(parser, QStringLiteral("smtp-starttls"), "OMNITOTE_SMTP_STARTTLS");
    if (startTls.isEmpty())
        smtp.startTls = isLoopback(relay.host()) ? SmtpSettings::StartTls::Opportunistic
                                                 : SmtpSettings::StartTls::Required;
    else if (startTls == QLatin1String("required"))
        smtp.startTls = SmtpSettings::StartTls::Required;
    else if (startTls == QLatin1String("opportunistic"))
        smtp.startTls = SmtpSettings::StartTls::Opportunistic;
    else if (startTls == QLatin1String("off"))
        smtp.startTls = SmtpSettings::StartTls::Off;
    else {
        *error = QStringLiteral("--smtp-starttls is required, opportunistic or off");
        return false;
    }
    smtp.user = value(parser, QStringLiteral("smtp-user"), "OMNITOTE_SMTP_USER");
    smtp.caFile = value(parser, QStringLiteral("smtp-ca-file"), "OMNITOTE_SMTP_CA_FILE");
    if (QFile ca(smtp.caFile); !smtp.caFile.isEmpty() && !ca.open(QIODevice::ReadOnly)) {
        // Found out now rather than as a TLS failure on every message later.
        *error = QStringLiteral("cannot read --smtp-ca-file %1: %2").arg(smtp.caFile, ca.errorString());
        return false;
    }
    if (const QString file =
            value(parser, QStringLiteral("smtp-password-file"), "OMNITOTE_SMTP_PASSWORD_FILE");
        !file.isEmpty()) {
        QFile password(file);
        if (!password.open(QIODevice::ReadOnly)) {
            *error =
                QStringLiteral("cannot read --smtp-password-file %1: %2").arg(file, password.errorString());
            return false;
        }
        smtp.password = QString::fromUtf8(password.readAll()).trimmed();
    }
    if (!seconds(parser, QStringLiteral("smtp-retry-base"), "OMNITOTE_SMTP_RETRY_BASE",
                 &settings->mail.retryBaseMs, error)
        || !seconds(parser, QStringLiteral("smtp-retry-max"), "OMNITOTE_SMTP_RETRY_MAX",
                    &settings->mail.retryMaxMs, error))
        return false;
    if (const QString from = value(parser, QStringLiteral("mail-from"), "OMNITOTE_MAIL_FROM");
        !from.isEmpty()) {
        const auto address = EmailAddress::normalize(from);
        if (!address) {
            *error = QStringLiteral("--mail-from wants a plain address like kiosk@shop.example");
            return false;
        }
        email.mailFrom = *address;
    }
    email.mailFromName = value(parser, QStringLiteral("mail-from-name"), "OMNITOTE_MAIL_FROM_NAME");
    if (const QString url = value(parser, QStringLiteral("public-url"), "OMNITOTE_PUBLIC_URL");
        !url.isEmpty()) {
        const QUrl publicUrl(url);
        if (!publicUrl.isValid() || publicUrl.host().isEmpty()
            || (publicUrl.scheme() != QLatin1String("https")
                && publicUrl.scheme() != QLatin1String("http"))) {
            *error = QStringLiteral("--public-url wants an http(s) URL, e.g. https://shop.example");
            return false;
        }
        email.publicUrl = url;
    }
    return positive(parser, QStringLiteral("email-limit-device"), "OMNITOTE_EMAIL_LIMIT_DEVICE",
                    &email.deviceLimitPerHour, error)
        && positive(parser, QStringLiteral("email-limit-store"), "OMNITOTE_EMAIL_LIMIT_STORE",
                    &email.storeLimitPerHour, error)
        && positive(parser, QStringLiteral("email-limit-recipient"), "OMNITOTE_EMAIL_LIMIT_RECIPIENT",
                    &email.recipientLimitPerDay, error)
        && positive(parser, QStringLiteral("email-code-limit-recipient"),
                    "OMNITOTE_EMAIL_CODE_LIMIT_RECIPIENT", &email.codeRecipientLimitPerHour, error);
}

} // namespace Omnitote::Server
