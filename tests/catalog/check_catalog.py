#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Validate an Omnitote catalogue (JSON Lines) against the format rules.

    python3 tests/catalog/check_catalog.py assets/catalog/demo-catalog.jsonl
    python3 tests/catalog/check_catalog.py /tmp/big.jsonl --images assets/catalog/images

Checks line order, required fields, GS1 check digits and forbidden GTIN
prefixes, uniqueness of ids/SKUs/GTINs/NFC UIDs, references (categories,
related products, reviews, images, store aisles), stock rules and, for demo
catalogues (catalogVersion "demo-*"), the minimum counts and distributions.
Prints every violation (up to a limit) and exits 1 if there is any.
Standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter

KIND_ORDER = ["retailer", "store", "category", "product", "review"]
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
HEX_RE = re.compile(r"^#[0-9a-f]{6}$")
NFC_RE = re.compile(r"^04[0-9A-F]{12}$")
DATE_RE = re.compile(r"^(2024|2025|2026)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\dZ$")
GTIN_RE = re.compile(r"^\d{14}$")


class Checker:
    def __init__(self, images_dir, max_errors):
        self.images_dir = images_dir
        self.max_errors = max_errors
        self.errors = []
        self.retailer = None
        self.stores = {}
        self.store_aisles = {}
        self.categories = {}
        self.products = {}          # id -> category
        self.pending_related = []   # (line, from id, to id, kind)
        self.ids = set()
        self.variant_ids = set()
        self.skus = set()
        self.gtins = set()
        self.nfcs = set()
        self.review_ids = set()
        self.reviews_per_product = Counter()
        self.ratings = Counter()
        self.titles = set()
        self.bodies = set()
        self.image_refs = set()
        self.gtin_kinds = Counter()
        self.n_variants = 0
        self.n_online_only = 0
        self.n_nfc = 0
        self.n_variant_price_differs = 0

    def err(self, line, msg):
        self.errors.append(f"line {line}: {msg}")
        if len(self.errors) >= self.max_errors:
            raise StopIteration

    # -- GTIN ---------------------------------------------------------------
    @staticmethod
    def check_digit_ok(g):
        total = 0
        for i, ch in enumerate(reversed(g[:-1])):
            total += int(ch) * (3 if i % 2 == 0 else 1)
        return (10 - total % 10) % 10 == int(g[-1])

    def check_gtin(self, ln, g):
        if not isinstance(g, str) or not GTIN_RE.match(g):
            return self.err(ln, f"gtin {g!r} is not 14 digits")
        if not self.check_digit_ok(g):
            return self.err(ln, f"gtin {g} has a wrong GS1 check digit")
        if g[0] != "0":
            return self.err(ln, f"gtin {g}: expected a padded EAN-13/UPC-A/EAN-8 (leading 0)")
        if g.startswith("000000") and g[6] != "0":
            kind, code = "ean8", g[6:]
            if code[0] in "02" or code[:3] in ("977", "978", "979"):
                self.err(ln, f"gtin {g}: EAN-8 {code} uses a restricted prefix")
        elif g.startswith("00"):
            kind, code = "upc", g[2:]
            if code[0] in "2345":
                self.err(ln, f"gtin {g}: UPC-A {code} uses a restricted/coupon number system")
        else:
            kind, code = "ean13", g[1:]
            if code[:2] in ("02", "04", "05") or code[0] == "2" or code[:3] in ("977", "978", "979"):
                self.err(ln, f"gtin {g}: EAN-13 {code} uses a restricted prefix")
        self.gtin_kinds[kind] += 1
        if g in self.gtins:
            self.err(ln, f"duplicate gtin {g}")
        self.gtins.add(g)

    # -- per kind -----------------------------------------------------------
    def retailer_line(self, ln, o):
        for k in ("id", "name", "currency", "productUrlPrefix", "checkoutUrl", "catalogVersion"):
            if not isinstance(o.get(k), str) or not o[k]:
                self.err(ln, f"retailer needs a non-empty string {k!r}")
        if o.get("currency") != "EUR":
            self.err(ln, "retailer currency must be EUR")
        self.retailer = o

    def store_line(self, ln, o):
        sid = o.get("id")
        if not isinstance(sid, str) or not ID_RE.match(sid):
            return self.err(ln, f"store id {sid!r} is not lowercase-hyphen")
        if sid in self.stores:
            self.err(ln, f"duplicate store {sid}")
        for k in ("name", "city", "address"):
            if not isinstance(o.get(k), str) or not o[k]:
                self.err(ln, f"store {sid} needs {k!r}")
        lat, lon = o.get("lat"), o.get("lon")
        if not (isinstance(lat, float) and isinstance(lon, float) and 59.35 < lat < 59.52 and 24.55 < lon < 24.95):
            self.err(ln, f"store {sid} coordinates {lat},{lon} are not in Tallinn")
        aisles = {}
        for a in o.get("aisles") or []:
            if not isinstance(a.get("id"), str) or not isinstance(a.get("name"), str):
                self.err(ln, f"store {sid}: aisle needs string id and name: {a}")
                continue
            if a["id"] in aisles:
                self.err(ln, f"store {sid}: duplicate aisle {a['id']}")
            aisles[a["id"]] = a
        if not aisles:
            self.err(ln, f"store {sid} has no aisles")
        self.stores[sid] = o
        self.store_aisles[sid] = aisles

    def category_line(self, ln, o):
        cid = o.get("id")
        if not isinstance(cid, str) or not ID_RE.match(cid):
            return self.err(ln, f"category id {cid!r} is not lowercase-hyphen")
        if cid in self.categories:
            self.err(ln, f"duplicate category {cid}")
        parent = o.get("parent", "missing")
        if parent == "missing":
            self.err(ln, f"category {cid} needs a parent (null for top level)")
        elif parent is not None and parent not in self.categories:
            self.err(ln, f"category {cid}: parent {parent} is not defined before it")
        if not o.get("name"):
            self.err(ln, f"category {cid} needs a name")
        self.categories[cid] = o

    def product_line(self, ln, o):
        pid = o.get("id")
        if not isinstance(pid, str) or not pid:
            return self.err(ln, "product without id")
        if pid in self.ids:
            self.err(ln, f"duplicate product id {pid}")
        self.ids.add(pid)
        for k in ("name", "brand", "description", "url"):
            if not isinstance(o.get(k), str) or not o[k].strip():
                self.err(ln, f"{pid}: needs a non-empty {k!r}")
        desc = o.get("description") or ""
        nsent = len(re.findall(r"[.!?](\s|$)", desc))
        if not 2 <= nsent <= 5:
            self.err(ln, f"{pid}: description has {nsent} sentences, expected 2-4")
        cat = o.get("category")
        if cat not in self.categories:
            self.err(ln, f"{pid}: unknown category {cat}")
        elif any(c.get("parent") == cat for c in self.categories.values()):
            self.err(ln, f"{pid}: category {cat} is not a leaf")
        if self.retailer and o.get("url") != self.retailer["productUrlPrefix"] + pid:
            self.err(ln, f"{pid}: url must be productUrlPrefix + id")
        online_only = o.get("onlineOnly")
        if not isinstance(online_only, bool):
            self.err(ln, f"{pid}: onlineOnly must be a boolean")
        self.n_online_only += bool(online_only)
        self.products[pid] = cat

        images = o.get("images")
        if not isinstance(images, list) or not images:
            self.err(ln, f"{pid}: images must be a non-empty list")
            images = []
        for im in images:
            self.image_refs.add(im)

        rel = o.get("related")
        if not isinstance(rel, list) or not 2 <= len(rel) <= 6:
            self.err(ln, f"{pid}: needs 2-6 related products, has {len(rel) if isinstance(rel, list) else rel}")
            rel = []
        seen = set()
        for r in rel:
            if r.get("kind") not in ("goes-with", "similar"):
                self.err(ln, f"{pid}: related kind {r.get('kind')!r}")
            if r.get("id") == pid:
                self.err(ln, f"{pid}: relates to itself")
            if r.get("id") in seen:
                self.err(ln, f"{pid}: related {r.get('id')} listed twice")
            seen.add(r.get("id"))
            self.pending_related.append((ln, pid, r.get("id"), r.get("kind")))

        variants = o.get("variants")
        if not isinstance(variants, list) or not 1 <= len(variants) <= 24:
            return self.err(ln, f"{pid}: needs 1-24 variants")
        self.n_variants += len(variants)
        place = {}
        prices = []
        for idx, v in enumerate(variants):
            vid = v.get("id")
            if not isinstance(vid, str) or not vid.startswith(pid + "-"):
                self.err(ln, f"{pid}: variant id {vid!r} should start with the product id")
            if vid in self.variant_ids:
                self.err(ln, f"duplicate variant id {vid}")
            self.variant_ids.add(vid)
            sku = v.get("sku")
            if not isinstance(sku, str) or not sku:
                self.err(ln, f"{vid}: missing sku")
            elif sku in self.skus:
                self.err(ln, f"duplicate sku {sku}")
            self.skus.add(sku)
            self.check_gtin(ln, v.get("gtin"))
            for k in ("color", "size"):
                if not isinstance(v.get(k), str) or not v[k]:
                    self.err(ln, f"{vid}: needs {k!r}")
            if not isinstance(v.get("colorHex"), str) or not HEX_RE.match(v["colorHex"]):
                self.err(ln, f"{vid}: colorHex {v.get('colorHex')!r} is not #rrggbb")
            price = v.get("price")
            if not isinstance(price, int) or isinstance(price, bool) or price <= 0:
                self.err(ln, f"{vid}: price must be a positive integer (cents)")
            else:
                prices.append(price)
            img = v.get("image")
            if not isinstance(img, str) or not img.endswith(".svg"):
                self.err(ln, f"{vid}: image must be an .svg file name")
            else:
                self.image_refs.add(img)
                if img not in images:
                    self.err(ln, f"{vid}: image {img} is not in the product's images")
                if not img.startswith("generic-") and not img.startswith(pid + "-"):
                    self.err(ln, f"{vid}: image {img} should be named <productId>-<colour>.svg")
            if "nfcUid" in v:
                uid = v["nfcUid"]
                if idx != 0:
                    self.err(ln, f"{vid}: nfcUid only allowed on the first variant")
                if not isinstance(uid, str) or not NFC_RE.match(uid):
                    self.err(ln, f"{vid}: nfcUid {uid!r} is not a 7-byte uppercase NXP UID starting with 04")
                elif uid in self.nfcs:
                    self.err(ln, f"duplicate nfcUid {uid}")
                self.nfcs.add(uid)
                self.n_nfc += 1
            stock = v.get("stock")
            if not isinstance(stock, dict):
                self.err(ln, f"{vid}: stock must be an object")
            elif online_only:
                if stock:
                    self.err(ln, f"{vid}: online-only product must have empty stock")
            else:
                if set(stock) != set(self.stores):
                    self.err(ln, f"{vid}: stock must list every store exactly ({sorted(self.stores)}), has {sorted(stock)}")
                for sid, st in stock.items():
                    q = st.get("qty")
                    if not isinstance(q, int) or not 0 <= q <= 30:
                        self.err(ln, f"{vid}@{sid}: qty {q!r} not in 0-30")
                    aisle, bay = st.get("aisle"), st.get("bay")
                    if not isinstance(bay, str) or not bay:
                        self.err(ln, f"{vid}@{sid}: missing bay")
                    a = self.store_aisles.get(sid, {}).get(aisle)
                    if a is None:
                        self.err(ln, f"{vid}@{sid}: aisle {aisle!r} is not in that store's aisles")
                    elif "categories" in a and cat not in a["categories"]:
                        self.err(ln, f"{vid}@{sid}: aisle {aisle} ({a['name']}) does not carry {cat}")
                    if place.setdefault(sid, (aisle, bay)) != (aisle, bay):
                        self.err(ln, f"{vid}@{sid}: aisle/bay differs from other variants of {pid}")
            onl = v.get("online")
            if not isinstance(onl, dict):
                self.err(ln, f"{vid}: missing online availability")
            else:
                q, d = onl.get("qty"), onl.get("shipDays")
                if not isinstance(q, int) or not 0 <= q <= 500:
                    self.err(ln, f"{vid}: online qty {q!r} not in 0-500")
                if not isinstance(d, int) or not 1 <= d <= 7:
                    self.err(ln, f"{vid}: shipDays {d!r} not in 1-7")
        if prices:
            if o.get("price") != min(prices):
                self.err(ln, f"{pid}: price {o.get('price')} must equal the lowest variant price {min(prices)}")
            if len(set(prices)) > 1:
                self.n_variant_price_differs += 1

    def review_line(self, ln, o):
        rid = o.get("id")
        if not isinstance(rid, str) or not rid:
            return self.err(ln, "review without id")
        if rid in self.review_ids or rid in self.ids:
            self.err(ln, f"duplicate review id {rid}")
        self.review_ids.add(rid)
        pid = o.get("productId")
        if pid not in self.products:
            self.err(ln, f"review {rid}: unknown product {pid}")
        self.reviews_per_product[pid] += 1
        r = o.get("rating")
        if r not in (1, 2, 3, 4, 5) or isinstance(r, bool):
            self.err(ln, f"review {rid}: rating {r!r} not 1-5")
        self.ratings[r] += 1
        for k in ("title", "body", "author"):
            if not isinstance(o.get(k), str) or not o[k].strip():
                self.err(ln, f"review {rid}: needs {k!r}")
        self.titles.add(o.get("title"))
        self.bodies.add(o.get("body"))
        if not isinstance(o.get("createdAt"), str) or not DATE_RE.match(o["createdAt"]):
            self.err(ln, f"review {rid}: createdAt {o.get('createdAt')!r} is not ISO-8601 UTC in 2024-2026")
        if not isinstance(o.get("verified"), bool):
            self.err(ln, f"review {rid}: verified must be a boolean")

    # -- driver -------------------------------------------------------------
    def run(self, path):
        handlers = {"retailer": self.retailer_line, "store": self.store_line, "category": self.category_line,
                    "product": self.product_line, "review": self.review_line}
        stage = 0
        counts = Counter()
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, start=1):
                try:
                    o = json.loads(line)
                except json.JSONDecodeError as e:
                    self.err(ln, f"invalid JSON: {e}")
                    continue
                kind = o.get("kind")
                if kind not in handlers:
                    self.err(ln, f"unknown kind {kind!r}")
                    continue
                k = KIND_ORDER.index(kind)
                if k < stage:
                    self.err(ln, f"{kind} line after {KIND_ORDER[stage]} lines (order: {', '.join(KIND_ORDER)})")
                stage = max(stage, k)
                counts[kind] += 1
                handlers[kind](ln, o)
        if counts["retailer"] != 1:
            self.err(0, f"expected exactly one retailer line, found {counts['retailer']}")
        if not counts["store"]:
            self.err(0, "no stores")
        for ln, pid, to, kind in self.pending_related:
            if to not in self.products:
                self.err(ln, f"{pid}: related id {to} does not exist")
            elif kind == "similar" and self.products[to] != self.products[pid]:
                self.err(ln, f"{pid}: 'similar' {to} is in another category")
        self.check_images()
        self.check_distribution(counts)
        return counts

    def check_images(self):
        if not self.images_dir:
            return
        if not os.path.isdir(self.images_dir):
            return self.err(0, f"images folder {self.images_dir} not found")
        need = set(self.image_refs) | {f"generic-{c}.svg" for c in self.categories}
        for name in sorted(need):
            p = os.path.join(self.images_dir, name)
            if not os.path.isfile(p):
                self.err(0, f"image {name} referenced but missing from {self.images_dir}")
                continue
            data = open(p, "rb").read()
            if not 300 <= len(data) <= 6000:
                self.err(0, f"image {name} is {len(data)} bytes, expected roughly 1-3 KB")
            text = data.decode("utf-8")
            if "<text" in text or "href" in text or "url(" in text:
                self.err(0, f"image {name} contains text or external references")
            try:
                root = ET.fromstring(data)
            except ET.ParseError as e:
                self.err(0, f"image {name} is not well-formed XML: {e}")
                continue
            if root.tag != "{http://www.w3.org/2000/svg}svg" or root.get("viewBox") != "0 0 400 400" or root.get("version") != "1.1":
                self.err(0, f"image {name} must be an SVG 1.1 root with viewBox 0 0 400 400")
            if len(list(root)) < 4:
                self.err(0, f"image {name} looks blank (too few shapes)")

    def check_distribution(self, counts):
        n = counts["product"]
        if not n:
            return self.err(0, "no products")
        if n < 200:  # too few products for the share checks to be meaningful
            return
        if not 0.08 <= self.n_online_only / n <= 0.25:
            self.err(0, f"online-only share {self.n_online_only / n:.1%} should be about 15%")
        if not 0.2 <= self.n_nfc / n <= 0.45:
            self.err(0, f"nfcUid on {self.n_nfc / n:.1%} of products, should be about a third")
        total_g = sum(self.gtin_kinds.values())
        upc = self.gtin_kinds["upc"] / total_g
        if not 0.02 <= upc <= 0.10:
            self.err(0, f"UPC-A share of GTINs {upc:.1%}, should be about 5%")
        if self.gtin_kinds["ean8"] / total_g > 0.05:
            self.err(0, "too many EAN-8 GTINs (should be a few)")
        demo = str(self.retailer and self.retailer.get("catalogVersion", "")).startswith("demo")
        per = [self.reviews_per_product.get(p, 0) for p in self.products]
        if demo:
            if n < 320:
                self.err(0, f"demo catalogue has {n} products, needs at least 320")
            if counts["review"] < 2200:
                self.err(0, f"demo catalogue has {counts['review']} reviews, needs at least 2200")
            if not any(x == 0 for x in per) or sum(1 for x in per if x >= 30) < 3:
                self.err(0, "reviews should be uneven: some products with 0, several with 30+")
            if self.ratings[1] + self.ratings[2] < 0.05 * counts["review"]:
                self.err(0, "too few 1-2 star reviews")
            if self.ratings[5] + self.ratings[4] < 0.5 * counts["review"]:
                self.err(0, "ratings should skew positive")
            if len(self.titles) < 100 or len(self.bodies) < 0.6 * counts["review"]:
                self.err(0, f"review text not varied enough ({len(self.titles)} titles, {len(self.bodies)} bodies)")
            if not self.gtin_kinds["ean8"]:
                self.err(0, "expected a few EAN-8 based GTINs")
            if not self.n_variant_price_differs:
                self.err(0, "expected some products whose variant prices differ by size")
        elif per and max(per) > 2:
            self.err(0, f"synthetic products should have 0-2 reviews, one has {max(per)}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("catalog")
    ap.add_argument("--images", help="images folder (default: images/ next to the catalogue)")
    ap.add_argument("--max-errors", type=int, default=50)
    args = ap.parse_args()
    images = args.images or os.path.join(os.path.dirname(os.path.abspath(args.catalog)), "images")
    c = Checker(images, args.max_errors)
    try:
        counts = c.run(args.catalog)
    except StopIteration:
        counts = None
    if c.errors:
        for e in c.errors:
            print("FAIL", e, file=sys.stderr)
        if counts is None:
            print(f"(stopped after {args.max_errors} errors)", file=sys.stderr)
        return 1
    print(f"OK {args.catalog}: {counts['product']} products, {c.n_variants} variants, {counts['review']} reviews, "
          f"{len(c.image_refs)} images referenced; GTINs {dict(c.gtin_kinds)}; NFC {c.n_nfc}; online-only {c.n_online_only}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
