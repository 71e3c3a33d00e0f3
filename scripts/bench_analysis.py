#!/usr/bin/env python3
# Copyright 2026 The entente Authors. Apache-2.0.
"""Benchmark of the analysis commands on a large SQLite store (docs/analysis.md, "Speed").

  scripts/bench_analysis.py ENTENTE_BINARY [--db /tmp/entente-bench.db] [--events 10000000]
                            [--reuse]

Builds (unless --reuse and the file exists) a store with the schema of `entente ingest` and
N synthetic imported events over 2010-2019 between 60 countries (skewed towards the big ones,
so CHN-RUS holds about 1% of them), then times, best of 3 runs:
  entente dyad CHN RUS --by month --from 2010 --to 2019 --format json
  entente dyad CHN RUS --by month --from 2010 --to 2019 --format json --normalise
  entente drivers --target CHN-RUS --candidates USA-CHN,USA-RUS,EU-RUS --by month
  entente triangle USA CHN RUS --by quarter
and prints one line per command with the seconds and the number of dyad events read.
The rows are written with Python's sqlite3 (indexes dropped and rebuilt around the bulk load);
the schema itself comes from entente (an ingest of one tiny document), so the store opens as a
normal one.
"""
import argparse
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time

COUNTRIES = ["USA", "CHN", "RUS", "GBR", "FRA", "DEU", "JPN", "IND", "IRN", "ISR", "PSE", "SYR",
             "UKR", "TUR", "PRK", "KOR", "PAK", "AFG", "IRQ", "SAU", "EGY", "BRA", "MEX", "CAN",
             "AUS", "ITA", "ESP", "POL", "BLR", "KAZ", "VNM", "PHL", "IDN", "MYS", "THA", "NGA",
             "ZAF", "KEN", "ETH", "SDN", "LBY", "YEM", "QAT", "ARE", "JOR", "LBN", "GEO", "ARM",
             "AZE", "SRB", "GRC", "NLD", "BEL", "SWE", "NOR", "FIN", "VEN", "COL", "ARG", "CUB"]
BLOCS = ["IGOEUREEC", "IGOWSTNAT", "IGOUNO"]
# (code, quad, goldstein)
CODES = [("010", 1, 0.0), ("036", 1, 4.0), ("042", 1, 1.9), ("043", 1, 2.8), ("051", 1, 3.4),
         ("057", 1, 8.0), ("061", 2, 6.4), ("071", 2, 7.4), ("112", 3, -2.0), ("130", 3, -4.4),
         ("163", 4, -8.0), ("173", 4, -5.0), ("190", 4, -10.0)]
SUFFIXES = ["", "GOV", "MIL", "BUS", "MED", "OPP"]


def build(binary, db, n):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        f.write('{"id": "bench-0", "date": "2010-01-01", "text": "Russia criticised Ukraine."}\n')
        seed_doc = f.name
    subprocess.run([binary, "ingest", "--db", f"sqlite:{db}", seed_doc], check=True,
                   capture_output=True)
    os.remove(seed_doc)
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    indexes = [r for r in con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name='events' "
        "AND sql IS NOT NULL")]
    for name, _ in indexes:
        con.execute(f'DROP INDEX "{name}"')
    rng = random.Random(20260101)
    actors = COUNTRIES + BLOCS
    weights = [1.0 / (i + 1) ** 0.8 for i in range(len(COUNTRIES))] + [0.05] * len(BLOCS)
    first = 14610  # 2010-01-01 in days since 1970
    days = 3652
    import datetime as dt
    epoch = dt.date(1970, 1, 1)
    dates = [(epoch + dt.timedelta(days=first + d)).isoformat() for d in range(days)]
    chunk = 200000
    t0 = time.time()
    for start in range(0, n, chunk):
        rows = []
        src = rng.choices(actors, weights, k=min(chunk, n - start) * 2)
        for i in range(min(chunk, n - start)):
            a, b = src[2 * i], src[2 * i + 1]
            if a == b:
                b = "USA" if a != "USA" else "CHN"
            code, quad, g = CODES[rng.randrange(len(CODES))]
            rows.append((dates[rng.randrange(days)], a + rng.choice(SUFFIXES),
                         b + rng.choice(SUFFIXES), code, code[:2], quad, g,
                         0 if rng.random() < 0.9 else 2, "bench", str(start + i)))
        con.executemany(
            "INSERT INTO events (date, source, target, code, root, quad, goldstein, status, "
            "dataset, ext_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        con.commit()
        print(f"\r{start + len(rows):,} events ({time.time() - t0:.0f} s)", end="",
              file=sys.stderr)
    print("\nrebuilding indexes", file=sys.stderr)
    for _, sql in indexes:
        con.execute(sql)
    con.execute("ANALYZE")
    con.commit()
    con.close()


def timed(binary, args, runs=3):
    best = None
    for _ in range(runs):
        t0 = time.perf_counter()
        out = subprocess.run([binary] + args, capture_output=True, text=True)
        dt_ = time.perf_counter() - t0
        if out.returncode != 0:
            print(f"FAILED {' '.join(args)}: {out.stderr.strip()}", file=sys.stderr)
            return None
        best = dt_ if best is None else min(best, dt_)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--db", default="/tmp/entente-bench.db")
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--reuse", action="store_true")
    args = ap.parse_args()
    if not (args.reuse and os.path.exists(args.db)):
        build(args.binary, args.db, args.events)
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    total = con.execute("SELECT count(*) FROM events").fetchone()[0]
    pair = con.execute(
        "SELECT count(*) FROM events WHERE status = 0 AND ((source >= 'CHN' AND source < 'CHO' "
        "AND target >= 'RUS' AND target < 'RUT') OR (source >= 'RUS' AND source < 'RUT' AND "
        "target >= 'CHN' AND target < 'CHO'))").fetchone()[0]
    con.close()
    url = f"sqlite:{args.db}"
    print(f"store: {total:,} events; CHN-RUS asserted: {pair:,}")
    cases = [
        ("dyad, 10 years by month", ["dyad", "CHN", "RUS", "--by", "month", "--from", "2010",
                                     "--to", "2019", "--format", "json", "--db", url]),
        ("dyad --normalise", ["dyad", "CHN", "RUS", "--by", "month", "--from", "2010", "--to",
                              "2019", "--format", "json", "--normalise", "--db", url]),
        ("drivers, 4 dyads, 500 bootstrap", ["drivers", "--target", "CHN-RUS", "--candidates",
                                             "USA-CHN,USA-RUS,EU-RUS", "--by", "month", "--db",
                                             url]),
        ("triangle USA CHN RUS by quarter", ["triangle", "USA", "CHN", "RUS", "--db", url]),
    ]
    for name, a in cases:
        t = timed(args.binary, a)
        print(f"{name:36s} {t:7.3f} s" if t is not None else f"{name:36s}  failed")


if __name__ == "__main__":
    main()
