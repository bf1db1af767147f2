#!/usr/bin/env python3
"""Derives the tagger's university and airline gazetteers.

Usage: make_university_airline_gazetteers.py UNIVERSITIES_JSON AIRLINES_DAT OUT_DIR

  UNIVERSITIES_JSON  world_universities_and_domains.json of github.com/Hipo/university-domains-list (MIT)
  AIRLINES_DAT       data/airlines.dat of github.com/jpatokal/openflights (ODbL 1.0)

Writes OUT_DIR/universities.tsv (name<TAB>ISO country code) and OUT_DIR/airlines.tsv (name<TAB>country), sorted.
Kept: names of two to eight words that start with a capital and hold no brackets, slashes, digits or commas (a name
in brackets is not how news writes it; a campus after a dash, a comma or "at" is a place of its own: "University of
North Carolina at Chapel Hill" is an organisation and a town); for airlines only those OpenFlights marks active,
and names with at least one capitalised word beside "Air"/"Airlines" or of one word (the tagger leaves out one-word
names that are words, given names or places when it loads them). Airline aliases and codes are not kept: two- and
three-letter codes are words or acronyms of many other things.
"""
import csv
import json
import os
import re
import sys

BAD = re.compile(r"[()\[\]/0-9\"@;:,]| - |–| at ")


def good(name, max_words=8):
    name = " ".join(name.split())
    if not name or not name[0].isupper() or BAD.search(name):
        return None
    if len(name.split()) > max_words:
        return None
    return name


def main():
    universities, airlines, out = sys.argv[1], sys.argv[2], sys.argv[3]
    rows = set()
    for u in json.load(open(universities, encoding="utf-8")):
        name = good(u["name"])
        if name and len(name.split()) >= 2:
            rows.add((name, u.get("alpha_two_code") or ""))
    with open(os.path.join(out, "universities.tsv"), "w", encoding="utf-8") as f:
        f.write("# name<TAB>country (ISO 3166-1 alpha-2). From Hipo/university-domains-list (MIT); see NOTICE-universities.txt\n")
        for name, country in sorted(rows):
            f.write(name + "\t" + country + "\n")

    rows = set()
    with open(airlines, encoding="utf-8") as f:
        for r in csv.reader(f):
            if len(r) < 8 or r[7] != "Y" or not r[3].strip() or r[3] == "-":
                continue  # inactive, or without an IATA code: charter and private operators news rarely names
            name = good(r[1], 5)
            if not name:
                continue
            words = name.split()
            generic = {"Air", "Airlines", "Airline", "Airways", "Aviation", "Express", "Cargo", "International",
                       "Jet", "Fly", "Wings", "Sky", "Flight", "Charter", "Service", "Services"}
            if len(words) >= 2 and all(w in generic for w in words):
                continue  # "Air Express", "Sky Wings"
            rows.add((name, r[6]))
    with open(os.path.join(out, "airlines.tsv"), "w", encoding="utf-8") as f:
        f.write("# name<TAB>country. From OpenFlights airlines.dat (ODbL 1.0), active airlines with an IATA code; "
                "see NOTICE-airlines.txt\n")
        for name, country in sorted(rows):
            f.write(name + "\t" + country + "\n")


if __name__ == "__main__":
    main()
