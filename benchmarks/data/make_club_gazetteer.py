#!/usr/bin/env python3
"""Derives the tagger's sports-club gazetteer from openfootball/clubs (CC0 1.0, public domain dedication).

Usage: make_club_gazetteer.py OPENFOOTBALL_CLUBS_DIR OUT_FILE
Reads every */*.clubs.txt (not the .lang.*, .history, .props or wiki files): a club line is "Name, City" at the start
of a line ("ii) Name B" reserve sides are skipped), its alias lines start with "|" ("| Atlético | Atlético de Madrid");
aliases tagged with another language ("[de]"), abbreviations with a full stop ("Atl. Madrid") and names shorter than
four characters are dropped. Writes OUT_FILE: name<TAB>country code (the file's prefix, e.g. "es"), one row per
name, sorted. Whether a club's name also names a place or a person is left to the tagger (Lexicon.loadClubs).
"""
import glob
import os
import re
import sys


def clean(name):
    name = re.sub(r"\s+", " ", name.split("##")[0].split("#")[0]).strip()
    if (len(name) < 4 or "[" in name or "." in name or re.search(r"[0-9()?/;›]", name)
            or not name[0].isupper()):
        return None
    return name


def main():
    source, out = sys.argv[1], sys.argv[2]
    rows = {}
    for path in sorted(glob.glob(os.path.join(source, "**", "*.clubs.txt"), recursive=True)):
        base = os.path.basename(path)
        if ".lang." in base or "wiki" in base:
            continue
        country = base.split(".")[0]
        in_reserve = False
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip() or line.startswith(("#", "=")):
                    continue
                stripped = line.strip()
                if stripped.startswith("|"):
                    if in_reserve:
                        continue
                    for alias in stripped.split("|"):
                        name = clean(alias)
                        if name:
                            rows.setdefault(name, country)
                elif not line[0].isspace():
                    in_reserve = bool(re.match(r"^[ivx]+\)", stripped))
                    if not in_reserve:
                        name = clean(stripped.split(",")[0])
                        if name:
                            rows.setdefault(name, country)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# club name<TAB>country. From openfootball/clubs (CC0 1.0) by benchmarks/data/make_club_gazetteer.py;"
                " see NOTICE-clubs.txt\n")
        for name, country in sorted(rows.items()):
            f.write(f"{name}\t{country}\n")


if __name__ == "__main__":
    main()
