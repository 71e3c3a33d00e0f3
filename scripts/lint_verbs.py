#!/usr/bin/env python3
# Copyright 2026 The entente Authors. Apache-2.0.
"""Lint the bundled CAMEO verb dictionary (data/dictionaries/verbs/cameo_verbs.txt).

Checks, each a hard error unless noted:
  * line 1 is "# entente-dict verbs v1" and the comment header names the version and licence;
  * every verb line and every pattern carries an id @V<code>-<nnnn> (@VNUL-<nnnn> for the null
    code), ids are unique and their <code> part matches the entry's code;
  * every code ([CODE] on block headers, verb lines and patterns) is a CAMEO code listed in
    data/dictionaries/cameo/cameo_codes.tsv (fallback: ../shared/data/cameo/CAMEO.eventcodes.txt),
    or the null code ---;
  * every block is terminated by a blank line before the next block or synset;
  * every pattern has exactly one '*' (the verb), at most one '+' and one '$', balanced brackets;
  * every &SYNSET used in a pattern is defined earlier in the file;
  * no pattern appears twice in a block (same words, whatever the code);
  * no verb (with its particles) appears in two blocks;
  * braces hold inflected forms only on verb lines.
Warnings (not errors): CAMEO codes without any pattern.

Prints counts per CAMEO root and totals.  Exit status 0 when there is no error.

  scripts/lint_verbs.py [FILE] [--cameo TSV] [--next-id CODE] [--quiet]
"""
import argparse
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_FILE = os.path.join(ROOT, "data", "dictionaries", "verbs", "cameo_verbs.txt")
DEFAULT_TSV = os.path.join(ROOT, "data", "dictionaries", "cameo", "cameo_codes.tsv")
SHARED_CODES = os.path.join(os.path.dirname(ROOT), "shared", "data", "cameo", "CAMEO.eventcodes.txt")

ID_RE = re.compile(r"@(V(NUL|\d{2,4})-(\d{4}))\b")
CODE_RE = re.compile(r"\[([^\]]*)\]")
HEADER_RE = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---\s*$")


def load_codes(tsv):
    codes = {}
    if tsv and os.path.exists(tsv):
        for line in open(tsv, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            codes[parts[0]] = parts[-1]
        return codes, tsv
    if os.path.exists(SHARED_CODES):
        for line in open(SHARED_CODES, encoding="latin-1"):
            parts = line.rstrip("\r\n").split("\t")
            if parts and re.fullmatch(r"\d{2,4}", parts[0]):
                codes[parts[0]] = parts[1] if len(parts) > 1 else ""
        return codes, SHARED_CODES
    return None, None


def regular_forms(v):
    """-S, -ED, -ING by the plain rules (what a loader generates at least)."""
    if v.endswith("E"):
        return [v + "S", v + "D", v[:-1] + "ING"]
    if v.endswith("Y") and len(v) > 1 and v[-2] not in "AEIOU":
        return [v[:-1] + "IES", v[:-1] + "IED", v + "ING"]
    if re.search(r"(S|SH|CH|X|Z)$", v):
        return [v + "ES", v + "ED", v + "ING"]
    return [v + "S", v + "ED", v + "ING"]


def strip_comment(line):
    # '#' starts a comment; '<!-- -->' comments are not used in this file.
    i = line.find("#")
    return line if i < 0 else line[:i]


def tokens_of(text):
    return [t for t in re.split(r"[\s_]+", text) if t]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", default=DEFAULT_FILE)
    ap.add_argument("--cameo", default=DEFAULT_TSV)
    ap.add_argument("--next-id", metavar="CODE", help="print the next free id for CODE and exit")
    ap.add_argument("--quiet", action="store_true", help="only errors and the totals")
    args = ap.parse_args()

    errors = []
    warnings = []

    def err(n, msg):
        errors.append("%s:%d: %s" % (args.file, n, msg))

    try:
        lines = open(args.file, encoding="utf-8").read().split("\n")
    except OSError as e:
        print("lint_verbs: cannot read %s: %s" % (args.file, e), file=sys.stderr)
        return 2
    if lines and lines[-1] == "":
        lines.pop()

    codes, codes_src = load_codes(args.cameo)
    if codes is None:
        print("lint_verbs: no CAMEO code table found; code validity not checked", file=sys.stderr)

    # --- header ------------------------------------------------------------------------------
    if not lines or lines[0].strip() != "# entente-dict verbs v1":
        err(1, 'line 1 must be "# entente-dict verbs v1"')
    head = []
    for l in lines[1:]:
        if not l.startswith("#"):
            break
        head.append(l)
    head_text = "\n".join(head)
    if "2026.11.29" not in head_text and not re.search(r"Version:\s*\d{4}\.\d{2}\.\d{2}", head_text):
        err(2, "comment header must give the version (YYYY.MM.DD)")
    if "Apache-2.0" not in head_text:
        err(2, "comment header must name the licence (Apache-2.0)")

    # --- pass ------------------------------------------------------------------------------
    synsets = {}             # name -> line
    in_synset = None
    block = None             # (name, code, line)
    block_open = False
    ids = {}
    id_max = collections.Counter()
    verb_owner = {}          # verb key -> block name
    form_owner = {}          # (form, before, after) -> block name
    single_words = collections.defaultdict(set)  # form -> blocks with it as a one-word verb
    multi_words = collections.defaultdict(set)   # form -> blocks with it in a multi-word verb
    patterns_in_block = {}
    pattern_count = collections.Counter()   # code -> patterns
    verb_count = collections.Counter()      # code -> verb lines
    block_count = 0
    null_patterns = 0
    total_patterns = 0
    total_verbs = 0

    def check_code(n, code):
        if code == "---":
            return True
        if ":" in code:
            return all(check_code(n, c) for c in code.split(":"))
        if codes is not None and code not in codes:
            err(n, "unknown CAMEO code [%s]" % code)
            return False
        if codes is None and not re.fullmatch(r"\d{3,4}", code):
            err(n, "malformed code [%s]" % code)
            return False
        return True

    def check_id(n, line, code):
        m = ID_RE.findall(line)
        if not m:
            err(n, "missing id @V<code>-<nnnn>")
            return
        if len(m) > 1:
            err(n, "more than one id")
        full, idc, num = m[0]
        want = "NUL" if code in ("---", None) else code.split(":")[0]
        if idc != want:
            err(n, "id %s does not match code [%s]" % (full, code))
        if full in ids:
            err(n, "duplicate id %s (first on line %d)" % (full, ids[full]))
        else:
            ids[full] = n
        id_max[idc] = max(id_max[idc], int(num))

    for n, raw in enumerate(lines, 1):
        line = raw.rstrip()
        body = strip_comment(line).strip()
        if not body:
            if not line.strip():
                block_open = False
                in_synset = None
            continue
        if body.startswith("&"):
            if block_open:
                err(n, "synset inside block %s (a blank line must end the block)" % block[0])
                block_open = False
            name = body.split()[0][1:].rstrip("_")
            if name in synsets:
                err(n, "synset %s defined twice (first on line %d)" % (name, synsets[name]))
            synsets[name] = n
            in_synset = name
            continue
        if in_synset and body.startswith("+"):
            phrase = body[1:].strip()
            if not phrase or re.search(r"[\*\$%\^\[\]{}]", phrase):
                err(n, "bad synset phrase %r" % phrase)
            continue
        m = HEADER_RE.match(body)
        if body.startswith("---") and not body.startswith("- "):
            if not m:
                err(n, "malformed block header")
                continue
            if block_open:
                err(n, "block %s not terminated by a blank line" % block[0])
            block = (m.group(1), m.group(2), n)
            block_open = True
            block_count += 1
            check_code(n, m.group(2))
            patterns_in_block[block[0]] = patterns_in_block.get(block[0], {})
            continue
        if not block_open:
            err(n, "line outside any block or synset: %r" % body[:40])
            continue
        if body.startswith("-"):
            total_patterns += 1
            text = body[1:]
            cm = CODE_RE.findall(text)
            if len(cm) != 1:
                err(n, "pattern needs exactly one [CODE]")
                continue
            code = cm[0].strip()
            check_code(n, code)
            check_id(n, line, code)
            words = CODE_RE.sub(" ", text)
            words = ID_RE.sub(" ", words)
            words = " ".join(words.split())
            if words.count("*") != 1:
                err(n, "pattern must contain exactly one '*' (has %d)" % words.count("*"))
            toks = tokens_of(words)
            if toks.count("+") > 1 or toks.count("$") > 1:
                err(n, "more than one '+' or '$'")
            if text.count("{") != text.count("}") or text.count("(") != text.count(")"):
                err(n, "unbalanced brackets")
            for t in toks:
                if t.startswith("&"):
                    if t[1:].rstrip("_") not in synsets:
                        err(n, "undefined synset %s" % t)
            seen = patterns_in_block[block[0]]
            if words in seen:
                err(n, "duplicate pattern in block %s (line %d)" % (block[0], seen[words]))
            else:
                seen[words] = n
            if code == "---":
                null_patterns += 1
            else:
                pattern_count[code] += 1
            continue
        # verb line
        total_verbs += 1
        cm = CODE_RE.findall(body)
        own = cm[0].strip() if cm else None
        if own:
            check_code(n, own)
        code = own or block[1]
        check_id(n, line, code)
        spec = ID_RE.sub(" ", CODE_RE.sub(" ", body))
        brace = re.search(r"\{([^}]*)\}", spec)
        base = spec.split("{")[0].strip()
        if not re.fullmatch(r"[A-Z0-9'\-]*\+?[A-Z0-9'\-]+(_\+?[A-Z0-9'\-]+)*", base):
            err(n, "malformed verb %r" % base)
        if "_" in base and "+" not in base:
            err(n, "multi-word verb %r without '+' on the verb word" % base)
        if brace:
            forms = brace.group(1).split()
            if not forms:
                err(n, "empty braces")
            if "_" in base:
                for f in forms:
                    if "+" not in f:
                        err(n, "multi-word irregular form %r without '+'" % f)
        if spec.count("{") != spec.count("}"):
            err(n, "unbalanced braces")
        key = base
        if key in verb_owner and verb_owner[key] != block[0]:
            err(n, "verb %s already in block %s" % (key, verb_owner[key]))
        verb_owner.setdefault(key, block[0])
        verb_count[code] += 1
        # Every inflected form, keyed with its particles, must belong to one block only: a
        # form reachable from two blocks makes the coder's choice of block arbitrary.
        parts = base.split("_")
        vi = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
        word = parts[vi].lstrip("+")
        forms = {word} | set(regular_forms(word))
        if brace:
            for f in brace.group(1).split():
                fp = f.split("_")
                fi = next((i for i, p in enumerate(fp) if p.startswith("+")), 0)
                forms.add(fp[fi].lstrip("+"))
        ctx = ("_".join(parts[:vi]), "_".join(parts[vi + 1:]))
        for f in forms:
            owner = form_owner.get((f,) + ctx)
            if owner and owner != block[0]:
                err(n, "form %s of %s is also a form in block %s" % (f, base, owner))
            form_owner[(f,) + ctx] = block[0]
            if ctx != ("", ""):
                multi_words[f].add(block[0])
            else:
                single_words[f].add(block[0])

    for f, blocks in sorted(multi_words.items()):
        other = single_words.get(f, set()) - blocks
        if other:
            errors.append("%s: verb word %s is a multi-word verb in %s and a one-word verb in %s "
                          "(put the particle in a pattern of one block instead)"
                          % (args.file, f, ",".join(sorted(blocks)), ",".join(sorted(other))))

    if args.next_id:
        c = "NUL" if args.next_id in ("---", "NUL") else args.next_id
        print("@V%s-%04d" % (c, id_max[c] + 1))
        return 0

    # --- coverage and counts --------------------------------------------------------------
    by_root = collections.OrderedDict()
    for r in range(1, 21):
        by_root["%02d" % r] = [0, 0, set()]
    for code, k in pattern_count.items():
        r = code[:2]
        if r in by_root:
            by_root[r][0] += k
            by_root[r][2].add(code)
    for code, k in verb_count.items():
        r = code[:2]
        if r in by_root:
            by_root[r][1] += k
    missing = []
    if codes is not None:
        for c in sorted(codes):
            if len(c) >= 3 and c not in pattern_count:
                missing.append(c)
        for c in missing:
            warnings.append("no pattern for CAMEO code %s (%s)" % (c, codes[c]))

    if not args.quiet:
        print("code table: %s" % (codes_src or "none"))
        print("root  patterns  verb-lines  codes-with-patterns/codes")
        for r, (p, v, cs) in by_root.items():
            allc = [c for c in (codes or {}) if c.startswith(r) and len(c) >= 3]
            print("%s   %7d  %10d   %3d/%d" % (r, p, v, len(cs), len(allc)))
    covered = sum(1 for c in (codes or {}) if len(c) >= 3 and c in pattern_count)
    ncodes = sum(1 for c in (codes or {}) if len(c) >= 3)
    print("total: %d patterns (%d with a CAMEO code, %d null), %d verb lines, %d blocks, "
          "%d synsets, %d ids; %d/%d CAMEO codes have patterns"
          % (total_patterns, total_patterns - null_patterns, null_patterns, total_verbs,
             block_count, len(synsets), len(ids), covered, ncodes))
    for w in warnings:
        print("warning: " + w, file=sys.stderr)
    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        print("lint_verbs: %d error(s)" % len(errors), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
