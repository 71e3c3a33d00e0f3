#!/usr/bin/env python3
# Copyright 2026 The entente Authors. Apache-2.0.
"""Independent check of `entente dyad` / `entente triangle` on an ICEWS file (issue 6).

    scripts/check_icews_dyads.py ENTENTE_BINARY [ICEWS_TAB]

Reads the ICEWS tab-separated file with Python's csv module alone (no entente code), keeps the
events whose Source Country and Target Country are the pair's countries, and computes per month
the event count, the sum and the mean of Intensity (ICEWS's Goldstein-scale value).  Then imports
the same file into a temporary SQLite store with `entente import icews`, runs
`entente dyad A>B --by month --measure goldstein-mean --format csv` and the undirected triangle
sides, and compares: counts exactly, sums and means to 1e-9.  Prints both and exits 1 on a
difference.  Default file: ../shared/data/events/icews/icews_events.2018.sample.tab.
"""
import csv
import io
import os
import subprocess
import sys
import tempfile
from collections import defaultdict

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
DEFAULT = os.path.join(ROOT, "..", "shared", "data", "events", "icews", "icews_events.2018.sample.tab")
# ICEWS country names of the actors checked, and their ISO codes.
COUNTRIES = {"CHN": "China", "RUS": "Russian Federation", "USA": "United States"}


def reference(path):
    """(source ISO, target ISO, month) -> [count, intensity sum], from the raw file."""
    name_to_iso = {v: k for k, v in COUNTRIES.items()}
    out = defaultdict(lambda: [0, 0.0])
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            s, t = name_to_iso.get(row["Source Country"]), name_to_iso.get(row["Target Country"])
            if not s or not t or s == t:
                continue
            cell = out[(s, t, row["Event Date"][:7])]
            cell[0] += 1
            cell[1] += float(row["Intensity"])
    return out


def entente_dyad(binary, db, dyad):
    p = subprocess.run([binary, "dyad", dyad, "--db", db, "--by", "month", "--measure", "goldstein-mean",
                        "--format", "csv"], capture_output=True, text=True, check=True)
    return {r["period"]: (int(r["events"]), float(r["goldstein_sum"])) for r in csv.DictReader(io.StringIO(p.stdout))}


def main():
    binary = sys.argv[1]
    path = sys.argv[2] if len(sys.argv) > 2 else DEFAULT
    if not os.path.exists(path):
        print("skipped: %s is absent" % path)
        return 77
    ref = reference(path)
    bad = 0
    with tempfile.TemporaryDirectory() as d:
        db = "sqlite:" + os.path.join(d, "icews.db")
        subprocess.run([binary, "import", "icews", "--db", db, path], check=True, capture_output=True)
        pairs = [("CHN", "RUS", True), ("USA", "CHN", True), ("RUS", "USA", True),
                 ("USA", "CHN", False), ("CHN", "RUS", False), ("RUS", "USA", False)]
        for a, b, directed in pairs:
            got = entente_dyad(binary, db, ("%s>%s" if directed else "%s-%s") % (a, b))
            for month, (n, total) in sorted(got.items()):
                cells = [ref[(a, b, month)]] + ([] if directed else [ref[(b, a, month)]])
                rn = sum(c[0] for c in cells)
                rs = sum(c[1] for c in cells)
                ok = rn == n and abs(rs - total) < 1e-9
                bad += not ok
                print("%-8s %s  entente: %4d events, mean %+.4f   reference: %4d events, mean %+.4f  %s" % (
                    ("%s>%s" if directed else "%s-%s") % (a, b), month, n, total / n if n else 0,
                    rn, rs / rn if rn else 0, "ok" if ok else "DIFFERENT"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
