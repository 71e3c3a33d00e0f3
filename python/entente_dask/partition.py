# Copyright 2026 The entente Authors. Apache-2.0.
"""Inputs and partitions.

`find_inputs(paths)` turns the command line's files and directories into JSONL inputs, in the
order `entente ingest` would read them (arguments in order; a directory walked in sorted order,
hidden entries and symbolic links to directories skipped), each with the `line_base` entente
uses to name a line that has no "id" (`<file name>:<line>` for a file given by name, the path
relative to the directory given for a walked file).  Only JSONL is read: any other file is
refused with its name (or skipped with `skip_other=True`).

`split(inputs, lines_per_partition)` cuts each file into ranges of physical lines (a partition
never spans two files) and records byte offsets, so a worker reads its range with one seek.  The
split depends only on the files and the partition size: the same corpus gives the same
partitions, named `part-NNNNN` in input order.
"""

import os
from dataclasses import dataclass

JSONL_SUFFIXES = (".jsonl", ".ndjson")


class InputError(Exception):
    """A path that cannot be read as a JSONL input (message names it)."""


@dataclass(frozen=True)
class Input:
    path: str        # as opened (absolute)
    display: str     # as given / joined, for messages
    line_base: str   # default id prefix of its lines, as entente derives it


@dataclass(frozen=True)
class Partition:
    index: int       # 0-based, in input order
    path: str
    display: str
    line_base: str
    first_line: int  # 1-based physical line number of the first line
    lines: int       # physical lines in the range (blank lines included)
    offset: int      # byte offset of the first line
    length: int      # bytes in the range

    @property
    def name(self):
        return "part-%05d" % self.index


def _is_jsonl(name):
    return name.lower().endswith(JSONL_SUFFIXES)


def find_inputs(paths, skip_other=False, warn=None):
    inputs, refused = [], []

    def walk(directory, display, rel):
        try:
            entries = sorted(os.listdir(directory))
        except OSError as e:
            raise InputError("%s: cannot read directory: %s" % (display, e.strerror))
        for name in entries:
            if not name or name.startswith("."):
                continue
            full = os.path.join(directory, name)
            shown = os.path.join(display, name)
            relname = rel + "/" + name if rel else name
            if os.path.isdir(full):
                if not os.path.islink(full):
                    walk(full, shown, relname)
            elif os.path.isfile(full):
                if _is_jsonl(name):
                    inputs.append(Input(os.path.abspath(full), shown, relname))
                else:
                    refused.append(shown)

    for p in paths:
        if p == "-":
            raise InputError("-: stdin cannot be partitioned; give JSONL files or directories")
        if os.path.isdir(p):
            walk(p, p, "")
        elif os.path.isfile(p):
            if not _is_jsonl(p):
                refused.append(p)
            else:
                inputs.append(Input(os.path.abspath(p), p, os.path.basename(p)))
        else:
            raise InputError("%s: no such file or directory" % p)
    if refused:
        if not skip_other:
            shown = ", ".join(refused[:5]) + (" and %d more" % (len(refused) - 5) if len(refused) > 5 else "")
            raise InputError(
                "only JSONL inputs (.jsonl, .ndjson: one document per line) can be partitioned; "
                "not: %s. Convert them first (e.g. entente's text/HTML inputs into JSONL lines), "
                "or pass --skip-other to ignore them" % shown)
        if warn:
            warn("skipped %d non-JSONL file(s), e.g. %s" % (len(refused), refused[0]))
    if not inputs:
        raise InputError("no JSONL input found in %s" % " ".join(paths))
    return inputs


def split(inputs, lines_per_partition):
    if lines_per_partition < 1:
        raise ValueError("lines_per_partition must be >= 1")
    parts = []
    for inp in inputs:
        with open(inp.path, "rb") as f:
            first_line, offset, pos, n = 1, 0, 0, 0
            for line in f:
                pos += len(line)
                n += 1
                if n == lines_per_partition:
                    parts.append(Partition(len(parts), inp.path, inp.display, inp.line_base,
                                           first_line, n, offset, pos - offset))
                    first_line += n
                    offset = pos
                    n = 0
            if n:
                parts.append(Partition(len(parts), inp.path, inp.display, inp.line_base,
                                       first_line, n, offset, pos - offset))
    return parts
