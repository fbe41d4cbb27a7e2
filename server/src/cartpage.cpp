// SPDX-License-Identifier: MIT
#include "cartpage.h"
#include "servertotetypes.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QUrl>

namespace Omnitote::Server {

namespace {

using Key = CartPageText::Key;

// Mobile first: one column; from 720 px the image, details and line total sit side by side.
constexpr char kStyle[] = R"css(
*{box-sizing:border-box}
body{margin:0;font:16px/1.45 "Noto Sans",system-ui,sans-serif;background:#f6f1e7;color:#1d2a24}
header{background:#1f3a2e;color:#f6f1e7;padding:16px max(16px,calc((100% - 1040px)/2 + 24px))}
header h1{margin:0;font-size:1.35rem}
header p{margin:4px 0 0;opacity:.85;font-size:.95rem}
main{max-width:1040px;margin:0 auto;padding:16px}
.notice{border-radius:12px;padding:12px 16px;margin:0 0 16px;background:#fff;border-left:6px solid #2e7d4f}
.notice.warn{border-left-color:#9a5b00}
.notice h2{margin:0 0 4px;font-size:1.1rem}
.notice p{margin:0}
ul.lines{list-style:none;margin:0;padding:0}
.line{display:grid;grid-template-columns:88px 1fr;gap:12px;background:#fff;border-radius:14px;padding:12px;
margin-bottom:12px}
.line img{width:88px;height:88px;object-fit:contain;background:#ece5d6;border-radius:10px}
.line h2{margin:0;font-size:1.05rem;overflow-wrap:anywhere}
.variant,.stock{margin:2px 0;color:#5d6b64;font-size:.92rem}
.stock .out{color:#a23b2a}
.price{margin:2px 0}
.linetotal{grid-column:1/-1;text-align:right;font-weight:700;margin:0}
.actions{grid-column:1/-1;display:flex;flex-wrap:wrap;gap:8px;align-items:end}
.actions form{display:flex;gap:8px;align-items:end;margin:0}
label{display:flex;flex-direction:column;font-size:.85rem;color:#5d6b64}
input[type=number]{width:5.5em;min-height:44px;font-size:1rem;padding:6px 8px;border:1px solid #b9b1a0;
border-radius:8px}
button,.checkout{min-height:44px;font-size:1rem;border-radius:8px;padding:8px 16px;cursor:pointer}
button{border:1px solid #1f3a2e;background:#fff;color:#1f3a2e}
button.remove{border-color:#a23b2a;color:#a23b2a}
.summary{background:#fff;border-radius:14px;padding:16px;margin-top:4px}
.summary dl{display:grid;grid-template-columns:1fr auto;margin:0 0 12px;gap:4px}
.summary dt{color:#5d6b64}
.summary dd{margin:0;text-align:right;font-weight:700}
.checkout{display:block;text-align:center;background:#d98e32;color:#1d2a24;font-weight:700;
text-decoration:none;padding:12px 16px}
.empty{background:#fff;border-radius:14px;padding:24px;text-align:center}
@media (min-width:720px){
main{padding:24px}
.line{grid-template-columns:120px 1fr auto;align-items:start}
.line img{width:120px;height:120px}
.linetotal{grid-column:3;grid-row:1;font-size:1.1rem}
.actions{grid-column:2/-1}
.layout{display:grid;grid-template-columns:1fr 300px;gap:20px;align-items:start}
.summary{position:sticky;top:16px;margin-top:0}
}
)css";

QString esc(const QString &text)
{
    // toHtmlEscaped covers < > & and "; every attribute below is double-quoted.
    return text.toHtmlEscaped();
}

QString variantText(const CartPageLine &line)
{
    QStringList parts;
    if (!line.color.isEmpty())
        parts.append(line.color);
    if (!line.size.isEmpty())
        parts.append(line.size);
    return parts.join(QStringLiteral(" · "));
}

QString head(const QString &title, CartPageText::Language language)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                          "<meta name=\"referrer\" content=\"no-referrer\">"
                          "<title>%2</title><style>%3</style></head><body>")
        .arg(CartPageText::tag(language), esc(title), QString::fromUtf8(kStyle));
}

QString noticeHtml(CartPageModel::Notice notice, CartPageText::Language language)
{
    const auto t = [language](Key key) {
        return esc(CartPageText::get(language, key));
    };
    switch (notice) {
    case CartPageModel::Notice::None:
        return {};
    case CartPageModel::Notice::Changed:
        return QStringLiteral(
                   "<div class=\"notice warn\" id=\"notice\" role=\"status\"><h2>%1</h2><p>%2</p></div>")
            .arg(t(Key::Changed), t(Key::ChangedHint));
    case CartPageModel::Notice::Updated:
        return QStringLiteral("<div class=\"notice\" id=\"notice\" role=\"status\"><p>%1</p></div>")
            .arg(t(Key::Updated));
    case CartPageModel::Notice::Removed:
        return QStringLiteral("<div class=\"notice\" id=\"notice\" role=\"status\"><p>%1</p></div>")
            .arg(t(Key::Removed));
    case CartPageModel::Notice::Refused:
        return QStringLiteral("<div class=\"notice warn\" id=\"notice\" role=\"status\"><p>%1</p></div>")
            .arg(t(Key::Refused));
    case CartPageModel::Notice::FormExpired:
        return QStringLiteral("<div class=\"notice warn\" id=\"notice\" role=\"status\"><p>%1</p></div>")
            .arg(t(Key::FormExpired));
    }
    return {};
}

QString stockHtml(const CartPageLine &line, const QString &storeName, CartPageText::Language language)
{
    QString html;
    if (line.onlineQty >= 0) {
        html += line.onlineQty > 0
            ? QStringLiteral("<p class=\"stock online\">%1</p>")
                  .arg(esc(CartPageText::get(language, Key::OnlineStock).arg(line.onlineQty)))
            : QStringLiteral("<p class=\"stock online\"><span class=\"out\">%1</span></p>")
                  .arg(esc(CartPageText::get(language, Key::OnlineOut)));
    }
    if (!storeName.isEmpty() && line.storeQty >= 0) {
        html += line.storeQty > 0
            ? QStringLiteral("<p class=\"stock store\">%1</p>")
                  .arg(esc(CartPageText::get(language, Key::StoreStock).arg(line.storeQty).arg(storeName)))
            : QStringLiteral("<p class=\"stock store\"><span class=\"out\">%1</span></p>")
                  .arg(esc(CartPageText::get(language, Key::StoreOut).arg(storeName)));
    }
    return html;
}

QString hiddenFields(const CartPageModel &model)
{
    return QStringLiteral("<input type=\"hidden\" name=\"csrf\" value=\"%1\">"
                          "<input type=\"hidden\" name=\"version\" value=\"%2\">")
        .arg(esc(model.csrf), QString::number(model.version));
}

QString lineHtml(const CartPageModel &model, const CartPageLine &line, CartPageText::Language language)
{
    // Built by concatenation, not chained arg(): a product name holding "%1" must stay text.
    const auto t = [language](Key key) {
        return esc(CartPageText::get(language, key));
    };
    const QString action = QStringLiteral("/cart/") + esc(model.token) + QStringLiteral("/lines/")
        + esc(QString::fromLatin1(QUrl::toPercentEncoding(line.lineId)));
    const QString qtyId = QStringLiteral("qty-") + esc(line.lineId);
    QString html =
        QStringLiteral("<li class=\"line\" data-line-id=\"") + esc(line.lineId) + QStringLiteral("\">");
    html += line.imageUrl.isEmpty() ? QStringLiteral("<span></span>")
                                    : QStringLiteral("<img src=\"") + esc(line.imageUrl)
            + QStringLiteral("\" alt=\"\" width=\"120\" height=\"120\">");
    html += QStringLiteral("<div class=\"info\"><h2 class=\"name\">") + esc(line.name)
        + QStringLiteral("</h2><p class=\"variant\">") + esc(variantText(line))
        + QStringLiteral("</p><p class=\"price\">")
        + esc(CartPageView::money(line.unitPrice, model.currency, language)) + QLatin1Char(' ') + t(Key::Each)
        + QStringLiteral("</p>") + stockHtml(line, model.storeName, language) + QStringLiteral("</div>");
    html += QStringLiteral("<p class=\"linetotal\" title=\"") + t(Key::LineTotal) + QStringLiteral("\">")
        + esc(CartPageView::money(line.unitPrice * line.qty, model.currency, language))
        + QStringLiteral("</p>");
    html += QStringLiteral("<div class=\"actions\"><form method=\"post\" action=\"") + action
        + QStringLiteral("/qty\" class=\"setqty\">") + hiddenFields(model) + QStringLiteral("<label for=\"")
        + qtyId + QStringLiteral("\">") + t(Key::Quantity) + QStringLiteral("<input id=\"") + qtyId
        + QStringLiteral("\" type=\"number\" name=\"qty\" min=\"1\" max=\"") + QString::number(maxLineQty)
        + QStringLiteral("\" value=\"") + QString::number(line.qty)
        + QStringLiteral("\" required></label><button type=\"submit\">") + t(Key::Update)
        + QStringLiteral("</button></form>");
    html += QStringLiteral("<form method=\"post\" action=\"") + action
        + QStringLiteral("/remove\" class=\"remove\">") + hiddenFields(model)
        + QStringLiteral("<button type=\"submit\" class=\"remove\">") + t(Key::Remove)
        + QStringLiteral("</button></form></div></li>");
    return html;
}

} // namespace

QByteArray CartPageView::render(const CartPageModel &model, Language language)
{
    const auto t = [language](Key key) {
        return esc(CartPageText::get(language, key));
    };
    QString html = head(CartPageText::get(language, Key::Title), language);
    html += QStringLiteral("<header><h1>%1</h1>").arg(t(Key::Title));
    if (!model.storeName.isEmpty())
        html += QStringLiteral("<p>%1 · %2</p>").arg(t(Key::Heading), esc(model.storeName));
    html += QStringLiteral("</header><main>");
    html += noticeHtml(model.notice, language);
    if (model.lines.isEmpty()) {
        html += QStringLiteral("<p class=\"empty\" id=\"empty\">%1</p>").arg(t(Key::Empty));
    } else {
        qint64 totalQty = 0;
        qint64 totalAmount = 0;
        html += QStringLiteral("<div class=\"layout\"><ul class=\"lines\" id=\"lines\">");
        for (const auto &line : model.lines) {
            totalQty += line.qty;
            totalAmount += line.unitPrice * line.qty;
            html += lineHtml(model, line, language);
        }
        html += QStringLiteral("</ul><section class=\"summary\" id=\"summary\"><dl><dt>%1</dt>"
                               "<dd id=\"total-qty\">%2</dd><dt>%3</dt><dd id=\"total-amount\">%4</dd></dl>")
                    .arg(t(Key::Items), QString::number(totalQty), t(Key::Total),
                         esc(money(totalAmount, model.currency, language)));
        if (!model.checkoutUrl.isEmpty())
            html +=
                QStringLiteral("<a class=\"checkout\" id=\"checkout\" href=\"%1\" rel=\"noreferrer\">%2</a>")
                    .arg(esc(model.checkoutUrl), t(Key::Checkout));
        html += QStringLiteral("</section></div>");
    }
    html += QStringLiteral("</main></body></html>\n");
    return html.toUtf8();
}

QByteArray CartPageView::renderLinkGone(Language language)
{
    const auto t = [language](Key key) {
        return esc(CartPageText::get(language, key));
    };
    return (head(CartPageText::get(language, Key::LinkGone), language)
            + QStringLiteral("<header><h1>%1</h1></header><main><div class=\"notice warn\" id=\"notice\">"
                             "<p>%2</p></div></main></body></html>\n")
                  .arg(t(Key::LinkGone), t(Key::LinkGoneHint)))
        .toUtf8();
}

QByteArray CartPageView::renderTrouble(Language language)
{
    const auto t = [language](Key key) {
        return esc(CartPageText::get(language, key));
    };
    return (head(CartPageText::get(language, Key::Title), language)
            + QStringLiteral("<header><h1>%1</h1></header><main><div class=\"notice warn\" id=\"notice\">"
                             "<p>%2</p></div></main></body></html>\n")
                  .arg(t(Key::Title), t(Key::Trouble)))
        .toUtf8();
}

QByteArray CartPageView::contentSecurityPolicy()
{
    // The one inline style is allowed by its hash, so no 'unsafe-inline' and no script of any kind.
    static const QByteArray policy = [] {
        const QByteArray hash =
            QCryptographicHash::hash(QByteArray(kStyle), QCryptographicHash::Sha256).toBase64();
        return "default-src 'none'; img-src 'self'; style-src 'sha256-" + hash
            + "'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    }();
    return policy;
}

QString CartPageView::money(qint64 amount, const QString &currency, Language language)
{
    const QLocale locale(CartPageText::tag(language));
    const QString symbol = currency == QLatin1String("EUR") ? QStringLiteral("€") : currency;
    return locale.toCurrencyString(double(amount) / 100.0, symbol, 2);
}

} // namespace Omnitote::Server
