#!/usr/bin/env python3
"""Golden test: code a JSONL file with the bundled dictionaries and compare the events with a
hand-checked expectation.

    run_golden.py ENTENTE_BINARY INPUT.jsonl EXPECTED.tsv

EXPECTED.tsv: one event per line, `doc<TAB>source<TAB>target<TAB>code<TAB>status`; '#' lines are
comments.  The test fails on any missing or extra event and prints both lists.
"""
import json
import subprocess
import sys


def main():
    binary, inp, expected_path = sys.argv[1:4]
    p = subprocess.run([binary, "code", "-q", inp], capture_output=True, text=True, timeout=300)
    if p.returncode != 0:
        print(f"FAIL: entente code exited {p.returncode}: {p.stderr}")
        return 1
    got = set()
    for line in p.stdout.splitlines():
        e = json.loads(line)
        got.add((e["doc"], e["source"], e["target"], e["code"], e["status"]))
    want = set()
    for line in open(expected_path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        want.add(tuple(line.split("\t")))
    if got == want:
        print(f"ok: {len(got)} events as expected")
        return 0
    for t in sorted(want - got):
        print("missing:", "\t".join(t))
    for t in sorted(got - want):
        print("extra:  ", "\t".join(t))
    return 1


if __name__ == "__main__":
    sys.exit(main())
