#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Generate the Omnitote demo catalogue (JSON Lines) and its product art (SVG).

The catalogue belongs to "Northfield & Pine", a fictional retailer with three
stores in Tallinn selling home goods and outdoor apparel, footwear and gear.

Two modes, both deterministic (seeded ``random.Random``; identical bytes on
every run):

* demo (default)::

      python3 assets/generator/generate_catalog.py --out assets/catalog

  writes ``demo-catalog.jsonl`` plus ``images/*.svg`` (one flat illustration
  per product colour and one ``generic-<category>.svg`` per category).

* synthetic::

      python3 assets/generator/generate_catalog.py --synthetic 1000000 --out /tmp/big.jsonl

  streams an N-product catalogue in the same format for benchmarks. Synthetic
  products use the generic images only and have 0-2 reviews each.

Standard library only (Python 3.11).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from array import array
from random import Random

SEED = 20260514
URL_PREFIX = "https://shop.northfield.example/p/"

# ---------------------------------------------------------------------------
# Retailer, stores, categories
# ---------------------------------------------------------------------------

RETAILER = {
    "kind": "retailer",
    "id": "northfield",
    "name": "Northfield & Pine",
    "currency": "EUR",
    "productUrlPrefix": URL_PREFIX,
    "checkoutUrl": "https://shop.northfield.example/checkout",
    "catalogVersion": "demo-1",
}

# (id, name, parent)
CATEGORIES = [
    ("home", "Home", None),
    ("home-kitchen", "Kitchen", "home"),
    ("home-dining", "Dining", "home"),
    ("home-bedding", "Bedding", "home"),
    ("home-bath", "Bath", "home"),
    ("home-lighting", "Lighting", "home"),
    ("home-furniture", "Furniture", "home"),
    ("home-decor", "Decor", "home"),
    ("outdoor", "Outdoor", None),
    ("outdoor-jackets", "Jackets", "outdoor"),
    ("outdoor-fleece", "Fleece", "outdoor"),
    ("outdoor-base-layers", "Base Layers", "outdoor"),
    ("outdoor-trousers", "Trousers", "outdoor"),
    ("outdoor-hiking-boots", "Hiking Boots", "outdoor"),
    ("outdoor-trail-shoes", "Trail Shoes", "outdoor"),
    ("outdoor-socks", "Socks", "outdoor"),
    ("outdoor-backpacks", "Backpacks", "outdoor"),
    ("outdoor-tents", "Tents", "outdoor"),
    ("outdoor-sleeping-bags", "Sleeping Bags & Mats", "outdoor"),
    ("outdoor-hats-gloves", "Hats & Gloves", "outdoor"),
]
LEAF_CATEGORIES = [c[0] for c in CATEGORIES if c[2] is not None]

# Aisle layouts: (aisle name, categories). Each store numbers them differently.
_AISLE_GROUPS = [
    ("Kitchen", ["home-kitchen"]),
    ("Dining", ["home-dining"]),
    ("Bedding", ["home-bedding"]),
    ("Bath", ["home-bath"]),
    ("Lighting", ["home-lighting"]),
    ("Furniture", ["home-furniture"]),
    ("Decor & Rugs", ["home-decor"]),
    ("Jackets", ["outdoor-jackets"]),
    ("Fleece & Base Layers", ["outdoor-fleece", "outdoor-base-layers"]),
    ("Trousers", ["outdoor-trousers"]),
    ("Footwear", ["outdoor-hiking-boots", "outdoor-trail-shoes"]),
    ("Socks, Hats & Gloves", ["outdoor-socks", "outdoor-hats-gloves"]),
    ("Packs", ["outdoor-backpacks"]),
    ("Camping", ["outdoor-tents", "outdoor-sleeping-bags"]),
]

STORES = [
    {
        "id": "tln-centre",
        "name": "Northfield & Pine Rotermann",
        "short": "Rotermann",
        "city": "Tallinn",
        "address": "Rotermanni 14, 10111 Tallinn, Estonia",
        "lat": 59.4381,
        "lon": 24.7553,
        "order": [0, 1, 2, 3, 4, 6, 5, 7, 8, 9, 10, 11, 12, 13],
    },
    {
        "id": "tln-ulemiste",
        "name": "Northfield & Pine Ülemiste",
        "short": "Ülemiste",
        "city": "Tallinn",
        "address": "Suur-Sõjamäe 6, 11415 Tallinn, Estonia",
        "lat": 59.4217,
        "lon": 24.7978,
        "order": [7, 8, 9, 10, 11, 12, 13, 0, 1, 2, 3, 4, 5, 6],
    },
    {
        "id": "tln-rocca",
        "name": "Northfield & Pine Rocca al Mare",
        "short": "Rocca al Mare",
        "city": "Tallinn",
        "address": "Paldiski mnt 104, 13522 Tallinn, Estonia",
        "lat": 59.4259,
        "lon": 24.6509,
        "order": [10, 11, 7, 8, 9, 12, 13, 5, 6, 4, 3, 2, 0, 1],
    },
]


def store_records():
    """Return (store JSON objects, {store id: {category id: aisle id}})."""
    out, amap = [], {}
    for s in STORES:
        aisles, cmap = [], {}
        for n, gi in enumerate(s["order"], start=1):
            name, cats = _AISLE_GROUPS[gi]
            aisles.append({"id": str(n), "name": name, "categories": cats})
            for c in cats:
                cmap[c] = str(n)
        amap[s["id"]] = cmap
        out.append({"kind": "store", "id": s["id"], "name": s["name"], "city": s["city"],
                    "address": s["address"], "lat": s["lat"], "lon": s["lon"], "aisles": aisles})
    return out, amap


# ---------------------------------------------------------------------------
# Colours
# ---------------------------------------------------------------------------

# name -> (hex, 3-letter SKU code)
COLOURS = {
    "Slate": ("#5b6770", "SLT"), "Sand": ("#d8c3a0", "SND"), "Charcoal": ("#36393d", "CHR"),
    "Oat": ("#e6dcc8", "OAT"), "Sage": ("#9caf88", "SGE"), "Terracotta": ("#c46a47", "TRC"),
    "Ocean": ("#2f6f8f", "OCN"), "Mustard": ("#d4a537", "MUS"), "Chalk White": ("#f4f2ee", "WHT"),
    "Black": ("#1f1f21", "BLK"), "Forest": ("#2f5d45", "FOR"), "Rust": ("#a8502e", "RST"),
    "Navy": ("#253858", "NVY"), "Moss": ("#6b7a3a", "MOS"), "Stone": ("#a9a39a", "STN"),
    "Clay": ("#b9826a", "CLY"), "Blush": ("#e3b7ae", "BLS"), "Graphite": ("#4a4e54", "GRA"),
    "Ochre": ("#c58b2b", "OCH"), "Fjord Blue": ("#4d7ea8", "FJD"), "Pine": ("#1f4d3a", "PIN"),
    "Glacier": ("#bcd6e0", "GLC"), "Ember Red": ("#c8372d", "EMB"), "Olive": ("#5f6b3a", "OLV"),
    "Heather Grey": ("#8d8f94", "HTH"), "Walnut": ("#6b4a33", "WAL"), "Oak": ("#c49a6c", "OAK"),
    "Birch": ("#e8d9b9", "BIR"), "Brass": ("#b5954a", "BRS"), "Copper": ("#b36b3f", "COP"),
    "Linen": ("#e9e1d3", "LIN"), "Midnight": ("#1d2433", "MID"), "Plum": ("#6e3b5c", "PLM"),
    "Lichen": ("#b3bf8a", "LCH"), "Lime": ("#a7c34a", "LIM"), "Coral": ("#e87a63", "CRL"),
    "Smoke Glass": ("#9aa7ad", "SMK"), "Amber Glass": ("#c98a3c", "AMB"),
}


def slug(s: str) -> str:
    out = []
    for ch in s.lower():
        if ch.isalnum() and ch.isascii():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def size_code(size: str) -> str:
    s = size.upper().replace(" ", "").replace(".", "")
    s = s.replace("ML", "").replace("CM", "").replace("×", "X")
    return "".join(ch for ch in s if ch.isalnum())[:9]


# ---------------------------------------------------------------------------
# Product types
# ---------------------------------------------------------------------------

APPAREL = ["XS", "S", "M", "L", "XL", "XXL"]
SHOES = [str(n) for n in range(36, 48)]
EARTH = ["Forest", "Rust", "Navy", "Black", "Moss", "Ochre", "Graphite", "Fjord Blue", "Sand", "Olive",
         "Ember Red", "Glacier", "Plum", "Lichen"]
HOMECOL = ["Slate", "Sand", "Oat", "Sage", "Terracotta", "Ocean", "Mustard", "Chalk White", "Charcoal",
           "Clay", "Blush", "Stone", "Linen", "Fjord Blue"]
WOODS = ["Oak", "Walnut", "Birch", "Black", "Chalk White"]
METALS = ["Brass", "Black", "Chalk White", "Copper", "Graphite", "Sage"]


def T(key, cat, title, noun, shape, group, colours, sizes, price, mats, feats, specs,
      goes=(), ncol=(1, 3), size_step=0.0, nsize=None, size_in_name=False):
    return dict(key=key, cat=cat, title=title, noun=noun, shape=shape, group=group, colours=colours,
                sizes=sizes, price=price, mats=mats, feats=feats, specs=specs, goes=list(goes),
                ncol=ncol, size_step=size_step, nsize=nsize, size_in_name=size_in_name)


TYPES = [
    # ---- kitchen
    T("mug", "home-kitchen", "Stoneware Mug", "mug", "mug", "drink", HOMECOL, ["350 ml", "500 ml"], (9, 18),
      ["reactive-glaze stoneware", "speckled stoneware", "thick-walled porcelain"],
      ["The wide handle fits three fingers, even in gloves.", "The glaze breaks lighter at the rim, so no two mugs look quite alike.",
       "Fired at 1,240 °C, which makes it dense enough to keep coffee warm for a while."],
      ["Holds {size} filled to the brim.", "Stacks two high on a cupboard shelf."], goes=["saucer", "plate", "jar"], ncol=(1, 3), nsize=(1, 2), size_step=0.2),
    T("pan", "home-kitchen", "Frying Pan", "pan", "pan", "cook", ["Black", "Graphite", "Copper", "Slate"], ["24 cm", "28 cm"], (35, 89),
      ["pre-seasoned carbon steel", "tri-ply stainless steel", "cast aluminium with a ceramic non-stick coating"],
      ["Works on gas, ceramic and induction hobs.", "The riveted handle stays cool on the hob for normal cooking times.",
       "Sloped sides make flipping pancakes and tossing vegetables easy."],
      ["Base diameter {size}; oven-safe to 220 °C without the lid.", "The 4 mm base spreads heat evenly to the edges."],
      goes=["board", "pot"], ncol=(1, 1), nsize=(1, 2), size_step=0.18),
    T("pot", "home-kitchen", "Casserole Pot", "casserole", "pot", "cook", ["Terracotta", "Sage", "Ocean", "Black", "Chalk White", "Mustard"],
      ["2.5 l", "4.2 l"], (59, 169),
      ["enamelled cast iron", "heavy-gauge stainless steel"],
      ["The tight-fitting lid keeps stews moist during long, slow cooking.", "Goes from the hob to the oven to the table.",
       "Looped handles leave room for thick oven gloves."], ["Capacity {size}; weighs about 4 kg empty.", "Oven-safe to 250 °C including the lid knob."],
      goes=["board", "pan", "bowl"], ncol=(1, 3), nsize=(1, 2), size_step=0.3),
    T("board", "home-kitchen", "Cutting Board", "board", "board", "cook", WOODS[:3], ["30 × 20 cm", "45 × 30 cm"], (19, 59),
      ["end-grain oak", "FSC-certified walnut", "oiled Estonian birch"],
      ["A juice groove around the edge keeps the worktop dry.", "Rubber feet stop it sliding while you chop.",
       "Gentle on knife edges, so blades stay sharp longer."], ["Measures {size} and is 3 cm thick.", "Reversible: one side for bread, one for vegetables."],
      goes=["pan", "pot", "bowl"], ncol=(1, 2), nsize=(1, 2), size_step=0.45),
    T("mixbowl", "home-kitchen", "Mixing Bowl", "mixing bowl", "bowl", "cook", HOMECOL, ["2 l", "3.5 l"], (15, 39),
      ["glazed stoneware", "brushed stainless steel", "recycled melamine"],
      ["A non-slip base keeps it steady while whisking.", "The pouring lip makes batter go where you want it."],
      ["Holds {size}; nests inside the next size up.", "Dishwasher- and freezer-safe."], goes=["board", "jar"], ncol=(1, 3), nsize=(1, 2), size_step=0.3),
    T("jar", "home-kitchen", "Storage Jar", "storage jar", "jar", "cook", HOMECOL + ["Smoke Glass", "Amber Glass"], ["0.8 l", "1.5 l"], (8, 24),
      ["borosilicate glass with an oak lid", "matte stoneware with a silicone-sealed lid"],
      ["Airtight enough for coffee beans, flour or pasta.", "The wide opening fits a measuring cup."],
      ["Holds {size}.", "The lid seal lifts out for washing."], goes=["mug", "mixbowl"], ncol=(1, 3), nsize=(1, 2), size_step=0.25),
    T("teatowel", "home-kitchen", "Tea Towel", "tea towel", "towel", "bath", HOMECOL, ["50 × 70 cm"], (7, 16),
      ["stonewashed linen", "waffle-weave cotton"],
      ["Absorbent from the first wash and lint-free on glassware.", "A hanging loop in the corner."],
      ["Measures {size}.", "Sold as a pair."], goes=["mug", "board"], ncol=(1, 3), nsize=(1, 1)),
    # ---- dining
    T("plate", "home-dining", "Dinner Plate", "plate", "plate", "table", HOMECOL, ["21 cm", "27 cm"], (8, 22),
      ["hand-glazed stoneware", "bone china", "matte porcelain"],
      ["A raised rim keeps sauces on the plate.", "The unglazed foot ring protects your table."],
      ["Diameter {size}.", "Microwave- and dishwasher-safe."], goes=["bowl", "cutlery", "tumbler"], ncol=(1, 3), nsize=(1, 2), size_step=0.25),
    T("saucer", "home-dining", "Saucer", "saucer", "plate", "table", HOMECOL, ["15 cm"], (5, 11),
      ["reactive-glaze stoneware", "porcelain"],
      ["Made to sit under our mugs and cups, with a shallow well so they don't slide."],
      ["Diameter {size}.", "Doubles as a small plate for biscuits."], goes=["mug", "plate"], ncol=(1, 3), nsize=(1, 1)),
    T("bowl", "home-dining", "Serving Bowl", "bowl", "bowl", "table", HOMECOL, ["16 cm", "24 cm"], (12, 34),
      ["stoneware", "porcelain", "turned acacia wood"],
      ["Deep enough for ramen, wide enough for salad.", "Looks good on the table, not just in the cupboard."],
      ["Diameter {size}.", "Hand wash recommended to keep the glaze bright."], goes=["plate", "cutlery"], ncol=(1, 3), nsize=(1, 2), size_step=0.4),
    T("tumbler", "home-dining", "Tumbler", "glass", "glass", "drink", ["Smoke Glass", "Amber Glass", "Glacier", "Sage"], ["250 ml", "380 ml"], (6, 16),
      ["mouth-blown recycled glass", "lead-free crystal glass"],
      ["A heavy base stops it tipping.", "Small bubbles in the recycled glass are part of its character."],
      ["Holds {size}.", "Sold as a set of four."], goes=["plate", "wineglass"], ncol=(1, 2), nsize=(1, 2), size_step=0.15),
    T("wineglass", "home-dining", "Wine Glass", "wine glass", "wineglass", "drink", ["Smoke Glass", "Glacier", "Amber Glass"], ["420 ml"], (9, 22),
      ["lead-free crystal", "thin-blown glass"],
      ["A wide bowl lets red wines open up.", "A laser-cut rim makes it feel lighter than it looks."],
      ["Holds {size}; 21 cm tall.", "Sold as a pair."], goes=["tumbler", "plate"], ncol=(1, 2), nsize=(1, 1)),
    T("cutlery", "home-dining", "Cutlery Set", "cutlery set", "cutlery", "table", ["Chalk White", "Black", "Brass", "Graphite"], ["16 pcs", "24 pcs"], (39, 99),
      ["18/10 stainless steel", "brushed steel with a PVD finish"],
      ["Balanced towards the handle so it sits well in the hand.", "The knives have a fine serrated edge."],
      ["{size} for four or six people.", "Dishwasher-safe; dry promptly for best results."], goes=["plate", "bowl"], ncol=(1, 2), nsize=(1, 2), size_step=0.4),
    # ---- bedding
    T("duvet", "home-bedding", "Duvet Cover Set", "duvet cover", "duvet", "bed", HOMECOL, ["Single", "Double", "King"], (49, 129),
      ["stonewashed European linen", "organic cotton percale", "cotton sateen"],
      ["Breathable in summer and cosy in winter.", "Hidden button closure at the foot end.", "Gets softer with every wash."],
      ["Set includes one duvet cover and {pillows} pillowcases.", "Inside ties keep the duvet from sliding."],
      goes=["pillow", "blanket", "sheet"], ncol=(1, 3), nsize=(2, 3), size_step=0.25),
    T("sheet", "home-bedding", "Fitted Sheet", "fitted sheet", "duvet", "bed", HOMECOL, ["Single", "Double", "King"], (29, 59),
      ["organic cotton percale", "washed linen"],
      ["Deep pockets fit mattresses up to 35 cm.", "Elastic all the way round, so corners stay put."],
      ["Available in {size} and other sizes.", "Machine wash at 40 °C."], goes=["duvet", "pillow"], ncol=(1, 3), nsize=(2, 3), size_step=0.2),
    T("pillow", "home-bedding", "Cushion", "cushion", "pillow", "bed", HOMECOL + ["Mustard", "Forest"], ["45 × 45 cm", "50 × 70 cm"], (19, 45),
      ["washed linen over a feather inner", "wool bouclé over a recycled-fibre inner", "corduroy cotton"],
      ["A concealed zip lets you wash the cover.", "Plump enough to hold its shape on a sofa."],
      ["Measures {size}.", "Inner included."], goes=["blanket", "duvet", "rug"], ncol=(1, 3), nsize=(1, 2), size_step=0.3),
    T("blanket", "home-bedding", "Wool Throw", "throw", "duvet", "bed", HOMECOL + ["Forest", "Rust"], ["130 × 170 cm"], (59, 119),
      ["Estonian lambswool", "merino and alpaca", "recycled wool"],
      ["Woven on a traditional loom with knotted fringes.", "Warm without being heavy."],
      ["Measures {size}.", "Air it outdoors instead of washing; spot-clean when needed."], goes=["pillow", "duvet"], ncol=(1, 3), nsize=(1, 1)),
    # ---- bath
    T("towel", "home-bath", "Bath Towel", "towel", "towel", "bath", HOMECOL, ["Hand", "Bath", "Sheet"], (12, 39),
      ["600 g/m² combed cotton", "Turkish cotton waffle", "cotton and linen blend"],
      ["Long loops make it absorbent and quick to dry.", "A woven hanging loop on the short side."],
      ["Hand 50 × 90 cm, Bath 70 × 140 cm, Sheet 100 × 150 cm.", "Wash at 60 °C; skip the fabric softener."],
      goes=["bathmat", "dispenser"], ncol=(1, 4), nsize=(2, 3), size_step=0.5),
    T("bathmat", "home-bath", "Bath Mat", "bath mat", "rug", "bath", HOMECOL, ["50 × 80 cm"], (19, 39),
      ["tufted cotton", "woven teak-coloured cotton"], ["Latex-free non-slip backing.", "Dries quickly on a radiator."],
      ["Measures {size}.", "Machine washable at 40 °C."], goes=["towel", "dispenser"], ncol=(1, 3), nsize=(1, 1)),
    T("dispenser", "home-bath", "Soap Dispenser", "soap dispenser", "bottle", "decor", HOMECOL + ["Smoke Glass", "Amber Glass"], ["300 ml"], (12, 29),
      ["matte stoneware", "amber glass with a steel pump"], ["The pump gives a neat, measured dose.", "Refill through the wide neck without a funnel."],
      ["Holds {size}.", "Rust-resistant brushed steel pump."], goes=["towel", "bathmat"], ncol=(1, 3), nsize=(1, 1)),
    # ---- lighting
    T("lamp", "home-lighting", "Table Lamp", "table lamp", "lamp", "light", METALS + ["Terracotta", "Sand"], ["Small", "Large"], (49, 149),
      ["a linen shade on a ceramic base", "powder-coated steel", "oak with a pleated cotton shade"],
      ["The warm diffused light suits a bedside or a reading corner.", "An in-line dimmer switch on the cable."],
      ["Takes one E27 bulb, max 40 W (bulb not included).", "Cable length 2 m, textile covered."], goes=["pillow", "table", "candle"], ncol=(1, 3), nsize=(1, 2), size_step=0.35),
    T("pendant", "home-lighting", "Pendant Lamp", "pendant lamp", "pendant", "light", METALS, ["30 cm", "45 cm"], (69, 199),
      ["spun aluminium", "powder-coated steel", "smoked mouth-blown glass"],
      ["Hang it low over a dining table for a pool of warm light.", "The inside of the shade is white to reflect more light."],
      ["Shade diameter {size}; cord adjustable up to 2 m.", "Takes one E27 bulb; hardwiring by an electrician is recommended."],
      goes=["table", "chair"], ncol=(1, 3), nsize=(1, 2), size_step=0.3),
    T("floorlamp", "home-lighting", "Floor Lamp", "floor lamp", "floorlamp", "light", METALS, ["150 cm"], (99, 249),
      ["brushed steel with a linen shade", "oak and powder-coated steel"],
      ["A foot switch means you never have to bend down.", "The weighted base keeps it steady on rugs."],
      ["Height {size}; shade 40 cm across.", "E27 socket, max 60 W."], goes=["chair", "rug"], ncol=(1, 2), nsize=(1, 1)),
    T("candle", "home-lighting", "Scented Candle", "candle", "candle", "decor", HOMECOL + ["Forest"], ["190 g", "350 g"], (12, 34),
      ["rapeseed and soy wax", "beeswax blend"],
      ["Scented with pine needles, smoked birch and a little bergamot.", "The cotton wick burns clean and even."],
      ["About {hours} hours of burn time.", "Trim the wick to 5 mm before each use."], goes=["lamp", "vase"], ncol=(1, 3), nsize=(1, 2), size_step=0.5),
    # ---- furniture
    T("chair", "home-furniture", "Dining Chair", "chair", "chair", "furniture", WOODS + ["Sage"], ["Standard"], (89, 249),
      ["solid oak", "steam-bent beech", "walnut-stained ash"],
      ["The curved backrest supports you through long dinners.", "Joints are glued and pinned, not just screwed."],
      ["Seat height 46 cm; fits under tables 72 cm and taller.", "Flat-packed; assembly takes about 15 minutes."],
      goes=["table", "pendant", "pillow"], ncol=(1, 3), nsize=(1, 1)),
    T("table", "home-furniture", "Table", "table", "table", "furniture", WOODS, ["Side 50 cm", "Dining 180 cm"], (129, 899),
      ["solid oak with a hard-wax oil finish", "walnut veneer on birch plywood", "ash"],
      ["Rounded corners are kinder to hips in a small kitchen.", "Hard-wax oil brings out the grain and is easy to touch up."],
      ["Available as {size}.", "Legs have adjustable felt pads for uneven floors."], goes=["chair", "pendant", "lamp"], ncol=(1, 3), nsize=(1, 2), size_step=2.5),
    T("stool", "home-furniture", "Bar Stool", "stool", "stool", "furniture", WOODS + ["Ocean"], ["65 cm", "75 cm"], (79, 169),
      ["solid beech", "oak with a steel footrest"],
      ["The dished seat is more comfortable than it looks.", "A footrest ring keeps legs relaxed."],
      ["Seat height {size}.", "Stackable two high."], goes=["table", "pendant"], ncol=(1, 3), nsize=(1, 2), size_step=0.1),
    T("shelf", "home-furniture", "Bookshelf", "bookshelf", "shelf", "furniture", WOODS, ["80 × 180 cm"], (149, 399),
      ["oak veneer", "solid pine", "lacquered birch plywood"],
      ["Adjustable shelves take records, books or plants.", "Wall fixings included, because safety matters."],
      ["Measures {size}, 30 cm deep.", "Each shelf holds up to 25 kg."], goes=["basket", "frame", "lamp"], ncol=(1, 3), nsize=(1, 1)),
    # ---- decor
    T("vase", "home-decor", "Vase", "vase", "vase", "decor", HOMECOL + ["Smoke Glass", "Amber Glass"], ["20 cm", "32 cm"], (19, 69),
      ["hand-thrown stoneware", "mouth-blown glass", "textured ceramic"],
      ["A narrow neck holds a few stems upright.", "Watertight inside, so fresh flowers are fine."],
      ["Height {size}.", "Wipe with a damp cloth."], goes=["candle", "frame", "table"], ncol=(1, 3), nsize=(1, 2), size_step=0.5),
    T("frame", "home-decor", "Picture Frame", "frame", "frame", "decor", WOODS + ["Brass"], ["13 × 18 cm", "30 × 40 cm", "50 × 70 cm"], (12, 59),
      ["solid oak", "recycled aluminium"], ["Real glass, not acrylic, with an acid-free mount.", "Hangs portrait or landscape."],
      ["Picture size {size}.", "Hanging hardware included."], goes=["vase", "shelf", "mirror"], ncol=(1, 3), nsize=(1, 3), size_step=0.7),
    T("rug", "home-decor", "Wool Rug", "rug", "rug", "decor", HOMECOL + ["Rust", "Forest"], ["120 × 170 cm", "160 × 230 cm", "200 × 300 cm"], (99, 449),
      ["hand-woven wool", "flat-woven jute and wool", "recycled PET felt"],
      ["Dense enough to soften footsteps in a flat.", "Reversible, so it wears evenly."],
      ["Measures {size}.", "Vacuum without a beater bar; use a rug underlay on wooden floors."],
      goes=["pillow", "floorlamp", "basket"], ncol=(1, 3), nsize=(1, 3), size_step=0.8),
    T("basket", "home-decor", "Storage Basket", "basket", "basket", "decor", ["Sand", "Oat", "Black", "Sage", "Oak", "Charcoal"], ["Small", "Medium", "Large"], (15, 49),
      ["woven seagrass", "felted wool", "braided cotton rope"], ["Handles on both sides for carrying laundry or logs."],
      ["Comes in {size} and other sizes.", "Folds flat when not in use."], goes=["shelf", "rug", "blanket"], ncol=(1, 3), nsize=(1, 3), size_step=0.35),
    T("mirror", "home-decor", "Round Mirror", "mirror", "mirror", "decor", ["Brass", "Oak", "Black", "Walnut"], ["50 cm", "80 cm"], (59, 189),
      ["a solid oak frame", "a brushed brass frame"], ["Bevelled glass with copper-free silvering.", "Makes a small hallway feel bigger."],
      ["Diameter {size}.", "Wall fixings included."], goes=["frame", "vase"], ncol=(1, 2), nsize=(1, 2), size_step=0.6),
    # ---- jackets
    T("rainjacket", "outdoor-jackets", "Rain Jacket", "rain jacket", "jacket", "outer", EARTH, APPAREL, (119, 299),
      ["a 3-layer recycled nylon shell with a PFC-free membrane", "a 2.5-layer shell (20,000 mm)"],
      ["Pit zips dump heat on steep climbs.", "The hood adjusts at three points and fits over a helmet.", "Taped seams throughout."],
      ["Packs into its own chest pocket.", "Weighs about 380 g in size M."], goes=["fleece", "hikingtrousers", "daypack"], ncol=(1, 4), nsize=(4, 6), size_step=0.0),
    T("puffer", "outdoor-jackets", "Insulated Jacket", "insulated jacket", "puffer", "outer", EARTH, APPAREL, (149, 349),
      ["700-fill responsibly sourced down", "recycled synthetic insulation that stays warm when damp"],
      ["Box-wall baffles prevent cold spots.", "Two hand pockets lined with brushed tricot."],
      ["Compresses to the size of a water bottle.", "Fill weight 120 g in size M."], goes=["baselayer", "beanie", "gloves"], ncol=(1, 4), nsize=(4, 6)),
    T("softshell", "outdoor-jackets", "Softshell Jacket", "softshell", "jacket", "outer", EARTH, APPAREL, (99, 199),
      ["a stretch-woven softshell with a brushed back"], ["Breathable and windproof enough for most days on the trail.",
       "Articulated elbows for climbing and scrambling."],
      ["Two harness-compatible chest pockets.", "DWR-treated against showers."], goes=["baselayer", "hikingtrousers"], ncol=(1, 3), nsize=(4, 6)),
    # ---- fleece
    T("fleece", "outdoor-fleece", "Fleece Jacket", "fleece", "fleece", "mid", EARTH, APPAREL, (59, 139),
      ["recycled polyester grid fleece", "heavyweight Polartec-style fleece", "high-loft pile fleece"],
      ["A versatile mid layer under a shell or on its own.", "Flatlock seams avoid chafing under pack straps."],
      ["Weighs about 320 g in size M.", "Zipped hand pockets."], goes=["rainjacket", "baselayer", "beanie"], ncol=(1, 4), nsize=(4, 6)),
    T("halfzip", "outdoor-fleece", "Half-Zip Fleece", "half-zip", "fleece", "mid", EARTH, APPAREL, (49, 99),
      ["microfleece", "recycled grid fleece"], ["The half zip vents quickly.", "Thumb loops keep sleeves in place."],
      ["Relaxed fit; size down for layering.", "Machine wash cold."], goes=["rainjacket", "hikingtrousers"], ncol=(1, 4), nsize=(4, 6)),
    # ---- base layers
    T("baselayer", "outdoor-base-layers", "Merino Long-Sleeve", "base layer", "baselayer", "mid", EARTH + ["Heather Grey"], APPAREL, (49, 99),
      ["18.5-micron merino wool", "merino and Tencel blend", "merino-wrapped nylon core yarn"],
      ["Naturally odour-resistant, so it can do several days on trek.", "Soft enough to wear straight against the skin."],
      ["Fabric weight 200 g/m².", "Machine wash cold on the wool cycle; dry flat."], goes=["leggings", "fleece", "socks"], ncol=(1, 4), nsize=(4, 6)),
    T("leggings", "outdoor-base-layers", "Merino Leggings", "leggings", "trousers", "mid", ["Black", "Graphite", "Navy", "Forest", "Plum"], APPAREL, (45, 89),
      ["200 g/m² merino wool", "recycled polyester grid knit"], ["A flat waistband sits comfortably under a hip belt."],
      ["Gusseted crotch for full movement.", "Wash at 30 °C, no tumble drying."], goes=["baselayer", "socks"], ncol=(1, 3), nsize=(4, 6)),
    # ---- trousers
    T("hikingtrousers", "outdoor-trousers", "Hiking Trousers", "trousers", "trousers", "legs", ["Black", "Graphite", "Olive", "Sand", "Navy", "Moss"], APPAREL, (69, 149),
      ["stretch-woven nylon", "G-1000-style waxed poly-cotton", "recycled ripstop"],
      ["Pre-shaped knees for long descents.", "Reinforced instep patches shrug off crampon scuffs."],
      ["Regular inseam 81 cm; short and long lengths in store.", "Thigh pocket fits a phone or a map."], goes=["boot", "socks", "rainjacket"], ncol=(1, 3), nsize=(4, 6)),
    T("raintrousers", "outdoor-trousers", "Rain Trousers", "rain trousers", "trousers", "legs", ["Black", "Navy", "Forest"], APPAREL, (69, 139),
      ["a 2.5-layer waterproof shell"], ["Full-length side zips mean you can pull them on over boots."],
      ["Packs into a stuff sack the size of an apple.", "Taped seams."], goes=["rainjacket", "boot"], ncol=(1, 2), nsize=(4, 6)),
    # ---- boots
    T("boot", "outdoor-hiking-boots", "Mid Hiking Boot", "boot", "boot", "feet", ["Walnut", "Graphite", "Moss", "Black", "Rust", "Sand"], SHOES, (129, 259),
      ["full-grain leather with a waterproof membrane", "nubuck and recycled-mesh uppers"],
      ["A Vibram-style sole with 5 mm lugs grips wet rock and mud.", "Rubber toe bumper protects against scree."],
      ["Weight about 580 g per boot (EU 42).", "A removable insole fits custom orthotics."],
      goes=["socks", "hikingtrousers", "daypack"], ncol=(1, 2), nsize=(6, 12)),
    T("leatherboot", "outdoor-hiking-boots", "Leather Trekking Boot", "trekking boot", "boot", "feet", ["Walnut", "Black", "Rust"], SHOES, (179, 329),
      ["2.6 mm waxed leather"], ["Stiff enough for long days with a heavy pack.", "Resoleable when the tread wears down."],
      ["Half-size-up recommended for thick socks.", "Treat the leather with wax every few trips."], goes=["socks", "trekpack"], ncol=(1, 2), nsize=(6, 12)),
    # ---- trail shoes
    T("trailshoe", "outdoor-trail-shoes", "Trail Running Shoe", "trail shoe", "shoe", "feet", ["Lime", "Coral", "Fjord Blue", "Black", "Ember Red", "Glacier"], SHOES, (99, 179),
      ["engineered mesh uppers over a rock plate", "a recycled-mesh upper on a cushioned foam midsole"],
      ["A 6 mm drop and sticky rubber for technical ground.", "Quick-pull laces stow in a tongue pocket."],
      ["Weight about 290 g (EU 42).", "Wide toe box for swollen feet late in a race."], goes=["socks", "daypack"], ncol=(1, 3), nsize=(6, 12)),
    T("approach", "outdoor-trail-shoes", "Approach Shoe", "approach shoe", "shoe", "feet", ["Graphite", "Sand", "Moss"], SHOES, (119, 169),
      ["a suede upper with a full rubber rand"], ["A climbing zone at the toe for scrambling."],
      ["Heel loop clips to a harness.", "Weight about 410 g (EU 42)."], goes=["socks", "daypack"], ncol=(1, 2), nsize=(6, 12)),
    # ---- socks
    T("socks", "outdoor-socks", "Merino Hiking Socks", "socks", "sock", "socks", EARTH + ["Heather Grey"], ["36–38", "39–42", "43–46"], (16, 29),
      ["merino wool with nylon for durability", "a merino and silk blend"],
      ["Terry cushioning under the heel and forefoot.", "Seamless toes prevent blisters on long days."],
      ["Crew height.", "Wash inside out at 40 °C."], goes=["boot", "trailshoe"], ncol=(1, 3), nsize=(3, 3)),
    T("liners", "outdoor-socks", "Liner Socks", "liner socks", "sock", "socks", ["Black", "Heather Grey", "Navy"], ["36–38", "39–42", "43–46"], (9, 15),
      ["thin merino wool"], ["Wear under thicker socks to reduce friction."],
      ["Two pairs per pack.", "Dries overnight in a tent."], goes=["socks", "boot"], ncol=(1, 2), nsize=(3, 3)),
    # ---- backpacks
    T("daypack", "outdoor-backpacks", "Daypack", "daypack", "backpack", "packs", EARTH, ["22 L", "30 L"], (69, 139),
      ["recycled 420D nylon", "waxed canvas with leather details"],
      ["A mesh back panel keeps air moving on warm days.", "Side pockets take a 1 l bottle."],
      ["Capacity {size}; fits a 15-inch laptop.", "Hydration sleeve and hose port."], goes=["rainjacket", "trailshoe", "socks"], ncol=(1, 4), nsize=(1, 2), size_step=0.15),
    T("trekpack", "outdoor-backpacks", "Trekking Pack", "trekking pack", "backpack", "packs", ["Forest", "Navy", "Graphite", "Rust"], ["45 L", "60 L"], (179, 299),
      ["ripstop Dyneema-blend fabric", "recycled 210D nylon"],
      ["An adjustable back length fits torsos from 42 to 54 cm.", "The padded hip belt transfers weight to your hips."],
      ["Capacity {size}; weighs 1.6 kg.", "Integrated rain cover in the lid."], goes=["tent", "sleepingbag", "boot"], ncol=(1, 3), nsize=(1, 2), size_step=0.12),
    # ---- tents
    T("tent", "outdoor-tents", "Dome Tent", "tent", "tent", "tents", ["Forest", "Ochre", "Sand", "Rust", "Moss"], ["1P", "2P", "3P"], (179, 499),
      ["silicone-coated ripstop nylon with aluminium poles", "polyester fly (3,000 mm) and DAC-style poles"],
      ["Freestanding, so it pitches on rock or sand.", "Two doors and two vestibules for gear."],
      ["{size} capacity; packed weight from 1.4 kg.", "Colour-coded clips make pitching quick in the dark."],
      goes=["sleepingbag", "mat", "trekpack"], ncol=(1, 2), nsize=(2, 3), size_step=0.25),
    # ---- sleeping
    T("sleepingbag", "outdoor-sleeping-bags", "Mummy Sleeping Bag", "sleeping bag", "sleepingbag", "sleep", ["Ocean", "Rust", "Forest", "Navy", "Ochre"], ["Regular", "Long"], (129, 399),
      ["650-fill down", "recycled synthetic insulation"], ["A draft collar and a shaped hood seal in warmth.",
       "A two-way zip for venting on mild nights."], ["Comfort rating -5 °C; limit -12 °C.", "Compression sack included."],
      goes=["mat", "tent"], ncol=(1, 2), nsize=(2, 2), size_step=0.08),
    T("mat", "outdoor-sleeping-bags", "Sleeping Mat", "sleeping mat", "sleepmat", "sleep", ["Ocean", "Ochre", "Forest", "Lime"], ["Regular", "Wide"], (49, 189),
      ["self-inflating open-cell foam", "an insulated air chamber design"], ["R-value 4.2, good into early winter."],
      ["Packs to the size of a 1 l bottle.", "Repair kit included."], goes=["sleepingbag", "tent"], ncol=(1, 2), nsize=(1, 2), size_step=0.15),
    # ---- hats & gloves
    T("beanie", "outdoor-hats-gloves", "Beanie", "beanie", "beanie", "acc", EARTH, ["One size"], (19, 39),
      ["rib-knit merino", "lambswool with a fleece headband"], ["Deep enough to cover the ears fully.", "A removable pompom."],
      ["One size fits most.", "Hand wash cold."], goes=["gloves", "puffer", "fleece"], ncol=(1, 4), nsize=(1, 1)),
    T("sunhat", "outdoor-hats-gloves", "Sun Hat", "sun hat", "sunhat", "acc", ["Sand", "Olive", "Oat", "Navy"], ["S/M", "L/XL"], (25, 45),
      ["UPF 50+ nylon", "organic cotton canvas"], ["A wide brim shades the neck on open ridges.", "A chin cord stops it blowing away."],
      ["Packable; the brim springs back into shape.", "Fits head sizes 55–61 cm."], goes=["daypack", "trailshoe"], ncol=(1, 3), nsize=(2, 2)),
    T("gloves", "outdoor-hats-gloves", "Gloves", "gloves", "glove", "acc", ["Black", "Graphite", "Navy", "Forest", "Rust"], ["S", "M", "L", "XL"], (25, 79),
      ["goat leather palms with a softshell back", "windproof fleece", "merino liner knit"],
      ["Touchscreen-compatible fingertips.", "A pre-curved fit for gripping poles."], ["Wrist cinch for a snug fit.", "Clip the pair together when not in use."],
      goes=["beanie", "puffer"], ncol=(1, 2), nsize=(3, 4)),
]
TYPE_BY_KEY = {t["key"]: t for t in TYPES}

# brand -> (GTIN scheme, company prefix digits, families)
#   scheme "ean13": 7-digit company prefix + 5-digit item reference
#   scheme "upc":   6-digit UPC company prefix (incl. number system) + 5-digit item
BRANDS = [
    ("Northfield", "ean13", "4740168", ["home"], 6),
    ("Pine & Trail", "ean13", "4740293", ["outdoor"], 6),
    ("Saare Linen", "ean13", "4740517", ["home-bedding", "home-bath", "home-kitchen"], 3),
    ("Mets Studio", "ean13", "4740822", ["home-decor", "home-furniture", "home-lighting"], 3),
    ("Fjordline", "ean13", "5712840", ["home-kitchen", "home-dining"], 3),
    ("Vistula Ware", "ean13", "5903127", ["home-kitchen", "home-dining", "home-decor"], 3),
    ("Lumen Nord", "ean13", "4068217", ["home-lighting"], 3),
    ("Halden & Co", "ean13", "4061934", ["home-furniture", "home-decor"], 2),
    ("Sisu Trail", "ean13", "6418273", ["outdoor"], 3),
    ("Cairnstone", "ean13", "5907712", ["outdoor-hiking-boots", "outdoor-trail-shoes", "outdoor-socks"], 3),
    ("Hoarfrost", "ean13", "4064420", ["outdoor-jackets", "outdoor-fleece", "outdoor-base-layers", "outdoor-hats-gloves"], 3),
    ("Cascade Peak Co.", "upc", "078412", ["outdoor"], 0.55),
    ("Harbor & Hollis", "upc", "084651", ["home-kitchen", "home-dining"], 0.5),
]

LINES = ["Aava", "Kadakas", "Pihlakas", "Rannik", "Lumi", "Sammal", "Kask", "Laine", "Udu", "Tamm", "Kivi", "Tuul",
         "Fjell", "Halla", "Varjo", "Ridgeway", "Harbour", "Saltmarsh", "Drift", "Ember", "Larch", "Hearth", "Cove",
         "Nomad", "Vista", "Kestrel", "Alder", "Moor", "Skerry", "Granite", "Tundra", "Meadow", "Brook", "Osprey",
         "Summit", "Kaja", "Vaher", "Mänd", "Järv", "Sild", "Polar", "Birchwood", "Orava", "Ilves", "Karu", "Rebane"]

# ---------------------------------------------------------------------------
# Copy: descriptions
# ---------------------------------------------------------------------------

ADJ = {
    "drink": ["sturdy", "everyday", "hand-finished", "generous"],
    "cook": ["hard-working", "reliable", "heavy-duty", "well-balanced"],
    "table": ["understated", "hand-finished", "versatile", "everyday"],
    "bed": ["soft", "breathable", "relaxed", "cosy"],
    "bath": ["plush", "quick-drying", "absorbent", "soft"],
    "light": ["warm", "simple", "sculptural", "quiet"],
    "furniture": ["solid", "timeless", "compact", "honest"],
    "decor": ["quiet", "handmade-looking", "simple", "textured"],
    "outer": ["weatherproof", "technical", "lightweight", "packable"],
    "mid": ["warm", "versatile", "breathable", "next-to-skin"],
    "legs": ["tough", "stretchy", "trail-ready", "durable"],
    "feet": ["supportive", "grippy", "durable", "all-terrain"],
    "socks": ["cushioned", "blister-resistant", "warm", "durable"],
    "packs": ["comfortable", "well-organised", "tough", "streamlined"],
    "tents": ["storm-worthy", "lightweight", "roomy", "quick-pitching"],
    "sleep": ["warm", "packable", "lofty", "comfortable"],
    "acc": ["warm", "packable", "practical", "snug"],
}
INTROS = [
    "A {adj} {noun} made from {mat}.",
    "Made from {mat}, the {line} {noun} is {adj} and easy to live with.",
    "{line} is our {adj} take on the {noun}: {mat}, nothing fussy.",
    "This {adj} {noun} is made from {mat} and designed in Tallinn.",
    "The {line} {noun} pairs {mat} with a clean Nordic shape.",
]
CARE = {
    "drink": ["Dishwasher- and microwave-safe.", "Avoid sudden temperature changes to protect the glaze."],
    "cook": ["Dry straight after washing to keep it in good shape.", "Hand wash with a soft brush; no steel wool."],
    "table": ["Dishwasher-safe on a normal programme.", "Each piece varies slightly because the glaze is applied by hand."],
    "bed": ["Machine wash at 40 °C and line dry for a relaxed look.", "OEKO-TEX certified."],
    "bath": ["Wash before first use to lift extra fibres.", "OEKO-TEX certified."],
    "light": ["Wipe the shade with a dry cloth.", "CE marked; comes with a 2-year warranty."],
    "furniture": ["Wipe with a damp cloth and dry straight away.", "Comes with a 5-year frame warranty."],
    "decor": ["Dust with a soft, dry cloth.", "Each piece is slightly different."],
    "outer": ["Reproof with a wash-in treatment when water stops beading.", "Wash at 30 °C with a technical detergent."],
    "mid": ["Wash inside out at 30 °C.", "Made with recycled or traceable fibres."],
    "legs": ["Wash at 30 °C and hang to dry.", "Bluesign-approved fabric."],
    "feet": ["Brush off mud and dry away from direct heat.", "Try them on in store with your hiking socks."],
    "socks": ["Lifetime guarantee against holes.", "Tumble dry low if you must."],
    "packs": ["Sponge clean; do not machine wash.", "Comes with a 10-year warranty on seams and buckles."],
    "tents": ["Dry completely before storing to avoid mildew.", "Seam-taped fly; spare pole section included."],
    "sleep": ["Store loose in the cotton sack, not compressed.", "Hang to air after each trip."],
    "acc": ["Hand wash cold and dry flat.", "Made with recycled yarns."],
}

# ---------------------------------------------------------------------------
# Copy: reviews
# ---------------------------------------------------------------------------

R_GROUP = {  # group -> (pos sentences, neg sentences, mixed, pos titles, neg titles)
    "drink": (["Holds heat well and the handle is comfortable.", "Survived months of daily dishwasher runs without the glaze dulling.",
               "The {c} glaze looks even nicer in person than in the photos.", "Exactly the right size for a proper morning coffee.",
               "Thin rim and a nice weight in the hand.", "My partner has claimed this one, so I am buying another."],
              ["Chipped at the rim within a few weeks of normal use.", "The handle gets hot when it is full of tea.",
               "There are small pinholes in the glaze near the base.", "Smaller than I expected.", "Colour is much duller than the product photo."],
              ["Nice shape, but the glaze varies a lot between pieces.", "Good, although it stains from black tea quickly."],
              ["Lovely weight", "My new favourite {t}", "Perfect for coffee", "Beautiful glaze", "Just right"],
              ["Chipped quickly", "Not like the photo", "Too small", "Disappointed"]),
    "cook": (["Heats evenly and the handle stays cool.", "Seared steak beautifully on the first try.", "Heavy, solid and clearly built to last.",
              "Works perfectly on our induction hob.", "Cleans up easily after a few uses.", "Replaced two cheaper ones and already outperforms both."],
             ["The coating started to flake after about two months.", "Warped slightly after the first time I used it on high heat.",
              "Far heavier than I expected, hard to lift one-handed.", "Rust spots appeared after one wash.", "Does not sit flat on our hob."],
             ["Good performance but it needs more care than the description suggests.", "Does the job; the handle could be longer."],
             ["Kitchen workhorse", "Great heat", "Worth every cent", "Solid {t}", "Finally a good {t}"],
             ["Coating failed", "Warped", "Rusty after a week", "Not for induction?"]),
    "table": (["Looks great on a simple wooden table.", "Sturdy and still no chips after daily use.", "The {c} colour goes with everything in our kitchen.",
               "Guests always ask where it is from.", "Good size for a proper dinner portion."],
              ["Arrived with a hairline crack.", "The glaze scratches easily with normal cutlery.", "Does not fit in our dishwasher rack."],
              ["Pretty, but the colour differs from piece to piece.", "Fine, though a bit heavier than I like."],
              ["Beautiful set", "Everyday favourite", "Looks expensive", "Great for dinner parties"],
              ["Scratched", "Cracked on arrival", "Not dishwasher-friendly"]),
    "bed": (["Softer after every wash.", "Sleeping so much better since switching.", "The {c} colour is calm and looks lovely in the bedroom.",
             "Fits our {s} perfectly.", "Breathable, I no longer wake up too warm.", "The quality is on par with hotel bedding."],
            ["Shrunk noticeably after the first wash.", "Pills already after a few weeks.", "Wrinkles terribly even when line dried.",
             "The stitching came loose on one side."],
            ["Nice fabric, but it takes ages to dry.", "Good quality, the colour is a bit more grey than I expected."],
            ["So soft", "Better sleep", "Hotel feel at home", "Lovely linen", "Cosy"],
            ["Shrank", "Pilling", "Not worth the price"]),
    "bath": (["Thick, fluffy and actually dries you.", "Still soft after many washes.", "Dries quickly even in our small bathroom.",
              "The {c} colour is nice and rich.", "Good size, wraps around properly."],
             ["Sheds lint everywhere for the first few washes.", "Thinner than it looks in the photos.", "Faded quickly."],
             ["Soft but takes a long time to dry.", "Nice, though the loop tore after a few months."],
             ["Fluffy", "Spa at home", "Great towels", "Soft and absorbent"],
             ["Lint everywhere", "Thin", "Faded"]),
    "light": (["Gives a lovely warm light in the evening.", "The dimmer is really handy.", "Looks like a designer piece for half the price.",
               "Easy to assemble, took five minutes.", "The {c} finish is beautiful."],
              ["The switch stopped working after a month.", "Wobbles on the base.", "Shade arrived dented.", "Too dim even with a bright bulb."],
              ["Nice design, but the cable is very short.", "Pretty but the light is a bit narrow."],
              ["Cosy light", "Beautiful lamp", "Lovely glow", "Designer look"],
              ["Broken switch", "Dented shade", "Too dim"]),
    "furniture": (["Solid and well made, no wobble at all.", "Assembly was straightforward.", "The wood grain is gorgeous.",
                   "Looks even better in our flat than in the showroom.", "Comfortable for long dinners."],
                  ["One of the legs was damaged on arrival.", "The finish marked from a hot cup immediately.", "Screws did not line up properly.",
                   "Wobbles on our floor no matter what I adjust."],
                  ["Nice piece, but delivery took three weeks.", "Good quality, a little smaller than expected."],
                  ["Built to last", "Beautiful wood", "Great value", "Exactly what we needed"],
                  ["Damaged", "Wobbly", "Assembly headache"]),
    "decor": (["Adds warmth to our living room.", "Looks handmade in a good way.", "The {c} tone is subtle and lovely.",
               "Bought it as a gift and they loved it.", "Sits beautifully on the windowsill."],
              ["Smaller than it looks in the photos.", "Arrived broken and the packaging was poor.", "The finish looks cheap up close."],
              ["Pretty but not worth the full price.", "Nice, though the colour is a bit darker."],
              ["Gorgeous", "Perfect gift", "Lovely detail", "Simple and beautiful"],
              ["Smaller than expected", "Arrived broken", "Looks cheap"]),
    "outer": (["Stayed dry through a whole day of sideways rain on Saaremaa.", "The hood is brilliant and moves with your head.",
               "Breathes well on climbs, no boil-in-the-bag feeling.", "Packs down tiny into my daypack.", "Fit is true to size; I took {s}.",
               "Warm enough for a Tallinn January with a base layer."],
              ["Wetted out at the shoulders after two hours of rain.", "The zip snags constantly.", "Sleeves are too short for me.",
               "Seam tape began peeling after one season.", "Runs small; size up."],
              ["Good shell, but the pockets are too high to use with a hip belt.", "Nice jacket, a bit noisy when walking."],
              ["Bone dry", "Great shell", "Perfect for Estonian weather", "Warm and light", "Trail essential"],
              ["Leaks", "Zip problems", "Runs small", "Not waterproof"]),
    "mid": (["Soft, warm and doesn't smell after days of wear.", "My go-to layer for autumn hikes.", "Fits well under a shell.",
             "The {c} colour is great.", "Warm even when damp."],
            ["Got a hole after a few washes.", "Pilled under the backpack straps quickly.", "Shrank a size in the wash despite following the label."],
            ["Comfortable, but the fit is boxy.", "Warm, but the sleeves are long."],
            ["Cosy layer", "Worn every day", "Great merino", "Perfect mid layer"],
            ["Holes already", "Pilling", "Shrank"]),
    "legs": (["Comfortable on long days and dries quickly.", "The stretch is perfect for scrambling.", "Lots of useful pockets.",
              "Survived a week of brambles in Lahemaa."],
             ["The seam split at the crotch on the second hike.", "The fit is odd, too tight around the thighs.", "Not as water-resistant as claimed."],
             ["Good, but the legs are long for me.", "Decent, the waistband is a bit stiff."],
             ["Great trail trousers", "Comfortable all day", "Tough"],
             ["Split seam", "Strange fit"]),
    "feet": (["Comfortable straight out of the box, no blisters.", "Excellent grip on wet roots and rocks.", "Kept my feet dry through bogs in Soomaa.",
              "Supportive on long descents.", "True to size, I wear {s}.", "Staff at {store} helped me find the right fit."],
             ["The sole started peeling after 200 km.", "Rubbed my heel badly.", "Leaked after a few months.", "Size runs small; I had to exchange them.",
              "Laces kept coming undone."],
             ["Great grip, but the toe box is narrow.", "Comfortable, but they took a while to break in."],
             ["Blister-free", "Great grip", "Comfy from day one", "Best boots I've had", "Trail ready"],
             ["Sole peeling", "Heel rub", "Not waterproof", "Size runs small"]),
    "socks": (["No blisters, even on a 30 km day.", "Warm, soft and they don't smell.", "Still going strong after a year.", "Cushioning is just right."],
              ["Worn through at the heel quickly.", "Too tight at the cuff.", "Shrank after a few washes."],
              ["Good socks, just expensive.", "Comfortable but slow to dry."],
              ["Best socks", "Happy feet", "Worth it"],
              ["Holes in heel", "Too tight"]),
    "packs": (["Carries the weight comfortably.", "Loads of clever pockets.", "Great fit, adjusts easily.", "Tough fabric, survived a rainy week in Lapland.",
               "The back panel really does keep me cooler."],
              ["A buckle snapped on the first trip.", "The hip belt is too narrow for me.", "The zip gave up after a few months.", "Not comfortable with heavy loads."],
              ["Nice pack, but the side pockets are tight for bottles.", "Good, although the fabric is a bit stiff."],
              ["Comfortable carry", "Perfect daypack", "Great design", "Well organised"],
              ["Broken buckle", "Uncomfortable", "Zip failed"]),
    "tents": (["Pitched it alone in under ten minutes.", "Stayed dry in a proper storm.", "Roomy for two plus gear.", "Light enough for long trips."],
              ["Condensation is a big problem.", "A pole section cracked on the second night.", "Much smaller inside than expected."],
              ["Good tent, but the pegs are poor.", "Fine, though the vestibule is small."],
              ["Storm proof", "Easy pitch", "Great tent"],
              ["Condensation", "Broken pole", "Cramped"]),
    "sleep": (["Warm and cosy even at minus temperatures.", "Packs small, great for hiking.", "Comfortable, I slept like a baby.",
               "The hood fits nicely."],
              ["Cold well above the comfort rating.", "The zip keeps catching.", "Lost air every night."],
              ["Warm, but a bit narrow for side sleepers.", "Decent, but heavy for the warmth."],
              ["Toasty", "Great sleep", "Warm and light"],
              ["Cold", "Zip catches", "Deflates"]),
    "acc": (["Warm and comfortable.", "Fits well and stays on in the wind.", "The {c} colour is lovely.", "Great for winter walks by the sea."],
            ["Too small even in {s}.", "Itchy.", "Lost its shape quickly.", "Not warm enough for real cold."],
            ["Nice, but the fit is a bit loose.", "Warm, but bulky."],
            ["Cosy", "Warm hands", "Perfect fit", "Love it"],
            ["Itchy", "Too small", "Not warm"]),
}
G_POS = ["Great value for the quality.", "Would buy again.", "Exactly as described.", "Really happy with this purchase.",
         "The quality feels premium.", "Highly recommend.", "Fast delivery and well packaged.", "Picked it up at {store} the same day.",
         "The staff at {store} were very helpful.", "Second one I've bought.", "Nice details you only notice in use."]
G_NEG = ["Returned it.", "Expected better for the price.", "Customer service was helpful, but I'd rather not have needed them.",
         "Not as described.", "Would not buy again.", "Quality control seems to be an issue.", "Disappointing overall."]
G_MIX = ["Okay for the price.", "Not perfect, but I'm keeping it.", "Some good points, some not.", "Does what it says, nothing more.",
         "Wish it came in more colours."]
G_TPOS = ["Great buy", "Recommended", "Very happy", "Love it", "Five stars", "Excellent quality"]
G_TNEG = ["Disappointed", "Not good", "Returned", "Poor quality"]
G_TMIX = ["It's okay", "Mixed feelings", "Decent", "Could be better", "Average"]

FIRST = {
    "et": ["Kadri", "Mart", "Liis", "Tõnu", "Kristjan", "Maarja", "Anu", "Jaan", "Triin", "Andres", "Kertu", "Rasmus", "Mari", "Siim", "Helen", "Ülle", "Priit", "Kätlin"],
    "pl": ["Agnieszka", "Piotr", "Kasia", "Tomasz", "Magdalena", "Łukasz", "Zofia", "Paweł", "Joanna", "Michał", "Ewa", "Krzysztof"],
    "zh": ["Wang Fang", "Li Wei", "Zhang Min", "Liu Yang", "Chen Jing", "Zhao Lei", "Huang Xin", "Wu Tao", "Zhou Yan", "Xu Hui"],
    "en": ["Emma", "James", "Olivia", "Tom", "Sarah", "Daniel", "Chloe", "Mark", "Hannah", "Ben", "Rachel", "Chris"],
}
INITIALS = "ABCDEHJKLMNOPRSTVW"


def author_pool():
    out = []
    for lang, names in FIRST.items():
        for n in names:
            if lang == "zh":
                out.append(n)
            else:
                for i in INITIALS:
                    out.append(f"{n} {i}.")
    return out


# ---------------------------------------------------------------------------
# GTIN helpers
# ---------------------------------------------------------------------------

def check_digit(data: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(data)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def gtin14_from_ean13(data12: str) -> str:
    return "0" + data12 + check_digit(data12)


def gtin14_from_upc(data11: str) -> str:
    return "00" + data11 + check_digit(data11)


def gtin14_from_ean8(data7: str) -> str:
    return "000000" + data7 + check_digit(data7)


# ---------------------------------------------------------------------------
# SVG art
# ---------------------------------------------------------------------------

def _rgb(h):
    return int(h[1:3], 16), int(h[3:5], 16), int(h[5:7], 16)


def _mix(h, other, t):
    a, b = _rgb(h), _rgb(other)
    return "#%02x%02x%02x" % tuple(round(x + (y - x) * t) for x, y in zip(a, b))


def shade(h, t):
    return _mix(h, "#000000", t)


def tint(h, t):
    return _mix(h, "#ffffff", t)


def _p(d, fill, extra=""):
    return f'<path d="{d}" fill="{fill}"{extra}/>'


def _r(x, y, w, h, fill, rx=0, extra=""):
    r = f' rx="{rx}"' if rx else ""
    return f'<rect x="{x}" y="{y}" width="{w}" height="{h}"{r} fill="{fill}"{extra}/>'


def _e(cx, cy, rx, ry, fill, extra=""):
    return f'<ellipse cx="{cx}" cy="{cy}" rx="{rx}" ry="{ry}" fill="{fill}"{extra}/>'


def _l(d, col, w, extra=""):
    return f'<path d="{d}" fill="none" stroke="{col}" stroke-width="{w}" stroke-linecap="round"{extra}/>'


def shape_svg(shape, c):
    """Return SVG elements for a product silhouette filled with colour c."""
    d = shade(c, 0.35)
    m = shade(c, 0.15)
    li = tint(c, 0.45)
    o = f' stroke="{d}" stroke-width="3" stroke-linejoin="round"'
    s = shape
    if s == "mug":
        return (_l("M262 165 C325 165 325 255 262 255", d, 30) + _l("M262 165 C325 165 325 255 262 255", c, 20)
                + _p("M120 130 H262 V268 Q262 300 230 300 H152 Q120 300 120 268 Z", c, o)
                + _e(191, 131, 71, 12, d) + _r(140, 155, 12, 110, li, 6, ' opacity=".6"'))
    if s == "pot":
        return (_r(72, 195, 44, 18, d, 9) + _r(284, 195, 44, 18, d, 9)
                + _p("M110 172 H290 V278 Q290 302 266 302 H134 Q110 302 110 278 Z", c, o)
                + _p("M100 172 Q200 108 300 172 Z", m, o) + _e(200, 126, 18, 10, d) + _r(128, 200, 10, 80, li, 5, ' opacity=".5"'))
    if s == "pan":
        return (_r(262, 214, 118, 18, d, 9, ' transform="rotate(-10 262 223)"')
                + _p("M88 214 H276 L258 278 Q254 292 238 292 H126 Q110 292 106 278 Z", c, o)
                + _r(84, 208, 196, 12, d, 6) + _l("M120 236 H160", li, 5, ' opacity=".6"'))
    if s == "board":
        return (_p("M80 140 Q80 120 100 120 H250 Q270 120 276 132 L300 150 H326 Q340 150 340 166 V234 Q340 250 326 250 H300 L276 288 Q270 300 250 300 H100 Q80 300 80 280 Z", c, o)
                + _e(318, 200, 10, 10, "none", f' stroke="{d}" stroke-width="5"') + _l("M110 160 Q180 150 250 165 M110 210 Q180 198 260 212 M110 258 Q180 248 250 262", m, 3))
    if s == "bowl":
        return (_r(160, 292, 80, 14, d, 4) + _p("M78 190 H322 Q316 302 200 302 Q84 302 78 190 Z", c, o)
                + _e(200, 190, 122, 24, li, o) + _e(200, 192, 104, 16, d, ' opacity=".35"'))
    if s == "jar":
        return (_r(128, 150, 144, 152, c, 26, o) + _r(120, 116, 160, 40, d, 8) + _r(120, 116, 160, 10, shade(c, 0.5), 5)
                + _r(146, 172, 14, 110, li, 7, ' opacity=".6"'))
    if s == "towel":
        out = ""
        for y, x0, w in ((245, 90, 220), (195, 100, 204), (145, 94, 214)):
            out += _r(x0, y, w, 56, c, 22, o) + _r(x0 + w - 52, y + 3, 14, 50, li, 0, ' opacity=".7"') + _l(f"M{x0 + 20} {y + 28} H{x0 + 70}", m, 4)
        return out
    if s == "plate":
        return (_e(200, 205, 132, 126, c, o) + _e(200, 205, 90, 85, li) + _e(200, 205, 108, 103, "none", f' stroke="{m}" stroke-width="3" opacity=".5"'))
    if s == "glass":
        return (_p("M138 118 H262 L248 296 Q246 306 234 306 H166 Q154 306 152 296 Z", c, o + ' fill-opacity=".8"')
                + _p("M150 190 H250 L244 292 Q242 298 234 298 H166 Q158 298 156 292 Z", m, ' opacity=".5"') + _r(160, 130, 10, 150, "#ffffff", 5, ' opacity=".5"'))
    if s == "wineglass":
        return (_p("M146 80 H254 Q268 200 200 218 Q132 200 146 80 Z", c, o + ' fill-opacity=".85"') + _r(194, 216, 12, 72, d, 4)
                + _e(200, 294, 56, 10, d) + _p("M150 140 H250 Q252 200 200 210 Q148 200 150 140 Z", shade(c, 0.25), ' opacity=".6"')
                + _r(160, 92, 8, 80, "#ffffff", 4, ' opacity=".55"'))
    if s == "cutlery":
        return (_r(122, 175, 18, 135, c, 9, o) + _p("M110 80 V150 Q110 175 131 178 Q152 175 152 150 V80 H144 V140 H136 V80 H127 V140 H119 V80 Z", c, o)
                + _p("M192 78 Q230 110 220 180 H192 Z", tint(c, 0.2), o) + _r(190, 175, 20, 135, c, 9, o)
                + _e(280, 118, 26, 40, c, o) + _r(271, 152, 18, 158, c, 9, o))
    if s == "duvet":
        return (_r(78, 188, 244, 108, c, 16, o) + _r(92, 140, 216, 58, m, 16, o) + _r(106, 106, 188, 44, li, 14, o)
                + _l("M90 242 H310", d, 3, ' stroke-dasharray="8 6" opacity=".6"') + _l("M104 170 H296", d, 3, ' stroke-dasharray="8 6" opacity=".6"'))
    if s == "pillow":
        return (_p("M86 112 Q200 92 314 112 Q292 205 314 298 Q200 278 86 298 Q108 205 86 112 Z", c, o)
                + _p("M112 134 Q200 120 288 134 Q272 205 288 276 Q200 262 112 276 Q128 205 112 134 Z", "none", f' stroke="{li}" stroke-width="3" stroke-dasharray="7 6"'))
    if s == "bottle":
        return (_r(138, 160, 124, 144, c, 24, o) + _r(178, 130, 44, 34, d, 6) + _r(192, 96, 16, 38, shade(c, 0.5), 3)
                + _r(192, 92, 66, 12, shade(c, 0.5), 5) + _r(156, 180, 12, 100, li, 6, ' opacity=".6"'))
    if s == "lamp":
        return (_e(200, 292, 64, 14, d) + _r(193, 190, 14, 104, d, 4) + _p("M150 206 Q200 180 250 206 V240 Q200 262 150 240 Z", m, o)
                + _p("M140 96 H260 L298 190 H102 Z", c, o) + _l("M122 184 L152 104", li, 5, ' opacity=".6"'))
    if s == "pendant":
        return (_l("M200 10 V130", d, 4) + _r(186, 122, 28, 18, d, 4) + _e(200, 240, 30, 18, "#fff4c9")
                + _p("M106 236 Q106 136 200 132 Q294 136 294 236 Z", c, o) + _p("M130 200 Q140 160 178 148", "none", f' stroke="{li}" stroke-width="6" stroke-linecap="round" opacity=".7"'))
    if s == "floorlamp":
        return (_e(200, 304, 58, 11, d) + _r(195, 136, 10, 170, d, 4) + _p("M148 64 H252 L280 140 H120 Z", c, o) + _l("M140 130 L162 74", li, 5, ' opacity=".6"'))
    if s == "candle":
        return (_r(146, 150, 108, 152, c, 12, o) + _e(200, 152, 54, 11, li, o) + _l("M200 150 V134", "#333333", 3)
                + _p("M200 88 Q222 118 200 136 Q178 118 200 88 Z", "#f2b33d") + _p("M200 106 Q210 122 200 132 Q190 122 200 106 Z", "#fde7a4"))
    if s == "chair":
        return (_r(134, 80, 132, 96, c, 14, o) + _r(148, 172, 12, 32, d) + _r(240, 172, 12, 32, d)
                + _r(150, 226, 12, 66, shade(c, 0.45)) + _r(238, 226, 12, 66, shade(c, 0.45))
                + _p("M112 200 H288 L298 228 H102 Z", m, o) + _r(110, 226, 16, 82, d, 3) + _r(274, 226, 16, 82, d, 3))
    if s == "table":
        return (_r(92, 184, 216, 18, m) + _r(102, 184, 18, 122, d, 3) + _r(280, 184, 18, 122, d, 3)
                + _r(134, 196, 12, 96, shade(c, 0.5)) + _r(254, 196, 12, 96, shade(c, 0.5)) + _r(66, 162, 268, 24, c, 6, o))
    if s == "stool":
        return (_l("M150 170 L120 304 M250 170 L280 304 M185 172 L178 300 M215 172 L222 300", d, 12)
                + _l("M134 250 H266", m, 8) + _p("M116 148 Q200 128 284 148 V166 Q200 186 116 166 Z", c, o) + _e(200, 148, 84, 16, li, o))
    if s == "shelf":
        out = _r(108, 64, 184, 246, c, 4, o)
        for y in (80, 158, 236):
            out += _r(122, y, 156, 64, tint(c, 0.7))
        out += (_r(130, 96, 14, 48, "#7d8c91") + _r(146, 100, 12, 44, "#c79a5b") + _r(160, 92, 16, 52, "#5e6d59")
                + _e(240, 206, 20, 10, "#8aa27a") + _r(230, 206, 20, 16, "#b8755a") + _r(200, 254, 50, 46, "#d8c3a0", 4))
        return out
    if s == "vase":
        return (_p("M170 96 H230 V128 Q292 168 282 240 Q274 302 200 304 Q126 302 118 240 Q108 168 170 128 Z", c, o)
                + _r(164, 88, 72, 14, d, 5) + _p("M146 180 Q134 230 156 276", "none", f' stroke="{li}" stroke-width="7" stroke-linecap="round" opacity=".6"'))
    if s == "frame":
        return (_r(108, 86, 184, 226, c, 4, o) + _r(130, 108, 140, 182, "#f6f2ea") + _r(148, 126, 104, 146, "#dfe8ea")
                + _p("M148 272 L186 204 L212 240 L230 216 L252 250 V272 Z", "#8fa598") + _e(226, 160, 12, 12, "#f0c987"))
    if s == "rug":
        out = _p("M78 196 H322 L356 292 H44 Z", c, o) + _p("M102 208 H298 L322 280 H78 Z", "none", f' stroke="{li}" stroke-width="5"')
        out += _p("M150 222 L200 238 L250 222 L266 260 L200 270 L134 260 Z", m)
        out += _l("M48 298 V310 M68 298 V310 M88 298 V310 M108 298 V310 M128 298 V310 M148 298 V310 M168 298 V310 M188 298 V310 M208 298 V310 M228 298 V310 M248 298 V310 M268 298 V310 M288 298 V310 M308 298 V310 M328 298 V310 M348 298 V310", d, 3)
        return out
    if s == "basket":
        return (_l("M140 172 Q140 118 170 118 M260 172 Q260 118 230 118", d, 8)
                + _p("M98 170 H302 L282 294 Q280 306 266 306 H134 Q120 306 118 294 Z", c, o)
                + _l("M104 200 H296 M108 228 H292 M112 256 H288 M116 282 H284", m, 4) + _r(94, 162, 212, 18, d, 6))
    if s == "mirror":
        return (_l("M200 64 L160 100 M200 64 L240 100", d, 4) + _e(200, 196, 110, 110, c, o) + _e(200, 196, 92, 92, "#e3ecef")
                + _l("M150 170 L190 130 M158 202 L222 138", "#ffffff", 8, ' opacity=".8"'))
    if s in ("jacket", "puffer"):
        out = (_p("M100 128 L58 252 L86 266 L126 172 Z", m, o) + _p("M300 128 L342 252 L314 266 L274 172 Z", m, o)
               + _p("M146 94 L200 112 L254 94 L300 128 L300 302 L100 302 L100 128 Z", c, o)
               + _l("M200 112 V302", d, 4) + _l("M132 240 L150 210 M268 240 L250 210", d, 4))
        if s == "puffer":
            out += _l("M102 160 H298 M101 200 H299 M100 240 H300 M100 276 H300 M68 220 L112 236 M332 220 L288 236", d, 3, ' opacity=".55"')
            out += _p("M158 90 Q200 74 242 90 L236 112 H164 Z", m, o)
        else:
            out += _p("M146 96 Q200 28 254 96 L200 116 Z", m, o)
        return out
    if s == "fleece":
        return (_p("M104 126 L66 254 L92 264 L128 170 Z", m, o) + _p("M296 126 L334 254 L308 264 L272 170 Z", m, o)
                + _p("M148 100 L200 114 L252 100 L296 126 L292 302 L108 302 L104 126 Z", c, o)
                + _p("M168 90 H232 L228 118 H172 Z", d) + _l("M200 114 V176", li, 4) + _r(110, 284, 180, 18, m)
                + _r(228, 140, 34, 30, m, 4, o))
    if s == "baselayer":
        return (_p("M118 122 L84 268 L106 274 L138 168 Z", m, o) + _p("M282 122 L316 268 L294 274 L262 168 Z", m, o)
                + _p("M156 100 Q200 124 244 100 L284 120 L278 302 L122 302 L116 120 Z", c, o)
                + _p("M156 100 Q200 124 244 100", "none", f' stroke="{d}" stroke-width="6"') + _l("M142 130 V296 M258 130 V296", li, 3, ' opacity=".6"'))
    if s == "trousers":
        return (_p("M130 92 H270 L288 312 H216 L200 158 L184 312 H112 Z", c, o) + _r(128, 78, 144, 22, d, 4)
                + _l("M150 100 Q160 128 136 136 M250 100 Q240 128 264 136 M200 100 V150", d, 3) + _l("M138 210 H168 M232 210 H262", m, 5))
    if s == "boot":
        return (_p("M142 82 H214 L220 186 Q272 198 312 222 Q332 234 330 262 H110 L118 182 Z", c, o)
                + _p("M104 262 H334 Q334 290 318 292 H110 Q104 290 104 262 Z", "#2f2b28") + _l("M112 290 V298 M150 290 V298 M190 290 V298 M230 290 V298 M270 290 V298 M310 290 V298", "#2f2b28", 8)
                + _p("M262 206 Q312 220 330 250 V262 H262 Z", m) + _r(138, 76, 80, 18, d, 8)
                + _l("M200 102 H226 M202 124 H228 M204 146 H230 M208 168 H236", li, 5) + _l("M126 230 Q200 220 250 236", m, 4))
    if s == "shoe":
        return (_p("M86 206 Q100 170 148 170 L196 182 Q256 192 304 216 Q332 230 330 258 H88 Z", c, o)
                + _p("M84 258 H334 Q334 282 316 284 H96 Q84 282 84 258 Z", shade(c, 0.55))
                + _p("M110 236 Q180 214 250 240 Q200 244 120 252 Z", li, ' opacity=".8"') + _l("M188 192 L204 176 M206 196 L222 180 M224 200 L240 186", li, 5)
                + _p("M86 206 Q94 186 116 178 L122 200 Z", m))
    if s == "sock":
        return (_p("M152 70 H232 V208 Q234 230 254 240 L302 262 Q334 280 320 302 Q306 322 274 310 L170 270 Q148 260 152 230 Z", c, o)
                + _r(150, 66, 84, 36, d, 6) + _l("M166 70 V100 M184 70 V100 M202 70 V100 M220 70 V100", m, 3)
                + _p("M274 310 Q306 322 320 302 Q330 282 304 264 Q292 290 274 310 Z", m) + _p("M152 230 Q148 260 170 270 L188 276 Q170 250 180 226 Z", m))
    if s == "backpack":
        return (_r(100, 140, 20, 128, d, 10) + _r(280, 140, 20, 128, d, 10)
                + _p("M118 124 Q118 82 200 82 Q282 82 282 124 V290 Q282 306 266 306 H134 Q118 306 118 290 Z", c, o)
                + _p("M120 124 Q120 88 200 88 Q280 88 280 124 V148 H120 Z", m, o) + _r(150, 196, 100, 86, m, 14, o)
                + _l("M168 210 H232", d, 4) + _r(190, 70, 20, 18, d, 6) + _r(176, 148, 10, 40, d, 3) + _r(214, 148, 10, 40, d, 3))
    if s == "tent":
        return (_l("M200 86 L52 308 M200 86 L348 308", d, 3, ' opacity=".5"')
                + _p("M62 304 Q112 120 200 96 Q288 120 338 304 Z", c, o) + _p("M200 136 L148 304 H252 Z", d)
                + _l("M200 140 V300", li, 3) + _l("M96 250 Q150 140 200 100 Q250 140 304 250", m, 4))
    if s == "sleepingbag":
        return (_p("M160 66 Q200 50 240 66 Q274 120 262 200 Q256 262 236 310 H164 Q144 262 138 200 Q126 120 160 66 Z", c, o)
                + _e(200, 102, 32, 24, d) + _e(200, 104, 20, 14, "#f1d9c4")
                + _l("M144 150 Q200 164 256 150 M140 196 Q200 210 260 196 M144 242 Q200 256 256 242 M156 286 Q200 298 244 286", m, 4)
                + _l("M238 130 Q250 200 234 300", li, 3))
    if s == "sleepmat":
        return (_r(112, 166, 196, 118, c, 0, o) + _r(150, 160, 16, 130, d, 4) + _r(254, 160, 16, 130, d, 4)
                + _e(306, 225, 26, 59, m, o) + _e(112, 225, 26, 59, li, o)
                + _p("M112 225 m-14 0 a14 30 0 1 0 28 0 a10 22 0 1 0 -20 0 a6 12 0 1 0 12 0", "none", f' stroke="{d}" stroke-width="3"'))
    if s == "beanie":
        return (_e(200, 96, 34, 32, li, o) + _p("M102 262 Q100 112 200 112 Q300 112 298 262 Z", c, o)
                + _r(92, 236, 216, 62, m, 14, o) + _l("M122 246 V288 M146 246 V288 M170 246 V288 M194 246 V288 M218 246 V288 M242 246 V288 M266 246 V288 M288 246 V288", d, 4, ' opacity=".6"'))
    if s == "sunhat":
        return (_e(200, 254, 154, 40, m, o) + _p("M128 254 Q124 146 200 144 Q276 146 272 254 Z", c, o) + _r(127, 214, 146, 20, d, 4)
                + _l("M200 254 Q190 300 230 318", d, 2))
    if s == "glove":
        return (_r(146, 268, 116, 44, d, 8) + _r(150, 90, 26, 120, c, 13, o) + _r(178, 74, 26, 130, c, 13, o)
                + _r(206, 80, 26, 130, c, 13, o) + _r(234, 102, 24, 110, c, 12, o)
                + _p("M148 170 H260 V250 Q260 276 234 276 H172 Q148 276 148 250 Z", c, o)
                + _p("M150 214 L104 170 Q92 158 104 148 Q116 140 126 150 L170 196 Z", c, o) + _l("M170 236 H236", m, 4))
    raise ValueError(shape)


def svg_doc(shape, colour_hex, bg):
    """A complete SVG 1.1 document: soft background, shadow, product silhouette."""
    halo = _mix(colour_hex, "#ffffff", 0.82)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="400" height="400" viewBox="0 0 400 400">'
            f'<rect width="400" height="400" fill="{bg}"/>'
            f'<circle cx="200" cy="196" r="150" fill="{halo}" opacity=".55"/>'
            '<ellipse cx="200" cy="318" rx="140" ry="16" fill="#000000" opacity=".13"/>'
            + shape_svg(shape, colour_hex) + "</svg>\n")


BG = {"home": "#f4efe7", "outdoor": "#e8efec"}
GENERIC_SHAPE = {
    "home": "vase", "home-kitchen": "pot", "home-dining": "plate", "home-bedding": "pillow", "home-bath": "towel",
    "home-lighting": "lamp", "home-furniture": "chair", "home-decor": "vase", "outdoor": "tent",
    "outdoor-jackets": "jacket", "outdoor-fleece": "fleece", "outdoor-base-layers": "baselayer",
    "outdoor-trousers": "trousers", "outdoor-hiking-boots": "boot", "outdoor-trail-shoes": "shoe",
    "outdoor-socks": "sock", "outdoor-backpacks": "backpack", "outdoor-tents": "tent",
    "outdoor-sleeping-bags": "sleepingbag", "outdoor-hats-gloves": "beanie",
}


def top_of(cat):
    return cat.split("-", 1)[0]


# ---------------------------------------------------------------------------
# Shared product-building helpers
# ---------------------------------------------------------------------------

def euro_price(rng, lo, hi):
    """A plausible shelf price in cents between lo and hi euros."""
    e = lo + (hi - lo) * (rng.random() ** 1.4)
    if e < 30:
        return int(e) * 100 + rng.choice((99, 95, 49, 99))
    if e < 200:
        return int(e // 5 * 5 + 4) * 100 + rng.choice((99, 95, 0))
    return int(e // 10 * 10 + 9) * 100 + rng.choice((0, 99))


def pick_sizes(rng, t):
    sizes = t["sizes"]
    lo, hi = t["nsize"] or (1, len(sizes))
    hi = min(hi, len(sizes))
    n = rng.randint(lo, hi)
    if n >= len(sizes):
        return list(sizes)
    start = rng.randint(0, len(sizes) - n)
    return sizes[start:start + n]


def describe(rng, t, line, size):
    g = t["group"]
    intro = rng.choice(INTROS).format(adj=rng.choice(ADJ[g]), noun=t["noun"], mat=rng.choice(t["mats"]), line=line)
    intro = intro[0].upper() + intro[1:]
    extra = {"size": size, "pillows": rng.choice(("one", "two")), "hours": rng.choice((40, 45, 60, 70))}
    pool = [rng.choice(t["feats"]), rng.choice(t["specs"]).format(**extra), rng.choice(CARE[g])]
    k = rng.randint(1, 3)
    chosen = sorted(rng.sample(range(3), k))
    return " ".join([intro] + [pool[i] for i in chosen])


def review_text(rng, t, rating, colour, size, store):
    pos, neg, mix, tpos, tneg = R_GROUP[t["group"]]
    if rating >= 4:
        main, gen, titles, gtitles = pos, G_POS, tpos, G_TPOS
    elif rating == 3:
        main, gen, titles, gtitles = mix + pos[:2] + neg[:2], G_MIX, [], G_TMIX
    else:
        main, gen, titles, gtitles = neg, G_NEG, tneg, G_TNEG
    n = rng.choice((1, 1, 2, 2, 2, 3, 3, 4))
    sents = [rng.choice(main)]
    pool = [x for x in main + gen if x != sents[0]]
    for x in rng.sample(pool, min(n - 1, len(pool))):
        sents.append(x)
    if rating == 3 and rng.random() < 0.7:
        sents.insert(0, rng.choice(mix))
        sents = list(dict.fromkeys(sents))
    fmt = {"c": colour.lower(), "s": size, "store": store, "t": t["noun"]}
    body = " ".join(s.format(**fmt) for s in sents)
    title = rng.choice(titles if titles and rng.random() < 0.6 else gtitles).format(**fmt)
    return title, body


def iso_date(rng, start=1704067200, end=1782777600):
    """Uniform random timestamp 2024-01-01 .. 2026-06-30, formatted ISO-8601 UTC."""
    day = rng.randrange(start, end) // 86400 * 86400
    # Tallinn daytime/evening, written in UTC (EET/EEST is UTC+2/+3)
    return _iso(day + rng.randrange(5 * 3600, 20 * 3600) // 60 * 60)


def _iso(ts):
    days, sec = divmod(ts, 86400)
    # civil-from-days (proleptic Gregorian), avoids datetime overhead
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    mo = mp + 3 if mp < 10 else mp - 9
    if mo <= 2:
        y += 1
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, mo, d, sec // 3600, sec % 3600 // 60, sec % 60)


def stock_qty(rng):
    r = rng.random()
    if r < 0.18:
        return 0
    if r < 0.40:
        return 1 + int(rng.random() * 3)
    return 4 + int(rng.random() * 27)


def dumps(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------------------
# Demo mode
# ---------------------------------------------------------------------------

def brands_for(cat):
    top = top_of(cat)
    return [b for b in BRANDS if top in b[3] or cat in b[3]]


def generate_demo(out_dir):
    rng = Random(SEED)
    img_dir = os.path.join(out_dir, "images")
    os.makedirs(img_dir, exist_ok=True)
    for f in os.listdir(img_dir):
        if f.endswith(".svg"):
            os.remove(os.path.join(img_dir, f))
    stores, aisle_of = store_records()
    images = {}
    for cid, _, _ in CATEGORIES:
        images[f"generic-{cid}.svg"] = svg_doc(GENERIC_SHAPE[cid], "#9aa3a8", BG[top_of(cid)])

    # how many products of each type: 6-8, so ~360 in total
    plan = []
    for t in TYPES:
        plan += [t] * rng.randint(6, 8)
    rng.shuffle(plan)
    plan.sort(key=lambda t: LEAF_CATEGORIES.index(t["cat"]))

    item_ref = {b[0]: 10 + i * 7 for i, b in enumerate(BRANDS)}
    ean8_next = 1200
    used_names, used_nfc = set(), set()
    products = []
    pid_num = 100100
    for t in plan:
        pid_num += rng.randint(1, 9)
        pid = f"NP-{pid_num}"
        cands = brands_for(t["cat"])
        us = [b for b in cands if b[1] == "upc"]
        if us and rng.random() < 0.055:  # US brands carry UPC-A codes: about 5% of all GTINs
            cands = us
        else:
            cands = [b for b in cands if b[1] != "upc"]
        brand = rng.choices(cands, weights=[b[4] for b in cands])[0]
        for _ in range(50):
            line = rng.choice(LINES)
            name = f"{brand[0]} {line} {t['title']}"
            if name not in used_names:
                break
        sizes = pick_sizes(rng, t)
        if len(sizes) == 1 and sizes[0] not in ("One size", "Standard"):
            name += f" {sizes[0]}"
        used_names.add(name)
        lo, hi = t["ncol"]
        ncol = rng.randint(lo, min(hi, len(t["colours"])))
        while ncol * len(sizes) > 24:
            ncol -= 1
        colours = rng.sample(t["colours"], ncol)
        base = euro_price(rng, *t["price"])
        online_only = rng.random() < 0.15
        bays = {s["id"]: f"{'ABCDEF'[rng.randrange(6)]}{rng.randint(1, 8)}" for s in STORES}
        step = t["size_step"]
        step_sizes = step > 0 and rng.random() < 0.8
        small_item = t["group"] in ("socks", "acc", "decor", "drink") and t["price"][1] < 40
        variants = []
        vn = 0
        for col in colours:
            hexv, code = COLOURS[col]
            img = f"{pid}-{slug(col)}.svg"
            images[img] = svg_doc(t["shape"], hexv, BG[top_of(t["cat"])])
            for si, size in enumerate(sizes):
                vn += 1
                price = base
                if step_sizes and si:
                    price = int(round(base * (1 + step * si) / 100)) * 100 + base % 100
                elif t["sizes"] is APPAREL and size == "XXL" and rng.random() < 0.3:
                    price = base + 500
                if brand[1] == "upc":
                    item_ref[brand[0]] += 1
                    gtin = gtin14_from_upc(brand[2] + f"{item_ref[brand[0]]:05d}")
                elif small_item and rng.random() < 0.12:
                    ean8_next += rng.randint(1, 40)
                    gtin = gtin14_from_ean8("474" + f"{ean8_next:04d}")
                else:
                    item_ref[brand[0]] += 1
                    gtin = gtin14_from_ean13(brand[2] + f"{item_ref[brand[0]]:05d}")
                v = {"id": f"{pid}-{vn:02d}", "sku": f"{pid_num}-{code}-{size_code(size)}", "gtin": gtin,
                     "color": col, "colorHex": hexv, "size": size, "price": price, "image": img}
                if vn == 1 and rng.random() < 0.34:
                    while True:
                        uid = "04" + "".join(f"{rng.randrange(256):02X}" for _ in range(6))
                        if uid[2] < "8" and uid not in used_nfc:
                            break
                    used_nfc.add(uid)
                    v["nfcUid"] = uid
                if online_only:
                    v["stock"] = {}
                else:
                    v["stock"] = {s["id"]: {"qty": stock_qty(rng), "aisle": aisle_of[s["id"]][t["cat"]], "bay": bays[s["id"]]}
                                  for s in STORES}
                v["online"] = {"qty": 0 if rng.random() < 0.06 else rng.randint(1, 500), "shipDays": rng.randint(1, 7)}
                variants.append(v)
        p = {"kind": "product", "id": pid, "name": name, "brand": brand[0], "category": t["cat"],
             "description": describe(rng, t, line, sizes[0]), "onlineOnly": online_only, "url": URL_PREFIX + pid,
             "price": min(v["price"] for v in variants), "images": [f"{pid}-{slug(c)}.svg" for c in colours],
             "related": [], "variants": variants}
        products.append((p, t))

    # related products
    by_type, by_cat = {}, {}
    for p, t in products:
        by_type.setdefault(t["key"], []).append(p["id"])
        by_cat.setdefault(t["cat"], []).append(p["id"])
    for p, t in products:
        want = rng.randint(2, 6)
        rel, seen = [], {p["id"]}
        gw_types = t["goes"][:]
        rng.shuffle(gw_types)
        n_gw = min(len(gw_types), rng.randint(1, max(1, want - 1)))
        for k in gw_types[:n_gw]:
            cand = rng.choice(by_type[k])
            if cand not in seen:
                seen.add(cand)
                rel.append({"id": cand, "kind": "goes-with"})
        sim = [x for x in by_cat[t["cat"]] if x not in seen]
        for cand in rng.sample(sim, min(len(sim), want - len(rel))):
            seen.add(cand)
            rel.append({"id": cand, "kind": "similar"})
        p["related"] = rel

    # reviews
    authors = author_pool()
    reviews = []
    # uneven popularity: ~15% of products have no reviews, a long tail has 30+
    counts = [0 if rng.random() < 0.15 else min(85, int(rng.lognormvariate(1.75, 1.0))) for _ in products]
    rid = 0
    for (p, t), n in zip(products, counts):
        dud = rng.random() < 0.12
        probs = (20, 25, 25, 20, 10) if dud else (3, 5, 11, 33, 48)
        dates = sorted(iso_date(rng) for _ in range(n))
        for d in dates:
            rating = rng.choices((1, 2, 3, 4, 5), weights=probs)[0]
            v = rng.choice(p["variants"])
            title, body = review_text(rng, t, rating, v["color"], v["size"], rng.choice(STORES)["short"])
            rid += 1
            reviews.append({"kind": "review", "id": f"R{rid:07d}", "productId": p["id"], "rating": rating,
                            "title": title, "body": body, "author": rng.choice(authors), "createdAt": d,
                            "verified": rng.random() < 0.82})

    path = os.path.join(out_dir, "demo-catalog.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(dumps(RETAILER) + "\n")
        for s in stores:
            f.write(dumps(s) + "\n")
        for cid, cname, parent in CATEGORIES:
            f.write(dumps({"kind": "category", "id": cid, "name": cname, "parent": parent}) + "\n")
        for p, _ in products:
            f.write(dumps(p) + "\n")
        for r in reviews:
            f.write(dumps(r) + "\n")
    for name in sorted(images):
        with open(os.path.join(img_dir, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(images[name])
    nvar = sum(len(p["variants"]) for p, _ in products)
    print(f"wrote {path}: {len(products)} products, {nvar} variants, {len(reviews)} reviews; "
          f"{len(images)} images in {img_dir}", file=sys.stderr)


# ---------------------------------------------------------------------------
# Synthetic mode
# ---------------------------------------------------------------------------

def generate_synthetic(n, out_path):
    """Stream an n-product catalogue. Ids, GTINs, SKUs and NFC UIDs are derived
    from counters in ranges the demo catalogue never uses, so nothing collides."""
    if n < 3:
        raise SystemExit("--synthetic needs at least 3 products (each product relates to 2 others)")
    rng = Random(SEED + 1)
    rnd = rng.random
    stores, aisle_of = store_records()
    store_ids = [s["id"] for s in STORES]
    ntypes = len(TYPES)
    authors = author_pool()
    bays = [f"{a}{b}" for a in "ABCDEF" for b in range(1, 9)]

    # precomputed vocabulary per type
    pre = []
    for ti, t in enumerate(TYPES):
        cands = brands_for(t["cat"])
        descs = [describe(rng, t, rng.choice(LINES), t["sizes"][0]) for _ in range(24)]
        names = [(dumps(f"{b[0]} {ln} {t['title']}"), dumps(b[0])) for b in cands for ln in LINES]
        colours = [(c, COLOURS[c][0], COLOURS[c][1]) for c in t["colours"]]
        sizes = [(s, size_code(s)) for s in t["sizes"]]
        revs = []
        for r in range(60):
            rating = (1, 2, 3, 4, 4, 5, 5, 5, 4, 5)[r % 10]
            c = rng.choice(colours)[0]
            s = rng.choice(sizes)[0]
            title, body = review_text(rng, t, rating, c, s, rng.choice(STORES)["short"])
            revs.append((rating, dumps(title), dumps(body)))
        # type indices of complementary types, and of same-category types
        gw = [TYPE_BY_KEY[k] and TYPES.index(TYPE_BY_KEY[k]) for k in t["goes"]]
        aisles = [aisle_of[s][t["cat"]] for s in store_ids]
        maxsz = min(4, len(t["sizes"]))
        pre.append(dict(t=t, descs=[dumps(d) for d in descs], names=names, revs=revs, colours=colours,
                        sizes=sizes, gw=gw, aisles=aisles, cat=t["cat"], gimg=f"generic-{t['cat']}.svg", maxsz=maxsz,
                        lo=t["price"][0], hi=t["price"][1], step=t["size_step"]))
    dates = [iso_date(rng) for _ in range(4096)]
    author_js = [dumps(a) for a in authors]

    retailer = dict(RETAILER, catalogVersion=f"synthetic-{n}")
    types_of = array("B")
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        w = f.write
        w(dumps(retailer) + "\n")
        for s in stores:
            w(dumps(s) + "\n")
        for cid, cname, parent in CATEGORIES:
            w(dumps({"kind": "category", "id": cid, "name": cname, "parent": parent}) + "\n")
        vcounter = 0
        buf = []
        for i in range(n):
            ti = i % ntypes
            types_of.append(ti)
            pr = pre[ti]
            num = 2000000 + i
            pid = f"NP-{num}"
            # related: same type => similar (same category); complementary type => goes-with
            rel = []
            for k in (1, 2):
                j = i - k * ntypes if i - k * ntypes >= 0 else i + k * ntypes
                if 0 <= j < n:
                    rel.append('{"id":"NP-%d","kind":"similar"}' % (2000000 + j))
            for g in pr["gw"][:2 if rnd() < 0.5 else 3]:
                j = i - ti + g
                if j >= n:
                    j -= ntypes
                if 0 <= j < n and j != i:
                    rel.append('{"id":"NP-%d","kind":"goes-with"}' % (2000000 + j))
            k = 1
            while len(rel) < 2 and k < n:  # only for tiny n
                r_js = '{"id":"NP-%d","kind":"goes-with"}' % (2000000 + (i + k) % n)
                if r_js not in rel:
                    rel.append(r_js)
                k += 1
            rel = rel[:6]
            base = int(pr["lo"] + (pr["hi"] - pr["lo"]) * rnd()) * 100 + 99
            cols = pr["colours"]
            c0 = int(rnd() * len(cols))
            ncol = 1 + int(rnd() * min(2, len(cols)))
            szs = pr["sizes"]
            nsz = 1 + int(rnd() * pr["maxsz"])
            s0 = int(rnd() * (len(szs) - nsz + 1))
            online_only = rnd() < 0.15
            step = pr["step"]
            vparts = []
            vn = 0
            minprice = None
            img = pr["gimg"]
            bay = bays[int(rnd() * 48)]
            for ci in range(ncol):
                cname, chex, ccode = cols[(c0 + ci) % len(cols)]
                for si in range(s0, s0 + nsz):
                    vn += 1
                    sname, scode = szs[si]
                    price = base if not step or si == s0 else base + int(base * step * (si - s0)) // 100 * 100
                    if minprice is None or price < minprice:
                        minprice = price
                    vcounter += 1
                    if vcounter % 20 == 0:
                        d = "89%09d" % vcounter
                        gtin = "00" + d + check_digit(d)
                    else:
                        d = "59099%07d" % vcounter
                        gtin = "0" + d + check_digit(d)
                    nfc = ""
                    if vn == 1 and i % 3 == 0:
                        x = (i * 0x9E3779B97F) & 0xFFFFFFFFFF  # odd multiplier: bijective on 40 bits
                        nfc = ',"nfcUid":"04%02X%010X"' % (0x80 | (i >> 40 & 0x7F), x)
                    if online_only:
                        stock = "{}"
                    else:
                        stock = "{" + ",".join(
                            '"%s":{"qty":%d,"aisle":"%s","bay":"%s"}' % (sid, stock_qty(rng), a, bay)
                            for sid, a in zip(store_ids, pr["aisles"])) + "}"
                    vparts.append(
                        '{"id":"%s-%02d","sku":"%d-%s-%s","gtin":"%s","color":"%s","colorHex":"%s","size":"%s","price":%d,'
                        '"image":"%s"%s,"stock":%s,"online":{"qty":%d,"shipDays":%d}}'
                        % (pid, vn, num, ccode, scode, gtin, cname, chex, sname, price, img, nfc, stock,
                           int(rnd() * 501), 1 + int(rnd() * 7)))
            name_js, brand_js = pr["names"][int(rnd() * len(pr["names"]))]
            buf.append(
                '{"kind":"product","id":"%s","name":%s,"brand":%s,"category":"%s","description":%s,"onlineOnly":%s,'
                '"url":"%s%s","price":%d,"images":["%s"],"related":[%s],"variants":[%s]}\n'
                % (pid, name_js, brand_js, pr["cat"],
                   pr["descs"][int(rnd() * 24)], "true" if online_only else "false", URL_PREFIX, pid, minprice, img,
                   ",".join(rel), ",".join(vparts)))
            if len(buf) >= 2000:
                w("".join(buf))
                buf.clear()
        w("".join(buf))
        buf.clear()

        # reviews: second pass, 0-2 per product
        rid = 10000000
        for i in range(n):
            r = rnd()
            cnt = 0 if r < 0.45 else (1 if r < 0.8 else 2)
            if not cnt:
                continue
            revs = pre[types_of[i]]["revs"]
            for _ in range(cnt):
                rid += 1
                rating, title, body = revs[int(rnd() * 60)]
                buf.append('{"kind":"review","id":"R%d","productId":"NP-%d","rating":%d,"title":%s,"body":%s,'
                           '"author":%s,"createdAt":"%s","verified":%s}\n'
                           % (rid, 2000000 + i, rating, title, body, author_js[int(rnd() * len(author_js))],
                              dates[int(rnd() * 4096)], "true" if rnd() < 0.8 else "false"))
            if len(buf) >= 4000:
                w("".join(buf))
                buf.clear()
        w("".join(buf))
    print(f"wrote {out_path}: {n} synthetic products", file=sys.stderr)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="demo: output folder; synthetic: output .jsonl file")
    ap.add_argument("--synthetic", type=int, metavar="N", help="write an N-product synthetic catalogue instead")
    args = ap.parse_args(argv)
    if args.synthetic is not None:
        generate_synthetic(args.synthetic, args.out)
    else:
        generate_demo(args.out)


if __name__ == "__main__":
    main()
