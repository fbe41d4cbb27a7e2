// SPDX-License-Identifier: MIT
#pragma once

#include "servertotetypes.h"

namespace Omnitote::Server {

/** One line of a customer's online cart: one per product + variant. */
struct CartLine
{
    QString id;
    QString productId;
    QString variantId;
    int qty = 0; // what the customer will buy
    int storeQty = 0; // the part the shop floor (linked totes) contributed
    Fulfilment fulfilment = Fulfilment::Ship;
    qint64 unitPrice = 0;
    QString origin; // "store" or "online": who first put it in the cart
    bool removed = false; // also true for a line about to be created: the first add "revives" it
    QString removedBy; // "customer" or "store" while removed
    bool isNew = false; // not in the database yet
    bool dirty = false; // changed since loaded
};

/**
 * The cart merge rules (docs/API.md, "Cart merge rules"), as pure functions on one cart line so each
 * rule is testable without a database. Store changes arrive as changes (deltas) to the store's
 * contribution, never as a total, so they cannot overwrite what the customer did online.
 */
namespace CartMerge {

/** A store line is added (new tote line, an undo, or a tote linked to the customer): +qty. */
void storeAdd(CartLine &line, int qty, Fulfilment fulfilment, qint64 unitPrice);
/** A store line's qty went from `oldQty` to `newQty`: the same change to the cart; never below 1. */
void storeSetQty(CartLine &line, int oldQty, int newQty);
/** A store line holding `qty` is removed: that many come off; at 0 the line is removed. */
void storeRemove(CartLine &line, int qty);
/** Last writer wins for the fulfilment of a live line. */
void setFulfilment(CartLine &line, Fulfilment fulfilment);

/** The customer adds online: combines with a live line, or revives a removed one with `qty`. */
void customerAdd(CartLine &line, int qty, Fulfilment fulfilment, qint64 unitPrice);
/** The customer sets the total; the store's contribution shrinks to fit. */
void customerSetQty(CartLine &line, int qty);
/** The customer removes the line; the tote lines behind it are detached by the caller. */
void customerRemove(CartLine &line);

} // namespace CartMerge

} // namespace Omnitote::Server
