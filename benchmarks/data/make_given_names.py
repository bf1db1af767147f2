#!/usr/bin/env python3
"""Derives the tagger's list of given names of many languages (given-names-faker.txt) from the locale definitions of
the npm package @faker-js/faker 10.6.0 (MIT), leaving out names that are more often something else.

Usage: make_given_names.py FAKER_DIR REPO_DIR > given-names-faker.txt

  FAKER_DIR  `npm pack @faker-js/faker@10.6.0` unpacked (dist/index.js exports every locale's definitions); node reads
             them
  REPO_DIR   this repository (the tagger's dictionary, gazetteers and given-name lists)

Keeps the person.first_name names (generic, female, male) of every locale but the joke and invented ones (en_BORK,
en_AU_ocker, eo) and Vietnamese (whose lists are name syllables that are also ordinary words): one word in Latin
script (or two joined by a hyphen), capitalised, of three letters or more. Leaves out names already in
first-names.txt or given-names-world.txt; dictionary words and non-entities; places (cities, regions, countries,
Natural Earth, towns of 5,000 people or more); organisations (organisations, companies, agencies, names, airlines,
brands, clubs); the first word of four or more multi-word places ("Rio", "Santo", "Vega"), or of two or more when only one locale
has it as a given name ("Sesto"); names that are surnames
of the English locale ("Watson") or surnames of any locale that only one locale has as a given name ("Brandt").
"""
import json
import re
import subprocess
import sys
import unicodedata

NODE = r"""
const F = await import(process.argv[1] + '/dist/index.js');
const first = {}, last = new Set(), lastEn = new Set();
const lists = v => v ? (Array.isArray(v) ? [v] : Object.values(v)) : [];
for (const [k, v] of Object.entries(F)) {
  if (!v || typeof v !== 'object' || !v.metadata || k.startsWith('faker')) continue;
  for (const l of lists(v.person?.first_name)) for (const n of l) (first[n] ??= []).push(k);
  for (const l of lists(v.person?.last_name)) for (const n of l) { last.add(n); if (k === 'en') lastEn.add(n); }
}
console.log(JSON.stringify({first, last: [...last], lastEn: [...lastEn]}));
"""
SKIPPED_LOCALES = {"en_BORK", "en_AU_ocker", "vi", "eo"}
LETTER_UPPER = "A-Z\u00c0-\u00de\u0100-\u017f"
LETTER_LOWER = "a-z\u00df-\u00ff\u0100-\u017f"
SHAPE = re.compile(f"^[{LETTER_UPPER}][{LETTER_LOWER}]+(?:-[{LETTER_UPPER}][{LETTER_LOWER}]+)?$")
MIN_TOWN_POPULATION = 5000
MAX_PLACES_OPENED = 4


def rows(repo, path):
    with open(f"{repo}/tagger/src/main/resources/io/newsflow/tagger/{path}", encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def main():
    faker_dir, repo = sys.argv[1], sys.argv[2]
    out = subprocess.run(["node", "--input-type=module", "-e", NODE, faker_dir], check=True, capture_output=True,
                         text=True).stdout
    data = json.loads(out)
    last, last_en = set(data["last"]), set(data["lastEn"])
    common = {r[0] for r in rows(repo, "lexicon/common-words.txt")}
    common |= {r[0].lower() for r in rows(repo, "lexicon/not-entities.txt")}
    have = {r[0] for r in rows(repo, "gazetteer/first-names.txt")}
    have |= {r[0] for r in rows(repo, "gazetteer/given-names-world.txt")}
    places, opened = set(), {}
    for f in ("cities.tsv", "regions.tsv", "countries.tsv", "natural-earth.tsv", "towns.tsv"):
        for r in rows(repo, "gazetteer/" + f):
            if f != "towns.tsv" or int(r[2]) >= MIN_TOWN_POPULATION:
                places.add(r[0])
            if f != "countries.tsv" and " " in r[0]:
                first_word = r[0].split(" ")[0]
                opened[first_word] = opened.get(first_word, 0) + 1
    orgs = set()
    for f in ("organisations.tsv", "companies.tsv", "agencies.tsv", "names.tsv", "airlines.tsv", "brands.tsv"):
        for r in rows(repo, "gazetteer/" + f):
            orgs.add(r[0])
            if f == "names.tsv" and len(r) > 2:
                orgs.add(r[2])
    for r in rows(repo, "gazetteer/clubs.tsv"):
        orgs.add(re.sub(r"\s*\$\$.*", "", r[0]))
    kept = set()
    for name, locales in data["first"].items():
        n = unicodedata.normalize("NFC", name)
        if not set(locales) - SKIPPED_LOCALES or not SHAPE.match(n) or len(n) < 3 or n in have:
            continue
        if n.lower() in common or n in places or n in orgs or opened.get(n, 0) >= MAX_PLACES_OPENED:
            continue
        if opened.get(n, 0) >= 2 and len(set(locales)) < 2:
            continue  # "Sesto San Giovanni", "Sesto Fiorentino": a place's first word that one locale calls a name
        if name in last_en or name in last and len(set(locales)) < 2:
            continue
        kept.add(n)
    print("# Given names of many languages from the @faker-js/faker 10.6.0 locale lists (MIT), filtered for Newsflow:"
          " see\n# NOTICE-given-names-faker.txt. One a line.")
    print("\n".join(sorted(kept)))


if __name__ == "__main__":
    main()
