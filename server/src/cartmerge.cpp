// SPDX-License-Identifier: MIT
#include "cartmerge.h"

#include <algorithm>

namespace Omnitote::Server::CartMerge {

namespace {

void revive(CartLine &line, int qty, int storeQty, Fulfilment fulfilment, qint64 unitPrice,
            const char *origin)
{
    // A removed (or brand-new) line starts again from this change alone, at today's price.
    line.removed = false;
    line.removedBy.clear();
    line.qty = std::min(qty, maxLineQty);
    line.storeQty = std::min(storeQty, line.qty);
    line.fulfilment = fulfilment;
    line.unitPrice = unitPrice;
    if (line.origin.isEmpty())
        line.origin = QLatin1String(origin);
    line.dirty = true;
}

} // namespace

void storeAdd(CartLine &line, int qty, Fulfilment fulfilment, qint64 unitPrice)
{
    if (line.removed) {
        revive(line, qty, qty, fulfilment, unitPrice, "store");
        return;
    }
    line.qty = std::min(line.qty + qty, maxLineQty);
    line.storeQty = std::min(line.storeQty + qty, line.qty);
    line.fulfilment = fulfilment;
    line.dirty = true;
}

void storeSetQty(CartLine &line, int oldQty, int newQty)
{
    if (line.removed) {
        // Only the store removed it (a customer removal detaches the tote line first): the store
        // still wants newQty of it, so it comes back with that.
        revive(line, newQty, newQty, line.fulfilment, line.unitPrice, "store");
        return;
    }
    const int delta = newQty - oldQty;
    line.qty = std::clamp(line.qty + delta, 1, maxLineQty);
    line.storeQty = std::clamp(line.storeQty + delta, 0, line.qty);
    line.dirty = true;
}

void storeRemove(CartLine &line, int qty)
{
    if (line.removed)
        return;
    line.qty -= qty;
    line.storeQty = std::clamp(line.storeQty - qty, 0, std::max(line.qty, 0));
    if (line.qty <= 0) {
        line.qty = 0;
        line.removed = true;
        line.removedBy = QStringLiteral("store");
    }
    line.dirty = true;
}

void setFulfilment(CartLine &line, Fulfilment fulfilment)
{
    if (line.removed)
        return;
    line.fulfilment = fulfilment;
    line.dirty = true;
}

void customerAdd(CartLine &line, int qty, Fulfilment fulfilment, qint64 unitPrice)
{
    if (line.removed) {
        revive(line, qty, 0, fulfilment, unitPrice, "online");
        return;
    }
    line.qty = std::min(line.qty + qty, maxLineQty);
    line.fulfilment = fulfilment;
    line.dirty = true;
}

void customerSetQty(CartLine &line, int qty)
{
    line.qty = qty;
    line.storeQty = std::min(line.storeQty, qty);
    line.dirty = true;
}

void customerRemove(CartLine &line)
{
    line.qty = 0;
    line.storeQty = 0;
    line.removed = true;
    line.removedBy = QStringLiteral("customer");
    line.dirty = true;
}

} // namespace Omnitote::Server::CartMerge
