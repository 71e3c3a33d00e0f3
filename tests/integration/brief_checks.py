#!/usr/bin/env python3
"""End-to-end check of `entente brief`, run by ctest (tests/CMakeLists.txt).

    brief_checks.py ENTENTE_BINARY CHECK_NAME [SCREENSHOT_DIR]

Checks:
  brief_demo     ingest the demo corpus, write the brief for CHN RUS --third USA, assert its
                 sections, that it references nothing outside itself (no http(s) in src/href, no
                 scripts) and that its size is sane; refusals (same actor twice, missing store,
                 --pdf without Chromium) are clear.
  brief_browser  the same brief rendered by headless Chromium: a screenshot
                 (SCREENSHOT_DIR/brief.png) and `--pdf`; both must exist and be non-trivial.
                 Exit 77 (skipped) when /usr/bin/chromium is missing.
Exit 0 = pass, 1 = fail, 77 = skipped.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CORPUS = os.path.join(ROOT, "data", "samples", "demo_corpus.jsonl")
CHROMIUM = "/usr/bin/chromium"
SKIP = 77


def run(args, timeout=240):
    p = subprocess.run([BIN] + args, capture_output=True, text=True, timeout=timeout)
    return p.returncode, p.stdout, p.stderr


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def expect(cond, msg):
    if not cond:
        fail(msg)


def make_brief(d, extra=()):
    db = "sqlite:" + os.path.join(d, "demo.db")
    rc, _, err = run(["ingest", "-q", "--db", db, CORPUS])
    expect(rc == 0, f"ingest: {rc} {err}")
    html = os.path.join(d, "brief.html")
    rc, _, err = run(["brief", "CHN", "RUS", "--third", "USA", "--db", db, "-o", html,
                      "--replications", "200"] + list(extra))
    return db, html, rc, err


def check_brief_demo():
    with tempfile.TemporaryDirectory() as d:
        db, html, rc, err = make_brief(d)
        expect(rc == 0, f"brief: {rc} {err}")
        text = open(html, encoding="utf-8").read()
        size = len(text.encode("utf-8"))
        expect(20_000 < size < 2_000_000, f"brief size {size} bytes is not sane")
        for sid in ["headline", "relation", "triangle", "drivers", "caveats", "events",
                    "provenance"]:
            expect(f'<section id="{sid}"' in text, f"section {sid} is missing")
        expect(text.startswith("<!DOCTYPE html>"), "an HTML5 document")
        expect(re.search(r"<script", text, re.I) is None, "no scripts")
        bad = re.findall(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", text, re.I)
        expect(not bad, f"no external src/href: {bad}")
        expect("<link" not in text and "@import" not in text, "no external stylesheets")
        expect(text.count("<svg") >= 5, f"five charts (relation x2, triangle x2, IRF): {text.count('<svg')}")
        expect(re.search(r"\b(nan|inf)\b", text, re.I) is None, "no NaN or inf printed")
        # The headline is about the data: the relation's trend and the drivers' verdict.
        head = re.search(r'<section id="headline".*?</section>', text, re.S).group(0)
        expect("CHN\u2013RUS relations" in head, "the headline names the relation: " + head)
        expect("Granger" in head or "could not be tested" in head,
               "the headline gives the drivers' verdict: " + head)
        # Key events carry their sentence and document.
        n_events = text.count('<div class="event">')
        expect(1 <= n_events <= 12, f"1 to 12 key events, got {n_events}")
        expect("<blockquote>" in text and "Document demo-" in text, "events quote their sentence")
        expect("dictionary fingerprint" in text, "provenance names the dictionary fingerprint")
        # Refusals are clear.
        rc, _, err = run(["brief", "CHN", "chn", "--db", db, "-o", os.path.join(d, "x.html")])
        expect(rc == 2 and "same" in err, f"the same actor twice is a usage error: {rc} {err}")
        rc, _, err = run(["brief", "CHN", "RUS", "--db", "sqlite:" + os.path.join(d, "none.db"),
                          "-o", os.path.join(d, "x.html")])
        expect(rc != 0 and "none.db" in err, f"a missing store is named: {rc} {err}")
        rc, _, err = run(["brief", "CHN", "RUS", "--db", db, "-o", os.path.join(d, "x.html"),
                          "--pdf", os.path.join(d, "x.pdf"), "--chromium", "/nonexistent/chromium"])
        expect(rc == 2 and "chromium" in err.lower(), f"--pdf without Chromium is explained: {rc} {err}")
        rc, out, _ = run(["brief", "--help"])
        expect(rc == 0 and "Example" in out and "--third" in out, "--help teaches with an example")


def check_brief_browser():
    if not os.path.exists(CHROMIUM):
        print(f"skipped: {CHROMIUM} is not installed (Debian: apt install chromium)")
        sys.exit(SKIP)
    out_dir = sys.argv[3] if len(sys.argv) > 3 else tempfile.mkdtemp()
    os.makedirs(out_dir, exist_ok=True)
    with tempfile.TemporaryDirectory() as d:
        pdf = os.path.join(d, "brief.pdf")
        _, html, rc, err = make_brief(d, ["--pdf", pdf])
        expect(rc == 0, f"brief --pdf: {rc} {err}")
        expect(os.path.getsize(pdf) > 20_000, f"the PDF is non-trivial: {os.path.getsize(pdf)} bytes")
        with open(pdf, "rb") as f:
            expect(f.read(5) == b"%PDF-", "a PDF file")
        png = os.path.join(out_dir, "brief.png")
        if os.path.exists(png):
            os.remove(png)
        p = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                            "--hide-scrollbars", f"--screenshot={png}", "--window-size=1200,3000",
                            "file://" + os.path.abspath(html)],
                           capture_output=True, text=True, timeout=120)
        expect(os.path.exists(png) and os.path.getsize(png) > 50_000,
               f"screenshot written: {p.returncode} {p.stderr[-1000:]}")
        with open(png, "rb") as f:
            expect(f.read(8) == b"\x89PNG\r\n\x1a\n", "a PNG file")
        shutil.copy(pdf, os.path.join(out_dir, "brief.pdf"))
        print(f"screenshot: {png}")


if __name__ == "__main__":
    BIN = sys.argv[1]
    globals()["check_" + sys.argv[2]]()
    print("ok")
