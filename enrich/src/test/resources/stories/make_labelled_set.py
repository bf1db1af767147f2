#!/usr/bin/env python3
"""Generates labelled-stories.jsonl, the labelled set for near-duplicate detection (StoryDetectionEvaluationTest).

Each line is one article: {"id", "story", "kind", "headline", "paragraphs"}. Articles with the same "story" tell the
same story (an original and its wire copies); a follow-up (same people, places and beat, new text) and distractors
(same beat, other people) have stories of their own. Copies keep 70-95 % of the original's text: paragraphs trimmed
or dropped, a few words changed, a dateline added, a new headline, a "Reporting by" line, sometimes a paragraph of
their own. Deterministic: python3 make_labelled_set.py > labelled-stories.jsonl
"""
import json
import random

R = random.Random(20261207)

FIRST = "Amara Lukas Sofia Kenji Ingrid Mateo Priya Omar Elena Tomasz Chloe Ravi Hannah Diego Fatima Jonas Aisha Pieter Mei Carlos Nadia Samuel Yara Felix Leila Bruno Ana Viktor Zara Henrik".split()
LAST = "Okafor Brandt Moretti Tanaka Lindqvist Alvarez Raman Haddad Petrova Kowalski Dubois Mehta Schneider Ortega Nasser Berg Mensah Visser Chen Ferreira Novak Rossi Silva Jansen Kaur Ibrahim Costa Horvat Sato Larsen".split()
PLACES = "Lisbon Nairobi Osaka Rotterdam Krakow Montreal Mumbai Oslo Seoul Valencia Accra Lyon Porto Dublin Gdansk Leeds Bergen Turin Quito Perth".split()
AGENCIES = ["Reuters", "AP", "AFP", "dpa", "Bloomberg"]
EDITORS = ["Mark Potter", "Alison Williams", "Nick Macfie", "Jan Harvey", "Peter Graff", "Susan Fenton"]
MONTHS = "January February March April May June July August September October November December".split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

BEATS = {
    "politics": {
        "orgs": ["the Social Democrats", "the Green Party", "the Liberal Alliance", "the city council", "the parliament's budget committee"],
        "things": ["pension reform", "housing bill", "coalition agreement", "tax package", "election law", "border policy"],
        "roles": ["Prime Minister", "Finance Minister", "opposition leader", "Interior Minister", "party chair"],
    },
    "business": {
        "orgs": ["Northwind Energy", "Helix Pharmaceuticals", "Atlas Motors", "Bluewave Telecom", "Vantor Group", "Corvid Logistics"],
        "things": ["takeover bid", "quarterly results", "share buyback", "plant closure", "merger talks", "bond issue"],
        "roles": ["Chief Executive", "Chief Financial Officer", "chairman", "union representative", "lead analyst"],
    },
    "sports": {
        "orgs": ["the national football federation", "FC Harbour", "the Olympic committee", "Racing Club", "the cycling union"],
        "things": ["cup final", "transfer deal", "doping case", "stadium plan", "coaching change", "title race"],
        "roles": ["coach", "captain", "club president", "sporting director", "team doctor"],
    },
    "health": {
        "orgs": ["the World Health Organization", "the national health service", "St Mary's Hospital", "the medicines agency", "the nurses' union"],
        "things": ["vaccine rollout", "measles outbreak", "waiting lists", "drug approval", "hospital funding", "heat wave plan"],
        "roles": ["Health Minister", "chief medical officer", "hospital director", "epidemiologist", "union leader"],
    },
    "climate": {
        "orgs": ["the environment agency", "the port authority", "the water board", "Greenfield Power", "the climate council"],
        "things": ["flood defences", "emissions target", "wind farm", "drought measures", "coal phase-out", "carbon tax"],
        "roles": ["Environment Minister", "mayor", "lead scientist", "agency director", "campaigner"],
    },
    "courts": {
        "orgs": ["the supreme court", "the appeals court", "the prosecutor's office", "the bar association", "the district court"],
        "things": ["fraud trial", "extradition case", "privacy ruling", "corruption inquiry", "sentencing hearing", "class action"],
        "roles": ["judge", "chief prosecutor", "defence lawyer", "court spokesperson", "legal scholar"],
    },
}

VERB_SAID = ["said", "told reporters", "said in a statement", "told a news conference", "wrote on social media"]
ADJ = ["sharp", "unexpected", "long-awaited", "controversial", "modest", "sweeping", "cautious", "hard-won", "narrow", "bold"]
NOUN = ["deal", "plan", "decision", "proposal", "move", "compromise", "measure", "step"]
REACT = ["welcomed", "criticised", "questioned", "rejected", "praised", "defended", "attacked", "backed"]
CONCERN = ["costs", "delays", "jobs", "safety", "fairness", "transparency", "the timetable", "the legal basis", "local opposition", "funding"]
OUTCOME = ["a vote next week", "a second round of talks", "a review by independent experts", "an appeal", "further hearings",
           "a public consultation", "new negotiations in the spring", "a report to parliament"]
REASONS = ["rising prices", "a shortage of staff", "last year's storms", "falling demand", "pressure from investors",
           "a string of failures", "new European rules", "a court order", "public anger", "an ageing population"]


def person():
    return R.choice(FIRST) + " " + R.choice(LAST)


def sentence(c):
    """One sentence about story context c, drawn from many shapes so texts on one beat vary like real reporting."""
    n = R.randint(2, 98)
    m = R.randint(2, 950)
    who, role, org, place, thing = c["person"], c["role"], c["org"], c["place"], c["thing"]
    other = R.choice(c["others"])
    last = who.split()[-1]
    shapes = [
        f"{role} {who} {R.choice(VERB_SAID)} on {R.choice(DAYS)} that the {R.choice(ADJ)} {thing} would go ahead despite concerns about {R.choice(CONCERN)}.",
        f"{org[0].upper() + org[1:]} {R.choice(REACT)} the {R.choice(NOUN)}, saying it had been forced by {R.choice(REASONS)}.",
        f"The {thing} is expected to cost about {m} million euros over {R.randint(2, 12)} years, according to figures seen by reporters.",
        f"\"We have waited {R.choice(['far too long', 'long enough', 'for years', 'months'])} for this,\" {last} {R.choice(VERB_SAID)}, adding that {n} percent of the work was already done.",
        f"{other} of {R.choice(c['orgs'])} {R.choice(REACT)} the timing and warned of {R.choice(CONCERN)} in {place}.",
        f"In {place}, {R.randint(3, 40)} {R.choice(['residents', 'workers', 'officials', 'families', 'shop owners', 'teachers'])} gathered outside {R.choice(['the town hall', 'the main station', 'the harbour', 'the court building', 'the headquarters'])} on {R.choice(DAYS)} evening.",
        f"The {R.choice(NOUN)} follows {R.choice(REASONS)} and months of talks between {org} and {R.choice(c['orgs'])}.",
        f"Analysts said the {thing} could lead to {R.choice(OUTCOME)}, though {R.choice(['few', 'some', 'most', 'several'])} expected {R.choice(CONCERN)} to dominate the debate.",
        f"{last} first raised the idea in {R.choice(MONTHS)}, when {R.choice(REASONS)} put the {thing} back on the agenda.",
        f"A spokesperson for {R.choice(c['orgs'])} declined to comment on {R.choice(['the figures', 'the report', 'the allegations', 'the timetable', 'the talks'])}.",
        f"Figures published on {R.choice(DAYS)} showed a {R.choice(['rise', 'fall', 'jump', 'drop'])} of {n} percent in {R.choice(['applications', 'complaints', 'costs', 'sales', 'cases', 'arrivals'])} since {R.choice(MONTHS)}.",
        f"{other} {R.choice(VERB_SAID)} the {R.choice(ADJ)} {R.choice(NOUN)} would {R.choice(['change little', 'matter most in ' + place, 'test the coalition', 'cost jobs', 'help families', 'take years'])}.",
    ]
    return R.choice(shapes)


def paragraph(c):
    return " ".join(sentence(c) for _ in range(R.randint(2, 3)))


def context(beat, keep=None):
    b = BEATS[beat]
    c = dict(keep) if keep else {
        "person": person(), "role": R.choice(b["roles"]), "org": R.choice(b["orgs"]), "place": R.choice(PLACES),
        "thing": R.choice(b["things"]), "others": [person() for _ in range(3)],
    }
    c["orgs"] = b["orgs"]
    return c


def headline(c):
    return R.choice([f"{c['role']} {c['person'].split()[-1]} backs {c['thing']} in {c['place']}",
                     f"{c['place']}: {c['thing']} moves ahead amid {R.choice(CONCERN)}",
                     f"{c['org'][0].upper() + c['org'][1:]} and the {c['thing']}: what happens next",
                     f"Row over {c['thing']} deepens in {c['place']}"])


REPLACEMENTS = [("said", "stated"), ("expected", "set"), ("about", "around"), ("warned", "cautioned"),
                ("months", "many months"), ("would", "will"), ("on ", "late on "), ("the ", "the ")]


def edit(text):
    words = text.split(" ")
    for _ in range(R.randint(1, 3)):
        i = R.randrange(len(words))
        old, new = R.choice(REPLACEMENTS)
        if words[i] == old.strip():
            words[i] = new.strip()
        else:
            words.insert(i, R.choice(["also", "now", "reportedly", "again"]))
    return " ".join(words)


def copy_of(original, c):
    paras = list(original)
    target = R.uniform(0.70, 0.95)
    total = sum(len(p.split()) for p in paras)
    # trim from the end and drop from the middle until about `target` of the words are left
    while sum(len(p.split()) for p in paras) > target * total and len(paras) > 3:
        if R.random() < 0.6:
            paras.pop()
        else:
            paras.pop(R.randrange(1, len(paras) - 1))
    paras = [edit(p) if R.random() < 0.4 else p for p in paras]
    if R.random() < 0.3:
        paras.insert(R.randrange(1, len(paras)), paragraph(c))
    date = f"{R.choice(MONTHS)} {R.randint(1, 28)}"
    paras[0] = f"{c['place'].upper()}, {date} ({R.choice(AGENCIES)}) - " + paras[0]
    credit = R.choice([f"Reporting by {person()}; Editing by {R.choice(EDITORS)}",
                       f"(Reporting by {person()} in {c['place']}; Writing by {person()}; Editing by {R.choice(EDITORS)})",
                       f"By {person()}"])
    if credit.startswith("By "):
        paras.insert(0, credit)
    else:
        paras.append(credit)
    return paras


def main():
    articles = []
    beats = list(BEATS)
    story = 0
    for i in range(60):
        beat = beats[i % len(beats)]
        c = context(beat)
        original = [paragraph(c) for _ in range(R.randint(5, 10))]
        story += 1
        sid = f"s{story:03d}"
        articles.append({"story": sid, "kind": "original", "beat": beat, "headline": headline(c), "paragraphs": original})
        for _ in range(R.randint(1, 4)):
            articles.append({"story": sid, "kind": "copy", "beat": beat, "headline": headline(c),
                             "paragraphs": copy_of(original, c), "of": sid})
        if i % 2 == 0:
            story += 1
            followup = [paragraph(c) for _ in range(R.randint(4, 8))]
            articles.append({"story": f"s{story:03d}", "kind": "followup", "beat": beat, "of": sid,
                             "headline": "Update: " + headline(c), "paragraphs": followup})
        story += 1
        d = context(beat)
        articles.append({"story": f"s{story:03d}", "kind": "distractor", "beat": beat, "headline": headline(d),
                         "paragraphs": [paragraph(d) for _ in range(R.randint(5, 9))]})
    R.shuffle(articles)
    # originals first within their story: a copy never precedes the report it copies
    seen = set()
    ordered, waiting = [], {}
    for a in articles:
        ordered.append(a)
    ordered.sort(key=lambda a: 0 if a["kind"] in ("original", "distractor") else 1)
    for n, a in enumerate(ordered):
        a["id"] = f"a{n:04d}"
        print(json.dumps(a, ensure_ascii=False))


main()
