#!/usr/bin/python3
# Copyright 2026 The entente Authors. Apache-2.0.
#
# End-to-end checks of scripts/entente-dask (docs/scaling.md).
#
#   dask_checks.py ENTENTE_BINARY out_demo      (label fast;dask)
#     A local cluster of 2 worker processes codes data/samples/demo_corpus.jsonl into --out DIR:
#     the partition files, concatenated, are byte for byte `entente code` of the whole file; a
#     second run gives the same bytes; lines without an "id" get the ids a whole-file run gives
#     them; non-JSONL inputs are refused.
#   dask_checks.py ENTENTE_BINARY pg_cluster    (label dask;pg;slow)
#     A real PostgreSQL on loopback in a temporary directory and a real Dask cluster (a scheduler
#     and 2 worker processes, each `dask worker` with its nanny, on loopback).  A corpus of
#     >= 20,000 distinct documents built from ../shared/data/news is stored (1) by one
#     `entente ingest`, (2) by entente-dask, (3) by entente-dask while one worker process is
#     SIGKILLed mid-partition.  (2) and (3) must equal (1) row for row over the compared columns
#     (COMPARED below; docs/scaling.md), and (3) must show that a partition attempt was cut off.
#
# Exit 0 passed, 1 failed, 77 skipped (Dask, psycopg2, PostgreSQL or ../shared missing).
# ENTENTE_DASK_KEEP=1 keeps the temporary directory; ENTENTE_DASK_DOCS=N caps the corpus.

import csv
import glob
import gzip
import html
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.normpath(os.path.join(HERE, "..", ".."))
DRIVER = os.path.join(SOURCE, "scripts", "entente-dask")
SHARED = os.path.normpath(os.path.join(SOURCE, "..", "shared"))
DEMO = os.path.join(SOURCE, "data", "samples", "demo_corpus.jsonl")
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
SKIP = 77


class Skip(Exception):
    pass



def entente_children(pid):
    """Pids of running `entente` processes below process `pid` (read from /proc)."""
    parents = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % d) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            with open("/proc/%s/cmdline" % d, "rb") as f:
                cmd = f.read().split(b"\0")[0]
        except OSError:
            continue
        parents[int(d)] = (int(fields[1]), os.path.basename(cmd) == b"entente")
    found = []
    for child, (ppid, is_entente) in parents.items():
        p = ppid
        while p > 1 and p != pid:
            p = parents.get(p, (1, False))[0]
        if p == pid and is_entente:
            found.append(child)
    return found

def need_dask():
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise Skip("needs Dask distributed for /usr/bin/python3 (apt-get install "
                   "python3-distributed python3-psycopg2, or scripts/setup-debian.sh)")


def check(cond, msg):
    if not cond:
        raise AssertionError(msg)


def run(argv, **kw):
    kw.setdefault("stdout", subprocess.PIPE)
    kw.setdefault("stderr", subprocess.PIPE)
    return subprocess.run(argv, **kw)


def driver(*args, **kw):
    return run([PYTHON, DRIVER] + list(args), **kw)


# ---------------------------------------------------------------------------------- out_demo --

def check_out_demo(entente, tmp):
    need_dask()
    single = run([entente, "code", "-q", DEMO]).stdout
    check(single.count(b"\n") > 100, "entente code of the demo corpus gave too few events")
    out = os.path.join(tmp, "out")
    for attempt in (1, 2):
        r = driver("--workers", "2", "--partition-lines", "40", "--entente", entente,
                   "--out", out, DEMO)
        check(r.returncode == 0, "entente-dask --out failed (%d):\n%s" % (r.returncode, r.stderr.decode()))
        parts = sorted(glob.glob(os.path.join(out, "part-*.jsonl")))
        check(len(parts) == 6, "238 lines / 40 per partition should give 6 files, got %d" % len(parts))
        joined = b"".join(open(p, "rb").read() for p in parts)
        check(joined == single, "run %d: partition files differ from `entente code` of the whole file" % attempt)
        check(os.path.exists(os.path.join(out, "_SUCCESS")), "no _SUCCESS marker")
        check(not [n for n in os.listdir(out) if ".tmp-" in n], "temporary files left behind")
        summary = r.stdout.decode()
        check(re.search(r"documents\s+238 read", summary), "summary lacks the document count:\n" + summary)
        check(re.search(r"events\s+%d written" % single.count(b"\n"), summary),
              "summary lacks the event count:\n" + summary)
    # Lines without an id: every third line loses it; ids must come out as a whole-file run gives.
    corpus = os.path.join(tmp, "noids", "corpus.jsonl")
    os.makedirs(os.path.dirname(corpus))
    with open(DEMO, encoding="utf-8") as f, open(corpus, "w", encoding="utf-8") as g:
        for i, line in enumerate(f):
            obj = json.loads(line)
            if i % 3 == 0:
                del obj["id"]
            g.write(json.dumps(obj, ensure_ascii=False) + "\n")
    single = run([entente, "code", "-q", corpus]).stdout
    check(b'"doc":"corpus.jsonl:1"' in single, "expected entente's default id corpus.jsonl:1")
    out2 = os.path.join(tmp, "out2")
    r = driver("--workers", "2", "--partition-lines", "25", "--entente", entente, "--out", out2,
               os.path.dirname(corpus))
    check(r.returncode == 0, "entente-dask on a directory failed:\n" + r.stderr.decode())
    joined = b"".join(open(p, "rb").read() for p in sorted(glob.glob(os.path.join(out2, "part-*.jsonl"))))
    check(joined == single, "ids of lines without one differ from a whole-file run")
    # Refusals: a non-JSONL file, stdin.
    txt = os.path.join(tmp, "noids", "note.txt")
    open(txt, "w").write("Russia criticised China.\n")
    r = driver("--workers", "1", "--entente", entente, "--out", out2, os.path.dirname(corpus))
    check(r.returncode == 2 and b"only JSONL" in r.stderr and b"note.txt" in r.stderr,
          "a directory with a .txt file must be refused naming it: %d %s" % (r.returncode, r.stderr.decode()))
    r = driver("--workers", "1", "--entente", entente, "--db", "sqlite:x.db", corpus)
    check(r.returncode == 2 and b"postgresql://" in r.stderr, "an SQLite --db must be refused")
    print("out_demo: partition files equal `entente code` (twice), default ids kept, refusals ok")


# -------------------------------------------------------------------------------- pg_cluster --

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    """A throw-away PostgreSQL on 127.0.0.1 (as tests/pg/pg_server.cc does it, in Python)."""

    def __init__(self, tmp):
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
        self.bin = os.environ.get("ENTENTE_PG_BIN") or (bins[-1] if bins else "")
        if not os.path.exists(os.path.join(self.bin, "initdb")):
            raise Skip("needs PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb)")
        self.dir = os.path.join(tmp, "pg")
        os.makedirs(self.dir)
        self.runas = []
        if os.geteuid() == 0:
            if run(["id", "postgres"]).returncode != 0 or not shutil.which("runuser"):
                raise Skip("running as root needs the postgres user and runuser")
            os.chmod(tmp, 0o755)
            shutil.chown(self.dir, "postgres")
            self.runas = ["runuser", "-u", "postgres", "--"]
        r = run(self.runas + [self.bin + "/initdb", "-D", self.dir + "/data", "-U", "entente",
                              "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
        check(r.returncode == 0, "initdb failed: " + r.stderr.decode())
        self.port = free_port()
        opts = ("-p %d -c listen_addresses=127.0.0.1 -c unix_socket_directories=%s -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
                % (self.port, self.dir))
        r = run(self.runas + [self.bin + "/pg_ctl", "-D", self.dir + "/data", "-l",
                              self.dir + "/server.log", "-w", "-t", "60", "-o", opts, "start"])
        check(r.returncode == 0, "pg_ctl start failed: " + r.stderr.decode())

    def url(self, db):
        return "postgresql://entente@127.0.0.1:%d/%s" % (self.port, db)

    def createdb(self, db):
        import psycopg2
        conn = psycopg2.connect(self.url("postgres"))
        conn.autocommit = True
        conn.cursor().execute("CREATE DATABASE %s TEMPLATE template0 ENCODING 'UTF8'" % db)
        conn.close()
        return self.url(db)

    def stop(self):
        run(self.runas + [self.bin + "/pg_ctl", "-D", self.dir + "/data", "-m", "immediate", "-w", "stop"])


def fold(text):
    return " ".join(text.split())


def build_corpus(path, cap=None):
    """>= 20,000 distinct documents from ../shared/data/news: every AG News item (title +
    description), every Reuters-21578 story with a body and each of its paragraphs, every BBC
    politics article and each of its paragraphs.  Texts repeated after whitespace folding are
    kept once (entente stores a text once; see docs/scaling.md)."""
    news = os.path.join(SHARED, "data", "news")
    if not os.path.isdir(news):
        raise Skip("needs ../shared/data/news (the corpus of >= 20,000 documents is built from it)")
    docs, seen = [], set()

    def add(doc_id, text, date, title="", source=""):
        key = fold(text)
        if len(key.split()) < 6 or key in seen:
            return
        seen.add(key)
        docs.append({"id": doc_id, "date": date, "title": title, "source": source, "text": text})

    with open(os.path.join(news, "ag_news_test.csv"), encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        next(rows)
        for i, row in enumerate(rows):
            text = html.unescape(row[2].replace("\\", " ").replace("#36;", "$"))
            add("ag-%05d" % i, row[1] + ". " + text, "2004-08-15", row[1], "AG News")
    for fname in sorted(glob.glob(os.path.join(news, "reuters21578", "*.sgm.gz"))):
        sgml = gzip.open(fname, "rb").read().decode("latin-1")
        for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>', sgml, re.S):
            body = re.search(r"<BODY>(.*?)</BODY>", m.group(2), re.S)
            if not body:
                continue
            date = re.search(r"<DATE>\s*(\d+)-(\w{3})-(\d{4})", m.group(2))
            months = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
            iso = "%s-%02d-%02d" % (date.group(3), months.index(date.group(2).upper()) + 1,
                                    int(date.group(1))) if date else "1987-03-01"
            title = re.search(r"<TITLE>(.*?)</TITLE>", m.group(2), re.S)
            title = html.unescape(title.group(1)) if title else ""
            text = html.unescape(re.sub(r"&#\d+;", " ", body.group(1)))
            text = text.replace(" Reuter\n", "").strip()
            add("reuters-%s" % m.group(1), text, iso, title, "Reuters")
            for k, para in enumerate(re.split(r"\n {3,}", text)):
                add("reuters-%s-p%d" % (m.group(1), k), para.strip(), iso, title, "Reuters")
    for fname in sorted(glob.glob(os.path.join(news, "bbc_politics", "*.txt"))):
        raw = open(fname, encoding="utf-8", errors="replace").read()
        title, _, body = raw.partition("\n")
        stem = os.path.splitext(os.path.basename(fname))[0]
        add("bbc-%s" % stem, body.strip(), "2005-01-15", title.strip(), "BBC")
        for k, para in enumerate(p for p in body.split("\n\n") if p.strip()):
            add("bbc-%s-p%d" % (stem, k), para.strip(), "2005-01-15", title.strip(), "BBC")
    if cap:
        docs = docs[:cap]
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return len(docs)


# What "row for row" means: every column entente ingest stores, except those that name a
# particular process or moment (serial ids, run, ingested_at, runs.*) and documents.origin
# (`corpus.jsonl:N` for one process, `<stdin>:N` inside a partition).  Rows are joined to their
# document by content hash, the store's own idempotence key.
COMPARED = {
    "documents": """SELECT content_hash, ext_id, date, title, source, url, text
                    FROM documents ORDER BY content_hash""",
    "sentences": """SELECT d.content_hash, s.idx, s.start, s."end", s.text
                    FROM sentences s JOIN documents d ON d.id = s.doc
                    ORDER BY 1, 2""",
    "events": """SELECT d.content_hash, d.ext_id, e.sentence, e.start, e."end", e.date, e.source,
                        e.source_text, e.target, e.target_text, e.code, e.root, e.quad,
                        e.goldstein, e.status, e.verb_text, e.pattern_id, e.dict_fingerprint,
                        e.coder_version, e.dataset, e.ext_id, e.origin
                 FROM events e JOIN documents d ON d.id = e.doc
                 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
                          20, 21, 22""",
    # Deduplication across outlets: which mention each repeats (named by its document's content
    # hash and offset, not by id) and the counts of distinct events.
    "mentions": """SELECT d.content_hash, e.start, e.code, cd.content_hash, c.start,
                          e.num_mentions, e.num_sources, e.num_articles
                   FROM events e JOIN documents d ON d.id = e.doc
                   LEFT JOIN events c ON c.id = e.dup_of LEFT JOIN documents cd ON cd.id = c.doc
                   ORDER BY 1, 2, 3, 4, 5, 6, 7, 8""",
}


def dump(url):
    import psycopg2
    conn = psycopg2.connect(url)
    cur = conn.cursor()
    out = {}
    for table, sql in COMPARED.items():
        cur.execute(sql)
        out[table] = cur.fetchall()
    conn.close()
    return out


def query(url, sql):
    import psycopg2
    conn = psycopg2.connect(url)
    cur = conn.cursor()
    cur.execute(sql)
    rows = cur.fetchall()
    conn.close()
    return rows


def compare(expected, got, label):
    for table in COMPARED:
        a, b = expected[table], got[table]
        if a != b:
            for i, (x, y) in enumerate(zip(a, b)):
                if x != y:
                    raise AssertionError("%s: %s differ at row %d:\n  single: %r\n  dask:   %r"
                                         % (label, table, i, x[:6], y[:6]))
            raise AssertionError("%s: %s: %d rows from one process, %d from dask"
                                 % (label, table, len(a), len(b)))
    return {t: len(v) for t, v in got.items()}


class DaskCluster:
    """`dask scheduler` and two `dask worker` processes (one worker process each, with its
    nanny, 1 thread) on 127.0.0.1."""

    def __init__(self, tmp):
        self.port = free_port()
        self.address = "tcp://127.0.0.1:%d" % self.port
        self.logs = []
        self.procs = []
        env = dict(os.environ, DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES="5")
        self._start([PYTHON, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                     "--port", str(self.port), "--dashboard-address", ":0", "--no-show"],
                    os.path.join(tmp, "scheduler.log"), env)
        for i in range(2):
            self._start([PYTHON, "-m", "distributed.cli.dask_worker", self.address, "--host",
                         "127.0.0.1", "--nthreads", "1", "--nworkers", "1", "--name", "w%d" % i,
                         "--local-directory", os.path.join(tmp, "w%d" % i)],
                        os.path.join(tmp, "worker%d.log" % i), env)
        import distributed
        self.client = distributed.Client(self.address, timeout=60)
        self.client.wait_for_workers(2, timeout=120)

    def _start(self, argv, log, env):
        f = open(log, "wb")
        self.logs.append(log)
        self.procs.append(subprocess.Popen(argv, stdout=f, stderr=subprocess.STDOUT, env=env,
                                           start_new_session=True))

    def worker_pids(self):
        return self.client.run(os.getpid)

    def stop(self):
        try:
            self.client.close()
        except Exception:
            pass
        for p in reversed(self.procs):
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for p in self.procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)


def check_pg_cluster(entente, tmp):
    need_dask()
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        raise Skip("needs psycopg2 for /usr/bin/python3 (apt-get install python3-psycopg2)")
    cap = int(os.environ["ENTENTE_DASK_DOCS"]) if os.environ.get("ENTENTE_DASK_DOCS") else None
    corpus_dir = os.path.join(tmp, "corpus")
    os.makedirs(corpus_dir)
    corpus = os.path.join(corpus_dir, "news.jsonl")
    n = build_corpus(corpus, cap)
    check(cap or n >= 20000, "corpus has only %d distinct documents" % n)
    print("corpus: %d documents" % n, flush=True)
    pg = PgServer(tmp)
    cluster = None
    try:
        single_url = pg.createdb("single")
        t = time.time()
        r = run([entente, "ingest", "-q", "-j", "2", "--db", single_url, corpus])
        single_s = time.time() - t
        check(r.returncode == 0, "entente ingest failed (%d): %s" % (r.returncode, r.stderr.decode()[-2000:]))
        expected = dump(single_url)
        check(len(expected["documents"]) == n, "single ingest stored %d of %d documents"
              % (len(expected["documents"]), n))
        check(len(expected["events"]) > 1000, "too few events to be a meaningful comparison")
        print("single entente ingest: %.1f s (%.0f docs/s), %s" % (
            single_s, n / single_s, {k: len(v) for k, v in expected.items()}), flush=True)

        cluster = DaskCluster(tmp)
        lines = max(200, n // 24)  # ~24 partitions: several per worker, each a few seconds
        # (2) the plain run.
        dask_url = pg.createdb("dask")
        t = time.time()
        r = driver("--scheduler", cluster.address, "--db", dask_url, "--entente", entente,
                   "--partition-lines", str(lines), corpus)
        dask_s = time.time() - t
        check(r.returncode == 0, "entente-dask failed (%d):\n%s\n%s" % (
            r.returncode, r.stdout.decode()[-3000:], r.stderr.decode()[-3000:]))
        counts = compare(expected, dump(dask_url), "dask run")
        print("entente-dask, 2 workers: %.1f s (%.0f docs/s): equal %s" % (dask_s, n / dask_s, counts),
              flush=True)
        # Running it again adds nothing (every partition's documents are already stored).
        r = driver("--scheduler", cluster.address, "--db", dask_url, "--entente", entente,
                   "--partition-lines", str(lines), corpus)
        check(r.returncode == 0 and re.search(r"0 new, %d already stored" % n, r.stdout.decode()),
              "a second run must add nothing:\n" + r.stdout.decode())
        compare(expected, dump(dask_url), "dask run repeated")
        print("entente-dask again: 0 new, all %d already stored, still equal" % n, flush=True)

        # (3) one worker process SIGKILLed while it codes a partition.
        kill_url = pg.createdb("killed")
        proc = subprocess.Popen([PYTHON, DRIVER, "--scheduler", cluster.address, "--db", kill_url,
                                 "--entente", entente, "--partition-lines", str(lines), corpus],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        first = proc.stdout.readline()  # a partition is done: both workers are busy now
        check(b" done on " in first, "no progress line from entente-dask: %r" % first)
        victim = None
        for _ in range(100):
            busy = {w: keys for w, keys in cluster.client.processing().items() if keys}
            if busy:
                victim = sorted(busy)[0]
                break
            time.sleep(0.1)
        check(victim, "no worker was busy")
        pid = cluster.worker_pids()[victim]
        # Kill while the victim's `entente ingest` child is running (its run is open): a fixed
        # delay misses on an idle machine, where a partition takes about a second.
        # Its run must be open too (entente spends its first half second loading dictionaries):
        # wait until every running entente child has an unfinished run row.
        pids = list(cluster.worker_pids().values())
        deadline = time.time() + 60
        while time.time() < deadline:
            mine = entente_children(pid)
            running = sum(len(entente_children(w)) for w in pids)
            open_runs = query(kill_url, "SELECT count(*) FROM runs WHERE finished IS NULL")[0][0]
            if mine and open_runs >= running:
                break
            time.sleep(0.02)
        check(entente_children(pid), "the busy worker never started entente")
        os.kill(pid, signal.SIGKILL)
        print("killed worker %s (pid %d) during %s" % (victim, pid, busy[victim]), flush=True)
        out, err = proc.communicate(timeout=3600)
        check(proc.returncode == 0, "entente-dask with a killed worker failed (%d):\n%s\n%s" % (
            proc.returncode, out.decode()[-3000:], err.decode()[-3000:]))
        counts = compare(expected, dump(kill_url), "dask run with a killed worker")
        cut = query(kill_url, "SELECT count(*) FROM runs WHERE finished IS NULL")[0][0]
        check(cut >= 1, "no partition attempt was cut off by the kill (runs without finish: 0)")
        print("entente-dask, worker killed: %d partition attempt(s) cut off and retried; equal %s"
              % (cut, counts), flush=True)
    finally:
        if cluster:
            cluster.stop()
        pg.stop()


def main():
    if len(sys.argv) != 3:
        print("usage: dask_checks.py ENTENTE_BINARY out_demo|pg_cluster", file=sys.stderr)
        return 2
    entente, name = os.path.abspath(sys.argv[1]), sys.argv[2]
    checks = {"out_demo": check_out_demo, "pg_cluster": check_pg_cluster}
    tmp = tempfile.mkdtemp(prefix="entente_dask_")
    try:
        checks[name](entente, tmp)
        return 0
    except Skip as e:
        print("SKIPPED: " + str(e))
        return SKIP
    except AssertionError as e:
        print("FAILED: " + str(e))
        return 1
    finally:
        if os.environ.get("ENTENTE_DASK_KEEP"):
            print("kept " + tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
