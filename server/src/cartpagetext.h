// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace Omnitote::Server {

/**
 * The cart page's words in the kiosk's four languages. The server has no QTranslator (it serves many
 * shoppers at once, each in their own language), so the page carries its own small table.
 */
class CartPageText
{
public:
    enum class Language { En, Zh, Et, Pl };
    enum Key {
        Title,
        Heading,
        Empty,
        Quantity,
        Update,
        Remove,
        Each,
        LineTotal,
        Items,
        Total,
        Checkout,
        OnlineStock, // %1 = quantity
        OnlineOut,
        StoreStock, // %1 = quantity, %2 = store name
        StoreOut, // %1 = store name
        Changed,
        ChangedHint,
        Updated,
        Removed,
        Refused,
        LinkGone,
        LinkGoneHint,
        FormExpired,
        Trouble,
        KeyCount
    };

    /** The best of our languages for an Accept-Language header (q-values honoured); English otherwise. */
    static Language fromAcceptLanguage(const QByteArray &header);
    /** BCP 47 tag for `<html lang>` and number formatting. */
    static QString tag(Language language);
    static QString get(Language language, Key key);
};

} // namespace Omnitote::Server
