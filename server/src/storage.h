// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Omnitote::Server {

class EmailStore;
class ToteStore;
class CartLinks;

class AssociateStore;
class PickStore;

/** Who a bearer token belongs to, and what it may do. */
struct Principal
{
    enum class Role { Device, Associate, Admin, Customer, Pos };
    Role role = Role::Device;
    QString storeId; // empty for an admin of every store, and for customers
    QString label;
    QString customerId = {}; // customers only: whose cart the token may read and change
    QString associateId = {}; // signed-in associates only: who picks, for claims and the audit log
    QString tokenId = {}; // the token's hash (set when authenticated): per-device abuse limits

    static QString roleName(Role role);
    static std::optional<Role> roleFromName(QStringView name);
};

/** A stored token: only its SHA-256 is kept, never the token itself. */
struct TokenRecord
{
    QByteArray tokenHash; // hex SHA-256
    Principal principal;
    QDateTime createdAt;
    QDateTime expiresAt; // invalid: never expires
};

/** Where a scanned code landed. */
struct VariantRef
{
    QString productId;
    QString variantId; // empty when the code names a product, not one of its variants
};

/** Search parameters, already validated by the API layer. */
struct SearchQuery
{
    QString text;
    QString category;
    std::optional<bool> onlineOnly;
    QString inStockAt;
    int page = 1;
    int pageSize = 24;
    bool withFacets = true;
};

enum class ReviewSort { Newest, Highest, Lowest };

/** What an import of a catalogue file did. */
struct ImportStats
{
    int stores = 0;
    int categories = 0;
    qint64 products = 0;
    qint64 variants = 0;
    qint64 reviews = 0;
};

/**
 * The server's persistence: catalogue reads, catalogue import and tokens.
 *
 * One instance belongs to one thread (Qt SQL connections are per thread). Read methods return the
 * API's JSON shapes directly: the catalogue is a read model and a second set of structs would only
 * be copied field by field into JSON. Errors that are the caller's fault never come from here; a
 * failing database gives std::nullopt / false and lastError().
 */
class Storage
{
public:
    virtual ~Storage() = default;

    /** "sqlite" or "postgresql". */
    virtual QString kind() const = 0;
    /** Connects and applies any pending schema migrations. */
    virtual bool open(QString *error) = 0;
    virtual int schemaVersion() = 0;
    virtual QString lastError() const = 0;

    virtual bool hasCatalog() = 0;
    /** Imports a catalogue in the JSON Lines format of assets/generator (streams; one transaction). */
    virtual bool importCatalog(QIODevice *jsonLines, ImportStats *stats, QString *error) = 0;

    virtual bool insertToken(const TokenRecord &token) = 0;
    virtual std::optional<TokenRecord> findToken(const QByteArray &tokenHash) = 0;
    /** Marks a token revoked; true when one was. */
    virtual bool revokeToken(const QByteArray &tokenHash) = 0;

    virtual QJsonObject retailer() = 0;
    virtual std::optional<QJsonObject> store(const QString &storeId) = 0;
    virtual QJsonArray stores() = 0;

    virtual std::optional<VariantRef> findByGtin(const QString &gtin14) = 0;
    virtual std::optional<VariantRef> findBySku(const QString &sku) = 0;
    virtual std::optional<VariantRef> findByNfcUid(const QString &uidHex) = 0;
    virtual std::optional<VariantRef> findByProductUrl(const QString &url) = 0;

    virtual std::optional<QJsonObject> product(const QString &productId) = 0;
    virtual QJsonObject search(const SearchQuery &query) = 0;
    virtual std::optional<QJsonObject> reviews(const QString &productId, ReviewSort sort, int page,
                                               int pageSize) = 0;
    virtual std::optional<QJsonObject> availability(const QString &productId, const QString &storeId) = 0;
    virtual std::optional<QJsonArray> related(const QString &productId) = 0;
    virtual QJsonObject catalogChanges(qint64 since, int limit) = 0;

    /** Totes, customers and carts, on the same connection; valid after open(). */
    virtual ToteStore &totes() = 0;
    /** The cart-page links handed out in emails. */
    virtual CartLinks &cartLinks() = 0;

    /** Associates, their sign-in attempts and the audit log (issue 8). */
    virtual AssociateStore &associates() = 0;
    /** Checkout queue, claims, picking and completion (issue 8). */
    virtual PickStore &picks() = 0;
    /** Outbox, one-time codes and consent, on the same connection; valid after open(). */
    virtual EmailStore &email() = 0;
};

/**
 * Opens the storage a URL names: `sqlite:/path/file.db` (or a bare path) or
 * `postgresql://user:password@host:port/db?host=/socket/dir&sslmode=...`.
 * Returns nullptr with a reason for a URL it cannot use.
 */
std::unique_ptr<Storage> createStorage(const QString &url, QString *error);

} // namespace Omnitote::Server
