#!/usr/bin/env bash
# Time, one by one, the SQL statements GET /v1/products?q=WORD runs against SQLite (the same text as
# SqlStorage::search with the SQLite search condition), plus their query plans.
#
#   scripts/bench/search-breakdown.sh DB WORD
#
# Uses the sqlite3 shell on an existing (e.g. --keep'd) benchmark database, read-only. Each statement
# runs twice, each time in a fresh sqlite3 process (so SQLite's own page cache starts empty); the
# second run finds the file in the OS page cache, which is what a long-running server sees too.
set -euo pipefail
[[ $# -eq 2 ]] || { sed -n '2,9p' "$0"; exit 2; }
DB=$1
WORD=${2//[^[:alnum:]]/}
MATCH="p.rowid IN (SELECT rowid FROM product_search WHERE product_search MATCH '\"$WORD\"*')"
COLUMNS="p.id, p.name, p.brand, p.category, p.online_only, p.price, p.images, p.rating_count, p.rating_sum"
declare -a NAMES=(count page facet-category facet-brand facet-online)
declare -a SQL=(
    "SELECT COUNT(*) FROM products p WHERE $MATCH"
    "SELECT $COLUMNS FROM products p WHERE $MATCH ORDER BY p.rating_count DESC, p.name, p.id LIMIT 24 OFFSET 0"
    "SELECT p.category, COUNT(*) FROM products p WHERE $MATCH GROUP BY p.category ORDER BY COUNT(*) DESC, p.category"
    "SELECT p.brand, COUNT(*) FROM products p WHERE $MATCH GROUP BY p.brand ORDER BY COUNT(*) DESC, p.brand LIMIT 30"
    "SELECT p.online_only, COUNT(*) FROM products p WHERE $MATCH GROUP BY p.online_only"
)
for i in "${!SQL[@]}"; do
    echo "== ${NAMES[$i]}"
    echo "EXPLAIN QUERY PLAN ${SQL[$i]};" | timeout 60 sqlite3 -readonly "$DB" | sed 's/^/   plan: /'
    for pass in run1 run2; do
        printf '   %s: ' "$pass"
        printf '.timer on\n.output /dev/null\n%s;\n' "${SQL[$i]}" | timeout 120 sqlite3 -readonly "$DB" 2>&1 \
            | grep -o 'real [0-9.]*' | sed 's/real \(.*\)/\1 s/'
    done
done
