#!/usr/bin/env python3
"""Build a tuning file in JuDGE's format from LeCaRD candidate judgments that
are not JuDGE dev items: first-instance criminal judgments, facts (ajjbqk) as
`text`, the full judgment (qw) as `fd`. `leian eval draft --file OUT` drafts
and scores it; the drafter's rules are compared there, never on dev.

usage: scripts/judge_tune_set.py DATA_DIR OUT [N] [SEED]
"""
import gzip, json, random, sys

data, out = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 200
seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1

dev = [json.loads(l) for l in open(f"{data}/judge/judge.jsonl", encoding="utf-8")]
dev_ids = {d["text_id"] for d in dev}
dev_heads = [d["text"].strip()[:40] for d in dev]
dev_all = "\n".join(d["text"] for d in dev)

pool = []
with gzip.open(f"{data}/lecard/candidates.jsonl.gz", "rt", encoding="utf-8") as f:
    for line in f:
        c = json.loads(line)
        qw, facts = c.get("qw", ""), c.get("ajjbqk", "").strip()
        if c.get("ajId") in dev_ids or "刑事判决书" not in c.get("writName", "") + qw[:200]:
            continue
        if "刑初" not in qw[:300] or "本院认为" not in qw or "判决如下" not in qw or len(facts) < 80:
            continue
        if facts[:40] in dev_all:  # the same case under another document
            continue
        pool.append({"text_id": c["ajId"], "text": " " + facts + " ", "fd": qw})
seen, uniq = set(), []
for p in pool:
    if p["text_id"] not in seen:
        seen.add(p["text_id"])
        uniq.append(p)
random.Random(seed).shuffle(uniq)
with open(out, "w", encoding="utf-8") as f:
    for p in uniq[:n]:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(f"{len(uniq)} eligible, wrote {min(n, len(uniq))} to {out}", file=sys.stderr)
