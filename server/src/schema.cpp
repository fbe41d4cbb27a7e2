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
    // Version 2: totes, the ops applied to them (idempotency), customers and their online carts.
    // Tote line ids come from the kiosk, so they are unique per tote, not globally. The pickup code
    // is unique per store among totes still in play (a partial index; both back ends have them).
    // status_changed_at orders the checkout queue; customer_id on tokens binds a phone's token.
    QStringList v2 {
        QStringLiteral("CREATE TABLE customers (id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, "
                       "loyalty_number TEXT UNIQUE, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE carts (id TEXT PRIMARY KEY, customer_id TEXT NOT NULL UNIQUE "
                       "REFERENCES customers(id), version %1 NOT NULL, created_at TEXT NOT NULL, "
                       "updated_at TEXT NOT NULL)")
            .arg(t.bigint),
        QStringLiteral(
            "CREATE TABLE cart_lines (id TEXT PRIMARY KEY, cart_id TEXT NOT NULL REFERENCES carts(id), "
            "product_id TEXT NOT NULL, variant_id TEXT NOT NULL, qty INTEGER NOT NULL, "
            "store_qty INTEGER NOT NULL DEFAULT 0, fulfilment TEXT NOT NULL, unit_price %1 NOT NULL, "
            "origin TEXT NOT NULL, removed SMALLINT NOT NULL DEFAULT 0, removed_by TEXT, "
            "position %1 NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
            "UNIQUE (cart_id, product_id, variant_id))")
            .arg(t.bigint),
        QStringLiteral("CREATE TABLE totes (id TEXT PRIMARY KEY, store_id TEXT NOT NULL, device_label TEXT, "
                       "pickup_code TEXT NOT NULL, status TEXT NOT NULL, version %1 NOT NULL, "
                       "customer_id TEXT REFERENCES customers(id), created_at TEXT NOT NULL, "
                       "updated_at TEXT NOT NULL, status_changed_at TEXT NOT NULL)")
            .arg(t.bigint),
        QStringLiteral("CREATE UNIQUE INDEX totes_live_pickup_code ON totes (store_id, pickup_code) "
                       "WHERE status IN ('open', 'awaiting-pick', 'picking')"),
        QStringLiteral("CREATE INDEX totes_queue ON totes (store_id, status, status_changed_at)"),
        QStringLiteral("CREATE INDEX totes_customer ON totes (customer_id)"),
        QStringLiteral(
            "CREATE TABLE tote_lines (tote_id TEXT NOT NULL REFERENCES totes(id), line_id TEXT NOT NULL, "
            "position INTEGER NOT NULL, product_id TEXT NOT NULL, variant_id TEXT NOT NULL, "
            "qty INTEGER NOT NULL, fulfilment TEXT NOT NULL, unit_price %1 NOT NULL, source TEXT NOT NULL, "
            "removed SMALLINT NOT NULL DEFAULT 0, cart_line_id TEXT, "
            "cart_detached SMALLINT NOT NULL DEFAULT 0, created_at TEXT NOT NULL, "
            "updated_at TEXT NOT NULL, PRIMARY KEY (tote_id, line_id))")
            .arg(t.bigint),
        QStringLiteral("CREATE INDEX tote_lines_cart_line ON tote_lines (cart_line_id)"),
        QStringLiteral("CREATE TABLE tote_ops (op_id TEXT PRIMARY KEY, tote_id TEXT NOT NULL "
                       "REFERENCES totes(id), type TEXT NOT NULL, line_id TEXT NOT NULL, "
                       "tote_version %1 NOT NULL, answer TEXT NOT NULL, applied_at TEXT NOT NULL)")
            .arg(t.bigint),
        QStringLiteral("CREATE INDEX tote_ops_tote ON tote_ops (tote_id, tote_version)"),
        QStringLiteral("ALTER TABLE tokens ADD COLUMN customer_id TEXT"),
    };
    // Version 3: the links in "email me my list" messages that open a cart page (hashes only).
    QStringList v3 {
        QStringLiteral("CREATE TABLE cart_links (token_hash TEXT PRIMARY KEY, cart_id TEXT NOT NULL "
                       "REFERENCES carts(id), tote_id TEXT, store_id TEXT, created_at TEXT NOT NULL, "
                       "expires_at TEXT NOT NULL, revoked SMALLINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX cart_links_cart ON cart_links (cart_id)"),
    };
    // Version 4: email. The outbox holds whole rendered messages (stock and prices as they were when
    // the shopper asked); times are Unix milliseconds so the sender and the abuse limits compare
    // numbers. Codes and unsubscribe tokens are kept as SHA-256 hashes only.
    // tote_email_merges remembers which tote lines went into which customer's cart by email, so a
    // second email of the same tote merges nothing twice without linking the tote.
    QStringList v4 {
        QStringLiteral("ALTER TABLE customers ADD COLUMN email_verified_at TEXT"),
        QStringLiteral("CREATE TABLE email_outbox (id TEXT PRIMARY KEY, message_id TEXT NOT NULL UNIQUE, "
                       "kind TEXT NOT NULL, recipient TEXT NOT NULL, sender TEXT NOT NULL, store_id TEXT, "
                       "device TEXT, tote_id TEXT, message TEXT NOT NULL, state TEXT NOT NULL, "
                       "attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at %1 NOT NULL, "
                       "lease_until %1, expires_at %1, sent_at %1, last_error TEXT, created_at %1 NOT NULL)")
            .arg(t.bigint),
        QStringLiteral("CREATE INDEX email_outbox_due ON email_outbox (state, next_attempt_at)"),
        QStringLiteral("CREATE INDEX email_outbox_device ON email_outbox (device, created_at)"),
        QStringLiteral("CREATE INDEX email_outbox_store ON email_outbox (store_id, created_at)"),
        QStringLiteral("CREATE INDEX email_outbox_recipient ON email_outbox (recipient, kind, created_at)"),
        QStringLiteral(
            "CREATE TABLE email_codes (tote_id TEXT NOT NULL, email TEXT NOT NULL, "
            "code_hash TEXT NOT NULL, expires_at %1 NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, "
            "created_at %1 NOT NULL, PRIMARY KEY (tote_id, email))")
            .arg(t.bigint),
        QStringLiteral("CREATE TABLE marketing_consents (id TEXT PRIMARY KEY, customer_id TEXT NOT NULL "
                       "REFERENCES customers(id), email TEXT NOT NULL, granted SMALLINT NOT NULL, "
                       "wording TEXT, store_id TEXT, tote_id TEXT, recorded_at TEXT NOT NULL, "
                       "unsubscribe_hash TEXT UNIQUE, withdrawn_at TEXT)"),
        QStringLiteral("CREATE INDEX marketing_consents_customer ON marketing_consents (customer_id)"),
        QStringLiteral("CREATE TABLE tote_email_merges (tote_id TEXT NOT NULL, line_id TEXT NOT NULL, "
                       "customer_id TEXT NOT NULL, merged_at TEXT NOT NULL, "
                       "PRIMARY KEY (tote_id, line_id, customer_id))"),
    };
    // Version 5: associates (issue 8). PINs and badge secrets are kept only as PBKDF2 hashes;
    // failed sign-ins lock with backoff. A claim lets one associate pick a tote; pick_lines holds
    // what was picked, short or substituted per tote line; orders hold the ship lines of completed
    // totes of known customers; associate_audit records every associate action.
    QStringList v5 {
        QStringLiteral("CREATE TABLE associates (id TEXT PRIMARY KEY, store_id TEXT NOT NULL, "
                       "staff_number TEXT NOT NULL, name TEXT NOT NULL, pin_hash TEXT NOT NULL, "
                       "badge_hash TEXT NOT NULL, failed_attempts INTEGER NOT NULL DEFAULT 0, "
                       "locked_until TEXT, created_at TEXT NOT NULL, UNIQUE (store_id, staff_number))"),
        QStringLiteral("ALTER TABLE tokens ADD COLUMN associate_id TEXT"),
        QStringLiteral("CREATE INDEX tokens_associate ON tokens (associate_id)"),
        QStringLiteral("ALTER TABLE totes ADD COLUMN queued_at TEXT"),
        QStringLiteral("CREATE TABLE tote_claims (tote_id TEXT PRIMARY KEY REFERENCES totes(id), "
                       "associate_id TEXT NOT NULL REFERENCES associates(id), claimed_at TEXT NOT NULL, "
                       "expires_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE pick_lines (tote_id TEXT NOT NULL, line_id TEXT NOT NULL, "
            "picked INTEGER NOT NULL DEFAULT 0, short INTEGER NOT NULL DEFAULT 0, "
            "substitute_variant_id TEXT, updated_at TEXT NOT NULL, PRIMARY KEY (tote_id, line_id))"),
        QStringLiteral("CREATE TABLE orders (id TEXT PRIMARY KEY, customer_id TEXT NOT NULL "
                       "REFERENCES customers(id), store_id TEXT NOT NULL, tote_id TEXT NOT NULL UNIQUE, "
                       "status TEXT NOT NULL, total %1 NOT NULL, created_at TEXT NOT NULL)")
            .arg(t.bigint),
        QStringLiteral("CREATE INDEX orders_customer ON orders (customer_id, created_at)"),
        QStringLiteral("CREATE TABLE order_lines (order_id TEXT NOT NULL REFERENCES orders(id), "
                       "position INTEGER NOT NULL, product_id TEXT NOT NULL, variant_id TEXT NOT NULL, "
                       "qty INTEGER NOT NULL, unit_price %1 NOT NULL, PRIMARY KEY (order_id, position))")
            .arg(t.bigint),
        QStringLiteral("CREATE TABLE associate_audit (seq %1, store_id TEXT NOT NULL, associate_id TEXT, "
                       "staff_number TEXT, action TEXT NOT NULL, tote_id TEXT, details TEXT NOT NULL, "
                       "at TEXT NOT NULL)")
            .arg(t.serialPrimaryKey),
        QStringLiteral("CREATE INDEX associate_audit_store ON associate_audit (store_id, seq)"),
    };
    // Version 6: op-log retention (ToteStore::pruneOpLog) finds idle and closed totes by this index.
    QStringList v6 {
        QStringLiteral("CREATE INDEX totes_status_updated ON totes (status, updated_at)"),
    };
    return {{1, v1}, {2, v2}, {3, v3}, {4, v4}, {5, v5}, {6, v6}};
}

} // namespace Omnitote::Server
