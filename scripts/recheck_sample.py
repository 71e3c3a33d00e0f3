#!/usr/bin/env python3
# Copyright 2026 The entente Authors. Apache-2.0.
"""Re-code the hand-judged real-news sample with a given build and say what changed.

docs/results/sample200.tsv lists country-dyad events (corpus, doc id, sentence index, source,
target, code) with a verdict (right/wrong) and a reason; it holds no news text.  This script
rebuilds the same documents from ../shared/data/news with scripts/news_coverage.py (in a
temporary folder, never in the repository), codes only the sampled documents with
`entente code` and the bundled dictionaries, and for every sampled event asks: does the same
sentence still produce an event with the same (source country, target country, root code)?

  kept     still produced
  changed  the sentence still has country-dyad events, but not this one
  gone     the sentence has no country-dyad event any more

Summary: of the judged-wrong events, how many are gone or changed (fixed or at least altered);
of the judged-right ones, how many were lost.  With --list every row is printed (ids, codes and
the new events only); --review FILE writes the same with sentence text to FILE, which must be
outside the repository (corpus licences).

"Country" is the first three letters of an actor code, or the first six for IGO/NGO/region
codes that start with IGO, NGO, MNC or a three-letter region (as the sample's verdicts count
them).

Usage: scripts/recheck_sample.py [--entente BUILD/entente] [--sample docs/results/sample200.tsv]
                                 [--list] [--review /tmp/review.txt] [--json out.json]
"""
import argparse
import collections
import csv
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import news_coverage  # noqa: E402  (same folder)


def country(code):
    code = code or ""
    if code[:3] in ("IGO", "NGO", "MNC"):
        return code[:6]
    return code[:3]


def root(code):
    return (code or "")[:2]


def key(source, target, code):
    return (country(source), country(target), root(code))


def read_sample(path):
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f.read().splitlines() if l and not l.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entente", default=os.path.join(ROOT, "build", "entente"))
    ap.add_argument("--news", default=news_coverage.NEWS)
    ap.add_argument("--sample", default=os.path.join(ROOT, "docs", "results", "sample200.tsv"))
    ap.add_argument("--list", action="store_true", help="print every sampled row with its outcome")
    ap.add_argument("--review", help="write rows with sentence text here (outside the repository)")
    ap.add_argument("--json", help="write per-row outcomes (ids and codes only) here")
    args = ap.parse_args()
    if not os.path.isdir(args.news):
        print("skipped: needs ../shared (%s)" % args.news)
        return 77
    if args.review and os.path.abspath(args.review).startswith(ROOT + os.sep):
        sys.exit("--review must point outside the repository")

    rows = read_sample(args.sample)
    wanted = {r["doc"] for r in rows}
    with tempfile.TemporaryDirectory(prefix="entente_recheck_") as tmp:
        all_docs = os.path.join(tmp, "all.jsonl")
        news_coverage.build_documents(args.news, all_docs)
        docs_path = os.path.join(tmp, "sample.jsonl")
        with open(all_docs, encoding="utf-8") as f, open(docs_path, "w", encoding="utf-8") as out:
            for line in f:
                if json.loads(line)["id"] in wanted:
                    out.write(line)
        events = news_coverage.run_code(args.entente, docs_path, [])

    by_sent = collections.defaultdict(list)
    texts = {}
    for e in events:
        by_sent[(e["doc"], str(e["sent"]))].append(e)
        texts[(e["doc"], str(e["sent"]))] = e.get("sentence", "")
    counts = collections.Counter()
    outcomes = []
    for r in rows:
        evs = [e for e in by_sent.get((r["doc"], r["sent"]), []) if news_coverage.is_dyadic(e)]
        keys = {key(e.get("source"), e.get("target"), e["code"]) for e in evs}
        k = key(r["source"], r["target"], r["code"])
        if k in keys:
            outcome = "kept"
        elif evs:
            outcome = "changed"
        else:
            outcome = "gone"
        counts[(r["verdict"], outcome)] += 1
        now = sorted("%s>%s %s %s" % (e.get("source"), e.get("target"), e["code"], e.get("status", "")) for e in evs)
        outcomes.append({"doc": r["doc"], "sent": r["sent"], "verdict": r["verdict"], "outcome": outcome,
                         "was": "%s>%s %s" % (r["source"], r["target"], r["code"]), "now": now,
                         "reason": r.get("reason", "")})

    if args.list:
        for o in outcomes:
            print("%-7s %-5s %-14s %-3s %-22s now: %s" % (o["outcome"], o["verdict"], o["doc"], o["sent"], o["was"],
                                                     "; ".join(o["now"]) or "-"))
    if args.review:
        with open(args.review, "w", encoding="utf-8") as f:
            for o in outcomes:
                f.write("%s %s %s %s was %s now %s\n  reason: %s\n  %s\n" % (
                    o["outcome"], o["verdict"], o["doc"], o["sent"], o["was"], "; ".join(o["now"]) or "-",
                    o["reason"], texts.get((o["doc"], o["sent"]), "(no event in this sentence now)").replace("\n", " ")))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(outcomes, f, indent=1)

    wrong = sum(v for (vd, _), v in counts.items() if vd == "wrong")
    right = sum(v for (vd, _), v in counts.items() if vd == "right")
    negated = collections.Counter(o["verdict"] for o in outcomes if o["outcome"] == "kept" and any(
        n.startswith(o["was"] + " ") and n.endswith(" negated") for n in o["now"]))
    print("kept but now negated (same source, target and code): wrong %d, right %d" % (
        negated["wrong"], negated["right"]))
    print("judged wrong: %d  kept %d  changed %d  gone %d  -> %d no longer produced" % (
        wrong, counts[("wrong", "kept")], counts[("wrong", "changed")], counts[("wrong", "gone")],
        counts[("wrong", "changed")] + counts[("wrong", "gone")]))
    print("judged right: %d  kept %d  changed %d  gone %d  -> %d lost" % (
        right, counts[("right", "kept")], counts[("right", "changed")], counts[("right", "gone")],
        counts[("right", "changed")] + counts[("right", "gone")]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
