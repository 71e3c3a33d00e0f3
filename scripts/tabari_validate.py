#!/usr/bin/env python3
# Copyright 2026 The entente Authors. Apache-2.0.
"""Convert TABARI's validation suite to JSONL gold records and score entente against it.

TABARI (Schrodt's 2000-2014 event coder) ships a functional test suite: the project file
Validate.project names the dictionaries, Validate.text holds ~480 records, each with the events
TABARI must code written in a comment, e.g. `{ ARN / GON / 064 }`.  This script reads that
suite at run time from ../shared/data/tabari (it is never copied into the repository) and
produces records shaped like ../shared/data/petrarch/records/PETR.UnitTest.records.jsonl, so the
unit-test scoring rule applies unchanged.  Record format, gold rules and dictionary choice:
docs/tabari-validation.md.

Subcommands:

  convert [Validate.text] > tabari.jsonl
      One JSON object per record: id, orig_id, date (YYYY-MM-DD or null), tabari_date, text,
      expected [{source, target, code}], no_event, marker, category, skip_reason, notes,
      tabari_options, config, line.  Counts go to stderr.

  score tabari.jsonl predictions.jsonl [-v]
      A record is exact when the set of (source, target, code) of its asserted predicted events
      equals its gold set (empty for no-event records); root compares codes cut to two digits.
      Records with a skip_reason are left out.  Prints per-category counts, per-kind counts and
      the summary line `tabari: exact=0.xxx root=0.xxx n=N` last.

  run --entente PATH [--data DIR] [--pred-out FILE] [-v]
      Converts to a temporary file (scorable records only), runs
        PATH code --input-format jsonl --verbs DIR/TABARI.Demo.verbs
             --actors DIR/TABARI.Demo.actors --agents DIR/Validate.agents FILE
      and scores its stdout.  If entente exits non-zero its stderr is shown and this script
      exits with the same status.

  selftest
      Checks the parser on a small hand-written suite and the scorer on hand-made gold and
      prediction files; exits non-zero on the first failed assertion.

Standard library only.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, OrderedDict

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA_DIR = os.path.normpath(os.path.join(SCRIPT_DIR, "..", "..", "shared", "data", "tabari"))

# The dictionaries named by Validate.project (<verbsfile>, <actorsfile>, <agentsfile>).  The
# project names no discard file: TABARI marks discards inside the dictionaries with [###].
VERBS_FILE = "TABARI.Demo.verbs"
ACTORS_FILE = "TABARI.Demo.actors"
AGENTS_FILE = "Validate.agents"

# The record that closes the standard part of the suite; by its account the later records need
# other option settings or crashed TABARI, so they are converted but not scored.
FINAL_RECORD_ID = "FINAL-01"

MARKERS = {
    "---": "no event",
    "###": "discard",
    "+++": "complex",
}

# Settings the suite changes with OPTION records, and the value in force when the suite starts
# (Validate.options plus TABARI's built-in defaults).  Only differences are listed per record.
OPTION_DEFAULTS = {
    "SET: TIME SHIFT": "FALSE",
    "SET: CONVERT AGENT": "FALSE",
    "SET: YYYY": "FALSE",
    "SET: CODE": "BY CLAUSE",
    "SET: MINIMUM WORDS": "8",
    "DEFAULT": "OFF",
    "COMPLEX": "VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN",
    "FORWARD": "OFF",
    "COMMA": "MIN = 2 MAX = 10 EMIN = 2 EMAX = 10 BMIN = 255 BMAX = 0",
}
# OUTPUT: only changes the layout of TABARI's event file, not what is coded.
IGNORED_OPTIONS = {"OUTPUT"}


# ----------------------------------------------------------------------------------------------
# Parsing Validate.text


def _norm_space(s):
    return re.sub(r"\s+", " ", s).strip()


def _two_digit_year(yy):
    """TABARI's YYMMDD dates: 00-29 are read as 20xx, 30-99 as 19xx (see docs)."""
    return 2000 + yy if yy < 30 else 1900 + yy


def parse_date(s, four_digit_year):
    """TABARI's date check (ProcessorClass::validateDate): returns (iso, error)."""
    n = 8 if four_digit_year else 6
    raw = s[:n]
    if len(raw) < n or not raw.isdigit():
        return None, "date field %r is not %d digits" % (raw, n)
    if four_digit_year:
        year, month, day = int(raw[:4]), int(raw[4:6]), int(raw[6:8])
        if not 1850 <= year <= 2030:
            return None, "year %d out of range 1850-2030" % year
    else:
        year, month, day = _two_digit_year(int(raw[:2])), int(raw[2:4]), int(raw[4:6])
    if not 1 <= month <= 12:
        return None, "month %d out of range" % month
    if not 1 <= day <= 31:
        return None, "day %d out of range" % day
    return "%04d-%02d-%02d" % (year, month, day), None


def _option_key_value(cmd):
    """Splits an OPTION command into (setting, value), e.g. 'SET: CODE BY SENTENCE'."""
    cmd = _norm_space(cmd)
    m = re.match(r"^(SET)\s*:\s*(.*)$", cmd, re.I)
    if m:
        body = m.group(2)
        if "=" in body:
            name, value = body.split("=", 1)
            return "SET: " + _norm_space(name).upper(), _norm_space(value).upper()
        m2 = re.match(r"^CODE\s+(.*)$", body, re.I)
        if m2:
            return "SET: CODE", _norm_space(m2.group(1)).upper()
        return "SET: " + body.upper(), "TRUE"
    m = re.match(r"^([A-Z]+)\s*:\s*(.*)$", cmd, re.I)
    if m:
        key, value = m.group(1).upper(), _norm_space(m.group(2)).upper()
        if key == "FORWARD" and re.search(r"\bOFF\b", value):
            value = "OFF"
        return key, value
    return cmd.upper(), ""


def _comma_config(value):
    """Maps TABARI's COMMA: setting to the comma_* keys of entente's per-document config."""
    if value == "OFF":
        return {k: 0 for k in ("comma_min", "comma_max", "comma_bmin", "comma_bmax",
                               "comma_emin", "comma_emax")}
    nums = dict((k.lower(), int(v)) for k, v in re.findall(r"\b(MIN|MAX|EMIN|EMAX|BMIN|BMAX)\s*=\s*(\d+)", value))
    return {"comma_" + k: nums[k] for k in ("min", "max", "bmin", "bmax", "emin", "emax") if k in nums}


_BLOCK_RE = re.compile(r"(-?)\{([^{}]*)\}")
_OPTION_RE = re.compile(r"OPTION:\s*([^}]*)")


def parse_blocks(comment):
    """Finds the verification blocks in the text that follows the first '/*' of a record."""
    blocks = []
    for m in _BLOCK_RE.finditer(comment):
        content = _norm_space(m.group(2))
        skip = m.group(1) == "-"
        if not content:
            continue  # e.g. a literal "{}" inside the explanatory prose
        if "OPTION:" in content:
            continue  # handled by parse_options
        if content in MARKERS:
            blocks.append({"kind": "marker", "value": content, "skip": skip})
            continue
        parts = [p.strip() for p in content.split("/")]
        if len(parts) == 3 and all(parts) and " " not in "".join(parts):
            blocks.append({"kind": "event", "value": tuple(parts), "skip": skip})
        else:
            blocks.append({"kind": "unknown", "value": content, "skip": skip})
    return blocks


def parse_options(comment):
    out = []
    for m in _OPTION_RE.finditer(comment):
        cmd = m.group(1)
        cmd = cmd.split("*/")[0]  # an unterminated block runs into the comment's end
        cmd = _norm_space(cmd)
        if cmd:
            out.append(cmd)
    return out


def strip_comments(raw):
    """The text TABARI codes: the record minus its /* ... */ comments.

    An unclosed comment runs to the end of the record.  What is left after a closing '*/' is
    kept as text unless it is verification debris (a stray '*/' or '{...}' block, as in records
    whose gold list continues after the comment was closed)."""
    pieces = []
    pos = 0
    while True:
        start = raw.find("/*", pos)
        if start < 0:
            pieces.append(raw[pos:])
            break
        pieces.append(raw[pos:start])
        end = raw.find("*/", start + 2)
        if end < 0:
            break
        pos = end + 2
    kept = []
    for k, piece in enumerate(pieces):
        piece = _BLOCK_RE.sub(" ", piece).replace("*/", " ").replace("\\n", " ")
        if k == 0 or re.search(r"[A-Za-z0-9]", piece):  # drop a lone ':' left after a comment
            kept.append(piece)
    return _norm_space(" ".join(kept))


def convert_lines(lines, source_name="Validate.text"):
    """Parses the lines of a TABARI text file into record dicts (see module doc)."""
    records = []
    seen_ids = Counter()
    options = dict(OPTION_DEFAULTS)
    category = ""
    in_banner = False
    banner_title = None
    after_final = False
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if not line or not line[0].isdigit():
            # Between records TABARI skips every line that does not start with a digit; the
            # suite uses '#' banners there to group records into sections.
            if re.match(r"^#{10,}\s*$", line):
                if in_banner and banner_title:
                    category = banner_title
                in_banner = not in_banner
                banner_title = None
            elif in_banner and line.startswith("#") and banner_title is None:
                t = line.strip("#").strip()
                if t:
                    banner_title = t.rstrip(":").strip()
            i += 1
            continue

        header, header_line = line, i + 1
        i += 1
        body = []
        while i < n and lines[i] != "":
            body.append(lines[i])
            i += 1

        four = options.get("SET: YYYY") == "TRUE"
        date, date_err = parse_date(header, four)
        orig_id = _norm_space(header[8 if four else 6:])
        seen_ids[orig_id] += 1
        rid = orig_id if seen_ids[orig_id] == 1 else "%s#%d" % (orig_id, seen_ids[orig_id])

        raw = " ".join(body)
        cstart = raw.find("/*")
        comment = raw[cstart + 2:] if cstart >= 0 else ""
        blocks = parse_blocks(comment)
        opts = parse_options(comment) if cstart >= 0 else []
        text = strip_comments(raw)

        skip, notes = [], []
        expected, no_event, marker = [], False, None
        if opts:
            skip.append("option record: " + " | ".join(opts))
        elif cstart < 0 or not blocks:
            skip.append("no gold: no {...} verification block")
        else:
            first_skip = next((k for k, b in enumerate(blocks) if b["skip"]), None)
            checked = blocks if first_skip is None else blocks[:first_skip]
            markers = [b for b in checked if b["kind"] == "marker"]
            events = [b["value"] for b in checked if b["kind"] == "event"]
            for b in checked:
                if b["kind"] == "unknown":
                    notes.append("unreadable block {%s} ignored" % b["value"])
            if first_skip == 0:
                skip.append("gold disabled: the first block is marked '-{' (check skipped)")
            elif markers:
                marker = markers[0]["value"]
                no_event = True
                if events:
                    notes.append("also lists %d event(s), which TABARI can never match once a "
                                 "%s block is present" % (len(events), marker))
            elif first_skip is not None:
                skip.append("partial gold: '-{' after %d event(s); further events unchecked"
                            % len(events))
            if not no_event:
                uniq = list(OrderedDict.fromkeys(events))
                if len(uniq) != len(events):
                    notes.append("gold lists %d duplicate event(s)" % (len(events) - len(uniq)))
                expected = [{"source": s, "target": t, "code": c} for s, t, c in uniq]
                if not expected and not skip:
                    skip.append("no gold: no readable event or marker")
        if date_err:
            skip.append("invalid date: %s (TABARI skips the record)" % date_err)
        if after_final:
            skip.append("after %s: outside the standard validation records" % FINAL_RECORD_ID)
        if not text and not skip:
            skip.append("no text")

        active = OrderedDict((k, v) for k, v in options.items()
                             if v != OPTION_DEFAULTS.get(k) and k not in IGNORED_OPTIONS)
        records.append(OrderedDict([
            ("id", rid),
            ("orig_id", orig_id),
            ("suite", "TABARI.Validate"),
            ("date", date),
            ("tabari_date", header[:8 if four else 6]),
            ("text", text),
            ("expected", expected),
            ("no_event", no_event),
            ("marker", marker),
            ("category", category),
            ("skip_reason", "; ".join(skip) if skip else None),
            ("notes", " | ".join(notes)),
            ("tabari_options", active),
            ("config", _comma_config(options["COMMA"])),
            ("source", "%s:%d" % (source_name, header_line)),
        ]))

        # OPTION records change the settings for the records that follow (TABARI applies them
        # in checkEvents, after coding the record itself).
        for cmd in opts:
            key, value = _option_key_value(cmd)
            options[key] = value
        if orig_id == FINAL_RECORD_ID:
            after_final = True
    return records


def read_text_file(path):
    with open(path, encoding="latin-1") as f:
        return [l.rstrip("\r\n") for l in f]


def summarize(records):
    """Counts for stderr: returns a list of lines."""
    out = []
    total = len(records)
    scorable = [r for r in records if not r["skip_reason"]]
    with_gold = [r for r in records if r["expected"] or r["no_event"]]
    out.append("records: %d" % total)
    out.append("records with gold (events or a no-event marker): %d" % len(with_gold))
    out.append("scorable: %d (%d expecting events, %d expecting none; %d expected events)" % (
        len(scorable), sum(1 for r in scorable if r["expected"]),
        sum(1 for r in scorable if not r["expected"]),
        sum(len(r["expected"]) for r in scorable)))
    kinds = Counter(MARKERS[r["marker"]] + " " + r["marker"] for r in scorable if r["no_event"])
    for k, v in sorted(kinds.items()):
        out.append("  scorable no-event, %s: %d" % (k, v))
    skipped = [r for r in records if r["skip_reason"]]
    out.append("skipped: %d" % len(skipped))
    reasons = Counter()
    for r in skipped:
        # group by the first reason's kind (text before its first ':')
        reasons[r["skip_reason"].split(";")[0].split(":")[0]] += 1
    for k, v in reasons.most_common():
        out.append("  %s: %d" % (k, v))
    dup = sum(1 for r in records if r["id"] != r["orig_id"])
    if dup:
        out.append("duplicate ids renamed with #N: %d" % dup)
    noted = sum(1 for r in records if r["notes"])
    if noted:
        out.append("records with notes: %d" % noted)
    cats = Counter(r["category"] for r in scorable)
    out.append("scorable per category: " + ", ".join("%s=%d" % (c or "-", k) for c, k in cats.items()))
    return out


def cmd_convert(args):
    path = args.text or os.path.join(DEFAULT_DATA_DIR, "Validate.text")
    if not os.path.exists(path):
        sys.exit("tabari_validate: %s not found (needs ../shared/data/tabari)" % path)
    records = convert_lines(read_text_file(path), os.path.basename(path))
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.output:
        out.close()
    for line in summarize(records):
        print(line, file=sys.stderr)
    return 0


# ----------------------------------------------------------------------------------------------
# Scoring (same rule as ../shared/tools/score_unittest.py)


def root(code):
    m = re.match(r"^(\d{2})", code)
    return m.group(1) if m else code


def load_predictions(path):
    pred = {}
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8")
    for n, line in enumerate(stream, 1):
        line = line.strip()
        if not line:
            continue
        try:
            e = json.loads(line)
        except json.JSONDecodeError as err:
            raise SystemExit("%s:%d: not JSON (%s)" % (path, n, err))
        if "doc" not in e or "code" not in e:
            raise SystemExit("%s:%d: event without doc or code" % (path, n))
        if e.get("status", "asserted") != "asserted":
            continue
        pred.setdefault(str(e["doc"]), set()).add(
            (e.get("source") or "", e.get("target") or "", str(e["code"])))
    if stream is not sys.stdin:
        stream.close()
    return pred


def load_gold(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def score(gold, pred):
    """Returns a dict of counts; gold is a list of records, pred maps doc id to triple sets."""
    res = {"n": 0, "exact": 0, "root": 0, "tp": 0, "ngold": 0, "npred": 0,
           "cats": OrderedDict(), "kinds": OrderedDict(), "misses": [], "unknown_docs": 0}
    ids = set()
    for g in gold:
        ids.add(g["id"])
        if g.get("skip_reason"):
            continue
        G = {(e["source"], e["target"], e["code"]) for e in g["expected"]}
        P = pred.get(g["id"], set())
        ok = G == P
        res["n"] += 1
        res["exact"] += ok
        res["root"] += {(a, b, root(c)) for a, b, c in G} == {(a, b, root(c)) for a, b, c in P}
        res["tp"] += len(G & P)
        res["ngold"] += len(G)
        res["npred"] += len(P)
        for table, key in ((res["cats"], g.get("category") or ""),
                           (res["kinds"], "no event %s" % g["marker"] if g.get("no_event") and g.get("marker")
                            else ("no event" if not G else "events"))):
            c = table.setdefault(key, [0, 0])
            c[0] += 1
            c[1] += ok
        if not ok:
            res["misses"].append((g["id"], sorted(G), sorted(P), g["text"]))
    res["unknown_docs"] = sum(1 for d in pred if d not in ids)
    return res


def format_score(res, verbose=False):
    lines = []
    if verbose:
        for rid, G, P, text in res["misses"]:
            lines.append("MISS %s\n  text: %s\n  gold: %s\n  got:  %s" % (rid, text, G, P))
    width = max([10] + [len(c) for c in res["cats"]])
    for cat, (total, good) in res["cats"].items():
        lines.append("%-*s %4d/%-4d" % (width, cat or "-", good, total))
    for kind, (total, good) in sorted(res["kinds"].items(), key=lambda kv: (kv[0] != "events", kv[0])):
        lines.append("kind %-*s %4d/%-4d" % (width - 5, kind, good, total))
    prec = res["tp"] / res["npred"] if res["npred"] else 0.0
    rec = res["tp"] / res["ngold"] if res["ngold"] else 0.0
    lines.append("triples: precision=%.3f recall=%.3f" % (prec, rec))
    n = res["n"]
    lines.append("tabari: exact=%.3f root=%.3f n=%d" % (
        res["exact"] / n if n else 0.0, res["root"] / n if n else 0.0, n))
    return lines


def cmd_score(args):
    gold = load_gold(args.gold)
    pred = load_predictions(args.predictions)
    res = score(gold, pred)
    if res["unknown_docs"]:
        print("tabari_validate: %d predicted doc id(s) match no gold record" % res["unknown_docs"],
              file=sys.stderr)
    print("\n".join(format_score(res, args.verbose)))
    return 0


# ----------------------------------------------------------------------------------------------
# Running entente


def entente_command(binary, data_dir, input_path):
    return [binary, "code", "--input-format", "jsonl",
            "--verbs", os.path.join(data_dir, VERBS_FILE),
            "--actors", os.path.join(data_dir, ACTORS_FILE),
            "--agents", os.path.join(data_dir, AGENTS_FILE),
            input_path]


def cmd_run(args):
    data_dir = args.data or DEFAULT_DATA_DIR
    text_path = os.path.join(data_dir, "Validate.text")
    for f in (text_path, os.path.join(data_dir, VERBS_FILE), os.path.join(data_dir, ACTORS_FILE),
              os.path.join(data_dir, AGENTS_FILE)):
        if not os.path.exists(f):
            sys.exit("tabari_validate: %s not found (needs ../shared/data/tabari)" % f)
    if not (os.path.isfile(args.entente) and os.access(args.entente, os.X_OK)):
        sys.exit("tabari_validate: %s is not an executable file" % args.entente)
    records = convert_lines(read_text_file(text_path))
    for line in summarize(records):
        print(line, file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="tabari_validate.") as tmp:
        gold_path = os.path.join(tmp, "tabari.jsonl")
        input_path = os.path.join(tmp, "tabari.input.jsonl")
        with open(gold_path, "w", encoding="utf-8") as g, open(input_path, "w", encoding="utf-8") as inp:
            for r in records:
                g.write(json.dumps(r, ensure_ascii=False) + "\n")
                if not r["skip_reason"]:  # skipped records may lack a valid date or text
                    inp.write(json.dumps(r, ensure_ascii=False) + "\n")
        cmd = entente_command(args.entente, data_dir, input_path)
        cmd[2:2] = ["--status-model", args.status_model]
        print("running: " + " ".join(cmd), file=sys.stderr)
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        # 3 = done, but some records were skipped (reported on stderr); they score as misses.
        if proc.returncode not in (0, 3):
            sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
            print("tabari_validate: entente exited with status %d" % proc.returncode, file=sys.stderr)
            return proc.returncode if proc.returncode > 0 else 1
        if proc.stderr:
            sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        pred_path = args.pred_out or os.path.join(tmp, "pred.jsonl")
        with open(pred_path, "wb") as f:
            f.write(proc.stdout)
        res = score(load_gold(gold_path), load_predictions(pred_path))
    if res["unknown_docs"]:
        print("tabari_validate: %d predicted doc id(s) match no gold record" % res["unknown_docs"],
              file=sys.stderr)
    print("\n".join(format_score(res, args.verbose)))
    return 0


# ----------------------------------------------------------------------------------------------
# Self-check

# A made-up suite in TABARI's format (our own sentences), exercising the rules in the docs.
_SELFTEST_TEXT = """\
##########
#   FIRST GROUP
##########

950101  T-01
Alpha praised Beta on Monday in a long
statement./*
\\n{ ALP / BET / 041 } 950101 */

950102  T-02
Alpha and Gamma met Beta.
/*\\n[note with a literal {} in it]
\\n{ ALP / BET / 031 }
\\n{  GAM /  BET / 031 } (MEET)
\\n{ ALP / BET / 031 } */

950103  T-03
Nothing here.
/*\\n{---} */

##########
#   SECOND GROUP:
#   (detail line)
##########

950104  T-04
Many words here.
/*\\n{ ALP / BET / 190 }
\\n-{ --- / --- / 000 } */

950105  T-05
Options record text.
/*\\n{ OPTION: SET: YYYY = TRUE }
\\n{ OPTION: COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8 } */

19950106 T-01
Alpha rejected Beta, an official said
3 times.
/*\\n{+++}
\\n{ ALP / BET / 111 } */

19951301 T-07
Bad month.
/*\\n{ ALP / BET / 111 } */

19950108 T-08
No gold at all.

19950109 T-09
Alpha visited Beta. /* first comment */ Beta received
Alpha. /*\\n{ ALP / BET / 042 } */
\\n{ BET / ALP / 043 } */

19950109 T-09b
Gamma met Alpha.
/*\\n{ GAM / ALP / 031 }   /*

19950110 FINAL-01
End.

19950111 T-10
After the end.
/*\\n{ ALP / BET / 041 } */
"""


def _check(cond, what):
    if not cond:
        raise AssertionError(what)


def selftest():
    recs = convert_lines(_SELFTEST_TEXT.splitlines(), "selftest")
    by = {r["id"]: r for r in recs}
    _check([r["id"] for r in recs] == ["T-01", "T-02", "T-03", "T-04", "T-05", "T-01#2", "T-07", "T-08",
                                       "T-09", "T-09b", "FINAL-01", "T-10"], "ids: %s" % [r["id"] for r in recs])
    r = by["T-01"]
    _check(r["date"] == "1995-01-01" and r["category"] == "FIRST GROUP", "T-01 date/category")
    _check(r["text"] == "Alpha praised Beta on Monday in a long statement.", "T-01 text: %r" % r["text"])
    _check(r["expected"] == [{"source": "ALP", "target": "BET", "code": "041"}] and not r["skip_reason"],
           "T-01 gold")
    r = by["T-02"]
    _check([tuple(e.values()) for e in r["expected"]] == [("ALP", "BET", "031"), ("GAM", "BET", "031")],
           "T-02 gold: %s" % r["expected"])
    _check("duplicate" in r["notes"], "T-02 duplicate note")
    r = by["T-03"]
    _check(r["expected"] == [] and r["no_event"] and r["marker"] == "---" and not r["skip_reason"], "T-03")
    r = by["T-04"]
    _check(r["category"] == "SECOND GROUP", "T-04 category %r" % r["category"])
    _check(r["skip_reason"].startswith("partial gold"), "T-04 skip: %s" % r["skip_reason"])
    r = by["T-05"]
    _check(r["skip_reason"].startswith("option record"), "T-05 skip")
    _check(r["config"]["comma_max"] == 10, "T-05 config before its own options apply")
    r = by["T-01#2"]  # 4-digit year after the YYYY option, COMMA applied
    _check(r["orig_id"] == "T-01" and r["date"] == "1995-01-06", "T-01#2 date %s" % r["date"])
    _check(r["config"] == {"comma_min": 4, "comma_max": 6, "comma_bmin": 3, "comma_bmax": 8,
                           "comma_emin": 3, "comma_emax": 6}, "T-01#2 config %s" % r["config"])
    _check(r["tabari_options"].get("SET: YYYY") == "TRUE", "T-01#2 options")
    _check(r["text"] == "Alpha rejected Beta, an official said 3 times.", "T-01#2 text %r" % r["text"])
    _check(r["no_event"] and r["marker"] == "+++" and r["expected"] == [] and "never match" in r["notes"],
           "T-01#2 marker with events")
    _check(by["T-07"]["date"] is None and "invalid date" in by["T-07"]["skip_reason"], "T-07")
    _check(by["T-08"]["skip_reason"].startswith("no gold"), "T-08")
    r = by["T-09"]
    _check(r["text"] == "Alpha visited Beta. Beta received Alpha.", "T-09 text %r" % r["text"])
    _check(len(r["expected"]) == 2, "T-09 gold continues after the comment closed: %s" % r["expected"])
    r = by["T-09b"]  # comment never closed: runs to the end of the record
    _check(r["text"] == "Gamma met Alpha." and r["expected"] == [
        {"source": "GAM", "target": "ALP", "code": "031"}], "T-09b: %r %s" % (r["text"], r["expected"]))
    _check(by["FINAL-01"]["skip_reason"].startswith("no gold"), "FINAL-01")
    _check("after FINAL-01" in by["T-10"]["skip_reason"], "T-10")
    _check(parse_date("000101", False)[0] == "2000-01-01" and parse_date("781223", False)[0] == "1978-12-23",
           "two-digit years")

    # Scoring: hand-made gold and predictions written to files and read back.
    gold = [
        {"id": "a", "text": "", "category": "X", "skip_reason": None, "no_event": False, "marker": None,
         "expected": [{"source": "ALP", "target": "BET", "code": "041"}]},
        {"id": "b", "text": "", "category": "X", "skip_reason": None, "no_event": False, "marker": None,
         "expected": [{"source": "ALP", "target": "BET", "code": "031"},
                      {"source": "GAM", "target": "BET", "code": "031"}]},
        {"id": "c", "text": "", "category": "Y", "skip_reason": None, "no_event": True, "marker": "---",
         "expected": []},
        {"id": "d", "text": "", "category": "Y", "skip_reason": None, "no_event": False, "marker": None,
         "expected": [{"source": "ALP", "target": "BET", "code": "190"}]},
        {"id": "e", "text": "", "category": "Y", "skip_reason": "option record", "no_event": False,
         "marker": None, "expected": [{"source": "ALP", "target": "BET", "code": "190"}]},
        {"id": "f", "text": "", "category": "X", "skip_reason": None, "no_event": True, "marker": "###",
         "expected": []},
    ]
    preds = [
        {"doc": "a", "source": "ALP", "target": "BET", "code": "041", "status": "asserted"},
        {"doc": "a", "source": "ALP", "target": "BET", "code": "041"},           # duplicate: same set
        {"doc": "a", "source": "ALP", "target": "BET", "code": "120", "status": "hypothetical"},
        {"doc": "b", "source": "ALP", "target": "BET", "code": "031", "status": "asserted"},  # 1 of 2
        {"doc": "d", "source": "ALP", "target": "BET", "code": "193", "status": "asserted"},  # root ok
        {"doc": "e", "source": "ALP", "target": "BET", "code": "190", "status": "asserted"},  # skipped rec
        {"doc": "f", "source": "ALP", "target": "BET", "code": "010", "status": "asserted"},  # should be none
        {"doc": "zzz", "source": "ALP", "target": "BET", "code": "010", "status": "asserted"},
    ]
    with tempfile.TemporaryDirectory(prefix="tabari_selftest.") as tmp:
        gp, pp = os.path.join(tmp, "gold.jsonl"), os.path.join(tmp, "pred.jsonl")
        with open(gp, "w") as f:
            f.writelines(json.dumps(g) + "\n" for g in gold)
        with open(pp, "w") as f:
            f.writelines(json.dumps(p) + "\n" for p in preds)
        res = score(load_gold(gp), load_predictions(pp))
    # n = 5 (e skipped); exact: a, c; root: a, c, d; tp = 1 (a) + 1 (b) = 2; ngold = 1+2+0+1 = 4;
    # npred = 1 (a) + 1 (b) + 1 (d) + 1 (f) = 4.
    _check((res["n"], res["exact"], res["root"]) == (5, 2, 3), "n/exact/root: %s" % (
        (res["n"], res["exact"], res["root"]),))
    _check((res["tp"], res["ngold"], res["npred"]) == (2, 4, 4), "tp/ngold/npred")
    _check(res["cats"] == {"X": [3, 1], "Y": [2, 1]}, "categories: %s" % res["cats"])
    _check(res["kinds"] == {"events": [3, 1], "no event ---": [1, 1], "no event ###": [1, 0]},
           "kinds: %s" % res["kinds"])
    _check(res["unknown_docs"] == 1, "unknown docs")
    lines = format_score(res)
    _check(lines[-1] == "tabari: exact=0.400 root=0.600 n=5", "summary line: %s" % lines[-1])
    _check(lines[-2] == "triples: precision=0.500 recall=0.500", "triples line: %s" % lines[-2])
    _check([m[0] for m in res["misses"]] == ["b", "d", "f"], "misses")
    _check(format_score(score([], {}))[-1] == "tabari: exact=0.000 root=0.000 n=0", "empty gold")
    _check(entente_command("E", "D", "I") == ["E", "code", "--input-format", "jsonl",
                                              "--verbs", os.path.join("D", VERBS_FILE),
                                              "--actors", os.path.join("D", ACTORS_FILE),
                                              "--agents", os.path.join("D", AGENTS_FILE), "I"],
           "entente command")
    print("selftest: ok")
    return 0


# ----------------------------------------------------------------------------------------------


def main(argv):
    p = argparse.ArgumentParser(description="TABARI validation suite: convert, score, run.")
    sub = p.add_subparsers(dest="cmd")
    c = sub.add_parser("convert", help="Validate.text -> JSONL gold records on stdout")
    c.add_argument("text", nargs="?", help="default: ../shared/data/tabari/Validate.text")
    c.add_argument("-o", "--output", help="write here instead of stdout")
    s = sub.add_parser("score", help="score entente JSONL events against converted records")
    s.add_argument("gold")
    s.add_argument("predictions", help="entente events JSONL, or - for stdin")
    s.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    r = sub.add_parser("run", help="convert, run entente code, score")
    r.add_argument("--entente", required=True, help="path to the entente binary")
    r.add_argument("--status-model", default="petrarch", choices=["entente", "petrarch"],
                   help="entente's status model (default petrarch: TABARI has no event status)")
    r.add_argument("--data", help="folder with the TABARI files (default ../shared/data/tabari)")
    r.add_argument("--pred-out", help="also keep entente's events in this file")
    r.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    sub.add_parser("selftest", help="check the parser and scorer on hand-made data")
    args = p.parse_args(argv[1:])
    if args.cmd == "convert":
        return cmd_convert(args)
    if args.cmd == "score":
        return cmd_score(args)
    if args.cmd == "run":
        return cmd_run(args)
    if args.cmd == "selftest":
        return selftest()
    p.print_help(sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
