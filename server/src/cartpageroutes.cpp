// SPDX-License-Identifier: MIT
#include "cartlinks.h"
#include "cartpage.h"
#include "routes.h"
#include "servertotestore.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

#include <memory>

Q_LOGGING_CATEGORY(lcCartPage, "omnitote.server.cartpage", QtInfoMsg)

namespace Omnitote::Server {

namespace {

using Language = CartPageText::Language;
using Notice = CartPageModel::Notice;

/** A page with the headers every cart page carries: the token is in the URL, so nothing may leak it. */
ApiResponse htmlPage(Status status, const QByteArray &body, Language language)
{
    ApiResponse response {status, QByteArrayLiteral("text/html; charset=utf-8"), body, {}};
    response.withHeader("Content-Security-Policy", CartPageView::contentSecurityPolicy())
        .withHeader("X-Frame-Options", "DENY")
        .withHeader("Referrer-Policy", "no-referrer")
        .withHeader("Cache-Control", "no-store")
        .withHeader("Content-Language", CartPageText::tag(language).toLatin1());
    return response;
}

/** True when both are equal, in time that does not depend on where they differ. */
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

/** The `name` field of an application/x-www-form-urlencoded body ('+' is a space there). */
QString formField(const QUrlQuery &form, const QString &name)
{
    return form.queryItemValue(name, QUrl::FullyDecoded);
}

/**
 * GET /cart/{token} and its forms. Holds the forms' key: derived once from the server's secret
 * (the QR key in the database) with its own label, so a form field can never pass as a QR signature.
 */
class CartPageHandler
{
public:
    CartPageHandler(Storage &storage, QString checkoutUrl)
        : m_storage(storage), m_checkoutUrl(std::move(checkoutUrl))
    { }

    ApiResponse show(const ApiRequest &request)
    {
        const Language language = languageOf(request);
        const QString token = request.args.at(0);
        const auto link = resolve(token);
        if (!link)
            return htmlPage(Status::NotFound, CartPageView::renderLinkGone(language), language);
        const QString done = QUrlQuery(request.http.url()).queryItemValue(QStringLiteral("done"));
        const Notice notice = done == QLatin1String("qty") ? Notice::Updated
            : done == QLatin1String("removed")             ? Notice::Removed
                                                           : Notice::None;
        return page(*link, token, notice, Status::Ok, language);
    }

    ApiResponse change(const ApiRequest &request)
    {
        const Language language = languageOf(request);
        const QString token = request.args.at(0);
        const QString lineId = request.args.at(1);
        const QString action = request.args.at(2);
        const auto link = resolve(token);
        if (!link || (action != QLatin1String("qty") && action != QLatin1String("remove")))
            return htmlPage(Status::NotFound, CartPageView::renderLinkGone(language), language);

        const QByteArray contentType = request.http.value("Content-Type").toLower();
        if (!contentType.startsWith("application/x-www-form-urlencoded"))
            return page(*link, token, Notice::Refused, Status::UnsupportedMediaType, language);
        QByteArray body = request.http.body();
        body.replace('+', ' ');
        const QUrlQuery form(QString::fromUtf8(body));
        if (formKey().isEmpty())
            return htmlPage(Status::ServiceUnavailable, CartPageView::renderTrouble(language), language);
        if (!sameBytes(formField(form, QStringLiteral("csrf")).toLatin1(), csrfFor(token)))
            return page(*link, token, Notice::FormExpired, Status::Forbidden, language);

        bool ok = false;
        const qint64 version = formField(form, QStringLiteral("version")).toLongLong(&ok);
        if (!ok || version < 0)
            return page(*link, token, Notice::Refused, Status::BadRequest, language);
        LineOp op;
        op.lineId = lineId;
        op.type = LineOp::Type::Remove;
        if (action == QLatin1String("qty")) {
            const int qty = formField(form, QStringLiteral("qty")).trimmed().toInt(&ok);
            if (!ok || qty < 0 || qty > maxLineQty)
                return page(*link, token, Notice::Refused, Status::BadRequest, language);
            // 0 in the quantity box means "none of these": the same as Remove.
            if (qty > 0) {
                op.type = LineOp::Type::SetQty;
                op.qty = qty;
            }
        }
        // The same rules and versioning as POST /v1/carts/{id}/ops: a stale version changes nothing.
        const StoreOutcome outcome = m_storage.totes().applyCartOps(link->cartId, version, {op});
        switch (outcome.error) {
        case StoreOutcome::Error::None: {
            // Post/Redirect/Get: reloading the page does not send the form again.
            ApiResponse redirect {Status::SeeOther, QByteArrayLiteral("text/plain; charset=utf-8"), {}, {}};
            const QByteArray done = op.type == LineOp::Type::Remove ? "removed" : "qty";
            return redirect.withHeader("Location", "/cart/" + token.toLatin1() + "?done=" + done)
                .withHeader("Referrer-Policy", "no-referrer");
        }
        case StoreOutcome::Error::PreconditionFailed:
            return page(*link, token, Notice::Changed, Status::Conflict, language);
        case StoreOutcome::Error::NotFound:
            return htmlPage(Status::NotFound, CartPageView::renderLinkGone(language), language);
        case StoreOutcome::Error::Invalid:
        case StoreOutcome::Error::Conflict:
        case StoreOutcome::Error::Unprocessable:
        case StoreOutcome::Error::Forbidden:
        case StoreOutcome::Error::TooManyRequests:
            return page(*link, token, Notice::Refused, Status::BadRequest, language);
        case StoreOutcome::Error::Failed:
            break;
        }
        qCWarning(lcCartPage) << "cart change failed:" << outcome.detail;
        return htmlPage(Status::ServiceUnavailable, CartPageView::renderTrouble(language), language);
    }

private:
    static Language languageOf(const ApiRequest &request)
    {
        return CartPageText::fromAcceptLanguage(request.http.value("Accept-Language"));
    }

    std::optional<CartLink> resolve(const QString &token)
    {
        // Malformed tokens never reach the database; unknown and expired ones look the same.
        if (!CartLinks::looksLikeToken(token))
            return std::nullopt;
        return m_storage.cartLinks().resolve(token);
    }

    QByteArray formKey()
    {
        if (m_formKey.isEmpty()) {
            QString error;
            const QByteArray secret = m_storage.totes().qrSecret(&error);
            if (secret.isEmpty()) {
                qCWarning(lcCartPage) << "no server secret for the cart forms:" << error;
                return {};
            }
            m_formKey = QMessageAuthenticationCode::hash("omnitote cart page forms v1", secret,
                                                         QCryptographicHash::Sha256)
                            .toHex();
        }
        return m_formKey;
    }

    /** The forms' hidden field: an HMAC of the token, so only a page we served can post a change. */
    QByteArray csrfFor(const QString &token)
    {
        return QMessageAuthenticationCode::hash(token.toUtf8(), formKey(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }

    ApiResponse page(const CartLink &link, const QString &token, Notice notice, Status status,
                     Language language)
    {
        const StoreOutcome cart = m_storage.totes().cart(link.cartId);
        if (cart.error == StoreOutcome::Error::NotFound)
            return htmlPage(Status::NotFound, CartPageView::renderLinkGone(language), language);
        if (!cart.ok() || formKey().isEmpty()) {
            qCWarning(lcCartPage) << "cart page failed:" << cart.detail;
            return htmlPage(Status::ServiceUnavailable, CartPageView::renderTrouble(language), language);
        }
        CartPageModel model;
        model.token = token;
        model.csrf = QString::fromLatin1(csrfFor(token));
        model.version = cart.cartVersion;
        model.currency = cart.json.value(QStringLiteral("totals"))
                             .toObject()
                             .value(QStringLiteral("amount"))
                             .toObject()
                             .value(QStringLiteral("currency"))
                             .toString();
        model.checkoutUrl = checkoutUrl();
        model.notice = notice;
        if (!link.storeId.isEmpty()) {
            if (const auto store = m_storage.store(link.storeId))
                model.storeName = store->value(QStringLiteral("name")).toString();
        }
        const QJsonArray lines = cart.json.value(QStringLiteral("lines")).toArray();
        for (const auto &value : lines)
            model.lines.append(
                pageLine(value.toObject(), model.storeName.isEmpty() ? QString() : link.storeId));
        return htmlPage(status, CartPageView::render(model, language), language);
    }

    /** A cart line with its picture and today's stock online and in the store. */
    CartPageLine pageLine(const QJsonObject &json, const QString &storeId)
    {
        CartPageLine line;
        line.lineId = json.value(QStringLiteral("lineId")).toString();
        line.name = json.value(QStringLiteral("name")).toString();
        line.color = json.value(QStringLiteral("color")).toString();
        line.size = json.value(QStringLiteral("size")).toString();
        line.qty = json.value(QStringLiteral("qty")).toInt();
        line.unitPrice =
            json.value(QStringLiteral("unitPrice")).toObject().value(QStringLiteral("amount")).toInteger();
        const QString productId = json.value(QStringLiteral("productId")).toString();
        const QString variantId = json.value(QStringLiteral("variantId")).toString();
        if (const auto product = m_storage.product(productId)) {
            const QJsonArray images = product->value(QStringLiteral("images")).toArray();
            line.imageUrl = images.isEmpty() ? QString() : images.first().toString();
            const QJsonArray variants = product->value(QStringLiteral("variants")).toArray();
            for (const auto &variant : variants) {
                const QJsonObject v = variant.toObject();
                if (v.value(QStringLiteral("id")).toString() != variantId)
                    continue;
                if (!v.value(QStringLiteral("image")).toString().isEmpty())
                    line.imageUrl = v.value(QStringLiteral("image")).toString();
                line.onlineQty =
                    v.value(QStringLiteral("online")).toObject().value(QStringLiteral("qty")).toInt();
            }
        }
        if (storeId.isEmpty())
            return line;
        if (const auto availability = m_storage.availability(productId, storeId)) {
            const QJsonArray variants = availability->value(QStringLiteral("variants")).toArray();
            for (const auto &variant : variants) {
                const QJsonObject v = variant.toObject();
                if (v.value(QStringLiteral("variantId")).toString() == variantId)
                    line.storeQty =
                        v.value(QStringLiteral("store")).toObject().value(QStringLiteral("qty")).toInt();
            }
        }
        return line;
    }

    QString checkoutUrl()
    {
        // The server's configuration wins; the catalogue's retailer record is the fallback.
        if (!m_checkoutUrl.isEmpty())
            return m_checkoutUrl;
        return m_storage.retailer().value(QStringLiteral("checkoutUrl")).toString();
    }

    Storage &m_storage;
    QString m_checkoutUrl;
    QByteArray m_formKey;
};

} // namespace

void addCartPageRoutes(Router &router, Storage &storage, const QString &checkoutUrl)
{
    using Method = Router::Method;
    auto handler = std::make_shared<CartPageHandler>(storage, checkoutUrl);
    // Public routes: the unguessable token in the path is the credential.
    router.add(Method::Get, QStringLiteral("/cart/{token}"), {},
               [handler](const ApiRequest &request) { return handler->show(request); });
    router.add(Method::Post, QStringLiteral("/cart/{token}/lines/{line}/{action}"), {},
               [handler](const ApiRequest &request) { return handler->change(request); });
}

} // namespace Omnitote::Server
