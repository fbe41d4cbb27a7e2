// SPDX-License-Identifier: MIT
#pragma once

#include "cartpagetext.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Omnitote::Server {

/** One cart line as the page shows it; all text is raw here and escaped when rendered. */
struct CartPageLine
{
    QString lineId;
    QString name;
    QString color;
    QString size;
    QString imageUrl; // same-origin path ("/images/..."), or empty
    int qty = 0;
    qint64 unitPrice = 0; // minor units
    int onlineQty = -1; // -1: unknown
    int storeQty = -1; // -1: unknown or no store
};

/** Everything one rendering of the cart page needs. */
struct CartPageModel
{
    enum class Notice { None, Changed, Updated, Removed, Refused, FormExpired };

    QString token; // the link's token: it is the page's address, so the forms post back to it
    QString csrf; // the forms' hidden field
    qint64 version = 0; // the cart version the forms were made from
    QString currency;
    QString storeName; // the store the list was made in; empty when unknown
    QString checkoutUrl; // empty: no checkout button
    QList<CartPageLine> lines;
    Notice notice = Notice::None;
};

/**
 * Renders the customer's cart page as one self-contained HTML document: mobile-first CSS in a
 * style element (allowed by its hash in the Content-Security-Policy), no scripts, plain forms.
 */
class CartPageView
{
public:
    using Language = CartPageText::Language;

    static QByteArray render(const CartPageModel &model, Language language);
    /** The friendly page for an unknown or expired link. */
    static QByteArray renderLinkGone(Language language);
    /** The friendly page when the database failed: no details, they are in the server log. */
    static QByteArray renderTrouble(Language language);

    /** The page's Content-Security-Policy: nothing but our images, our style, forms to ourselves. */
    static QByteArray contentSecurityPolicy();

    /** Money in minor units, e.g. "€12.90" or "12,90 €" for the language. */
    static QString money(qint64 amount, const QString &currency, Language language);
};

} // namespace Omnitote::Server
