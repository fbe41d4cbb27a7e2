// SPDX-License-Identifier: MIT
#include "routes.h"

#include <scannedcode.h>

#include <QJsonArray>
#include <QUrl>

namespace Omnitote::Server {

namespace {

ApiResponse productNotFound(const QString &productId)
{
    return problem(Status::NotFound, QStringLiteral("There is no product with id \"%1\".").arg(productId),
                   {{QStringLiteral("productId"), productId}});
}

void addStoreAvailability(Storage &storage, const QString &storeId, QJsonObject *page)
{
    QJsonArray changes = page->value(QStringLiteral("changes")).toArray();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        QJsonObject change = it->toObject();
        if (!change.contains(QStringLiteral("product")))
            continue;
        if (const auto availability =
                storage.availability(change.value(QStringLiteral("productId")).toString(), storeId))
            change.insert(QStringLiteral("availability"), *availability);
        *it = change;
    }
    page->insert(QStringLiteral("changes"), changes);
}

} // namespace

ResolvedCode resolveScannedCode(Storage &storage, const QString &code)
{
    ResolvedCode resolved;
    const ScannedCode scanned = parseScannedCode(code);
    resolved.kind = ScannedCode::kindName(scanned.kind);
    if (!scanned.ok()) {
        resolved.error = scanned.error;
        return resolved;
    }
    switch (scanned.kind) {
    case ScannedCode::Kind::Gtin:
    case ScannedCode::Kind::Gs1ElementString:
    case ScannedCode::Kind::Gs1DigitalLink:
        resolved.normalized = scanned.gtin;
        if (!scanned.gtin.isEmpty())
            resolved.found = storage.findByGtin(scanned.gtin);
        break;
    case ScannedCode::Kind::NfcUid:
        resolved.normalized = QStringLiteral("nfc:") + scanned.nfcUid;
        resolved.found = storage.findByNfcUid(scanned.nfcUid);
        break;
    case ScannedCode::Kind::Url: {
        // Our own product pages are looked up without query or fragment (tracking parameters).
        QUrl url(scanned.url);
        url.setQuery(QString());
        url.setFragment(QString());
        resolved.normalized = url.toString();
        resolved.found = storage.findByProductUrl(resolved.normalized);
        break;
    }
    case ScannedCode::Kind::Text:
        resolved.normalized = code.trimmed();
        resolved.found = storage.findBySku(resolved.normalized);
        break;
    }
    if (resolved.normalized.isEmpty())
        resolved.normalized = code.trimmed().left(200);
    return resolved;
}

ApiResponse lookupCode(Storage &storage, const QString &code)
{
    if (code.trimmed().isEmpty())
        return problem(Status::BadRequest, QStringLiteral("Parameter \"code\" is required."));
    const ResolvedCode resolved = resolveScannedCode(storage, code);
    const QString &kind = resolved.kind;
    if (!resolved.error.isEmpty())
        return problem(Status::BadRequest, QStringLiteral("The code cannot be read: %1").arg(resolved.error),
                       {{QStringLiteral("code"), code.left(200)}, {QStringLiteral("kind"), kind}});
    const auto &found = resolved.found;
    const QString &normalized = resolved.normalized;
    if (!found)
        return problem(Status::NotFound, QStringLiteral("No product matches %1 %2.").arg(kind, normalized),
                       {{QStringLiteral("kind"), kind}, {QStringLiteral("normalized"), normalized}});
    const auto product = storage.product(found->productId);
    if (!product)
        return productNotFound(found->productId);
    QJsonValue variant;
    const auto variants = product->value(QStringLiteral("variants")).toArray();
    for (const auto &candidate : variants) {
        if (candidate.toObject().value(QStringLiteral("id")).toString() == found->variantId)
            variant = candidate;
    }
    return json({{QStringLiteral("product"), *product},
                 {QStringLiteral("variant"), variant},
                 {QStringLiteral("match"),
                  QJsonObject {{QStringLiteral("kind"), kind}, {QStringLiteral("normalized"), normalized}}}});
}

void addCatalogRoutes(Router &router, Storage &storage)
{
    using Role = Principal::Role;
    const QList<Role> anyone {Role::Device, Role::Associate, Role::Admin};
    using Method = Router::Method;

    router.add(Method::Get, QStringLiteral("/v1/lookup"), anyone, [&storage](const ApiRequest &request) {
        QueryParams params(request.http);
        const QString code = params.text(QStringLiteral("code"), 2048);
        if (!params.ok())
            return problem(Status::BadRequest, params.error());
        return lookupCode(storage, code);
    });

    router.add(Method::Get, QStringLiteral("/v1/products"), anyone, [&storage](const ApiRequest &request) {
        QueryParams params(request.http);
        SearchQuery query;
        query.text = params.text(QStringLiteral("q"));
        query.category = params.text(QStringLiteral("category"), 100);
        query.onlineOnly = params.boolean(QStringLiteral("onlineOnly"));
        query.inStockAt = params.text(QStringLiteral("inStockAt"), 100);
        query.page = params.integer(QStringLiteral("page"), 1, 1, 10000);
        query.pageSize = params.integer(QStringLiteral("pageSize"), 24, 1, 100);
        query.withFacets = params.boolean(QStringLiteral("facets")).value_or(true);
        if (!params.ok())
            return problem(Status::BadRequest, params.error());
        if (!query.inStockAt.isEmpty() && !storage.store(query.inStockAt))
            return problem(Status::BadRequest,
                           QStringLiteral("Unknown store \"%1\" in inStockAt.").arg(query.inStockAt));
        return json(storage.search(query));
    });

    router.add(Method::Get, QStringLiteral("/v1/products/{id}"), anyone,
               [&storage](const ApiRequest &request) {
                   const auto product = storage.product(request.args.at(0));
                   return product ? json(*product) : productNotFound(request.args.at(0));
               });

    router.add(Method::Get, QStringLiteral("/v1/products/{id}/reviews"), anyone,
               [&storage](const ApiRequest &request) {
                   QueryParams params(request.http);
                   const QString sort = params.oneOf(QStringLiteral("sort"),
                                                     {QStringLiteral("newest"), QStringLiteral("rating"),
                                                      QStringLiteral("highest"), QStringLiteral("lowest")},
                                                     QStringLiteral("newest"));
                   const int page = params.integer(QStringLiteral("page"), 1, 1, 100000);
                   const int pageSize = params.integer(QStringLiteral("pageSize"), 10, 1, 50);
                   if (!params.ok())
                       return problem(Status::BadRequest, params.error());
                   const ReviewSort order = sort == QLatin1String("newest") ? ReviewSort::Newest
                       : sort == QLatin1String("lowest")                    ? ReviewSort::Lowest
                                                                            : ReviewSort::Highest;
                   const auto reviews = storage.reviews(request.args.at(0), order, page, pageSize);
                   return reviews ? json(*reviews) : productNotFound(request.args.at(0));
               });

    router.add(Method::Get, QStringLiteral("/v1/products/{id}/availability"), anyone,
               [&storage](const ApiRequest &request) {
                   QueryParams params(request.http);
                   QString storeId = params.text(QStringLiteral("store"), 100);
                   if (!params.ok())
                       return problem(Status::BadRequest, params.error());
                   if (storeId.isEmpty())
                       storeId = request.principal.storeId;
                   if (storeId.isEmpty())
                       return problem(
                           Status::BadRequest,
                           QStringLiteral("Parameter \"store\" is required for a token without a store."));
                   if (!storage.store(storeId))
                       return problem(Status::NotFound,
                                      QStringLiteral("There is no store \"%1\".").arg(storeId));
                   const auto availability = storage.availability(request.args.at(0), storeId);
                   return availability ? json(*availability) : productNotFound(request.args.at(0));
               });

    router.add(Method::Get, QStringLiteral("/v1/products/{id}/related"), anyone,
               [&storage](const ApiRequest &request) {
                   const auto related = storage.related(request.args.at(0));
                   return related ? json(QJsonObject {{QStringLiteral("items"), *related}})
                                  : productNotFound(request.args.at(0));
               });

    router.add(Method::Get, QStringLiteral("/v1/catalog/changes"), anyone,
               [&storage](const ApiRequest &request) {
                   QueryParams params(request.http);
                   const QString since = params.text(QStringLiteral("since"), 20);
                   const int limit = params.integer(QStringLiteral("limit"), 100, 1, 500);
                   if (!params.ok())
                       return problem(Status::BadRequest, params.error());
                   bool ok = true;
                   const qint64 cursor = since.isEmpty() ? 0 : since.toLongLong(&ok);
                   if (!ok || cursor < 0)
                       return problem(
                           Status::BadRequest,
                           QStringLiteral("Parameter \"since\" must be a cursor from an earlier answer."));
                   QJsonObject page = storage.catalogChanges(cursor, limit);
                   // A kiosk caches its own store's stock with each product, so it can say what is on the
                   // shelf when the network is down; the same read model as GET .../availability.
                   if (!request.principal.storeId.isEmpty())
                       addStoreAvailability(storage, request.principal.storeId, &page);
                   return json(page);
               });
}

} // namespace Omnitote::Server
