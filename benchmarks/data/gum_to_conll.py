#!/usr/bin/env python3
"""Converts GUM's entity annotation (dep/*.conllu, MISC column "Entity=") to CoNLL NER lines: token<TAB>tag.

Usage: gum_to_conll.py GUM_REPO_DIR GENRE > out.conll    (GENRE: news for the Wikinews documents)

GUM annotates every mention (pronouns and common nouns too) with one of its entity types. A mention counts as a named
entity when its syntactic head (the token whose head lies outside the mention) is a proper noun (UPOS PROPN). Its span:
  - person: the head and its flat/flat:name dependents (UD attaches titles as compound: "President Donald Trump" ->
    "Donald Trump");
  - other types: the run of capitalised tokens around the head inside the mention, bridged by "of", "the", "and",
    "for", "de", "&", "-" between capitalised tokens, without a leading "The" ("the University of Texas" ->
    "University of Texas").
Types: person -> PER, organization -> ORG, place -> LOC; any other type with a proper-noun head -> MISC.
A span overlapping one already taken (outer mentions first) is dropped. Documents are separated by -DOCSTART-.
"""
import glob
import os
import re
import sys

TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
BRIDGES = {"of", "the", "and", "for", "de", "&", "-"}
OPEN = re.compile(r"\((\d+)-([a-z]+)")
CLOSE = re.compile(r"(\d+)\)")


def sentences(path):
    sent, comments = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    yield sent
                sent = []
            elif line.startswith("#"):
                continue
            else:
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                sent.append(cols)
    if sent:
        yield sent


def entity_field(misc):
    for part in misc.split("|"):
        if part.startswith("Entity="):
            return part[len("Entity="):]
    return ""


def mentions(sent):
    """(start, end_inclusive, etype) per mention, by parsing the bracket notation."""
    stack, out = [], []
    for i, cols in enumerate(sent):
        field = entity_field(cols[9])
        pos = 0
        while pos < len(field):
            m = OPEN.match(field, pos)
            if m:
                stack.append((m.group(1), m.group(2), i))
                # a single-token mention closes right after its attributes: "(7-time-...-1-coref)"
                nxt = field.find("(", pos + 1)
                close = field.find(")", pos)
                pos = m.end()
                if close >= 0 and (nxt < 0 or close < nxt):
                    ent_id, etype, start = stack.pop()
                    out.append((start, i, etype))
                    pos = close + 1
                continue
            m = CLOSE.match(field, pos)
            if m:
                for k in range(len(stack) - 1, -1, -1):
                    if stack[k][0] == m.group(1):
                        ent_id, etype, start = stack.pop(k)
                        out.append((start, i, etype))
                        break
                pos = m.end()
                continue
            pos += 1
    return out


def head_of(sent, start, end):
    for i in range(start, end + 1):
        h = int(sent[i][6]) - 1
        if h < start or h > end:
            return i
    return start


def span(sent, start, end, head, etype):
    if etype == "person":
        keep = {head}
        changed = True
        while changed:
            changed = False
            for i in range(start, end + 1):
                if i not in keep and sent[i][7].startswith("flat") and int(sent[i][6]) - 1 in keep:
                    keep.add(i)
                    changed = True
        return min(keep), max(keep)
    cap = lambda i: sent[i][1][:1].isupper() or sent[i][3] == "PROPN"
    a = head
    while a - 1 >= start and (cap(a - 1) or sent[a - 1][1] in BRIDGES and a - 2 >= start and cap(a - 2)):
        a -= 1
    b = head
    while b + 1 <= end and (cap(b + 1) or sent[b + 1][1] in BRIDGES and b + 2 <= end and cap(b + 2)):
        b += 1
    while a < b and (sent[a][1] in BRIDGES or sent[a][1] == "The"):
        a += 1
    return a, b


def convert(path, out):
    out.write("-DOCSTART-\tO\n\n")
    for sent in sentences(path):
        tags = ["O"] * len(sent)
        ms = sorted(mentions(sent), key=lambda m: (m[0], -m[1]))
        for start, end, etype in ms:
            head = head_of(sent, start, end)
            if sent[head][3] != "PROPN":
                continue
            a, b = span(sent, start, end, head, etype)
            if any(t != "O" for t in tags[a:b + 1]):
                continue
            label = TYPES.get(etype, "MISC")
            tags[a] = "B-" + label
            for i in range(a + 1, b + 1):
                tags[i] = "I-" + label
        for cols, tag in zip(sent, tags):
            out.write(cols[1] + "\t" + tag + "\n")
        out.write("\n")


def main():
    repo, genre = sys.argv[1], sys.argv[2]
    for path in sorted(glob.glob(os.path.join(repo, "dep", "GUM_" + genre + "_*.conllu"))):
        convert(path, sys.stdout)


if __name__ == "__main__":
    main()
