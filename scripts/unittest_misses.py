#!/usr/bin/env python3
# Copyright 2026 The entente Authors. Apache-2.0.
"""List the PETRARCH unit-test records entente misses, and which of them no raw-text coder can get.

    python3 scripts/unittest_misses.py --entente build/entente [--shared ../shared] [--status-model petrarch]

Codes the 277 scored records of ../shared/data/petrarch/records/PETR.UnitTest.records.jsonl with the
PETR.Validate.* dictionaries (as ../shared/tools/score_unittest.py expects), prints every miss
with its gold and predicted triples, and marks a miss UNREACHABLE when the record itself shows
that its gold cannot come from its text:

  parse-error   the gold is "no event" because the record's Penn Treebank parse is malformed
                (expected_error); raw text has no parse to be malformed;
  text!=parse   the words of the gold parse, which PETRARCH coded, differ from the record's text
                ("government" in the text, "Congressmen" in the parse);
  no-actor      a gold actor code that no active line of the actor dictionary gives (its entry is
                commented out).

The last lines count the misses of each kind and the best exact score a raw-text coder can reach.
"""
import argparse
import json
import os
import re
import subprocess
import sys
from collections import Counter


def leaves(parse):
    return [w for _, w in re.findall(r"\((\S+) ([^()\s]+)\)", parse or "")]


def squash(text):
    return re.sub(r"[^a-z0-9]", "", text.lower())


def active_actor_codes(path):
    """Codes in [..] on actor-dictionary lines that are not comments."""
    codes = set()
    for line in open(path, encoding="utf-8", errors="replace"):
        s = line.strip()
        if not s or s.startswith("#") or s.startswith("<"):
            continue
        s = s.split("#", 1)[0]
        for c in re.findall(r"\[([^\]\s]+)", s):
            codes.add(c)
    return codes


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--entente", default="build/entente")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    ap.add_argument("--status-model", default="petrarch", choices=["petrarch", "entente"])
    a = ap.parse_args()
    pet = os.path.join(a.shared, "data", "petrarch")
    records = os.path.join(pet, "records", "PETR.UnitTest.records.jsonl")
    if not os.path.exists(records):
        sys.exit(f"unittest_misses: {records} not found (needs ../shared)")
    d = os.path.join(pet, "dictionaries")
    cmd = [a.entente, "code", "-q", "--input-format", "jsonl", "--status-model", a.status_model]
    for kind in ("verbs", "actors", "agents", "discards"):
        cmd += [f"--{kind}", os.path.join(d, f"PETR.Validate.{kind}.txt")]
    out = subprocess.run(cmd + [records], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"unittest_misses: entente failed: {out.stderr.strip()}")
    pred = {}
    for line in out.stdout.splitlines():
        e = json.loads(line)
        if e.get("status", "asserted") == "asserted":
            pred.setdefault(str(e["doc"]), set()).add((e.get("source") or "", e.get("target") or "", str(e["code"])))
    actor_codes = active_actor_codes(os.path.join(d, "PETR.Validate.actors.txt"))

    def gold_actor_unknown(gold):
        for s, t, _ in gold:
            for c in (s, t):
                # A code the coder composes (country + agents) starts with a dictionary code; a
                # quoted new actor or "---" needs no entry.
                if c.startswith('"') or c.startswith("-") or any(c.startswith(k) for k in actor_codes):
                    continue
                return c
        return None

    n = exact = 0
    kinds = Counter()
    cats = {}
    for line in open(records, encoding="utf-8"):
        g = json.loads(line)
        if g.get("skip_reason"):
            continue
        n += 1
        gold = {(e["source"], e["target"], e["code"]) for e in g["expected"]}
        got = pred.get(g["id"], set())
        cat = g.get("category") or ""
        cats.setdefault(cat, [0, 0, 0])[0] += 1
        if gold == got:
            exact += 1
            cats[cat][1] += 1
            continue
        why = []
        if g.get("expected_error"):
            why.append(f"parse-error ({g['expected_error']})")
        if g.get("parse") and squash(" ".join(leaves(g["parse"]))) != squash(g["text"]):
            why.append("text!=parse: " + " ".join(leaves(g["parse"])))
        unknown = gold_actor_unknown(gold)
        if unknown:
            why.append(f"no-actor: gold code {unknown} is on no active line of PETR.Validate.actors.txt")
        kind = why[0].split()[0].rstrip(":") if why else "reachable"
        kinds[kind] += 1
        cats[cat][2] += bool(why)
        print(f"{'UNREACHABLE' if why else 'MISS'} {g['id']} [{cat}]")
        print(f"  text:  {g['text']}")
        for w in why:
            print(f"  why:   {w}")
        print(f"  gold:  {sorted(gold)}")
        print(f"  got:   {sorted(got)}")
    print()
    print("category   exact     best from raw text")
    for cat, (total, good, lost) in cats.items():
        print(f"{cat:10s} {good:4d}/{total:<4d} {total - lost:4d}/{total:<4d} ({(total - lost) / total:.0%})")
    unreachable = sum(v for k, v in kinds.items() if k != "reachable")
    print("misses: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print(f"exact={exact / n:.3f} ({exact}/{n}); best reachable from raw text {(n - unreachable) / n:.3f} "
          f"({n - unreachable}/{n})")


if __name__ == "__main__":
    main()
