// SPDX-License-Identifier: MIT
#pragma once

#include "authenticator.h"
#include "router.h"
#include "storage.h"

namespace Omnitote::Server {

/** GET /v1/health (public), GET /v1/me, GET /v1/stores. */
void addHealthRoutes(Router &router, Storage &storage);
/** Lookup, search, product, reviews, availability, related and the change feed. */
void addCatalogRoutes(Router &router, Storage &storage);
/** Admin-only: minting device tokens over the API. */
void addAdminRoutes(Router &router, Storage &storage, Authenticator &authenticator);
class Thumbnails;
/** GET /images/{file}: the catalogue's product art (public, cacheable, like a CDN would serve it);
 * GET /images/thumb/{name}.png: its PNG thumbnails for email. */
void addImageRoutes(Router &router, Thumbnails &thumbnails);

class EmailService;
/** Totes: create, read, apply op batches, link a customer by QR code or by email and a code. */
void addToteRoutes(Router &router, Storage &storage, EmailService &email);
/** Email my list, the email one-time code, and one-click unsubscribe. */
void addEmailRoutes(Router &router, EmailService &email);
/** POST /v1/totes/{id}/customer with {"email", "code"}. */
ApiResponse linkByEmailCode(EmailService &email, const ApiRequest &request, const QJsonObject &body);
/** Customers' online carts: read with an ETag, change with If-Match. */
void addCartRoutes(Router &router, Storage &storage);

/** Associates: sign-in (PBKDF2 off the server thread), sign-out, and the audit log for admins. */
void addAssociateRoutes(Router &router, Storage &storage, Authenticator &authenticator, QObject *context);
/** Checkout, the live checkout queue (long-poll), claims, picking and completion. */
void addPickRoutes(Router &router, Storage &storage, QObject *context);
/**
 * The customer's cart page behind an emailed link: GET /cart/{token} and its plain HTML forms.
 * `checkoutUrl` (empty: the catalogue retailer's) is where "Continue to checkout" leads.
 */
void addCartPageRoutes(Router &router, Storage &storage, const QString &checkoutUrl);

struct StoreOutcome;
/** A tote/cart outcome as an answer: `okStatus` with its JSON, or the matching problem. */
ApiResponse outcomeResponse(const StoreOutcome &outcome, Status okStatus);

/** What a scanned code names in the catalogue; `error` when the code cannot be read at all. */
struct ResolvedCode
{
    QString kind;
    QString normalized; // the GTIN-14, URL, SKU or nfc:UID that was looked up
    QString error;
    std::optional<VariantRef> found;
};
ResolvedCode resolveScannedCode(Storage &storage, const QString &code);

/** Resolves anything a shopper can scan to {product, variant, match}, or a 400/404 problem. */
ApiResponse lookupCode(Storage &storage, const QString &code);

} // namespace Omnitote::Server
