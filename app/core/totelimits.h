// SPDX-License-Identifier: MIT
#pragma once

/**
 * Limits of a tote that the kiosk and the server share: the kiosk refuses an edit beyond them before
 * it is queued, the server refuses an op beyond them (server/openapi.yaml), so a change the shopper
 * saw accepted is never refused later by the other side.
 */
namespace Omnitote::ToteLimits {

/** Largest quantity of one tote or cart line. */
constexpr int maxLineQty = 99;
/** Most live (not removed) lines one tote may hold; a shop-floor basket, not a warehouse order. */
constexpr int maxLines = 200;

} // namespace Omnitote::ToteLimits
