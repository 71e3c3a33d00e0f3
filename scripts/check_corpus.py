#!/usr/bin/env python3
# Copyright 2026 The entente Authors. Apache-2.0.
"""Validate entente's bundled CAMEO table and demo corpus.

Checks, each failure reported as FILE:LINE: message (exit status 1 if any):

  CAMEO table (data/dictionaries/cameo/cameo_codes.tsv)
    - line 1 is exactly "# entente-dict cameo v1"; other lines are comments ('#'),
      blank, or code<TAB>goldstein<TAB>label rows
    - codes are 2-4 digits with a root 01..20, unique, and sorted as text
    - every 3-digit code's root and every 4-digit code's 3-digit parent exist
    - Goldstein values are numbers in [-10, 10]; a root equals its "x0" code
    - labels are non-empty; all 20 roots are present

  Demo corpus (data/samples/demo_corpus.jsonl)
    - each line is a JSON object with string keys id, date, title, source, text
      (and no others); ids are unique and look like demo-NNNN
    - dates are real YYYY-MM-DD dates from 2014-01-01 to 2021-12-31, non-decreasing
    - title and text are non-empty; text has 2-5 sentences (rough count)

  Corpus index (data/samples/demo_corpus.index.tsv), if present
    - one row per corpus id, same order: id<TAB>dyad<TAB>tone<TAB>constructions

Then prints counts: codes per level, items per year, per dyad (index), per tone,
items using harder constructions, and mention-based dyad co-occurrence.

Usage: scripts/check_corpus.py [--root REPO] [--cameo FILE] [--corpus FILE] [--index FILE]
                               [--cameo-only | --corpus-only]
"""

import argparse
import collections
import datetime
import json
import os
import re
import sys

CAMEO_HEADER = "# entente-dict cameo v1"
INDEX_HEADER = "# entente demo corpus index v1"
CORPUS_KEYS = ("id", "date", "title", "source", "text")
DATE_MIN = datetime.date(2014, 1, 1)
DATE_MAX = datetime.date(2021, 12, 31)
TONES = {"coop", "conflict", "mixed"}
CONSTRUCTIONS = {"reported", "negation", "conditional", "relative", "appositive",
                 "pronoun", "passive"}

# Words that signal a country or bloc in the text, for the mention-based dyad count.
MENTIONS = {
    "CHN": r"\b(China|Chinese|Beijing|Xi Jinping|Li Keqiang|Wang Yi|Huawei|CNPC)\b",
    "RUS": r"\b(Russia|Russian|Russians|Moscow|Kremlin|Putin|Lavrov|Medvedev|Gazprom|Rosneft)\b",
    "USA": r"\b(United States|U\.S\.|American|Americans|Washington|Obama|Trump|Biden|"
           r"Pentagon|White House|Pompeo|Blinken)\b",
    "UKR": r"\b(Ukraine|Ukrainian|Ukrainians|Kiev|Kyiv|Poroshenko|Zelensky)\b",
    "EU": r"\b(European Union|EU|European Commission|European Council)\b",
}
MENTION_RE = {k: re.compile(v) for k, v in MENTIONS.items()}


class Checker:
    def __init__(self):
        self.errors = []

    def error(self, path, line, msg):
        self.errors.append(f"{path}:{line}: {msg}")


def check_cameo(path, ck):
    """Validates the CAMEO table; returns {code: (goldstein, label)}."""
    rows = {}
    order = []
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
    except OSError as e:
        ck.error(path, 0, f"cannot read: {e}")
        return rows
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != CAMEO_HEADER:
        ck.error(path, 1, f"first line must be '{CAMEO_HEADER}'")
    for no, line in enumerate(lines[1:], start=2):
        if line.endswith("\r"):
            ck.error(path, no, "CR line ending")
            line = line[:-1]
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            ck.error(path, no, "want code<TAB>goldstein<TAB>label")
            continue
        code, gold, label = parts
        if not re.fullmatch(r"\d{2,4}", code) or not 1 <= int(code[:2]) <= 20:
            ck.error(path, no, f"'{code}' is not a CAMEO event code")
            continue
        try:
            g = float(gold)
        except ValueError:
            ck.error(path, no, f"bad Goldstein value '{gold}'")
            continue
        if not -10.0 <= g <= 10.0:
            ck.error(path, no, f"Goldstein {g} outside [-10, 10]")
        if not label.strip() or label != label.strip():
            ck.error(path, no, "empty label or stray whitespace")
        if code in rows:
            ck.error(path, no, f"duplicate code '{code}'")
            continue
        if order and code < order[-1][0]:
            ck.error(path, no, f"'{code}' out of order (after '{order[-1][0]}')")
        rows[code] = (g, label)
        order.append((code, no))
    for code, no in order:
        if len(code) == 3 and code[:2] not in rows:
            ck.error(path, no, f"root '{code[:2]}' of '{code}' missing")
        if len(code) == 4 and code[:3] not in rows:
            ck.error(path, no, f"parent '{code[:3]}' of '{code}' missing")
        if len(code) == 2:
            x0 = code + "0"
            if x0 not in rows:
                ck.error(path, no, f"root '{code}' has no '{x0}' code")
            elif rows[x0][0] != rows[code][0]:
                ck.error(path, no, f"root '{code}' Goldstein {rows[code][0]} != '{x0}' {rows[x0][0]}")
    for r in range(1, 21):
        if f"{r:02d}" not in rows:
            ck.error(path, len(lines), f"root '{r:02d}' missing")
    return rows


def count_sentences(text):
    # Rough: sentence-final punctuation followed by space and a capital or quote, not after
    # a common abbreviation or a single initial.
    n = 1
    for m in re.finditer(r"[.!?][\"”]?\s+(?=[A-Z\"“])", text):
        before = text[:m.start() + 1]
        if re.search(r"\b(U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|Gen|Lt|Col|St|Jan|Feb|Aug|Sept|Oct|Nov|Dec|"
                     r"No|[A-Z])\.$", before):
            continue
        n += 1
    return n


def check_corpus(path, ck):
    """Validates the JSONL corpus; returns the list of (line, item)."""
    items = []
    seen = {}
    last_date = None
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
    except OSError as e:
        ck.error(path, 0, f"cannot read: {e}")
        return items
    if lines and lines[-1] == "":
        lines.pop()
    for no, line in enumerate(lines, start=1):
        if not line.strip():
            ck.error(path, no, "blank line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            ck.error(path, no, f"bad JSON: {e}")
            continue
        if not isinstance(obj, dict):
            ck.error(path, no, "not a JSON object")
            continue
        missing = [k for k in CORPUS_KEYS if k not in obj]
        extra = sorted(set(obj) - set(CORPUS_KEYS))
        if missing:
            ck.error(path, no, f"missing keys {missing}")
            continue
        if extra:
            ck.error(path, no, f"unexpected keys {extra}")
        bad = [k for k in CORPUS_KEYS if not isinstance(obj[k], str) or not obj[k].strip()]
        if bad:
            ck.error(path, no, f"empty or non-string {bad}")
            continue
        if not re.fullmatch(r"demo-\d{4}", obj["id"]):
            ck.error(path, no, f"id '{obj['id']}' is not demo-NNNN")
        if obj["id"] in seen:
            ck.error(path, no, f"duplicate id '{obj['id']}' (first on line {seen[obj['id']]})")
        seen.setdefault(obj["id"], no)
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", obj["date"]):
                raise ValueError
            d = datetime.date.fromisoformat(obj["date"])
        except ValueError:
            ck.error(path, no, f"bad date '{obj['date']}' (want YYYY-MM-DD)")
            continue
        if not DATE_MIN <= d <= DATE_MAX:
            ck.error(path, no, f"date {d} outside {DATE_MIN}..{DATE_MAX}")
        if last_date and d < last_date:
            ck.error(path, no, f"date {d} before previous item's {last_date}")
        last_date = d
        n = count_sentences(obj["text"])
        if not 2 <= n <= 5:
            ck.error(path, no, f"text has {n} sentences (want 2-5)")
        if "{" in obj["text"] or "}" in obj["text"]:
            ck.error(path, no, "unfilled template brace in text")
        items.append((no, obj))
    return items


def check_index(path, items, ck):
    """Validates the index against the corpus; returns {id: (dyad, tone, [constructions])}."""
    index = {}
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
    except OSError as e:
        ck.error(path, 0, f"cannot read: {e}")
        return index
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != INDEX_HEADER:
        ck.error(path, 1, f"first line must be '{INDEX_HEADER}'")
    ids = []  # (id, line)
    for no, line in enumerate(lines[1:], start=2):
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4:
            ck.error(path, no, "want id<TAB>dyad<TAB>tone<TAB>constructions")
            continue
        iid, dyad, tone, cons = parts
        if not re.fullmatch(r"[A-Z]{2,4}-[A-Z]{2,4}", dyad):
            ck.error(path, no, f"bad dyad '{dyad}' (want e.g. CHN-RUS)")
        if tone not in TONES:
            ck.error(path, no, f"bad tone '{tone}'")
        cl = [] if cons == "-" else cons.split(",")
        for c in cl:
            if c not in CONSTRUCTIONS:
                ck.error(path, no, f"unknown construction '{c}'")
        if iid in index:
            ck.error(path, no, f"duplicate id '{iid}'")
        index[iid] = (dyad, tone, cl)
        ids.append((iid, no))
    corpus_ids = [obj["id"] for _, obj in items]
    for k, cid in enumerate(corpus_ids):
        if k >= len(ids):
            ck.error(path, len(lines), f"no row for corpus id '{cid}' (and {len(corpus_ids) - k - 1} more)")
            break
        if ids[k][0] != cid:
            ck.error(path, ids[k][1], f"row is '{ids[k][0]}', corpus has '{cid}' here")
            break
    else:
        if len(ids) > len(corpus_ids):
            ck.error(path, ids[len(corpus_ids)][1], f"'{ids[len(corpus_ids)][0]}' is not in the corpus")
    return index


def report_counts(rows, items, index):
    if rows:
        levels = collections.Counter(len(c) for c in rows)
        print(f"cameo: {len(rows)} codes: {levels[2]} roots, {levels[3]} 3-digit, "
              f"{levels[4]} 4-digit; Goldstein {min(g for g, _ in rows.values()):+.1f} .. "
              f"{max(g for g, _ in rows.values()):+.1f}")
    if not items:
        return
    print(f"corpus: {len(items)} items, {items[0][1]['date']} .. {items[-1][1]['date']}, "
          f"{sum(count_sentences(o['text']) for _, o in items)} sentences")
    years = collections.Counter(o["date"][:4] for _, o in items)
    print("  per year: " + ", ".join(f"{y} {n}" for y, n in sorted(years.items())))
    if index:
        dyads = collections.Counter(index[o["id"]][0] for _, o in items if o["id"] in index)
        print("  per dyad (index): " + ", ".join(f"{d} {n}" for d, n in dyads.most_common()))
        tones = collections.Counter(index[o["id"]][1] for _, o in items if o["id"] in index)
        print("  per tone (index): " + ", ".join(f"{t} {n}" for t, n in sorted(tones.items())))
        hard = [o for _, o in items if index.get(o["id"], (0, 0, []))[2]]
        cons = collections.Counter(c for _, o in items for c in index.get(o["id"], (0, 0, []))[2])
        print(f"  harder constructions: {len(hard)} items; " +
              ", ".join(f"{c} {n}" for c, n in cons.most_common()))
        # Tone per dyad and year for the three main dyads: the story the summary should show.
        for dy in ("CHN-RUS", "CHN-USA", "RUS-USA"):
            per = collections.defaultdict(collections.Counter)
            for _, o in items:
                d, t, _ = index.get(o["id"], ("", "", []))
                if d == dy:
                    per[o["date"][:4]][t] += 1
            cells = [f"{y}:{c['coop']}/{c['conflict']}/{c['mixed']}" for y, c in sorted(per.items())]
            print(f"  {dy} coop/conflict/mixed by year: " + " ".join(cells))
    co = collections.Counter()
    for _, o in items:
        text = o["title"] + " " + o["text"]
        found = {k for k, r in MENTION_RE.items() if r.search(text)}
        for a, b in (("CHN", "RUS"), ("CHN", "USA"), ("RUS", "USA"), ("RUS", "UKR"), ("EU", "RUS")):
            if a in found and b in found:
                co[f"{a}+{b}"] += 1
        if "RUS" in found and found & {"USA", "EU", "UKR"}:
            co["RUS+(USA|EU|UKR)"] += 1
    print("  mentions both (title+text): " + ", ".join(f"{k} {n}" for k, n in co.items()))


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    ap.add_argument("--cameo")
    ap.add_argument("--corpus")
    ap.add_argument("--index")
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--cameo-only", action="store_true")
    g.add_argument("--corpus-only", action="store_true")
    a = ap.parse_args(argv)
    root = os.path.normpath(a.root)
    cameo = a.cameo or os.path.join(root, "data/dictionaries/cameo/cameo_codes.tsv")
    corpus = a.corpus or os.path.join(root, "data/samples/demo_corpus.jsonl")
    index_path = a.index or os.path.join(root, "data/samples/demo_corpus.index.tsv")
    ck = Checker()
    rows, items, index = {}, [], {}
    if not a.corpus_only:
        rows = check_cameo(cameo, ck)
    if not a.cameo_only:
        items = check_corpus(corpus, ck)
        if a.index or os.path.exists(index_path):
            index = check_index(index_path, items, ck)
    for e in ck.errors:
        print(e, file=sys.stderr)
    report_counts(rows, items, index)
    if ck.errors:
        print(f"{len(ck.errors)} problem(s)", file=sys.stderr)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
