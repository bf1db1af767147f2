#!/usr/bin/env python3
"""Converts a Universal NER .iob2 file (CoNLL-U-like: id, token, tag, ...) to CoNLL NER lines: token<TAB>tag.

Usage: uner_to_conll.py FILE.iob2 [DOC_PREFIX] > out.conll
Documents ("# newdoc id = ...") become -DOCSTART- lines; with DOC_PREFIX only documents whose id starts with it are kept
(English-PUD: "n" = news, "w" = Wikipedia).
Tags other than B-/I- of PER, ORG, LOC and MISC become O: the unreleased first commit of English-EWT, the only copy of
its training file the snapshot holds in full, still has B-OTH/I-OTH (dropped before the release) and stray "B-O".
"""
import sys


KEPT = {"PER", "ORG", "LOC", "MISC"}


def normalised(tag):
    if tag[:2] in ("B-", "I-") and tag[2:] in KEPT:
        return tag
    return "O"


def main():
    path = sys.argv[1]
    prefix = sys.argv[2] if len(sys.argv) > 2 else ""
    keep = True
    in_sentence = False
    out = sys.stdout
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# newdoc id = "):
                keep = line[len("# newdoc id = "):].startswith(prefix)
                if keep:
                    out.write("-DOCSTART-\tO\n\n")
            elif line.startswith("#"):
                continue
            elif not line:
                if keep and in_sentence:
                    out.write("\n")
                in_sentence = False
            elif keep:
                cols = line.split("\t")
                out.write(cols[1] + "\t" + normalised(cols[2]) + "\n")
                in_sentence = True
        if keep and in_sentence:
            out.write("\n")


if __name__ == "__main__":
    main()
