// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace Omnitote {

/** How the shopper gets a line: take it now, pick it up at the desk, or have it shipped home. */
enum class Fulfilment { Take, Pickup, Ship };
/** How the product reached the tote (for the retailer's analytics; never sent as customer data). */
enum class LineSource { Scan, Nfc, Search, Related };

// Wire names: "take", "pickup", "ship" (server/openapi.yaml).
QString fulfilmentName(Fulfilment fulfilment);
std::optional<Fulfilment> fulfilmentFromName(const QString &name);
// "scan", "nfc", "search", "related".
QString lineSourceName(LineSource source);
std::optional<LineSource> lineSourceFromName(const QString &name);

/** What the product page knows when the shopper taps "Add to tote". */
struct NewToteLine
{
    QString productId;
    QString variantId; // empty for a product without variants
    int qty = 1;
    Fulfilment fulfilment = Fulfilment::Take;
    LineSource source = LineSource::Scan;
    qint64 unitPrice = 0; // minor units, the price shown when it was added
    QString currency;
    bool onlineOnly = false; // such items can only ship
    // Display only: kept on the device so the tote screen works offline.
    QString productName;
    QString variantText;
    QString imageUrl;
};

/** One line of the tote as the device stores and shows it. */
struct ToteLine : NewToteLine
{
    QString lineId; // uuid, also the line's id on the server
    qint64 position = 0; // display order; a restored line keeps its old place

    qint64 lineTotal() const { return unitPrice * qty; }
};

} // namespace Omnitote
