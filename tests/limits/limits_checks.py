#!/usr/bin/env python3
"""Pathological input through `entente code`: bounded time, bounded memory, a clear diagnostic.

    limits_checks.py ENTENTE_BINARY CHECK_NAME

Registered by tests/limits/CMakeLists.txt (label `limits`; the big ones also `slow`).  Each
check writes its input into a temporary folder, runs the CLI as a user would, and asserts:
  - it finishes within the check's time budget (the process is killed otherwise);
  - its peak resident memory (ru_maxrss of the child) stays within the memory budget;
  - the exit status and stderr say what happened (a skipped item is named with its file and
    the reason; a repaired one gets a warning), and stdout holds only valid JSONL events.
Budgets are generous multiples of what a 2-core CI machine needs so that the checks catch a
change in complexity (quadratic time, a whole document held many times over), not noise.  Under
AddressSanitizer (ENTENTE_SANITIZED=1 in the environment) time and memory budgets are scaled.

Exit 0 = pass, 1 = fail.
"""
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

SCALE = 4.0 if os.environ.get("ENTENTE_SANITIZED") else 1.0
RSS_SCALE = 3.0 if os.environ.get("ENTENTE_SANITIZED") else 1.0


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def expect(cond, msg):
    if not cond:
        fail(msg)


def run(args, seconds, rss_mb):
    """Runs BIN args; returns (rc, stdout, stderr, wall seconds, peak RSS MB of the child)."""
    seconds *= SCALE
    rss_mb *= RSS_SCALE
    t0 = time.monotonic()
    try:
        p = subprocess.run([BIN] + args, capture_output=True, timeout=seconds)
    except subprocess.TimeoutExpired:
        fail(f"did not finish within {seconds:.0f} s: {args}")
    wall = time.monotonic() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
    out = p.stdout.decode("utf-8", "strict")
    err = p.stderr.decode("utf-8", "replace")
    print(f"  {wall:.1f} s, peak RSS {peak:.0f} MB (budget {seconds:.0f} s, {rss_mb:.0f} MB), exit {p.returncode}")
    expect(peak <= rss_mb, f"peak RSS {peak:.0f} MB over the {rss_mb:.0f} MB budget")
    for line in out.splitlines():
        json.loads(line)  # stdout is JSONL events only
    return p.returncode, out, err, wall, peak


def write(d, name, data):
    path = os.path.join(d, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


WORDS = ("Russia China Ukraine talks signed accused trade the of and a minister said "
         "on Monday Moscow Beijing visited criticized agreement sanctions").split()


def news_words(n, seed):
    rnd = random.Random(seed)
    return " ".join(rnd.choice(WORDS) for _ in range(n))


def check_huge_single_line():
    """A 50 MB document on one line: sentences, no newline.  Read (it is under the 50 MiB item
    limit) and coded in bounded memory, or skipped with a message naming the file."""
    with tempfile.TemporaryDirectory() as d:
        sentence = b"Russia accused Ukraine of violating the agreement signed in Minsk. "
        data = sentence * (50_000_000 // len(sentence))
        path = write(d, "huge.txt", data)
        rc, out, err, wall, peak = run(["code", "-q", "--date", "2019-06-05", path], seconds=900, rss_mb=1000)
        expect(rc in (0, 3), f"exit 0 or 3, got {rc}: {err[-500:]}")
        if rc == 3:
            expect("huge.txt" in err, "a skipped document is named: " + err[-500:])


def check_over_item_limit():
    """An item larger than the 50 MiB limit is skipped unread, with a diagnostic, fast."""
    with tempfile.TemporaryDirectory() as d:
        path = write(d, "toolarge.txt", b"Russia attacked Ukraine. " * (53_000_000 // 25))
        rc, out, err, wall, peak = run(["code", "-q", "--date", "2019-06-05", path], seconds=60, rss_mb=300)
        expect(rc == 3, f"partial success (3), got {rc}: {err}")
        expect("toolarge.txt" in err, "the file is named: " + err)
        expect(out == "", "nothing coded")


def check_huge_jsonl_line():
    """One JSONL line of 60 MB: skipped with file:line, the next line still coded."""
    with tempfile.TemporaryDirectory() as d:
        big = json.dumps({"id": "big", "date": "2019-06-05", "text": "Russia attacked Ukraine. " * 2_400_000})
        small = json.dumps({"id": "small", "date": "2019-06-05", "text": "China criticized Japan."})
        path = write(d, "in.jsonl", (big + "\n" + small + "\n").encode())
        rc, out, err, wall, peak = run(["code", "-q", path], seconds=120, rss_mb=400)
        expect(rc == 3, f"partial success (3), got {rc}: {err}")
        expect("in.jsonl:1" in err, "the long line is named by file and line: " + err)
        docs = {json.loads(l)["doc"] for l in out.splitlines()}
        expect(docs == {"small"}, f"the next line is coded: {docs}")


def check_long_sentence():
    """A sentence of 100,000 words and no punctuation: linear time (cut into pieces)."""
    with tempfile.TemporaryDirectory() as d:
        path = write(d, "long.txt", news_words(100_000, 1).encode())
        rc, out, err, wall, peak = run(["code", "-q", "--date", "2019-06-05", path], seconds=60, rss_mb=400)
        expect(rc == 0, f"exit 0, got {rc}: {err}")


def check_sentence_budget():
    """--max-sentence-tokens sets the per-sentence budget: a run-on sentence is cut into pieces of
    at most that many tokens, each coded on its own; a budget below 8 is a usage error (exit 2)."""
    with tempfile.TemporaryDirectory() as d:
        filler = "the ministers of the region met on Monday and the talks went on for hours and "
        path = write(d, "runon.txt", ("Russia attacked Ukraine " + filler * 3 + "China criticized Japan").encode())
        rc, out, err, _, _ = run(["code", "-q", "--date", "2019-06-05", path], seconds=60, rss_mb=400)
        expect(rc == 0, f"exit 0, got {rc}: {err}")
        whole = [json.loads(l) for l in out.splitlines()]
        rc, out, err, _, _ = run(["code", "-q", "--max-sentence-tokens", "10", "--date", "2019-06-05", path],
                                 seconds=60, rss_mb=400)
        expect(rc == 0, f"exit 0, got {rc}: {err}")
        cut = [json.loads(l) for l in out.splitlines()]
        print(f"  sentences of the events: budget 400 {[e['sent'] for e in whole]}, budget 10 {[e['sent'] for e in cut]}")
        expect(whole and all(e["sent"] == 0 for e in whole), "the default budget keeps one sentence")
        expect(any(e["code"] == "190" and e["sent"] == 0 for e in cut), "the attack is coded from the first piece")
        expect(any(e["source"] == "CHN" and e["sent"] > 0 for e in cut),
               "a budget of 10 cuts the sentence: the criticism is coded from a later piece")
        rc, out, err, _, _ = run(["code", "-q", "--max-sentence-tokens", "4", path], seconds=60, rss_mb=400)
        expect(rc == 2 and "--max-sentence-tokens" in err, f"a budget of 4 is a usage error: {rc} {err}")


def check_many_long_sentences():
    """Time grows linearly with the number of words: 4x the words takes < 8x the time."""
    with tempfile.TemporaryDirectory() as d:
        small = write(d, "small.txt", news_words(50_000, 2).encode())
        large = write(d, "large.txt", news_words(200_000, 3).encode())
        _, _, _, t_small, _ = run(["code", "-q", "-j", "1", "--date", "2019-06-05", small], seconds=120, rss_mb=400)
        _, _, _, t_large, _ = run(["code", "-q", "-j", "1", "--date", "2019-06-05", large], seconds=240, rss_mb=600)
        # Both include start-up (dictionaries, WordNet); subtract the start-up of an empty run.
        empty = write(d, "one.txt", b"Russia attacked Ukraine.")
        _, _, _, t0, _ = run(["code", "-q", "-j", "1", "--date", "2019-06-05", empty], seconds=60, rss_mb=300)
        a, b = max(t_small - t0, 0.05), max(t_large - t0, 0.05)
        print(f"  50k words {a:.2f} s, 200k words {b:.2f} s, ratio {b / a:.1f}")
        expect(b / a < 8, f"4x the words took {b / a:.1f}x the time")


def check_deep_html():
    """100,000 nested elements: skipped with a diagnostic about nesting, not parsed for ever."""
    with tempfile.TemporaryDirectory() as d:
        page = b"<html><body>" + b"<div>" * 100_000 + b"Russia attacked Ukraine." + b"</div>" * 100_000 + b"</body></html>"
        path = write(d, "deep.html", page)
        rc, out, err, wall, peak = run(["code", "-q", "--date", "2019-06-05", path], seconds=60, rss_mb=500)
        expect(rc == 3, f"partial success (3), got {rc}: {err}")
        expect("deep.html" in err and "nest" in err, "the page and the reason are named: " + err)


def check_binary_junk():
    """10 MB of random bytes as text, HTML and JSONL: each skipped as binary or not JSON."""
    rnd = random.Random(5)
    junk = bytes(rnd.getrandbits(8) for _ in range(2_000_000)) * 5
    with tempfile.TemporaryDirectory() as d:
        paths = [write(d, "junk.txt", junk), write(d, "junk.html", junk), write(d, "junk.jsonl", junk)]
        rc, out, err, wall, peak = run(["code", "-q", "--date", "2019-06-05"] + paths, seconds=120, rss_mb=500)
        expect(rc == 3, f"partial success (3), got {rc}: {err[-800:]}")
        expect("junk.txt" in err and "binary" in err, "the text file is skipped as binary: " + err[-800:])
        expect("junk.html" in err, "the page is reported: " + err[-800:])
        expect("junk.jsonl" in err, "the JSONL file is reported: " + err[-800:])
        expect(out == "", "no events from junk")


def check_invalid_utf8():
    """News text with invalid UTF-8 sprinkled in: coded, with a repair warning naming the file."""
    rnd = random.Random(6)
    text = bytearray()
    for i in range(20_000):
        text += b"Russia accused Ukraine of shelling. "
        if i % 7 == 0:
            text += bytes([0x80 + rnd.randrange(0x40), 0xff, 0xc3])
    with tempfile.TemporaryDirectory() as d:
        path = write(d, "bad.txt", bytes(text))
        rc, out, err, wall, peak = run(["code", "-q", "--date", "2019-06-05", path], seconds=120, rss_mb=500)
        expect(rc == 0, f"exit 0, got {rc}: {err[-500:]}")
        expect("bad.txt" in err and "UTF-8" in err, "a repair warning names the file: " + err[-500:])
        evs = [json.loads(l) for l in out.splitlines()]
        expect(any(e["source"] == "RUS" and e["target"] == "UKR" for e in evs), "the text is still coded")


CHECKS = {name[len("check_"):]: fn for name, fn in globals().items() if name.startswith("check_")}

if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[2] not in CHECKS:
        print(__doc__)
        print("checks: " + ", ".join(sorted(CHECKS)))
        sys.exit(2)
    BIN = sys.argv[1]
    CHECKS[sys.argv[2]]()
    print("PASS")
