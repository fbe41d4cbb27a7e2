// SPDX-License-Identifier: MIT
#include "emailaddress.h"
#include "emailservice.h"
#include "mailcomposer.h"
#include "routes.h"

#include <QRegularExpression>

namespace Omnitote::Server {

namespace {

ApiResponse reasonProblem(Status status, const char *reason, const QString &detail)
{
    return problem(status, detail, {{QStringLiteral("reason"), QString::fromLatin1(reason)}});
}

/** The body's "email", normalised, or the 400 to answer. */
std::optional<QString> emailField(const QJsonObject &body, ApiResponse *rejected)
{
    const auto email = EmailAddress::normalize(body.value(QStringLiteral("email")).toString());
    if (!email)
        *rejected = reasonProblem(
            Status::BadRequest, "email-invalid",
            QStringLiteral("That does not look like an email address; check it and try again."));
    return email;
}

/** The body's "language" (default en), or the 400 to answer. */
std::optional<QString> languageField(const QJsonObject &body, ApiResponse *rejected)
{
    const QJsonValue value = body.value(QStringLiteral("language"));
    const QString language = value.isUndefined() ? QStringLiteral("en") : value.toString();
    if (!MailComposer::languages().contains(language)) {
        *rejected = reasonProblem(Status::BadRequest, "language-unsupported",
                                  QStringLiteral("\"language\" must be one of en, zh, et, pl."));
        return std::nullopt;
    }
    return language;
}

} // namespace

ApiResponse linkByEmailCode(EmailService &email, const ApiRequest &request, const QJsonObject &body)
{
    ApiResponse rejected;
    const auto address = emailField(body, &rejected);
    if (!address)
        return rejected;
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    const QString code = body.value(QStringLiteral("code")).toString();
    if (!sixDigits.match(code).hasMatch())
        return reasonProblem(Status::BadRequest, "code-malformed",
                             QStringLiteral("The code has six digits."));
    const auto outcome = email.linkByCode(request.principal, request.args.at(0), *address, code);
    ApiResponse response = outcomeResponse(outcome, Status::Ok);
    if (outcome.ok())
        response.withHeader("ETag", '"' + QByteArray::number(outcome.cartVersion) + '"');
    return response;
}

void addEmailRoutes(Router &router, EmailService &email)
{
    using Role = Principal::Role;
    using Method = Router::Method;

    router.add(
        Method::Post, QStringLiteral("/v1/totes/{id}/email"), {Role::Device},
        [&email](const ApiRequest &request) {
            ApiResponse rejected;
            const auto body = jsonObjectBody(request.http, &rejected);
            if (!body)
                return rejected;
            const auto address = emailField(*body, &rejected);
            if (!address)
                return rejected;
            const auto language = languageField(*body, &rejected);
            if (!language)
                return rejected;
            ListEmailRequest list;
            list.toteId = request.args.at(0);
            list.email = *address;
            list.language = *language;
            const QJsonValue consent = body->value(QStringLiteral("marketingConsent"));
            if (!consent.isUndefined() && !consent.isBool())
                return problem(Status::BadRequest, QStringLiteral("\"marketingConsent\" is true or false."));
            list.marketingConsent = consent.toBool(false);
            static const QRegularExpression wording(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
            list.consentWording = body->value(QStringLiteral("consentWording")).toString();
            if (!list.consentWording.isEmpty() && !wording.match(list.consentWording).hasMatch())
                return reasonProblem(Status::BadRequest, "consent-wording-required",
                                     QStringLiteral("\"consentWording\" is 1-64 of A-Z a-z 0-9 . _ -"));
            if (list.marketingConsent && list.consentWording.isEmpty())
                return reasonProblem(Status::BadRequest, "consent-wording-required",
                                     QStringLiteral("Marketing consent needs the id of the wording shown "
                                                    "(\"consentWording\")."));
            return outcomeResponse(email.emailList(request.principal, list), Status::Accepted);
        });

    router.add(Method::Post, QStringLiteral("/v1/totes/{id}/customer/email-code"), {Role::Device},
               [&email](const ApiRequest &request) {
                   ApiResponse rejected;
                   const auto body = jsonObjectBody(request.http, &rejected);
                   if (!body)
                       return rejected;
                   const auto address = emailField(*body, &rejected);
                   if (!address)
                       return rejected;
                   const auto language = languageField(*body, &rejected);
                   if (!language)
                       return rejected;
                   return outcomeResponse(
                       email.requestCode(request.principal, request.args.at(0), *address, *language),
                       Status::Accepted);
               });

    // Public: the token in the path is the credential (RFC 8058 one-click unsubscribe).
    router.add(Method::Post, QStringLiteral("/unsubscribe/{token}"), {}, [&email](const ApiRequest &request) {
        static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        const QString value = request.args.at(0);
        if (!token.match(value).hasMatch() || !email.unsubscribe(value))
            return problem(Status::NotFound, QStringLiteral("This unsubscribe link is not known."));
        ApiResponse response;
        response.contentType = "text/plain; charset=utf-8";
        response.body = "You will not get offers from us any more.\n";
        return response;
    });
}

} // namespace Omnitote::Server
