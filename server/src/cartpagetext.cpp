// SPDX-License-Identifier: MIT
#include "cartpagetext.h"

#include <QList>

#include <array>
#include <optional>

namespace Omnitote::Server {

namespace {

using Row = std::array<const char *, 4>; // en, zh, et, pl (UTF-8)

// One row per key, in the enum's order.
constexpr std::array<Row, CartPageText::KeyCount> kText {{
    {"Your cart", "您的购物车", "Sinu ostukorv", "Twój koszyk"},
    {"Your list from the store", "您在门店保存的清单", "Sinu poes koostatud nimekiri",
     "Twoja lista ze sklepu"},
    {"Your cart is empty.", "您的购物车是空的。", "Sinu ostukorv on tühi.", "Twój koszyk jest pusty."},
    {"Quantity", "数量", "Kogus", "Ilość"},
    {"Update", "更新", "Uuenda", "Zmień"},
    {"Remove", "移除", "Eemalda", "Usuń"},
    {"each", "每件", "tk", "szt."},
    {"Line total", "小计", "Kokku", "Razem"},
    {"Items", "件数", "Tooteid", "Produkty"},
    {"Total", "合计", "Kokku", "Suma"},
    {"Continue to checkout", "去结账", "Jätka maksmisega", "Przejdź do kasy"},
    {"Online: %1 in stock", "网店：有货 %1 件", "E-poes: %1 laos", "Online: %1 w magazynie"},
    {"Online: out of stock", "网店：缺货", "E-poes: otsas", "Online: brak"},
    {"%2: %1 on the shelf", "%2：货架上有 %1 件", "%2: riiulil %1", "%2: %1 na półce"},
    {"%1: not in stock", "%1：无货", "%1: laos pole", "%1: brak w sklepie"},
    {"Your cart changed", "您的购物车已更改", "Sinu ostukorv muutus", "Twój koszyk się zmienił"},
    {"Your cart was changed somewhere else (in the store or on another device) while this page was open. "
     "Nothing was overwritten: here is what it holds now. Make your change again if you still want it.",
     "在您打开此页面期间，购物车已在别处（门店或其他设备）被更改。没有任何内容被覆盖：以下是当前内容。"
     "如仍需要，请再次进行更改。",
     "Sinu ostukorvi muudeti mujal (poes või teises seadmes), kui see leht oli avatud. Midagi ei kirjutatud "
     "üle: siin on selle praegune sisu. Kui soovid, tee muudatus uuesti.",
     "Twój koszyk został zmieniony gdzie indziej (w sklepie lub na innym urządzeniu), gdy ta strona była "
     "otwarta. Nic nie zostało nadpisane: oto jego aktualna zawartość. Jeśli chcesz, wprowadź zmianę "
     "ponownie."},
    {"Quantity updated.", "数量已更新。", "Kogus uuendatud.", "Ilość zmieniona."},
    {"Item removed.", "商品已移除。", "Toode eemaldatud.", "Produkt usunięty."},
    {"That change could not be made.", "无法进行该更改。", "Seda muudatust ei saanud teha.",
     "Nie można wprowadzić tej zmiany."},
    {"This link has expired or is not valid", "此链接已过期或无效", "See link on aegunud või vigane",
     "Ten link wygasł lub jest nieprawidłowy"},
    {"Links to your cart work for a limited time. Ask for a new email at the store's kiosk, or sign in on "
     "our website to see your cart.",
     "购物车链接仅在有限时间内有效。请在门店自助终端重新发送邮件，或登录我们的网站查看购物车。",
     "Ostukorvi lingid kehtivad piiratud aja. Küsi poe kioskist uus e-kiri või logi meie veebilehel sisse.",
     "Linki do koszyka działają przez ograniczony czas. Poproś o nowy e-mail w kiosku w sklepie lub zaloguj "
     "się na naszej stronie."},
    {"This form has expired. Please try again from the page below.", "此表单已失效，请在下方页面重试。",
     "See vorm on aegunud. Proovi uuesti allolevalt lehelt.",
     "Ten formularz wygasł. Spróbuj ponownie na stronie poniżej."},
    {"Something went wrong on our side. Please try again in a moment.", "我们这边出了点问题，请稍后再试。",
     "Meie poolel läks midagi valesti. Proovi hetke pärast uuesti.",
     "Coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę."},
}};

} // namespace

CartPageText::Language CartPageText::fromAcceptLanguage(const QByteArray &header)
{
    // "pl-PL,pl;q=0.9,en;q=0.8": take the supported range with the highest q (first wins ties).
    Language best = Language::En;
    double bestQ = -1.0;
    const QList<QByteArray> ranges = header.split(',');
    for (const QByteArray &range : ranges) {
        const QList<QByteArray> parts = range.split(';');
        const QByteArray tag = parts.first().trimmed().toLower();
        double q = 1.0;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray param = parts.at(i).trimmed();
            if (param.startsWith("q=")) {
                bool ok = false;
                q = param.mid(2).toDouble(&ok);
                if (!ok)
                    q = 0.0;
            }
        }
        const QByteArray primary = tag.left(tag.indexOf('-') < 0 ? tag.size() : tag.indexOf('-'));
        std::optional<Language> language;
        if (primary == "en")
            language = Language::En;
        else if (primary == "zh")
            language = Language::Zh;
        else if (primary == "et")
            language = Language::Et;
        else if (primary == "pl")
            language = Language::Pl;
        if (language && q > 0.0 && q > bestQ) {
            best = *language;
            bestQ = q;
        }
    }
    return best;
}

QString CartPageText::tag(Language language)
{
    switch (language) {
    case Language::Zh:
        return QStringLiteral("zh-CN");
    case Language::Et:
        return QStringLiteral("et");
    case Language::Pl:
        return QStringLiteral("pl");
    case Language::En:
        break;
    }
    return QStringLiteral("en");
}

QString CartPageText::get(Language language, Key key)
{
    if (key < 0 || key >= KeyCount)
        return {};
    return QString::fromUtf8(kText.at(size_t(key)).at(size_t(language)));
}

} // namespace Omnitote::Server
