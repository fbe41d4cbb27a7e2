// SPDX-License-Identifier: MIT
#include "mailcomposer.h"

#include "mimemessage.h"

#include <QHash>
#include <QLocale>

namespace Omnitote::Server {

namespace {

/** The message texts of one language; %1, %2 are filled in by the composer. */
struct MailTexts
{
    QString listSubject; // %1 store
    QString listIntro; // %1 store
    QString quantity;
    QString unitPrice;
    QString lineTotal;
    QString stock; // %1 count
    QString outOfStock;
    QString total;
    QString openCart;
    QString linkValid; // %1 date
    QString footer; // %1 store
    QString unsubscribe;
    QString codeSubject; // %1 code
    QString codeBody; // %1 code, %2 minutes
    QString codeIgnore;
    QString locale;
};

const MailTexts &texts(const QString &language)
{
    static const QHash<QString, MailTexts> all {
        {QStringLiteral("en"),
         {QStringLiteral("Your list from %1"), QStringLiteral("Here is the list you made at %1."),
          QStringLiteral("Quantity"), QStringLiteral("Price"), QStringLiteral("Total"),
          QStringLiteral("%1 in stock in the store"), QStringLiteral("Not in stock in the store"),
          QStringLiteral("Total"), QStringLiteral("Open your cart"),
          QStringLiteral("The link to your cart works until %1."),
          QStringLiteral("You asked for this email at the kiosk in %1."),
          QStringLiteral("Unsubscribe from offers"), QStringLiteral("Your code: %1"),
          QStringLiteral("Your code is %1. It is valid for %2 minutes."),
          QStringLiteral("If you did not ask for it, ignore this email."), QStringLiteral("en_GB")}},
        {QStringLiteral("zh"),
         {QStringLiteral("您在%1的购物清单"), QStringLiteral("这是您在%1创建的清单。"),
          QStringLiteral("数量"), QStringLiteral("单价"), QStringLiteral("小计"),
          QStringLiteral("门店库存 %1 件"), QStringLiteral("门店暂无库存"), QStringLiteral("合计"),
          QStringLiteral("打开购物车"), QStringLiteral("购物车链接有效期至 %1。"),
          QStringLiteral("您在%1的自助终端上申请了这封邮件。"), QStringLiteral("退订优惠信息"),
          QStringLiteral("您的验证码：%1"), QStringLiteral("您的验证码是 %1，%2 分钟内有效。"),
          QStringLiteral("如果这不是您本人的操作，请忽略此邮件。"), QStringLiteral("zh_CN")}},
        {QStringLiteral("et"),
         {QStringLiteral("Teie nimekiri – %1"),
          QStringLiteral("Siin on nimekiri, mille koostasite kaupluses %1."), QStringLiteral("Kogus"),
          QStringLiteral("Hind"), QStringLiteral("Summa"), QStringLiteral("Kaupluses laos %1 tk"),
          QStringLiteral("Kaupluses laos ei ole"), QStringLiteral("Kokku"), QStringLiteral("Ava ostukorv"),
          QStringLiteral("Ostukorvi link kehtib kuni %1."),
          QStringLiteral("Tellisite selle kirja kaupluse %1 infokioskist."),
          QStringLiteral("Loobu pakkumistest"), QStringLiteral("Teie kood: %1"),
          QStringLiteral("Teie kood on %1. See kehtib %2 minutit."),
          QStringLiteral("Kui te seda ei tellinud, jätke kiri tähelepanuta."), QStringLiteral("et_EE")}},
        {QStringLiteral("pl"),
         {QStringLiteral("Twoja lista z %1"), QStringLiteral("Oto lista, którą przygotowałeś w sklepie %1."),
          QStringLiteral("Ilość"), QStringLiteral("Cena"), QStringLiteral("Razem"),
          QStringLiteral("W sklepie: %1 szt."), QStringLiteral("Brak w sklepie"), QStringLiteral("Łącznie"),
          QStringLiteral("Otwórz koszyk"), QStringLiteral("Link do koszyka jest ważny do %1."),
          QStringLiteral("Poprosiłeś o tę wiadomość w kiosku w sklepie %1."),
          QStringLiteral("Zrezygnuj z ofert"), QStringLiteral("Twój kod: %1"),
          QStringLiteral("Twój kod to %1. Jest ważny przez %2 minut."),
          QStringLiteral("Jeśli to nie Ty, zignoruj tę wiadomość."), QStringLiteral("pl_PL")}},
    };
    auto it = all.constFind(language);
    if (it == all.constEnd())
        it = all.constFind(QStringLiteral("en"));
    return *it;
}

QString htmlPage(const QString &language, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width\"></head>"
                          "<body style=\"font-family:sans-serif;color:#222;margin:0;padding:16px\">%2"
                          "</body></html>")
        .arg(language, body);
}

} // namespace

const QStringList &MailComposer::languages()
{
    static const QStringList all {QStringLiteral("en"), QStringLiteral("zh"), QStringLiteral("et"),
                                  QStringLiteral("pl")};
    return all;
}

QString MailComposer::money(qint64 minor, const QString &currency, const QString &language)
{
    const QLocale locale(texts(language).locale);
    return locale.toString(double(minor) / 100.0, 'f', 2) + QLatin1Char(' ') + currency;
}

ComposedMail MailComposer::list(const ListEmail &mail)
{
    const MailTexts &t = texts(mail.language);
    using Mime::escapeHtml;
    const QString store = Mime::singleLine(mail.storeName);
    const QString expires =
        QLocale(t.locale).toString(mail.cartLinkExpiresAt.toUTC().date(), QLocale::LongFormat);
    ComposedMail out;
    out.subject = t.listSubject.arg(store);

    QString text = t.listIntro.arg(store) + QStringLiteral("\n\n");
    QString rows;
    qint64 total = 0;
    for (const auto &line : mail.lines) {
        const qint64 lineTotal = line.unitPrice * line.qty;
        total += lineTotal;
        const QString name = Mime::singleLine(line.name);
        const QString variant = Mime::singleLine(line.variant);
        const QString stock = line.storeStock > 0 ? t.stock.arg(line.storeStock)
            : line.storeStock == 0                ? t.outOfStock
                                                  : QString();
        text +=
            QStringLiteral("- %1%2\n  %3: %4 × %5 = %6\n")
                .arg(name, variant.isEmpty() ? QString() : QStringLiteral(" (") + variant + QLatin1Char(')'),
                     t.quantity, QString::number(line.qty),
                     money(line.unitPrice, mail.currency, mail.language),
                     money(lineTotal, mail.currency, mail.language));
        if (!stock.isEmpty())
            text += QStringLiteral("  ") + stock + QLatin1Char('\n');
        const QString image = line.imageUrl.isEmpty()
            ? QString()
            : QStringLiteral("<img src=\"%1\" alt=\"\" width=\"64\" height=\"64\" "
                             "style=\"display:block;border:0\">")
                  .arg(escapeHtml(line.imageUrl));
        rows += QStringLiteral("<tr><td style=\"padding:8px 8px 8px 0;vertical-align:top\">%1</td>"
                               "<td style=\"padding:8px 0;vertical-align:top\"><strong>%2</strong>"
                               "<div>%3</div><div style=\"color:#555\">%4: %5 &times; %6</div>"
                               "<div style=\"color:#555\">%7</div></td>"
                               "<td style=\"padding:8px 0;vertical-align:top;text-align:right\">%8</td></tr>")
                    .arg(image, escapeHtml(name), escapeHtml(variant), escapeHtml(t.quantity),
                         QString::number(line.qty),
                         escapeHtml(money(line.unitPrice, mail.currency, mail.language)), escapeHtml(stock),
                         escapeHtml(money(lineTotal, mail.currency, mail.language)));
    }
    const QString totalText = money(total, mail.currency, mail.language);
    text +=
        QStringLiteral("\n%1: %2\n\n%3: %4\n%5\n\n%6\n")
            .arg(t.total, totalText, t.openCart, mail.cartUrl, t.linkValid.arg(expires), t.footer.arg(store));
    if (!mail.unsubscribeUrl.isEmpty())
        text += t.unsubscribe + QStringLiteral(": ") + mail.unsubscribeUrl + QLatin1Char('\n');
    out.text = text;

    QString body = QStringLiteral("<p>%1</p><table role=\"presentation\" style=\"border-collapse:collapse;"
                                  "width:100%;max-width:640px\">%2<tr><td></td><td style=\"padding:8px 0\">"
                                  "<strong>%3</strong></td><td style=\"text-align:right\"><strong>%4</strong>"
                                  "</td></tr></table><p><a href=\"%5\" style=\"display:inline-block;"
                                  "padding:12px 20px;background:#1f5c4a;color:#fff;text-decoration:none;"
                                  "border-radius:6px\">%6</a></p><p style=\"color:#555\">%7</p>"
                                  "<p style=\"color:#555\">%8</p>")
                       .arg(escapeHtml(t.listIntro.arg(store)), rows, escapeHtml(t.total),
                            escapeHtml(totalText), escapeHtml(mail.cartUrl), escapeHtml(t.openCart),
                            escapeHtml(t.linkValid.arg(expires)), escapeHtml(t.footer.arg(store)));
    if (!mail.unsubscribeUrl.isEmpty())
        body += QStringLiteral("<p style=\"color:#555\"><a href=\"%1\">%2</a></p>")
                    .arg(escapeHtml(mail.unsubscribeUrl), escapeHtml(t.unsubscribe));
    out.html = htmlPage(mail.language, body);
    return out;
}

ComposedMail MailComposer::code(const QString &language, const QString &storeName, const QString &code,
                                int validMinutes)
{
    const MailTexts &t = texts(language);
    using Mime::escapeHtml;
    const QString store = Mime::singleLine(storeName);
    ComposedMail out;
    out.subject = t.codeSubject.arg(code);
    const QString line = t.codeBody.arg(code, QString::number(validMinutes));
    out.text = line + QStringLiteral("\n\n") + t.codeIgnore + QStringLiteral("\n\n") + t.footer.arg(store)
        + QLatin1Char('\n');
    out.html =
        htmlPage(language,
                 QStringLiteral("<p style=\"font-size:1.2em\">%1</p><p>%2</p><p style=\"color:#555\">%3</p>")
                     .arg(escapeHtml(line), escapeHtml(t.codeIgnore), escapeHtml(t.footer.arg(store))));
    return out;
}

} // namespace Omnitote::Server
