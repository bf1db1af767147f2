#!/usr/bin/env python3
"""Derives the tagger's Natural Earth place gazetteer (public domain) from the 1:10m GeoJSON layers.

Usage: make_natural_earth_gazetteer.py NE_GEOJSON_DIR OUT_FILE
NE_GEOJSON_DIR holds the unpacked 1:10m layers (Natural Earth 4.x/5.x as GeoJSON, e.g. the CC0 mirror
github.com/martynafford/natural-earth-geojson, 10m/cultural and 10m/physical):
  ne_10m_populated_places_simple.json  towns and cities (name, country code, population)
  ne_10m_admin_1_label_points.json     first-level subdivisions (states, provinces, regions, counties)
  ne_10m_rivers_lake_centerlines.json, ne_10m_rivers_europe.json  rivers
  ne_10m_lakes.json                    lakes
  ne_10m_geography_regions_polys.json  mountain ranges, deserts, plateaus, basins, islands, peninsulas, regions
Writes OUT_FILE: name<TAB>kind<TAB>country (ISO 3166-1 alpha-2 or empty)<TAB>population (0 when unknown), one row per
(name, kind), sorted. Kinds: town, region, river, lake, range, area. Map abbreviations are spelt out ("Mts." ->
"Mountains", "Ra." -> "Range"); names with digits, brackets or question marks are dropped. The tagger weighs each
kind as evidence (Lexicon.loadNaturalEarth), so this file makes no judgement about ambiguity.
"""
import json
import os
import re
import sys

ABBREVIATIONS = [(r"\bMts\b\.?", "Mountains"), (r"\bMt\b\.?", "Mount"), (r"\bRa\b\.?$", "Range"),
                 (r"\bPlat\b\.?$", "Plateau"), (r"\bPen\b\.?$", "Peninsula"), (r"\bIs\b\.?$", "Islands")]
SMALL_WORDS = {"of", "de", "del", "des", "du", "la", "le", "el", "al", "and", "the"}
AREA_CLASSES = {"Plateau", "Desert", "Geoarea", "Plain", "Delta", "Peninsula", "Basin", "Valley", "Lowland",
                "Wetlands", "Gorge", "Foothills", "Depression", "Island", "Island group", "Coast", "Pen/cape",
                "Isthmus", "Tundra"}


def clean(name):
    if not name:
        return None
    name = re.sub(r"\s+", " ", name).strip()
    if name.isupper():  # "APPALACHIAN MTS": the map's label style, not the name's
        name = " ".join(w.lower() if i > 0 and w.lower() in SMALL_WORDS else w.capitalize()
                        for i, w in enumerate(name.split(" ")))
    for pattern, word in ABBREVIATIONS:
        name = re.sub(pattern, word, name)
    name = re.sub(r"\s+", " ", name).strip().rstrip(" .")
    if not name or re.search(r"[0-9()?/,;.]", name) or not name[0].isupper() or len(name) < 3:
        return None
    return name


def features(directory, layer):
    path = os.path.join(directory, layer + ".json")
    with open(path, encoding="utf-8") as f:
        return [feature["properties"] for feature in json.load(f)["features"]]


def main():
    source, out = sys.argv[1], sys.argv[2]
    rows = {}

    def add(name, kind, country="", population=0):
        name = clean(name)
        if name is None:
            return
        key = (name, kind)
        old = rows.get(key)
        if old is None or population > old[1]:
            rows[key] = (country if country and country != "-99" else "", max(0, int(population or 0)))

    for p in features(source, "ne_10m_populated_places_simple"):
        add(p.get("name"), "town", p.get("iso_a2") or "", p.get("pop_max") or 0)
        if p.get("nameascii") and p.get("nameascii") != p.get("name"):
            add(p.get("nameascii"), "town", p.get("iso_a2") or "", p.get("pop_max") or 0)
    for p in features(source, "ne_10m_admin_1_label_points"):
        if p.get("featurecla") == "Admin-1 scale rank":
            add(p.get("name"), "region", p.get("iso_a2") or "")
    for layer in ("ne_10m_rivers_lake_centerlines", "ne_10m_rivers_europe"):
        for p in features(source, layer):
            if p.get("featurecla") == "River":
                add(p.get("name"), "river")
                add(p.get("name_en"), "river")
    for p in features(source, "ne_10m_lakes"):
        if p.get("featurecla") in ("Lake", "Alkaline Lake", "Reservoir"):
            add(p.get("name"), "lake")
    for p in features(source, "ne_10m_geography_regions_polys"):
        cls = p.get("featurecla")
        if cls == "Range/mtn":
            add(p.get("name"), "range")
        elif cls in AREA_CLASSES:
            add(p.get("name"), "area")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# name<TAB>kind<TAB>country<TAB>population. From Natural Earth 1:10m (public domain) by "
                "benchmarks/data/make_natural_earth_gazetteer.py; see NOTICE-natural-earth.txt\n")
        for (name, kind), (country, population) in sorted(rows.items()):
            f.write(f"{name}\t{kind}\t{country}\t{population}\n")


if __name__ == "__main__":
    main()
