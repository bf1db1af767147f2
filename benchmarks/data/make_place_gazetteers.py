#!/usr/bin/env python3
"""Derives the tagger's region and country-alias gazetteers from two npm packages (unpacked with `npm pack` + tar).

Usage: make_place_gazetteers.py COUNTRY_REGION_DATA_DIR WORLD_COUNTRIES_DIR OUT_DIR
Writes OUT_DIR/regions.tsv (country-region-data 4.1.0, MIT: first-level subdivisions, name<TAB>country code) and
OUT_DIR/countries.tsv (world-countries 5.1.0, ODbL 1.0: common names, English demonyms; surface<TAB>type<TAB>canonical).
"""
import json
import os
import sys


def main():
    crd, wc, out = sys.argv[1], sys.argv[2], sys.argv[3]
    regions = json.load(open(os.path.join(crd, "data.json"), encoding="utf-8"))
    seen = set()
    with open(os.path.join(out, "regions.tsv"), "w", encoding="utf-8") as f:
        f.write("# region<TAB>country (ISO 3166-1 alpha-2). From country-region-data 4.1.0 (MIT); see NOTICE-places.txt\n")
        for c in regions:
            for r in c["regions"]:
                name = r["name"].strip()
                if any(ch in name for ch in "(),/") or not name[:1].isupper() or name in seen:
                    continue
                seen.add(name)
                f.write(name + "\t" + c["countryShortCode"] + "\n")
    countries = json.load(open(os.path.join(wc, "countries.json"), encoding="utf-8"))
    with open(os.path.join(out, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write("# surface<TAB>type<TAB>canonical. From world-countries 5.1.0 (ODbL 1.0); see NOTICE-places.txt\n")
        rows = set()
        for c in countries:
            common = c["name"]["common"]
            rows.add((common, "LOCATION", common))
            official = c["name"]["official"]
            if official != common and "," not in official:
                rows.add((official, "LOCATION", common))
            dem = c.get("demonyms", {}).get("eng", {})
            for g in ("m", "f"):
                d = dem.get(g, "").strip()
                if d and d[:1].isupper() and " " not in d:
                    rows.add((d, "MISC", d))
        for row in sorted(rows):
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
