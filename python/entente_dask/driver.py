# Copyright 2026 The entente Authors. Apache-2.0.
"""The `entente-dask` command: parse the command line, split the corpus, connect to (or start)
a Dask cluster, submit one task per partition (entente_dask.task.run_partition), show progress,
print a summary.  `main(argv)` returns the exit status: 0 done; 3 done but entente skipped some
input items (each reported); 1 a partition failed (named, with entente's messages; the others
are kept: re-running redoes only what is missing, idempotently); 2 a bad command line or input.
"""

import argparse
import dataclasses
import os
import sys
import time
import uuid

from entente_dask import partition as partition_mod
from entente_dask import task as task_mod

DESCRIPTION = """\
Code a JSONL corpus on a Dask cluster with entente, into PostgreSQL or into JSONL files.

The corpus (JSONL files, or directories holding them; one document per line, as `entente code`
reads them) is cut into partitions of --partition-lines lines.  Each partition becomes one Dask
task; the worker that runs it starts one `entente` process and feeds it the partition's lines on
stdin (a streaming filter, bounded memory):

  --db URL   `entente ingest --db URL --batch 0 -`: documents, sentences and events land in the
             same PostgreSQL tables, with the same keys, as a single `entente ingest` of the
             corpus would write; each partition is one transaction (COPY), so a partition is
             stored completely or not at all, and documents are keyed by content hash
             (ON CONFLICT DO NOTHING), so re-running a partition or the whole command never
             stores anything twice.  Create the database first (createdb).
  --out DIR  `entente code -`: events as JSONL in DIR/part-NNNNN.jsonl, one file per partition,
             each written to a temporary name and renamed when complete; DIR/_SUCCESS at the end.

A worker killed mid-partition (crash, OOM, SIGKILL) takes its entente process with it; Dask
retries the partition on another worker and the result is still exact.  Without --scheduler a
local cluster of --workers processes is started.  Every worker needs the entente binary
(--entente), the input files at the same paths (or --ship) and, with --db, access to PostgreSQL.
Total parallelism = workers x --threads-per-worker x --jobs.
"""

EPILOG = """\
examples:
  # local cluster of 2 worker processes, into PostgreSQL
  entente-dask --workers 2 --db postgresql://me@localhost/entente corpus/
  # an existing cluster (dask scheduler / dask worker on several machines)
  entente-dask --scheduler tcp://10.0.0.5:8786 --db postgresql://me@10.0.0.5/entente /shared/news/
  # JSONL events, one file per partition, entente options after --
  entente-dask --workers 4 --out events/ corpus.jsonl -- --date 2020-01-01

Compare with one process: `entente ingest --db URL2 corpus/` stores the same documents,
sentences and events (ids, run, origin and ingest time aside); docs/scaling.md says how to check.
"""


def _default_entente():
    here = os.path.dirname(os.path.abspath(__file__))
    for cand in (os.path.join(here, "..", "..", "build", "entente"),):
        if os.path.isfile(cand):
            return os.path.realpath(cand)
    for d in os.environ.get("PATH", "").split(os.pathsep):
        cand = os.path.join(d, "entente")
        if d and os.path.isfile(cand) and os.access(cand, os.X_OK):
            return cand
    return None


def build_parser():
    p = argparse.ArgumentParser(prog="entente-dask", description=DESCRIPTION, epilog=EPILOG,
                                usage="%(prog)s [options] (--db URL | --out DIR) INPUT... "
                                      "[-- ENTENTE_OPTIONS...]",
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="JSONL files or directories of them (walked in sorted order)")
    dest = p.add_mutually_exclusive_group(required=True)
    dest.add_argument("--db", metavar="URL", help="postgresql://user:password@host:port/database")
    dest.add_argument("--out", metavar="DIR", help="write events as DIR/part-NNNNN.jsonl")
    p.add_argument("--scheduler", metavar="ADDR",
                   help="Dask scheduler to use (tcp://host:8786); default: start a local cluster")
    p.add_argument("--workers", type=int, default=2, metavar="N",
                   help="local cluster: worker processes (default 2)")
    p.add_argument("--threads-per-worker", type=int, default=1, metavar="T",
                   help="local cluster: partitions a worker runs at once (default 1)")
    p.add_argument("--dashboard-address", default=":8787", metavar="ADDR",
                   help="local cluster: dashboard address (default :8787; needs bokeh)")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="J",
                   help="coding threads of each entente process (default 1)")
    p.add_argument("--partition-lines", type=int, default=1000, metavar="N",
                   help="input lines per partition (default 1000)")
    p.add_argument("--entente", metavar="PATH", default=None,
                   help="the entente binary, same path on every worker (default: build/entente "
                        "beside this script, else entente on PATH)")
    p.add_argument("--ship", action="store_true",
                   help="send each partition's bytes with its task (workers without the files)")
    p.add_argument("--skip-other", action="store_true",
                   help="ignore non-JSONL files in directories instead of refusing them")
    p.add_argument("--progress", choices=("auto", "bar", "lines", "none"), default="auto",
                   help="progress: Dask's bar on a terminal, plain lines otherwise (default auto)")
    return p


def _err(msg):
    print("entente-dask: " + msg, file=sys.stderr, flush=True)


def _has_bokeh():
    try:
        import bokeh  # noqa: F401
        return True
    except ImportError:
        return False


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    extra = []
    if "--" in argv:  # everything after -- is for entente (--date, dictionary flags, ...)
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1:]
    args = build_parser().parse_args(argv)
    if min(args.workers, args.threads_per_worker, args.jobs, args.partition_lines) < 1:
        _err("--workers, --threads-per-worker, --jobs and --partition-lines must be >= 1")
        return 2
    entente = args.entente or _default_entente()
    if not entente:
        _err("no entente binary found: build it (cmake, make entente_cli) or pass --entente PATH")
        return 2
    entente = os.path.abspath(entente)
    if args.db and not args.db.startswith(("postgresql://", "postgres://")):
        _err("--db must be a postgresql:// URL (SQLite takes one writer at a time; use entente "
             "ingest for it)")
        return 2
    try:
        inputs = partition_mod.find_inputs(args.inputs, args.skip_other, warn=_err)
        parts = partition_mod.split(inputs, args.partition_lines)
    except (partition_mod.InputError, OSError) as e:
        _err(str(e))
        return 2
    if args.out:
        os.makedirs(args.out, exist_ok=True)
        args.out = os.path.abspath(args.out)
        try:
            os.unlink(os.path.join(args.out, "_SUCCESS"))
        except FileNotFoundError:
            pass
    try:
        import cloudpickle
        import distributed
    except ImportError as e:
        _err("needs Dask distributed (Debian: apt-get install python3-distributed "
             "python3-psycopg2, or scripts/setup-debian.sh): %s" % e)
        return 2
    # Workers need not have this package installed: the task's code travels with it (Dask
    # pickles a function by value when its own module is registered) and its arguments are
    # plain data.
    cloudpickle.register_pickle_by_value(task_mod)

    cluster = None
    if args.scheduler:
        client = distributed.Client(args.scheduler)
    else:
        import logging
        logging.getLogger("distributed").setLevel(logging.ERROR)
        cluster = distributed.LocalCluster(
            n_workers=args.workers, threads_per_worker=args.threads_per_worker, processes=True,
            host="127.0.0.1", dashboard_address=args.dashboard_address if _has_bokeh() else ":0")
        client = distributed.Client(cluster)
    try:
        return _run(args, client, parts, inputs, entente, extra, distributed)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _run(args, client, parts, inputs, entente, extra, distributed):
    nworkers = len(client.scheduler_info().get("workers", {}))
    dash = client.dashboard_link if _has_bokeh() else None
    where = args.db if args.db else args.out
    if args.db and "@" in where:  # do not print a password
        head, tail = where.split("@", 1)
        if ":" in head[len("postgresql://"):]:
            where = head.rsplit(":", 1)[0] + ":***@" + tail
    total_lines = sum(p.lines for p in parts)
    _err("%d partitions (%d lines, %d files) -> %s on %s (%d workers)" % (
        len(parts), total_lines, len(inputs), where, client.scheduler.address, nworkers))
    _err("dashboard: %s" % (dash or "not available (the dashboard needs bokeh, which Debian does "
                                     "not package); progress is shown here"))
    cfg = {"mode": "db" if args.db else "out", "db": args.db, "out": args.out,
           "entente": entente, "jobs": args.jobs, "entente_args": extra}
    token = uuid.uuid4().hex[:8]
    t0 = time.time()
    futures = []
    for p in parts:
        data = task_mod.read_partition(p) if args.ship else None
        futures.append(client.submit(task_mod.run_partition, dataclasses.asdict(p), cfg, data, pure=False,
                                     key="entente-%s-%s" % (p.name, token)))
    mode = args.progress
    if mode == "auto":
        mode = "bar" if sys.stdout.isatty() else "lines"
    results, failures = [], []
    if mode == "bar":
        distributed.progress(futures)
        print(file=sys.stdout, flush=True)
        for f in futures:
            try:
                results.append(f.result())
            except Exception as e:
                failures.append(str(e))
    else:
        done_docs = 0
        for f in distributed.as_completed(futures):
            try:
                r = f.result()
            except Exception as e:
                failures.append(str(e))
                _err("FAILED %s" % e)
                continue
            results.append(r)
            done_docs += r["documents"]
            if mode == "lines":
                el = time.time() - t0
                print("%s done on %s: %d documents, %d events (%d/%d partitions, %.0f docs/s)" % (
                    r["name"], r["worker"], r["documents"], r["events"], len(results), len(parts),
                    done_docs / el if el > 0 else 0), flush=True)
    wall = time.time() - t0
    for r in sorted(results, key=lambda r: r["index"]):
        for m in r["messages"][:5]:
            _err(m)
    if args.out and not failures:
        for name in os.listdir(args.out):  # leftovers of attempts that were killed
            if name.startswith(".part-") and ".jsonl.tmp-" in name:
                os.unlink(os.path.join(args.out, name))
        with open(os.path.join(args.out, "_SUCCESS"), "w") as f:
            f.write("%d partitions\n" % len(parts))
    _summary(args, results, parts, wall)
    if failures:
        _err("%d of %d partitions failed; the others are stored. Fix the cause and run the same "
             "command again: stored partitions add nothing." % (len(failures), len(parts)))
        return 1
    return 3 if any(r["skipped"] for r in results) else 0


def _summary(args, results, parts, wall):
    docs = sum(r["documents"] for r in results)
    events = sum(r["events"] for r in results)
    out = sys.stdout
    print("entente-dask summary", file=out)
    print("  partitions   %d of %d done" % (len(results), len(parts)), file=out)
    if args.db:
        print("  documents    %d read, %d new, %d already stored, %d skipped" % (
            docs, sum(r["new"] for r in results), sum(r["already"] for r in results),
            sum(r["skipped"] for r in results)), file=out)
        print("  events       %d added" % events, file=out)
    else:
        print("  documents    %d read, %d skipped" % (docs, sum(r["skipped"] for r in results)),
              file=out)
        print("  events       %d written to %s" % (events, args.out), file=out)
    print("  wall time    %.1f s" % wall, file=out)
    print("  throughput   %.1f documents/s, %.1f events/s" % (
        docs / wall if wall > 0 else 0, events / wall if wall > 0 else 0), file=out)
    per = {}
    for r in results:
        w = per.setdefault(r["worker"], {"parts": 0, "docs": 0, "events": 0, "busy": 0.0})
        w["parts"] += 1
        w["docs"] += r["documents"]
        w["events"] += r["events"]
        w["busy"] += r["end"] - r["start"]
    print("  per worker   partitions  documents  events  busy s  docs/s (of wall)  docs/s (busy)",
          file=out)
    for name in sorted(per):
        w = per[name]
        print("  %-24s %4d %10d %7d %7.1f %10.1f %15.1f" % (
            name, w["parts"], w["docs"], w["events"], w["busy"], w["docs"] / wall if wall else 0,
            w["docs"] / w["busy"] if w["busy"] else 0), file=out)
    out.flush()
