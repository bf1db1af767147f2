#!/usr/bin/env python3
"""Derives the tagger's organisation gazetteer from the US exchange listings of the Frictionless "datasets" project
(datasets/s-and-p-500-companies, datasets/nasdaq-listings, datasets/nyse-other-listings; each ODC-PDDL 1.0).

Usage: make_org_gazetteer.py SP500_DIR NASDAQ_DIR NYSE_OTHER_DIR OUT_FILE
Reads SP500_DIR/data/constituents.csv (column "Security"), NASDAQ_DIR/data/nasdaq-listed.csv ("Security Name") and
NYSE_OTHER_DIR/data/nyse-listed.csv and other-listed.csv ("Company Name"; ETFs and test issues dropped). Keeps only
common or ordinary shares and depositary shares of operating companies: funds, trusts, ETFs, notes, warrants, units,
rights, preferred shares and blank-cheque "Acquisition" companies are dropped. The security description is cut off
("Common Stock", "Class A", " - American Depositary Shares ..."), leaving the registered name ("Agilent Technologies,
Inc."); the short name is what news writes after the first mention: legal forms, "& Co" and "Holdings", "Group",
"International", "Technologies", "Bancorp" at the end are stripped ("Agilent"), and a short name with a lower-case
word ("Bank of Hawaii") is dropped with its row. Writes OUT_FILE: name<TAB>short name, sorted,
one row per registered name. Whether a short name is also a word, a given name or a place is left to the tagger
(Lexicon.loadOrganisations).
"""
import csv
import os
import re
import sys

SECURITY = re.compile(
    r"\s*(?:-\s|\b(?:Common|Ordinary|Class [A-Z]\b|Series [A-Z]\b|American Depositary|American Depository|ADS\b"
    r"|Subordinate Voting|Voting Shares|Shares\b)).*$", re.IGNORECASE)
DROP = re.compile(
    r"\b(?:ETF|ETN|Fund|Depositary|Closed|Tax|Trust|Notes?|Debentures?|Warrants?|Units?|Rights?|Preferred"
    r"|Acquisition"
    r"|Income|Municipal|Portfolio|Index|Capital Corp|BDC|Bond|Treasury|Merger|SPAC|iShares|ProShares|Direxion)\b",
    re.IGNORECASE)
TAIL = re.compile(
    r"(?:,|\s)+(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|plc|PLC|LLC|L\.P|LP|N\.V|NV|S\.A|SA|AG|SE"
    r"|ASA|A/S|AB|Oyj|S\.p\.A|SpA|Holdings?|Group|International|Intl|Bancorp|Bancshares|Technologies|\(The\)"
    r"|&|and|Co\.? Ltd)\.?\s*$")


def registered_name(security):
    name = re.sub(r"\s+", " ", security).strip()
    name = SECURITY.sub("", name).strip(" ,")
    if not name or DROP.search(name) or re.search(r"[0-9%$]", name) and not re.match(r"^[0-9]+[A-Z]", name):
        return None
    return name


def short_name(name, lower_case_words=False):
    """The name without its legal form; None if that leaves too little, or a lower-case word and not
    lower_case_words."""
    short = name
    while True:
        cut = TAIL.sub("", short).strip(" ,")
        if cut == short or not cut:
            break
        short = cut
    short = re.sub(r"^The ", "", short)
    words = short.split()
    if len(short) < 2 or words[0][0].islower() or not lower_case_words and any(w[0].islower() for w in words):
        return None  # "Bank of Hawaii", "SK hynix": the rules read a name with lower-case words without a list
    return short


def rows_of(path, column, keep=lambda row: True):
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if keep(row) and row.get(column):
                yield row[column]


def main():
    sp500, nasdaq, nyse_other, out = sys.argv[1:5]
    securities = list(rows_of(os.path.join(sp500, "data", "constituents.csv"), "Security"))
    securities += rows_of(os.path.join(nasdaq, "data", "nasdaq-listed.csv"), "Security Name")
    for file in ("nyse-listed.csv", "other-listed.csv"):
        securities += rows_of(os.path.join(nyse_other, "data", file), "Company Name",
                              lambda row: row.get("ETF", "N") != "Y" and row.get("Test Issue", "N") != "Y")
    rows = {}
    for security in securities:
        name = registered_name(security)
        short = short_name(name) if name else None
        if short and name[0].isupper():
            rows.setdefault(name, short)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# registered name<TAB>short name. From datasets/s-and-p-500-companies, datasets/nasdaq-listings and"
                " datasets/nyse-other-listings (ODC-PDDL 1.0) by benchmarks/data/make_org_gazetteer.py;"
                " see NOTICE-organisations.txt\n")
        for name, short in sorted(rows.items()):
            f.write(f"{name}\t{short}\n")


if __name__ == "__main__":
    main()
