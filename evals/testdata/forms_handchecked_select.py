#!/usr/bin/env python3
"""Seeded choice of the documents in forms_handchecked.jsonl (run 2026-12-05).

The choice was made from file names, case names and record fields only,
before any extractor output was looked at; the gold values were then read
by hand in each chosen document. Run with LEIAN_DATA set; prints one line
per chosen document: type, file, line or id, field.
"""
import gzip, json, os, random, re

DATA = os.environ.get("LEIAN_DATA", "../shared/data")
rng = random.Random(20261205)
# lines of scm/triplets.jsonl and cail2020 records already in the fixture
# before this choice (the 8 in-sample documents)
USED_SCM = {4, 11, 21, 31, 41, 51}
USED_SFZY = {1, 11}


def pick(pool, n):
    pool = sorted(pool)
    rng.shuffle(pool)
    return pool[:n]


def gazette(name_re, skip_re):
    out = []
    d = os.path.join(DATA, "civil", "gazette")
    for f in sorted(os.listdir(d)):
        if re.search(name_re, f) and not re.search(skip_re, f):
            text = open(os.path.join(d, f), encoding="utf-8").read()
            if "判决如下" in text or "查明" in text:
                out.append(("civil/gazette/" + f, 0, ""))
    return out


def sfzy(title_re, used):
    out = []
    with open(os.path.join(DATA, "civil", "cail2020_sfzy_train20.jsonl"), encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            r = json.loads(line)
            title = "".join(s["sentence"] for s in r["text"][:3])
            if ln not in used and re.search(title_re, title):
                out.append(("civil/cail2020_sfzy_train20.jsonl", ln, ""))
    return out


ADMIN = r"行政|认定|局|教养|检察院|船舶|追索垫付"
labour = gazette(r"劳动合同|劳动争议|劳动报酬|劳动关系|工伤保险待遇|工伤待遇", ADMIN) + sfzy(r"劳动合同纠纷|劳动争议", USED_SFZY)
traffic = gazette(r"交通事故", r"行政|认定|处罚")
theft, fraud = [], []
with gzip.open(os.path.join(DATA, "lecard", "candidates.jsonl.gz"), "rt", encoding="utf-8") as fh:
    for line in fh:
        r = json.loads(line)
        name, wn = r.get("ajName", ""), r.get("writName", "")
        if "一审" not in wn or not r.get("qw"):
            continue
        if "盗窃" in name and "诈骗" not in name:
            theft.append(("lecard/candidates.jsonl.gz", int(r["id"]), "qw"))
        elif "诈骗" in name and "盗窃" not in name and "合同诈骗" not in name and "集资" not in name:
            fraud.append(("lecard/candidates.jsonl.gz", int(r["id"]), "qw"))
loan = [("scm/triplets.jsonl", ln, f) for ln in range(1, 301) if ln not in USED_SCM for f in "ABC"]

chosen = [("labour", x) for x in pick(labour, 15)]
chosen += [("theft_fraud", x) for x in pick(theft, 8) + pick(fraud, 7)]
# scm reuses documents across triplets: skip a text already chosen or
# already in the fixture
triplets = [json.loads(l) for l in open(os.path.join(DATA, "scm", "triplets.jsonl"), encoding="utf-8")]
seen = {triplets[ln - 1][f] for ln, f in [(4, "B"), (11, "B"), (21, "B"), (31, "B"), (41, "B"), (51, "B")]}
loans = []
for x in pick(loan, len(loan)):
    text = triplets[x[1] - 1][x[2]]
    if text not in seen and len(loans) < 10:
        seen.add(text)
        loans.append(x)
chosen += [("loan", x) for x in loans]
chosen += [("traffic", x) for x in pick(traffic, 10)]
for typ, (f, key, field) in chosen:
    print(typ, f, key, field, sep="\t")
