#!/usr/bin/env python3
"""Converts human-annotated Wikipedia NER data to CoNLL NER lines (token<TAB>tag, BIO over PER/ORG/LOC) for train-ner,
dropping every sentence that overlaps an evaluation set.

Usage:
  wiki_ner_to_conll.py docred FILE.json [FILE.json ...] --exclude EVAL.conll [...] > out.conll
  wiki_ner_to_conll.py wikigold wikigold.conll.txt --exclude EVAL.conll [...] > out.conll
  --misc (before --exclude) keeps MISC names as B-/I-MISC instead of O.

Formats:
- docred: Re-DocRED / DocRED JSON (a list of documents with "sents" and "vertexSet" mentions typed PER, ORG, LOC, MISC,
  TIME, NUM). A document becomes a -DOCSTART- document.
- wikigold: the WikiGold CoNLL file (token SPACE tag, IO scheme: I-PER/I-ORG/I-LOC/I-MISC, -DOCSTART- lines).

Type mapping, to the Universal NER convention the tagger is scored on (PER, ORG, LOC; buildings and facilities are
LOC, nationalities and other names are O): PER, ORG, LOC are kept; MISC, TIME and NUM become O. DocRED types
nationality adjectives ("American", "German") as LOC: a mention whose whole text is a demonym of the tagger's country
gazetteer (countries.tsv, type MISC), its plural, or one of a few continental or religious adjectives becomes O, as
English-EWT's training file mostly has them. Nested or overlapping DocRED mentions: the longer one wins (a MISC span
keeps the names inside it O, as Universal NER does not nest). WikiGold's IO scheme cannot separate two adjacent names
of one type: a run of I- tags of one type becomes one name (B- then I-).

Contamination: a sentence is dropped when its normalised text (lower case, words of letters and digits only) equals a
sentence of an --exclude file, or when it shares any run of 8 normalised words with one. Counts go to stderr.
"""
import json
import re
import sys
from pathlib import Path

KEPT = {"PER", "ORG", "LOC"}
NGRAM = 8
EXTRA_ADJECTIVES = {
    "European", "African", "Asian", "American", "Christian", "Jewish", "Muslim", "Catholic", "Protestant", "Islamic",
    "Arab", "Arabic", "Hindu", "Buddhist", "Latin", "English", "Scottish", "Welsh", "Catalan", "Basque", "Soviet",
    "Roman", "Greek", "Persian", "Ottoman", "Hispanic", "Scandinavian", "Caribbean", "Nordic", "Celtic", "Jew", "Jews",
}
WORD = re.compile(r"[^\W_]+")
GAZETTEER = Path(__file__).resolve().parents[2] / "tagger/src/main/resources/io/newsflow/tagger/gazetteer/countries.tsv"


def demonyms():
    names = set(EXTRA_ADJECTIVES)
    with open(GAZETTEER, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 2 and cols[1] == "MISC":
                names.add(cols[0])
    return names | {n + "s" for n in names}


def words(tokens):
    return [w for t in tokens for w in WORD.findall(t.lower())]


class Contamination:
    """Sentences and 8-word runs of the evaluation sets."""

    def __init__(self, paths):
        self.sentences = set()
        self.ngrams = set()
        for path in paths:
            tokens = []
            with open(path, encoding="utf-8") as f:
                for line in list(f) + [""]:
                    line = line.rstrip("\n")
                    if line and not line.startswith("-DOCSTART-"):
                        tokens.append(line.split("\t")[0].split(" ")[0])
                    elif tokens:
                        self.add(words(tokens))
                        tokens = []

    def add(self, ws):
        self.sentences.add(" ".join(ws))
        for i in range(len(ws) - NGRAM + 1):
            self.ngrams.add(tuple(ws[i:i + NGRAM]))

    def reason(self, tokens):
        ws = words(tokens)
        if ws and " ".join(ws) in self.sentences:
            return "same text"
        for i in range(len(ws) - NGRAM + 1):
            if tuple(ws[i:i + NGRAM]) in self.ngrams:
                return "shared 8 words"
        return None


def docred_documents(paths, adjectives, kept):
    for path in paths:
        with open(path, encoding="utf-8") as f:
            docs = json.load(f)
        for doc in docs:
            sents = doc["sents"]
            labels = [["O"] * len(s) for s in sents]
            taken = [[False] * len(s) for s in sents]
            mentions = [m for v in doc["vertexSet"] for m in v if m["type"] in KEPT | {"MISC"}]
            mentions.sort(key=lambda m: (-(m["pos"][1] - m["pos"][0]), m["sent_id"], m["pos"][0]))
            for m in mentions:
                sid, (start, end) = m["sent_id"], m["pos"]
                if any(taken[sid][start:end]):
                    continue
                for i in range(start, end):
                    taken[sid][i] = True
                text = " ".join(sents[sid][start:end])
                if m["type"] in kept and text not in adjectives:
                    labels[sid][start] = "B-" + m["type"]
                    for i in range(start + 1, end):
                        labels[sid][i] = "I-" + m["type"]
            yield [list(zip(s, l)) for s, l in zip(sents, labels)]


def wikigold_documents(path, kept):
    doc, sentence = [], []
    with open(path, encoding="utf-8") as f:
        for line in list(f) + [""]:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                if doc:
                    yield doc
                doc = []
            elif line:
                token, tag = line.rsplit(" ", 1)
                sentence.append((token, tag))
            elif sentence:
                doc.append(io_to_bio(sentence, kept))
                sentence = []
    if doc:
        yield doc


def io_to_bio(sentence, kept):
    out, previous = [], "O"
    for token, tag in sentence:
        kind = tag[2:] if tag != "O" else "O"
        if kind not in kept:
            out.append((token, "O"))
            previous = "O"
            continue
        out.append((token, ("I-" if previous == kind else "B-") + kind))
        previous = kind
    return out


def main():
    args = sys.argv[1:]
    fmt = args.pop(0)
    excludes = []
    if "--exclude" in args:
        i = args.index("--exclude")
        args, excludes = args[:i], args[i + 1:]
    kept = KEPT | {"MISC"} if "--misc" in args else KEPT
    args = [a for a in args if a != "--misc"]
    filter_ = Contamination(excludes)
    if fmt == "docred":
        documents = docred_documents(args, demonyms(), kept)
    elif fmt == "wikigold":
        documents = wikigold_documents(args[0], kept)
    else:
        sys.exit("unknown format " + fmt)
    counts = {"documents": 0, "sentences": 0, "tokens": 0, "same text": 0, "shared 8 words": 0}
    names = {}
    out = sys.stdout
    for doc in documents:
        kept = []
        for sentence in doc:
            reason = filter_.reason([t for t, _ in sentence])
            if reason:
                counts[reason] += 1
            else:
                kept.append(sentence)
        if not kept:
            continue
        counts["documents"] += 1
        out.write("-DOCSTART-\tO\n\n")
        for sentence in kept:
            counts["sentences"] += 1
            counts["tokens"] += len(sentence)
            for token, tag in sentence:
                out.write(token + "\t" + tag + "\n")
                if tag.startswith("B-"):
                    names[tag[2:]] = names.get(tag[2:], 0) + 1
            out.write("\n")
    print("kept " + ", ".join(f"{v} {k}" for k, v in counts.items() if k in ("documents", "sentences", "tokens"))
          + f"; names {dict(sorted(names.items()))}; dropped {counts['same text']} sentences with the same text as an"
          + f" excluded sentence and {counts['shared 8 words']} sharing 8 words with one", file=sys.stderr)


if __name__ == "__main__":
    main()
