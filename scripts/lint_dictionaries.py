#!/usr/bin/env python3
# Copyright 2026 The entente Authors. Apache-2.0.
"""Lint entente's bundled dictionaries (data/dictionaries).

Checks, per file kind (actors, agents, discards, issues):
  * line 1 is "# entente-dict <kind> v1" for the folder the file sits in;
  * every entry carries exactly one stable id token "@ID" on its primary line, of the form the kind
    uses (@A-..., @G-..., @D-..., @I-...), and ids are unique across all files;
  * codes are upper-case alphanumeric (agents: with one '~' before or after); actors may use
    PETRARCH's null code [---] for phrases that must not be read as actors ("SOUTH_CHINA_SEA");
  * actors: dates are valid YYYYMMDD, ranges are ordered, and the dated roles of one actor never
    overlap (bounds are inclusive); every actor has a code (default or dated);
  * phrases are upper case, joined with '_' (no blanks), and one phrase maps to one entry across
    all actor files (and one agent entry across the agent file);
  * role prefixes name a known country, region, IGO or NGO (warning only).

Usage: scripts/lint_dictionaries.py [DICT_DIR]   (default: data/dictionaries next to this script)
Prints per-file entry counts; exit status 1 when an error was found, 0 otherwise.
"""

import datetime
import os
import re
import sys

KINDS = {"actors": "A", "agents": "G", "discards": "D", "issues": "I"}
ID_RE = {
    "A": re.compile(r"^@A-[A-Z0-9]{2,5}-\d{4}$"),
    "G": re.compile(r"^@G-\d{4}$"),
    "D": re.compile(r"^@D-\d{4}$"),
    "I": re.compile(r"^@I-\d{4}$"),
}
CODE_RE = re.compile(r"^[A-Z0-9]+$")
NULL_CODE = "---"  # PETRARCH's null code: the phrase is consumed but names no actor
PHRASE_RE = re.compile(r"^[A-Z0-9][A-Z0-9_.'\-&/]*$|^'S?$")
ROLE_RE = re.compile(
    r"^\[\s*([A-Za-z0-9]+|---)\s*(?:(<|>)\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?\s*\]$")
# CAMEO regions and generic prefixes that may start an actor code besides ISO country codes.
GENERIC_PREFIXES = {
    "IGO", "NGO", "NGM", "IMG", "MNC", "INT", "UIS",
    "WST", "EUR", "EEU", "BLK", "CAU", "SCN", "MEA", "PGS", "AFR", "NAF", "WAF", "EAF", "SAF",
    "CFR", "ASA", "SEA", "SAS", "CAS", "LAM", "NMR", "CRB", "MDT", "EIN",
}


class Linter:
    def __init__(self):
        self.errors = []
        self.warnings = []
        self.ids = {}            # id -> "file:line"
        self.actor_phrases = {}  # phrase -> (id, "file:line")
        self.agent_forms = {}
        self.countries = set()
        self.counts = []         # (file, entries, phrases)

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{where}: {msg}")

    # ---- helpers
    def take_id(self, tokens, kind_letter, where):
        ids = [t for t in tokens if t.startswith("@")]
        rest = [t for t in tokens if not t.startswith("@")]
        if len(ids) != 1:
            self.err(where, f"expected exactly one @id on the entry line, found {len(ids)}")
            return None, rest
        i = ids[0]
        if not ID_RE[kind_letter].match(i):
            self.err(where, f"malformed id {i}")
        if i in self.ids:
            self.err(where, f"duplicate id {i} (first at {self.ids[i]})")
        else:
            self.ids[i] = where
        return i, rest

    @staticmethod
    def strip_comment(line):
        pos = line.find("#")
        return line if pos < 0 else line[:pos]

    @staticmethod
    def parse_date(s):
        if len(s) == 6:  # YYMMDD, PETRARCH's two-digit years
            yy = int(s[:2])
            s = ("20" if yy < 30 else "19") + s
        return datetime.date(int(s[:4]), int(s[4:6]), int(s[6:8]))

    def check_header(self, path, lines, kind):
        want = f"# entente-dict {kind} v1"
        if not lines or lines[0].rstrip("\n").strip() != want:
            self.err(f"{path}:1", f"first line must be '{want}'")

    def check_phrase(self, phrase, where):
        if not PHRASE_RE.match(phrase) or any(part == "" for part in phrase.split("_")):
            self.err(where, f"bad phrase '{phrase}' (upper case words joined by '_')")

    # ---- actors
    def lint_actors(self, path):
        lines = open(path, encoding="utf-8").read().split("\n")
        self.check_header(path, lines, "actors")
        entries = 0
        phrases = 0
        cur = None  # dict(id, where, default, roles)

        def close(entry):
            if entry is None:
                return
            if not entry["default"] and not entry["roles"]:
                self.err(entry["where"], "actor has no code (no default and no dated role)")
            ivals = []
            for code, lo, hi, w in entry["roles"]:
                if lo is None and hi is None:
                    if entry["default"]:
                        self.warn(w, "second default code")
                    continue
                ivals.append((lo or datetime.date.min, hi or datetime.date.max, code, w))
            ivals.sort()
            for a, b in zip(ivals, ivals[1:]):
                if b[0] <= a[1]:
                    self.err(b[3], f"role {b[2]} {b[0]}..{b[1]} overlaps {a[2]} {a[0]}..{a[1]}")

        for n, raw in enumerate(lines, 1):
            where = f"{os.path.basename(path)}:{n}"
            if n == 1:
                continue
            line = self.strip_comment(raw)
            if not line.strip():
                continue
            if raw.startswith("\t") or line.lstrip().startswith("["):
                if cur is None:
                    self.err(where, "date restriction outside an entry")
                    continue
                if not raw.startswith("\t"):
                    self.err(where, "date restriction must start with a TAB")
                m = ROLE_RE.match(line.strip())
                if not m:
                    self.err(where, f"malformed role '{line.strip()}'")
                    continue
                code = m.group(1)
                self.check_code(code, where)
                lo = hi = None
                try:
                    if m.group(2) == "<":
                        hi = self.parse_date(m.group(3))
                    elif m.group(2) == ">":
                        lo = self.parse_date(m.group(3))
                    elif m.group(4):
                        lo, hi = self.parse_date(m.group(4)), self.parse_date(m.group(5))
                        if lo > hi:
                            self.err(where, f"range ends before it starts: {m.group(4)}-{m.group(5)}")
                except ValueError as e:
                    self.err(where, f"invalid date ({e})")
                    continue
                if lo is None and hi is None:
                    if cur["default"]:
                        self.err(where, "second default code")
                    cur["default"] = code
                else:
                    cur["roles"].append((code, lo, hi, where))
                continue
            text = line.strip()
            if text.startswith("+"):
                if cur is None:
                    self.err(where, "synonym outside an entry")
                    continue
                toks = text[1:].split()
                if len(toks) != 1:
                    self.err(where, f"synonym must be one phrase: '{text}'")
                    continue
                self.add_actor_phrase(toks[0], cur["id"], where)
                phrases += 1
                continue
            close(cur)
            toks = text.split()
            i, rest = self.take_id(toks, "A", where)
            code = None
            if rest and rest[-1].startswith("["):
                c = " ".join(rest[[k for k, t in enumerate(rest) if t.startswith("[")][0]:])
                rest = rest[: len(rest) - len(c.split())]
                m = re.match(r"^\[\s*([A-Za-z0-9]+|---)\s*\]$", c)
                if not m:
                    self.err(where, f"malformed code '{c}'")
                else:
                    code = m.group(1)
                    self.check_code(code, where)
            if len(rest) != 1:
                self.err(where, f"entry line must be PHRASE [CODE] @ID, got '{text}'")
                cur = None
                continue
            entries += 1
            phrases += 1
            cur = {"id": i, "where": where, "default": code, "roles": []}
            self.add_actor_phrase(rest[0], i, where)
            if os.path.basename(path) == "countries.txt" and code and len(code) == 3:
                self.countries.add(code)
        close(cur)
        self.counts.append((path, entries, phrases))

    def add_actor_phrase(self, phrase, i, where):
        self.check_phrase(phrase, where)
        if phrase in self.actor_phrases and self.actor_phrases[phrase][0] != i:
            self.err(where, f"phrase {phrase} already names {self.actor_phrases[phrase][0]} "
                            f"({self.actor_phrases[phrase][1]})")
        else:
            self.actor_phrases.setdefault(phrase, (i, where))

    def check_code(self, code, where):
        if code == NULL_CODE:
            return
        if not CODE_RE.match(code):
            self.err(where, f"code '{code}' is not upper-case alphanumeric")
        self.codes_seen.append((code, where))

    codes_seen = []

    # ---- agents
    def lint_agents(self, path):
        lines = open(path, encoding="utf-8").read().split("\n")
        self.check_header(path, lines, "agents")
        entries = 0
        forms = 0
        for n, raw in enumerate(lines, 1):
            where = f"{os.path.basename(path)}:{n}"
            if n == 1:
                continue
            text = self.strip_comment(raw).strip()
            if not text:
                continue
            if text.startswith("!"):
                continue  # substitution set definition
            m = re.match(r"^(\S+)\s*(\{[^}]*\})?\s*\[\s*([^\]]+?)\s*\]\s*(.*)$", text)
            if not m:
                self.err(where, f"agent line must be PHRASE {{PLURAL}} [~CODE] @ID: '{text}'")
                continue
            phrase, plural, code, tail = m.groups()
            i, rest = self.take_id(tail.split(), "G", where)
            if rest:
                self.err(where, f"unexpected text after the code: {' '.join(rest)}")
            if code.count("~") != 1 or not (code.startswith("~") or code.endswith("~")):
                self.err(where, f"agent code must be ~CODE or CODE~: '{code}'")
            elif not CODE_RE.match(code.strip("~")):
                self.err(where, f"code '{code}' is not upper-case alphanumeric")
            self.check_phrase(phrase, where)
            fs = [phrase]
            if plural is None:
                last = phrase.split("_")[-1]
                if re.search(r"(CH|SH|X|Z|S|[AEIOU]Y|MAN)$", last) and not last.endswith("ARCH"):
                    self.warn(where, f"{phrase}: automatic plural is probably wrong; give {{PLURAL}}")
                fs.append(phrase[:-1] + "IES" if phrase.endswith("Y") else phrase + "S")
            elif plural != "{}":
                fs.append(plural[1:-1].strip())
            for f in fs:
                if f in self.agent_forms:
                    self.err(where, f"agent form {f} already defined at {self.agent_forms[f]}")
                self.agent_forms[f] = where
            entries += 1
            forms += len(fs)
        self.counts.append((path, entries, forms))

    # ---- discards
    def lint_discards(self, path):
        lines = open(path, encoding="utf-8").read().split("\n")
        self.check_header(path, lines, "discards")
        entries = 0
        seen = {}
        for n, raw in enumerate(lines, 1):
            where = f"{os.path.basename(path)}:{n}"
            if n == 1:
                continue
            text = self.strip_comment(raw).strip()
            if not text:
                continue
            i, rest = self.take_id(text.split(), "D", where)
            if len(rest) != 1:
                self.err(where, f"discard must be [+]PHRASE @ID: '{text}'")
                continue
            phrase = rest[0][1:] if rest[0].startswith("+") else rest[0]
            self.check_phrase(phrase, where)
            if phrase in seen:
                self.err(where, f"duplicate discard {phrase} (first at {seen[phrase]})")
            seen[phrase] = where
            entries += 1
        self.counts.append((path, entries, entries))

    # ---- issues
    def lint_issues(self, path):
        lines = open(path, encoding="utf-8").read().split("\n")
        self.check_header(path, lines, "issues")
        entries = 0
        seen = {}
        codes = set()
        for n, raw in enumerate(lines, 1):
            where = f"{os.path.basename(path)}:{n}"
            if n == 1:
                continue
            text = self.strip_comment(raw).strip()
            if not text:
                continue
            m = re.match(r"^(\S+)\s*\[\s*([^\]]+?)\s*\]\s*(.*)$", text)
            if not m:
                self.err(where, f"issue must be PHRASE [CODE] @ID: '{text}'")
                continue
            phrase, code, tail = m.groups()
            i, rest = self.take_id(tail.split(), "I", where)
            if rest:
                self.err(where, f"unexpected text: {' '.join(rest)}")
            if not re.match(r"^[A-Z0-9_]+$", code):
                self.err(where, f"issue code '{code}' must be upper case")
            self.check_phrase(phrase, where)
            if phrase in seen:
                self.err(where, f"duplicate issue phrase {phrase} (first at {seen[phrase]})")
            seen[phrase] = where
            codes.add(code)
            entries += 1
        self.counts.append((path, entries, len(codes)))

    def check_prefixes(self):
        for code, where in self.codes_seen:
            if code[:3] not in self.countries and code[:3] not in GENERIC_PREFIXES:
                self.warn(where, f"code {code}: prefix {code[:3]} is not a known country or region")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "data", "dictionaries")
    lint = Linter()
    files = []
    for kind in KINDS:
        d = os.path.join(root, kind)
        if not os.path.isdir(d):
            lint.err(d, "missing folder")
            continue
        for name in sorted(os.listdir(d)):
            if name.endswith(".txt"):
                files.append((kind, os.path.join(d, name)))
    # countries.txt first so that code prefixes can be checked against its country codes
    files.sort(key=lambda kf: (kf[0] != "actors", os.path.basename(kf[1]) != "countries.txt", kf[1]))
    for kind, path in files:
        getattr(lint, f"lint_{kind}")(path)
    lint.check_prefixes()
    for w in lint.warnings:
        print("warning:", w)
    for e in lint.errors:
        print("error:", e)
    print(f"{'file':<45} {'entries':>8} {'phrases/forms':>14}")
    for path, entries, phrases in lint.counts:
        rel = os.path.relpath(path, root)
        print(f"{rel:<45} {entries:>8} {phrases:>14}")
    print(f"ids: {len(lint.ids)}; errors: {len(lint.errors)}; warnings: {len(lint.warnings)}")
    return 1 if lint.errors else 0


if __name__ == "__main__":
    sys.exit(main())
