#!/usr/bin/env python3
# Copyright 2026 The entente Authors. Apache-2.0.
"""Coverage of the bundled dictionaries on real news, side by side with PETRARCH's.

Turns the news corpora of ../shared/data/news into JSONL documents (in a temporary folder, never
in the repository: the corpora's licences do not allow copying them), codes them with
`entente code` twice -- (a) with the bundled dictionaries, (b) with the PETRARCH production
dictionaries (CAMEO.2.0 verbs, Phoenix actors, agents and discards) through the same engine --
and reports per corpus: documents, sentences, sentences with at least one event (and per 1,000
sentences), events, and the distribution of CAMEO root codes.  Numbers only, no news text.

Corpora and how they are read:
  ag      AG News (ag_news_test.csv), class 1 "World" only; text = title, blank line,
          description.  AG News has no dates: every document is dated 2004-10-01, the middle of
          the stories' span (the World items report events of August 2004 to early 2005: Najaf,
          the US election, Fallujah, Arafat's death, the Ukrainian run-off), so dated roles
          resolve as of that day.
  reuters Reuters-21578 (reuters21578/*.sgm.gz): the <BODY> of each story (stories without a
          body are skipped), hard line breaks joined, paragraphs kept; the date is the story's
          <DATE> field (1987).
  bbc     BBC News politics (bbc_politics/*.txt): first line = title, the rest = text; dated
          2005-01-01 (the corpus covers 2004-2005).
Source credits and datelines at the start of a text ("AP - ", "BEIJING (Reuters) - ",
"KABUL, Afghanistan - ") are removed: they are not part of the article and a capital in a
dateline would otherwise be read as an actor.  Escapes of AG News ("#36;" = "$", "#39;" = "'",
"\\" = line break) are undone, and source credits at the end of AG titles ("(AP)") dropped.  Exact duplicate texts are coded once.

Usage:
  scripts/news_coverage.py [--entente BIN] [--out docs/results/coverage.md]
                           [--sample 200 --seed 20261129 --sample-out docs/results/sample200.tsv]
                           [--review /tmp/review.tsv]

--sample draws a random sample of our country-dyad events (uniform over the events of the three
corpora whose source and target both carry a country, region or IGO code; Python's
random.Random(seed)) and writes/merges docs/results/sample200.tsv: corpus, doc id,
sentence index, source, target, code, verdict, reason.  Verdicts already in that file are kept
for rows that are drawn again.  --review writes the same rows WITH the sentence text to a file
outside the repository, for the person who judges them.
"""
import argparse
import collections
import csv
import glob
import gzip
import html
import json
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
NEWS = os.path.join(SHARED, "data", "news")
PETR = os.path.join(SHARED, "data", "petrarch", "dictionaries")
FIXED_DATE = "2005-01-01"      # BBC politics
AG_DATE = "2004-10-01"
CORPORA = ("ag", "reuters", "bbc")
CORPUS_NAMES = {"ag": "AG News, World", "reuters": "Reuters-21578 (reut2-000, -001)", "bbc": "BBC politics"}
ROOTS = ["%02d" % r for r in range(1, 21)]
ROOT_LABELS = {
    "01": "make public statement", "02": "appeal", "03": "express intent to cooperate", "04": "consult",
    "05": "diplomatic cooperation", "06": "material cooperation", "07": "provide aid", "08": "yield",
    "09": "investigate", "10": "demand", "11": "disapprove", "12": "reject", "13": "threaten",
    "14": "protest", "15": "exhibit force posture", "16": "reduce relations", "17": "coerce",
    "18": "assault", "19": "fight", "20": "unconventional mass violence",
}

# "AP - ", "Canadian Press - VANCOUVER (CP) - ", " BEIJING (Reuters) - ", "KABUL, Afghanistan - ",
# "LONDON, AUGUST 17: ", "CARACAS -- ".
CREDIT_RE = re.compile(r"^\s*(?:AP|AFP|Reuters|Canadian Press|CP|SPACE\.com|washingtonpost\.com|"
                       r"USATODAY\.com|Forbes\.com|NewsFactor|Ziff Davis|PC World|TechWeb|"
                       r"[A-Za-z.]+\.com)\s+-{1,2}\s+")
DATELINE_RE = re.compile(r"^\s*[A-Z][A-Z.'\- ]{1,30}(?:,\s*[A-Z][A-Za-z.'\- ]{1,25})?"
                         r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([A-Za-z. ]{1,20}\))?"
                         r"\s*(?:-{1,2}|:|\u2014)\s+")


def clean_start(text):
    for _ in range(3):
        m = CREDIT_RE.match(text) or DATELINE_RE.match(text)
        if not m:
            break
        text = text[m.end():]
    return text.strip()


def ag_unescape(s):
    s = s.replace("#36;", "$").replace("#39;", "'").replace("#38;", "&").replace("quot;", '"')
    # Other numeric references lost their '&' too: "BAGHDAD #8212; Militants said".
    s = re.sub(r"(?<![&\w])#(\d{2,5});", lambda m: chr(int(m.group(1))), s)
    s = s.replace("\\\\", " ").replace("\\", " ")
    s = html.unescape(s)
    return re.sub(r"[ \t]+", " ", s).strip()


def read_ag(news):
    path = os.path.join(news, "ag_news_test.csv")
    with open(path, encoding="utf-8", errors="replace", newline="") as f:
        for n, row in enumerate(csv.DictReader(f), 1):
            if row["label"] != "1":
                continue
            # Trailing source credits, sometimes cut off: "(AP)", "(Reuters)", "(AFP".
            title = re.sub(r"\s*\((?:AP|AFP|Reuters|Canadian Press|[A-Za-z]+\.com)?\)?\s*$", "", ag_unescape(row["title"]))
            desc = clean_start(ag_unescape(row["description"]))
            yield {"id": "ag-%04d" % n, "date": AG_DATE, "title": title, "text": title + "\n\n" + desc}


def reuters_date(s):
    m = re.match(r"\s*(\d{1,2})-([A-Z]{3})-(\d{4})", s)
    months = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
    if not m or m.group(2) not in months:
        return None
    return "%s-%02d-%02d" % (m.group(3), months.index(m.group(2)) + 1, int(m.group(1)))


def unwrap_reuters(body):
    body = body.replace("&#3;", "").replace("\r", "")
    body = re.sub(r"\s*\bReuter\s*$", "", body.strip())
    paras, cur = [], []
    for line in body.split("\n"):
        if (line.startswith("    ") or not line.strip()) and cur:
            paras.append(" ".join(cur))
            cur = []
        if line.strip():
            cur.append(line.strip())
    if cur:
        paras.append(" ".join(cur))
    return "\n\n".join(html.unescape(p) for p in paras)


def read_reuters(news, skipped):
    for path in sorted(glob.glob(os.path.join(news, "reuters21578", "*.sgm.gz"))):
        with gzip.open(path, "rt", encoding="latin-1") as f:
            data = f.read()
        for story in re.findall(r"<REUTERS(.*?)</REUTERS>", data, flags=re.S):
            newid = re.search(r'NEWID="(\d+)"', story).group(1)
            body = re.search(r"<BODY>(.*?)</BODY>", story, flags=re.S)
            date = re.search(r"<DATE>(.*?)</DATE>", story, flags=re.S)
            if not body:
                skipped["reuters (no body)"] += 1
                continue
            d = reuters_date(date.group(1)) if date else None
            if not d:
                skipped["reuters (no date)"] += 1
                continue
            title = re.search(r"<TITLE>(.*?)</TITLE>", story, flags=re.S)
            yield {"id": "reuters-%s" % newid, "date": d,
                   "title": html.unescape(title.group(1)) if title else "", "text": unwrap_reuters(body.group(1))}


def read_bbc(news):
    for path in sorted(glob.glob(os.path.join(news, "bbc_politics", "*.txt"))):
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = f.read().split("\n")
        title = lines[0].strip()
        text = "\n".join(lines[1:]).strip()
        yield {"id": "bbc-" + os.path.splitext(os.path.basename(path))[0], "date": FIXED_DATE,
               "title": title, "text": text}


def corpus_of(doc_id):
    return doc_id.split("-")[0]


def build_documents(news, out_path):
    skipped = collections.Counter()
    seen = set()
    docs = collections.Counter()
    with open(out_path, "w", encoding="utf-8") as out:
        for gen in (read_ag(news), read_reuters(news, skipped), read_bbc(news)):
            for d in gen:
                if not d["text"].strip():
                    skipped[corpus_of(d["id"]) + " (empty)"] += 1
                    continue
                if d["text"] in seen:
                    skipped[corpus_of(d["id"]) + " (duplicate text)"] += 1
                    continue
                seen.add(d["text"])
                docs[corpus_of(d["id"])] += 1
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
    return docs, skipped


def run_code(binary, docs_path, dict_flags, explain_sentences=False):
    cmd = [binary, "code", "-q", "--input-format", "jsonl"] + dict_flags + [docs_path]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("entente code failed (%d): %s" % (p.returncode, p.stderr[-2000:]))
    return [json.loads(l) for l in p.stdout.splitlines() if l.strip()]


def count_sentences(binary, docs_path, tmp):
    """Sentences per document, from the store `entente ingest` writes (the splitter does not
    depend on the dictionaries)."""
    import sqlite3
    db = os.path.join(tmp, "sentences.db")
    p = subprocess.run([binary, "ingest", "-q", "--db", "sqlite:" + db, docs_path], capture_output=True, text=True)
    if p.returncode not in (0, 3):
        sys.exit("entente ingest failed (%d): %s" % (p.returncode, p.stderr[-2000:]))
    con = sqlite3.connect(db)
    per_doc = dict(con.execute(
        "SELECT d.ext_id, COUNT(*) FROM sentences s JOIN documents d ON d.id = s.doc GROUP BY d.ext_id"))
    ndocs = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    con.close()
    return per_doc, ndocs


def is_dyadic(e):
    """Both sides carry a country, region or IGO code: the event can enter a dyad series.  The
    coder codes actors without a country ("the government", "police") as ---GOV, ---COP ..."""
    return bool(e.get("source")) and bool(e.get("target")) and not e["source"].startswith("---") \
        and not e["target"].startswith("---")


def summarise(events, sentences_per_corpus):
    out = {}
    for c in CORPORA + ("all",):
        evs = [e for e in events if c == "all" or corpus_of(e["doc"]) == c]
        dy = [e for e in evs if is_dyadic(e)]
        n = sum(sentences_per_corpus.values()) if c == "all" else sentences_per_corpus.get(c, 0)
        sents = {(e["doc"], e["sent"]) for e in evs}
        sents_d = {(e["doc"], e["sent"]) for e in dy}
        sents_da = {(e["doc"], e["sent"]) for e in dy if e.get("status") == "asserted"}
        out[c] = {
            "sentences": n,
            "coded": len(sents),
            "coded_dyadic": len(sents_d),
            "coded_dyadic_asserted": len(sents_da),
            "events": len(evs),
            "events_dyadic": len(dy),
            "roots": collections.Counter(e["root"] for e in evs),
            "roots_dyadic": collections.Counter(e["root"] for e in dy),
        }
    return out


def pct(k, n):
    return "%.1f" % (100.0 * k / n) if n else "-"


def per1000(k, n):
    return "%.1f" % (1000.0 * k / n) if n else "-"


def write_report(path, docs, skipped, ours, petr, fingerprints, binary_version, sample_line):
    L = []
    L.append("# Coverage on real news: bundled dictionaries vs PETRARCH's")
    L.append("")
    L.append("Generated by `scripts/news_coverage.py` (numbers only; the news text is not copied). Both")
    L.append("columns are the same engine (`entente code`, all event statuses) on the same documents; only the")
    L.append("dictionaries differ:")
    L.append("")
    L.append("- **ours**: the bundled `data/dictionaries` (fingerprint `%s`);" % fingerprints["ours"])
    L.append("- **PETR**: `--verbs CAMEO.2.0.txt --actors Phoenix.Countries.actors.txt --actors "
             "Phoenix.International.actors.txt --actors Phoenix.MilNonState.actors.txt --agents "
             "Phoenix.agents.txt --discards Phoenix.discards.txt` from ../shared/data/petrarch/dictionaries "
             "(fingerprint `%s`)." % fingerprints["petr"])
    L.append("")
    L.append("Corpora: AG News test set, class 1 (World), title + description, dated %s (AG News has no "
             "dates; its World stories run from August 2004 to early 2005); Reuters-21578 `reut2-000` and "
             "`reut2-001`, story bodies, dated by their `<DATE>` (1987); BBC News politics, first line = "
             "title, dated %s (the corpus is from 2004-05). Source credits and datelines at the start of "
             "a text are removed; exact duplicate texts are coded once." % (AG_DATE, FIXED_DATE))
    if skipped:
        L.append("Skipped: " + ", ".join("%s %d" % (k, v) for k, v in sorted(skipped.items())) + ".")
    L.append("")
    L.append("Two counts of coded sentences: **any event**, and **country dyad**: at least one event whose "
             "source and target both carry a country, region or IGO code. The coder gives actors without a "
             "country (\"the government\", \"police\", \"people\") codes such as `---GOV`; such events "
             "cannot enter a dyad series, and PETRARCH's larger agent list produces many of them.")
    L.append("")
    L.append("## Sentences coded")
    L.append("")
    L.append("| corpus | docs | sentences | any event, ours | any event, PETR | per 1,000, ours | per 1,000, PETR "
             "| country dyad, ours | country dyad, PETR | per 1,000, ours | per 1,000, PETR "
             "| dyad & asserted per 1,000, ours | dyad & asserted per 1,000, PETR |")
    L.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for c in CORPORA + ("all",):
        o, p = ours[c], petr[c]
        n = o["sentences"]
        name = "**all**" if c == "all" else CORPUS_NAMES[c]
        nd = sum(docs.values()) if c == "all" else docs[c]
        L.append("| %s | %d | %d | %d | %d | %s | %s | %d | %d | %s | %s | %s | %s |" % (
            name, nd, n, o["coded"], p["coded"], per1000(o["coded"], n), per1000(p["coded"], n),
            o["coded_dyadic"], p["coded_dyadic"], per1000(o["coded_dyadic"], n), per1000(p["coded_dyadic"], n),
            per1000(o["coded_dyadic_asserted"], n), per1000(p["coded_dyadic_asserted"], n)))
    L.append("")
    L.append("| corpus | events, ours | events, PETR | country-dyad events, ours | country-dyad events, PETR |")
    L.append("|---|---:|---:|---:|---:|")
    for c in CORPORA + ("all",):
        o, p = ours[c], petr[c]
        name = "**all**" if c == "all" else CORPUS_NAMES[c]
        L.append("| %s | %d | %d | %d | %d |" % (name, o["events"], p["events"], o["events_dyadic"], p["events_dyadic"]))
    L.append("")
    L.append("\"asserted\" counts only events whose status is `asserted` (what enters aggregates by default).")
    L.append("")
    L.append("## Root codes, all events (% of each column's events)")
    L.append("")
    head = "| root | |"
    sep = "|---|---|"
    for c in CORPORA + ("all",):
        head += " %s, ours | %s, PETR |" % (c, c)
        sep += "---:|---:|"
    L.append(head)
    L.append(sep)
    for r in ROOTS:
        row = "| %s | %s |" % (r, ROOT_LABELS[r])
        for c in CORPORA + ("all",):
            row += " %s | %s |" % (pct(ours[c]["roots"][r], ours[c]["events"]), pct(petr[c]["roots"][r], petr[c]["events"]))
        L.append(row)
    L.append("")
    L.append("## Root codes, country-dyad events, all corpora (% of each column's events)")
    L.append("")
    L.append("| root | | ours | PETR |")
    L.append("|---|---|---:|---:|")
    for r in ROOTS:
        L.append("| %s | %s | %s | %s |" % (r, ROOT_LABELS[r], pct(ours["all"]["roots_dyadic"][r], ours["all"]["events_dyadic"]),
                                            pct(petr["all"]["roots_dyadic"][r], petr["all"]["events_dyadic"])))
    L.append("")
    if sample_line:
        L.append("## Hand-checked samples")
        L.append("")
        L.append(sample_line)
        L.append("")
    diff = os.path.join(os.path.dirname(path), "coverage_difference.tsv")
    if os.path.exists(diff):
        with open(diff, encoding="utf-8") as f:
            drows = list(csv.DictReader([l for l in f.read().splitlines() if l and not l.startswith("#")],
                                        delimiter="\t"))
        by = collections.defaultdict(lambda: [0, 0])
        for r in drows:
            by[r["side"]][0] += 1
            by[r["side"]][1] += r["verdict"] == "right"
        L.append("## Where the dictionaries disagree")
        L.append("")
        L.append("`docs/results/coverage_difference.tsv`: country-dyad events drawn from the sentences that only one "
                 "dictionary set codes, judged the same way. " + "; ".join(
                     "%s: %d of %d right" % (k, v[1], v[0]) for k, v in sorted(by.items())) +
                 ". Counting coded sentences rewards extra codings whether or not they are right; most of the "
                 "sentences only PETRARCH's dictionaries code are false codings (ordinary words and places read "
                 "as actors and verbs).")
        L.append("")
    L.append("Engine: `%s`. Reproduce: `python3 scripts/news_coverage.py --entente BUILD/entente` "
             "(needs ../shared; `--sample N --seed S --force-sample` draws a new sample)." % binary_version)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


SAMPLE_FIELDS = ["corpus", "doc", "sent", "source", "target", "code", "verdict", "reason"]


def sample_key(r):
    return (r["doc"], str(r["sent"]), r["source"], r["target"], r["code"])


def sample_verdicts(path):
    """(rows, judged, right, header comment lines) of a sample file; zeros if there is none."""
    if not os.path.exists(path):
        return 0, 0, 0, []
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    header = [l for l in lines if l.startswith("#")]
    rows = list(csv.DictReader([l for l in lines if l and not l.startswith("#")], delimiter="\t"))
    judged = [r for r in rows if r.get("verdict") in ("right", "wrong")]
    return len(rows), len(judged), sum(1 for r in judged if r["verdict"] == "right"), header


def write_sample(events, n, seed, path, review_path):
    pool = sorted((e for e in events if is_dyadic(e)), key=lambda e: (e["doc"], e["sent"], e.get("source", ""), e.get("target", ""), e["code"],
                                         e.get("verb_text", "")))
    rng = random.Random(seed)
    picked = rng.sample(pool, min(n, len(pool)))
    picked.sort(key=lambda e: (e["doc"], e["sent"]))
    old = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for r in csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"):
                old[sample_key(r)] = r
    rows = []
    for e in picked:
        r = {"corpus": corpus_of(e["doc"]), "doc": e["doc"], "sent": str(e["sent"]), "source": e.get("source", ""),
             "target": e.get("target", ""), "code": e["code"], "verdict": "", "reason": ""}
        if sample_key(r) in old:
            r["verdict"] = old[sample_key(r)].get("verdict", "")
            r["reason"] = old[sample_key(r)].get("reason", "")
        rows.append((r, e))
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("# Random sample of %d country-dyad events coded with the bundled dictionaries on the news corpora "
                "of docs/results/coverage.md; drawn by scripts/news_coverage.py --sample %d --seed %d.\n" % (len(rows), n, seed))
        f.write("# verdict: right = source country, target country and root code all right; wrong = at least "
                "one is wrong (reason says which). Sentence text is not included (corpus licences).\n")
        w = csv.DictWriter(f, fieldnames=SAMPLE_FIELDS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        for r, _ in rows:
            w.writerow(r)
    if review_path:
        with open(review_path, "w", encoding="utf-8") as f:
            for i, (r, e) in enumerate(rows, 1):
                f.write("%d\t%s\t%s\t%s(%s) -> %s(%s)\t%s %s\t%s\tverb=%s\n\t%s\n" % (
                    i, r["doc"], r["sent"], r["source"], e.get("source_text", ""), r["target"], e.get("target_text", ""),
                    r["code"], e.get("status", ""), r["verdict"] or "?", e.get("verb_text", ""),
                    e.get("sentence", "").replace("\n", " ")))
    judged = [r for r, _ in rows if r["verdict"] in ("right", "wrong")]
    right = sum(1 for r in judged if r["verdict"] == "right")
    return len(rows), len(judged), right


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entente", default=os.path.join(ROOT, "build", "entente"), help="the entente binary")
    ap.add_argument("--news", default=NEWS)
    ap.add_argument("--petrarch", default=PETR)
    ap.add_argument("--out", default=os.path.join(ROOT, "docs", "results", "coverage.md"))
    ap.add_argument("--sample", type=int, default=0, help="draw this many of our events for hand-checking")
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--sample-out", default=os.path.join(ROOT, "docs", "results", "sample200.tsv"))
    ap.add_argument("--review", help="also write the sample with sentence text here (outside the repository)")
    ap.add_argument("--force-sample", action="store_true",
                    help="overwrite a sample file that already holds verdicts (they are kept for rows drawn again)")
    ap.add_argument("--keep", help="keep the documents and events in this folder (outside the repository)")
    args = ap.parse_args()

    if not os.path.isdir(args.news):
        print("skipped: needs ../shared (%s)" % args.news)
        return 77
    tmp_obj = None
    if args.keep:
        tmp = args.keep
        os.makedirs(tmp, exist_ok=True)
    else:
        tmp_obj = tempfile.TemporaryDirectory(prefix="entente_news_")
        tmp = tmp_obj.name
    docs_path = os.path.join(tmp, "news.jsonl")
    docs, skipped = build_documents(args.news, docs_path)
    per_doc, _ = count_sentences(args.entente, docs_path, tmp)
    sentences = collections.Counter()
    for doc, k in per_doc.items():
        sentences[corpus_of(doc)] += k

    p = args.petrarch
    petr_flags = ["--verbs", os.path.join(p, "CAMEO.2.0.txt"),
                  "--actors", os.path.join(p, "Phoenix.Countries.actors.txt"),
                  "--actors", os.path.join(p, "Phoenix.International.actors.txt"),
                  "--actors", os.path.join(p, "Phoenix.MilNonState.actors.txt"),
                  "--agents", os.path.join(p, "Phoenix.agents.txt"),
                  "--discards", os.path.join(p, "Phoenix.discards.txt")]
    ours_ev = run_code(args.entente, docs_path, [])
    petr_ev = run_code(args.entente, docs_path, petr_flags)
    if args.keep:
        for name, evs in (("ours.jsonl", ours_ev), ("petr.jsonl", petr_ev)):
            with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
                for e in evs:
                    f.write(json.dumps(e, ensure_ascii=False) + "\n")

    def fingerprint(flags):
        r = subprocess.run([args.entente, "dict", "check", "--max-problems", "0"] + flags, capture_output=True, text=True)
        m = re.search(r"fingerprint\s+(\S+)", r.stdout)
        return m.group(1) if m else "?"

    fps = {"ours": fingerprint([]), "petr": fingerprint(petr_flags)}
    ver = subprocess.run([args.entente, "--version"], capture_output=True, text=True).stdout.strip() or "entente"
    git = subprocess.run(["git", "-C", ROOT, "describe", "--always", "--dirty"], capture_output=True, text=True)
    if git.returncode == 0 and git.stdout.strip():
        ver += " at " + git.stdout.strip()

    if args.sample:
        if sample_verdicts(args.sample_out)[1] and not args.force_sample:
            sys.exit("%s already holds verdicts; use --force-sample to draw again" % args.sample_out)
        n, judged, right = write_sample(ours_ev, args.sample, args.seed, args.sample_out, args.review)
        print("sample: %d rows, %d judged, %d right" % (n, judged, right))
    # Every hand-checked sample next to the one being written (sample200.tsv, sample200_b.tsv, ...),
    # oldest first: each was drawn from the engine of its day (commit in its header).
    lines = []
    for path in sorted(glob.glob(os.path.join(os.path.dirname(args.sample_out), "sample200*.tsv"))):
        rows, judged, right, header = sample_verdicts(path)
        if not judged:
            continue
        text = " ".join(header)
        seed = re.search(r"--seed (\d+)", text)
        commit = re.search(r"commit (\w+)", text)
        lines.append("| `%s` | %s | %s | %d | **%d** | %.1f%% |" % (
            os.path.relpath(path, ROOT), seed.group(1) if seed else "?", commit.group(1) if commit else "?",
            judged, right, 100.0 * right / judged))
    sample_line = ""
    if lines:
        sample_line = "\n".join(
            ["Country-dyad events of ours drawn at random and judged by reading each sentence: right when source "
             "country, target country and root code are all right. Each sample was drawn from the engine of its "
             "day (the commit in its header); the reasons say whether the coder or a dictionary caused each "
             "error. `scripts/recheck_sample.py --sample FILE` re-codes a sample with a later build.",
             "",
             "| sample | seed | engine | judged | right | share |",
             "|---|---:|---|---:|---:|---:|"] + lines)

    ours = summarise(ours_ev, sentences)
    petr = summarise(petr_ev, sentences)
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    write_report(args.out, docs, skipped, ours, petr, fps, ver, sample_line)
    for c in CORPORA + ("all",):
        print("%-8s sentences %6d  coded ours %5d PETR %5d  dyad ours %5d PETR %5d  events ours %5d PETR %5d" % (
            c, ours[c]["sentences"], ours[c]["coded"], petr[c]["coded"], ours[c]["coded_dyadic"],
            petr[c]["coded_dyadic"], ours[c]["events"], petr[c]["events"]))
    print("wrote " + args.out)
    if tmp_obj:
        tmp_obj.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
