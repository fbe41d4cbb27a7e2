#!/usr/bin/env python3
"""Pick benchmark inputs from a catalogue file (JSON Lines), reading it once.

Writes GTINS (one GTIN per line, about --count of them, spread evenly over the file) and prints
three lines on stdout: a store id, a common search word and a rare search word (both taken from
product names, counted over every product).
"""
import argparse
import collections
import json
import random
import re
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("catalog")
    parser.add_argument("--gtins", required=True, help="output file for the sampled GTINs")
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()

    rng = random.Random(42)  # the same sample every run
    # First pass over the products only to count them would read 1.7 GB twice; instead keep a
    # reservoir of product lines' GTINs (Algorithm R) while counting name words.
    reservoir = []
    seen = 0
    store = None
    words = collections.Counter()
    splitter = re.compile(r"[^\w]+", re.UNICODE)
    with open(args.catalog, "rb") as catalog:
        for raw in catalog:
            if raw.startswith(b'{"kind":"product"'):
                line = json.loads(raw)
                for word in splitter.split(line.get("name", "").lower()):
                    if len(word) >= 4 and not word.isdigit():
                        words[word] += 1
                gtins = [v["gtin"] for v in line.get("variants", []) if v.get("gtin")]
                if not gtins:
                    continue
                seen += 1
                gtin = rng.choice(gtins)
                if len(reservoir) < args.count:
                    reservoir.append(gtin)
                else:
                    slot = rng.randrange(seen)
                    if slot < args.count:
                        reservoir[slot] = gtin
            elif store is None and b'"kind":"store"' in raw[:40]:
                store = json.loads(raw)["id"]
            elif b'"kind"' not in raw[:10]:
                # Lines whose kind is not first: parse properly (slow path, rare).
                line = json.loads(raw)
                if line.get("kind") == "store" and store is None:
                    store = line["id"]
    if not reservoir or store is None or not words:
        sys.exit("sample-catalog: no products with GTINs or no store in " + args.catalog)
    rng.shuffle(reservoir)
    with open(args.gtins, "w") as out:
        out.write("\n".join(reservoir) + "\n")
    ranked = words.most_common()
    common = ranked[0][0]
    # "Rare": the least frequent word that still matches at least a handful of products.
    rare_candidates = [w for w, n in ranked if n >= 3] or [ranked[-1][0]]
    rare = rare_candidates[-1]
    print(store)
    print(common, words[common], file=sys.stderr)
    print(rare, words[rare], file=sys.stderr)
    print(common)
    print(rare)


if __name__ == "__main__":
    main()
