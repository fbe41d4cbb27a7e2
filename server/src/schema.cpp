// SPDX-License-Identifier: MIT
#include "schema.h"

namespace Omnitote::Server {

QList<Migration> commonMigrations(const SqlTypes &t)
{
    // Version 1: catalogue, stock, reviews, change feed and tokens. Never edit a released migration:
    // add a new version instead, so databases in the field move forward the same way.
    QStringList v1 {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE stores (id TEXT PRIMARY KEY, name TEXT NOT NULL, city TEXT, address TEXT, "
            "lat %1, lon %1, aisles TEXT)")
            .arg(t.real),
        QStringLiteral("CREATE TABLE categories (id TEXT PRIMARY KEY, name TEXT NOT NULL, parent TEXT)"),
        QStringLiteral(
            "CREATE TABLE products (id TEXT PRIMARY KEY, name TEXT NOT NULL, brand TEXT, category TEXT, "
            "description TEXT, online_only SMALLINT NOT NULL DEFAULT 0, url TEXT, price %1 NOT NULL, "
            "images TEXT, rating_count INTEGER NOT NULL DEFAULT 0, rating_sum INTEGER NOT NULL DEFAULT 0, "
            "rating_1 INTEGER NOT NULL DEFAULT 0, rating_2 INTEGER NOT NULL DEFAULT 0, "
            "rating_3 INTEGER NOT NULL DEFAULT 0, rating_4 INTEGER NOT NULL DEFAULT 0, "
            "rating_5 INTEGER NOT NULL DEFAULT 0)")
            .arg(t.bigint),
        QStringLiteral("CREATE INDEX products_url ON products (url)"),
        QStringLiteral("CREATE INDEX products_category ON products (category)"),
        QStringLiteral("CREATE INDEX products_popularity ON products (rating_count DESC, name, id)"),
        QStringLiteral(
            "CREATE TABLE variants (id TEXT PRIMARY KEY, product_id TEXT NOT NULL REFERENCES products(id), "
            "position INTEGER NOT NULL, sku TEXT UNIQUE, gtin TEXT UNIQUE, nfc_uid TEXT UNIQUE, "
            "color TEXT, color_hex TEXT, size TEXT, price %1 NOT NULL, image TEXT, "
            "online_qty INTEGER NOT NULL DEFAULT 0, ship_days INTEGER NOT NULL DEFAULT 0)")
            .arg(t.bigint),
        QStringLiteral("CREATE INDEX variants_product ON variants (product_id, position)"),
        QStringLiteral(
            "CREATE TABLE stock (store_id TEXT NOT NULL, variant_id TEXT NOT NULL, qty INTEGER NOT NULL, "
            "aisle TEXT, bay TEXT, PRIMARY KEY (variant_id, store_id))"),
        QStringLiteral(
            "CREATE TABLE related (product_id TEXT NOT NULL, related_id TEXT NOT NULL, kind TEXT NOT NULL, "
            "position INTEGER NOT NULL, PRIMARY KEY (product_id, related_id, kind))"),
        QStringLiteral(
            "CREATE TABLE reviews (id TEXT PRIMARY KEY, product_id TEXT NOT NULL, rating SMALLINT NOT NULL, "
            "title TEXT, body TEXT, author TEXT, created_at TEXT NOT NULL, "
            "verified SMALLINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX reviews_newest ON reviews (product_id, created_at DESC)"),
        QStringLiteral("CREATE INDEX reviews_rating ON reviews (product_id, rating, created_at DESC)"),
        QStringLiteral("CREATE TABLE catalog_changes (seq %1, product_id TEXT NOT NULL, op TEXT NOT NULL, "
                       "changed_at TEXT NOT NULL)")
            .arg(t.serialPrimaryKey),
        QStringLiteral(
            "CREATE TABLE tokens (token_hash TEXT PRIMARY KEY, role TEXT NOT NULL, store_id TEXT, "
            "label TEXT, created_at TEXT NOT NULL, expires_at TEXT, revoked SMALLINT NOT NULL DEFAULT 0)"),
    };
    return {{1, v1}};
}

} // namespace Omnitote::Server
