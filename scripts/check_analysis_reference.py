#!/usr/bin/env python3
# Copyright 2026 The entente Authors. Apache-2.0.
"""Reproduces `entente dyad` and `entente triangle` numbers independently.

Reads the events table of an entente SQLite store directly (sqlite3 module, no entente code),
recomputes each dyad series (periods from Python's datetime, ISO weeks from isocalendar, actor
prefixes with str.startswith) and each Dittmer triangle (pivot and outsider found by set
intersection), runs the CLI with --format json, and compares every number.

Usage:
  scripts/check_analysis_reference.py ENTENTE_BINARY STORE.db
      [--dyads CHN-RUS,USA-CHN,USA>CHN] [--triangle USA,CHN,RUS] [--by month,quarter,year]

Works on any store: one filled by `entente ingest data/samples/demo_corpus.jsonl`, or by
`entente import icews ../shared/data/events/icews/icews_events.2018.sample.tab` (use --by
day,week,month there: the sample covers one month).  Exit 0 when everything agrees, 1 on a
difference (each printed), 2 on a usage or run error.
"""
import argparse
import datetime as dt
import json
import math
import sqlite3
import subprocess
import sys

TOL = 1e-9


def period_start(d, by):
    if by == "day":
        return d
    if by == "week":
        return d - dt.timedelta(days=d.weekday())
    if by == "month":
        return d.replace(day=1)
    if by == "quarter":
        return d.replace(month=(d.month - 1) // 3 * 3 + 1, day=1)
    return d.replace(month=1, day=1)


def next_start(s, by):
    if by == "day":
        return s + dt.timedelta(days=1)
    if by == "week":
        return s + dt.timedelta(days=7)
    months = {"month": 1, "quarter": 3, "year": 12}[by]
    m = s.month - 1 + months
    return s.replace(year=s.year + m // 12, month=m % 12 + 1, day=1)


def label(s, by):
    if by == "day":
        return s.isoformat()
    if by == "week":
        y, w, _ = s.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if by == "month":
        return f"{s.year:04d}-{s.month:02d}"
    if by == "quarter":
        return f"{s.year:04d}-Q{(s.month - 1) // 3 + 1}"
    return f"{s.year:04d}"


def load(db):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = con.execute("SELECT date, source, target, quad, goldstein FROM events WHERE status = 0")
    events = [(dt.date.fromisoformat(d), s, t, q, g) for d, s, t, q, g in rows]
    return events


def aliases(name):
    return {"EU": "IGOEUREEC", "NATO": "IGOWSTNAT", "UN": "IGOUNO"}.get(name.upper(), name.upper())


def series(events, a, b, directed, by, first, last):
    starts = []
    s = period_start(first, by)
    while s <= last:
        starts.append(s)
        s = next_start(s, by)
    index = {st: i for i, st in enumerate(starts)}
    pts = [dict(label=label(st, by), count=0, quad=[0, 0, 0, 0], gsum=0.0, gn=0, volume=0)
           for st in starts]
    for d, src, tgt, q, g in events:
        if d < first or d > last:
            continue
        p = pts[index[period_start(d, by)]]
        p["volume"] += 1
        fwd = src.startswith(a) and tgt.startswith(b)
        rev = src.startswith(b) and tgt.startswith(a)
        if not (fwd or (not directed and rev)):
            continue
        p["count"] += 1
        if 1 <= q <= 4:
            p["quad"][q - 1] += 1
        if g is not None:
            p["gsum"] += g
            p["gn"] += 1
    return pts


def run(binary, args):
    out = subprocess.run([binary] + args, capture_output=True, text=True)
    if out.returncode != 0:
        print(f"error: {' '.join(args)}: {out.stderr.strip()}", file=sys.stderr)
        sys.exit(2)
    return json.loads(out.stdout)


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= TOL * max(1.0, abs(b))


class Checker:
    def __init__(self):
        self.compared = 0
        self.differences = 0

    def eq(self, what, got, want):
        self.compared += 1
        ok = close(got, want) if isinstance(want, float) or isinstance(got, float) else got == want
        if not ok:
            self.differences += 1
            if self.differences <= 30:
                print(f"DIFF {what}: entente {got!r}, reference {want!r}")


def check_dyad(c, binary, db, events, text, by, first, last):
    directed = ">" in text
    a, b = text.replace("->", ">").replace(">", "-").split("-", 1)
    a, b = aliases(a), aliases(b)
    want = series(events, a, b, directed, by, first, last)
    got = run(binary, ["dyad", text, "--db", f"sqlite:{db}", "--by", by, "--format", "json",
                       "--normalise"] + (["--directed"] if directed else []))
    c.eq(f"{text} {by} periods", len(got["points"]), len(want))
    for g, w in zip(got["points"], want):
        where = f"{text} {by} {w['label']}"
        c.eq(where + " label", g["period"], w["label"])
        c.eq(where + " count", g["count"], w["count"])
        c.eq(where + " quads", [g["verbal_cooperation"], g["material_cooperation"],
                                g["verbal_conflict"], g["material_conflict"]], w["quad"])
        c.eq(where + " goldstein_sum", g["goldstein_sum"], w["gsum"])
        c.eq(where + " goldstein_mean", g["goldstein_mean"],
             w["gsum"] / w["gn"] if w["gn"] else None)
        c.eq(where + " net_cooperation_count", g["net_cooperation_count"],
             w["quad"][0] + w["quad"][1] - w["quad"][2] - w["quad"][3])
        c.eq(where + " volume", g["volume"], w["volume"])
        share = w["count"] / w["volume"] if w["volume"] else 0.0
        c.eq(where + " share", g["normalised"]["count"], share)
        c.eq(where + " net per event", g["normalised"]["net_cooperation"],
             w["gsum"] / w["volume"] if w["volume"] else 0.0)
    return len(want)


def triangle_type(signs, actors):
    """Dittmer type from the signs of sides (A,B), (B,C), (C,A), by set logic."""
    sides = [(actors[0], actors[1]), (actors[1], actors[2]), (actors[2], actors[0])]
    if 0 in signs:
        return "indeterminate", None, None
    pos = [set(s) for s, v in zip(sides, signs) if v > 0]
    if len(pos) == 3:
        return "menage-a-trois", None, None
    if len(pos) == 2:
        (pivot,) = pos[0] & pos[1]
        return "romantic", pivot, None
    if len(pos) == 1:
        (outsider,) = set(actors) - pos[0]
        return "stable-marriage", None, outsider
    return "unit-veto", None, None


def check_triangle(c, binary, db, events, names, by, first, last, threshold=0.5):
    codes = [aliases(n) for n in names]
    sides = [series(events, codes[i], codes[(i + 1) % 3], False, by, first, last) for i in range(3)]
    got = run(binary, ["triangle"] + names + ["--db", f"sqlite:{db}", "--by", by,
                                             "--format", "json"])
    c.eq(f"triangle {by} periods", len(got["periods"]), len(sides[0]))
    counts = {}
    for t, g in enumerate(got["periods"]):
        values, signs = [], []
        for s in sides:
            p = s[t]
            v = p["gsum"] / p["gn"] if p["gn"] and p["count"] >= 1 else 0.0
            values.append(v)
            signs.append(1 if v > threshold else (-1 if v < -threshold else 0))
        kind, pivot, outsider = triangle_type(signs, names)
        counts[kind] = counts.get(kind, 0) + 1
        where = f"triangle {by} {sides[0][t]['label']}"
        for i in range(3):
            c.eq(where + f" value{i}", g["values"][i], values[i])
        c.eq(where + " signs", g["signs"], signs)
        c.eq(where + " type", g["type"], kind)
        c.eq(where + " pivot", g["pivot"], pivot)
        c.eq(where + " outsider", g["outsider"], outsider)
    for kind, n in counts.items():
        c.eq(f"triangle {by} count {kind}", got["type_counts"][kind], n)
    return len(sides[0])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("binary")
    ap.add_argument("db", help="path of an SQLite store (no sqlite: prefix)")
    ap.add_argument("--dyads", default="CHN-RUS,USA-CHN,USA-RUS,USA>CHN,EU-RUS")
    ap.add_argument("--triangle", default="USA,CHN,RUS")
    ap.add_argument("--by", default="month,quarter,year")
    args = ap.parse_args()
    events = load(args.db)
    if not events:
        print("error: no asserted events in the store", file=sys.stderr)
        return 2
    first = min(e[0] for e in events)
    last = max(e[0] for e in events)
    c = Checker()
    periods = 0
    for by in args.by.split(","):
        for text in args.dyads.split(","):
            periods += check_dyad(c, args.binary, args.db, events, text, by, first, last)
        if args.triangle:
            periods += check_triangle(c, args.binary, args.db, events,
                                      args.triangle.split(","), by, first, last)
    print(f"{len(events)} asserted events {first}..{last}; {periods} series periods, "
          f"{c.compared} values compared, {c.differences} differences")
    return 1 if c.differences else 0


if __name__ == "__main__":
    sys.exit(main())
