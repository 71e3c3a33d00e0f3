# Copyright 2026 The entente Authors. Apache-2.0.
"""What a Dask worker does with one partition (`run_partition(part, cfg)` -> result dict).

The partition's lines are read from the shared file by byte range (or come with the task when
the driver ships them) and fed on stdin to one `entente` process, a streaming filter:

- database mode: `entente ingest --db URL --batch 0 -j J [ARGS] -`.  `--batch 0` makes the whole
  partition one store transaction, written with COPY when it commits: either every document,
  sentence and event of the partition is stored or none is.  Documents are keyed by content hash
  and inserted with ON CONFLICT DO NOTHING, so a retried partition adds nothing twice.
- file mode: `entente code -j J [ARGS] -`, stdout into `OUT/.part-NNNNN.jsonl.tmp-...`, renamed
  to `OUT/part-NNNNN.jsonl` only after the process exited successfully and the file was synced.

A line without an "id" gets the id entente would give it when reading the whole file
(`<file name>:<line>`), so partitioning does not change document ids.  The child process is
killed with the worker (Linux PR_SET_PDEATHSIG): a worker killed mid-partition leaves no
process behind that could still commit.  Diagnostics that name `<stdin>:N` are rewritten to the
file and line they refer to.  Raises RuntimeError (with entente's last messages) when entente
exits with 1 or 2; exit 3 (some items skipped) is a success with `skipped` > 0.
"""

import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import types
import uuid

_INGEST_SUMMARY = re.compile(
    r"entente: ingested (\d+) documents into .* in [0-9.]+ s: (\d+) new, (\d+) already stored, "
    r"(\d+) events added, (\d+) skipped")
_CODE_SUMMARY = re.compile(r"entente: (\d+) documents, (\d+) events, (\d+) skipped")
_STDIN_LOC = re.compile(r"<stdin>:(\d+)")


def _die_with_parent():
    # Runs in the child between fork and exec: ask the kernel to SIGKILL it when the worker dies.
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG = 1
    except Exception:
        pass


def read_partition(part):
    if isinstance(part, dict):
        part = types.SimpleNamespace(**part)
    with open(part.path, "rb") as f:
        f.seek(part.offset)
        data = f.read(part.length)
    if len(data) != part.length:
        raise RuntimeError("%s: lines %d-%d: file changed since it was split (read %d of %d bytes)"
                           % (part.display, part.first_line, part.first_line + part.lines - 1,
                              len(data), part.length))
    return data


def with_ids(data, part):
    """The partition's lines, each line without an "id" given entente's default id for it."""
    out = []
    lines = data.split(b"\n")  # physical lines as entente counts them (only \n ends a line)
    if lines and lines[-1] == b"":
        lines.pop()
    for i, line in enumerate(lines):
        line += b"\n"
        if line.strip():
            try:
                obj = json.loads(line)
            except ValueError:
                obj = None  # entente reports the broken line itself
            if isinstance(obj, dict) and "id" not in obj:
                obj["id"] = "%s:%d" % (part.line_base, part.first_line + i)
                line = json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n"
        out.append(line)
    return b"".join(out)


def _worker_name():
    try:
        from distributed import get_worker
        return get_worker().address
    except Exception:
        return "%s:%d" % (socket.gethostname(), os.getpid())


def run_partition(part, cfg, data=None):
    """`part`: a partition.Partition or its fields as a dict (what the driver sends: plain data
    needs no import of this package on the worker)."""
    t0 = time.time()
    if isinstance(part, dict):
        part = types.SimpleNamespace(name="part-%05d" % part["index"], **part)
    if data is None:
        data = read_partition(part)
    feed = with_ids(data, part)
    entente = cfg["entente"]
    if not (os.path.isfile(entente) and os.access(entente, os.X_OK)):
        raise RuntimeError("%s: no entente binary at %s on this worker (--entente)"
                           % (_worker_name(), entente))
    jobs = ["-j", str(cfg.get("jobs", 1))]
    extra = list(cfg.get("entente_args", []))
    tmp_out = final_out = None
    if cfg["mode"] == "db":
        argv = [entente, "ingest", "--db", cfg["db"], "--batch", "0"] + jobs + extra + ["-"]
        stdout = subprocess.DEVNULL
    else:
        final_out = os.path.join(cfg["out"], part.name + ".jsonl")
        tmp_out = os.path.join(cfg["out"], ".%s.jsonl.tmp-%s-%d-%s" % (
            part.name, socket.gethostname(), os.getpid(), uuid.uuid4().hex[:8]))
        argv = [entente, "code"] + jobs + extra + ["-"]
        stdout = open(tmp_out, "wb")
    err = tempfile.TemporaryFile()
    try:
        preexec = _die_with_parent if sys.platform.startswith("linux") else None
        proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=stdout, stderr=err,
                                preexec_fn=preexec)
        try:
            proc.stdin.write(feed)
            proc.stdin.close()
        except BrokenPipeError:
            pass
        rc = proc.wait()
        if tmp_out:
            stdout.flush()
            os.fsync(stdout.fileno())
            stdout.close()
        err.seek(0)
        first = part.first_line

        def where(m):
            return "%s:%d" % (part.display, first + int(m.group(1)) - 1)

        messages = [_STDIN_LOC.sub(where, l) for l in err.read().decode("utf-8", "replace").splitlines()]
    finally:
        err.close()
        if tmp_out and not stdout.closed:
            stdout.close()
    result = {"index": part.index, "name": part.name, "worker": _worker_name(),
              "host": socket.gethostname(), "pid": os.getpid(), "start": t0, "exit": rc,
              "lines": part.lines}
    summary = None
    for m in messages:
        summary = (_INGEST_SUMMARY if cfg["mode"] == "db" else _CODE_SUMMARY).search(m) or summary
    if rc not in (0, 3) or summary is None:
        if tmp_out and os.path.exists(tmp_out):
            os.unlink(tmp_out)
        tail = "\n  ".join(messages[-8:]) or "(no message)"
        raise RuntimeError("%s (%s, lines %d-%d): %s exited with %d:\n  %s" % (
            part.name, part.display, part.first_line, part.first_line + part.lines - 1,
            " ".join(argv[:2]), rc, tail))
    if cfg["mode"] == "db":
        docs, new, already, events, skipped = (int(x) for x in summary.groups())
        result.update(documents=docs, new=new, already=already, events=events, skipped=skipped)
    else:
        os.replace(tmp_out, final_out)
        docs, events, skipped = (int(x) for x in summary.groups())
        result.update(documents=docs, new=docs - skipped, already=0, events=events, skipped=skipped,
                      file=final_out)
    result["messages"] = [m for m in messages if not m.startswith("entente: dictionaries")
                          and m is not (summary.string if summary else None)][:20]
    result["end"] = time.time()
    return result
