#!/usr/bin/env python3
# Copyright 2026 The entente Authors. Apache-2.0.
"""`entente serve` over HTTP: every endpoint, errors, limits, clean shutdown, and a bounded load
test (50 concurrent keep-alive clients for 10 seconds, zero errors, requests/s reported).

Usage: server_checks.py ENTENTE_BINARY CHECK [PATH...]
  CHECK = endpoints | load      (load: optional PATHs to hammer; default a mix of /api/dyad,
                                 /api/events, /api/status)
Each check builds a temporary store from data/samples/demo_corpus.jsonl and starts the server on
a free loopback port (--port 0; the port is read from the URL it prints).
"""
import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "data", "samples", "demo_corpus.jsonl")


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


class Server:
    def __init__(self, binary, db, extra=()):
        self.proc = subprocess.Popen(
            [binary, "serve", "--db", db, "--port", "0", "--threads", "16", *extra],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        if "http://127.0.0.1:" not in line:
            self.proc.kill()
            fail("serve did not print its URL: %r %s" % (line, self.proc.stderr.read()))
        self.port = int(line.split("http://127.0.0.1:")[1].split("/")[0])
        self.stderr_lines = []
        self.reader = threading.Thread(target=self._drain, daemon=True)
        self.reader.start()

    def _drain(self):
        for line in self.proc.stderr:
            self.stderr_lines.append(line)

    def request(self, method, path, params=None, body=None, conn=None):
        url = path + ("?" + urllib.parse.urlencode(params) if params else "")
        own = conn is None
        conn = conn or http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        conn.request(method, url, body=body,
                     headers={"Content-Type": "application/x-ndjson"} if body else {})
        res = conn.getresponse()
        data = res.read()
        ctype = res.getheader("Content-Type", "")
        if own:
            conn.close()
        return res.status, ctype, data

    def get_json(self, path, params=None, status=200):
        code, ctype, data = self.request("GET", path, params)
        if code != status:
            fail("%s %s: status %d, wanted %d: %s" % (path, params, code, status, data[:300]))
        if "application/json" not in ctype:
            fail("%s: content type %s" % (path, ctype))
        return json.loads(data)

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        try:
            rc = self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            fail("serve did not stop within 10 s of SIGTERM")
        self.reader.join(timeout=5)
        return rc


def make_store(binary, tmp):
    db = "sqlite:" + os.path.join(tmp, "demo.db")
    r = subprocess.run([binary, "ingest", "-q", "--db", db, CORPUS], capture_output=True, text=True)
    if r.returncode not in (0, 3):
        fail("ingest: %s" % r.stderr)
    return db


def check_endpoints(binary, tmp):
    db = make_store(binary, tmp)
    s = Server(binary, db)
    try:
        st = s.get_json("/api/status")
        if st["counts"]["documents"] < 200 or st["backend"] != "sqlite":
            fail("status: %s" % st)
        if not st["runs"] or st["allow_ingest"]:
            fail("status runs/allow_ingest: %s" % st)
        d = s.get_json("/api/dictionary")
        if not d["loaded"] or not d["store"] or not d["store"][0]["matches_loaded"]:
            fail("dictionary: %s" % d)
        top = s.get_json("/api/dyads", {"limit": 5})
        if len(top["items"]) != 5:
            fail("dyads: %s" % top)
        dy = s.get_json("/api/dyad", {"dyad": "CHN-RUS", "by": "quarter"})
        if dy["count"] != sum(p["count"] for p in dy["points"]) or dy["count"] == 0:
            fail("dyad counts: %s" % dy["count"])
        # The CLI gives the same JSON (one definition in the library).
        cli = subprocess.run([binary, "dyad", "CHN", "RUS", "--by", "quarter", "--db", db,
                              "--format", "json"], capture_output=True, text=True, check=True)
        cj = json.loads(cli.stdout)
        for k, v in cj.items():
            if dy.get(k) != v:
                fail("dyad field %s differs between CLI and API" % k)
        tri = s.get_json("/api/triangle", {"actors": "USA,CHN,RUS", "by": "year"})
        if len(tri["periods"]) < 3:
            fail("triangle: %s" % tri)
        drv = s.get_json("/api/drivers", {"target": "CHN-RUS", "candidates": "USA-CHN,USA-RUS",
                                          "by": "quarter"})
        if len(drv["findings"]) != 2 or drv["bootstrap"]["replications"] != 200:
            fail("drivers: %s" % {k: drv[k] for k in ("findings", "bootstrap")})
        p = dy["points"][[i for i, p in enumerate(dy["points"]) if p["count"]][0]]
        ev = s.get_json("/api/events", {"dyad": "CHN-RUS", "from": p["start"], "to": p["end"],
                                        "limit": 1000})
        if ev["total"] != p["count"] or len(ev["items"]) != p["count"]:
            fail("events of %s: %d, the series says %d" % (p["period"], ev["total"], p["count"]))
        if not all(e["sentence"] and e["document"]["id"] for e in ev["items"]):
            fail("events lack sentences or documents")
        # Bad parameters: 400 with a reason and the parameter's name.
        for path, params, param in [
                ("/api/events", {"limit": "1000000"}, "limit"),
                ("/api/events", {"nope": "1"}, "nope"),
                ("/api/events", {"from": "2019-02-30"}, "from"),
                ("/api/dyad", {"dyad": "CHN-RUS", "by": "fortnight"}, "by"),
                ("/api/dyad", {"dyad": "nodash"}, "dyad"),
                ("/api/triangle", {"actors": "USA"}, "actors"),
                ("/api/drivers", {"target": "CHN-RUS", "candidates": "USA-CHN",
                                  "replications": "100000"}, "replications")]:
            e = s.get_json(path, params, status=400)
            if e.get("param") != param or not e.get("error"):
                fail("%s %s: %s" % (path, params, e))
        e = s.get_json("/api/events", {"limit": "5000"}, status=400)
        if "1000" not in e["error"]:
            fail("huge limit: the maximum is not stated: %s" % e)
        # SQL metacharacters are text: no rows, no error, store intact.
        for params in ({"source": "' OR 1=1 --"}, {"code": "%"}, {"dyad": "A'B-C\"D"},
                       {"q": "'); DROP TABLE events; --"}):
            r = s.get_json("/api/events", params)
            if r["total"] != 0:
                fail("metacharacters matched: %s -> %d" % (params, r["total"]))
        if s.get_json("/api/status")["counts"] != st["counts"]:
            fail("store changed")
        code, _, body = s.request("POST", "/api/ingest", body=b'{"id":"x","date":"2020-01-01","text":"A."}\n')
        if code != 403 or b"--allow-ingest" not in body:
            fail("ingest without the flag: %d %s" % (code, body))
        code, ctype, body = s.request("GET", "/")
        if code != 200 or "text/html" not in ctype or b"dyad-chart" not in body:
            fail("dashboard: %d %s" % (code, ctype))
        for asset in ("/dashboard.js", "/dashboard.css"):
            if s.request("GET", asset)[0] != 200:
                fail(asset)
        if s.get_json("/healthz")["ok"] is not True:
            fail("healthz")
        if s.request("GET", "/api/nothing")[0] != 404 or s.request("DELETE", "/api/dyad")[0] != 405:
            fail("404/405")
        # A body over the limit is refused before it is read whole.
        code, _, _ = s.request("POST", "/api/ingest", body=b"x" * (9 << 20))
        if code != 413:
            fail("oversized body: %d" % code)
    finally:
        rc = s.stop()
    if rc != 0:
        fail("serve exited %d after SIGTERM" % rc)
    log = "".join(s.stderr_lines)
    if "GET /api/status 200" not in log or " ms" not in log or "stopped" not in log:
        fail("request log: %s" % log[-500:])

    # With --allow-ingest: documents posted are coded and stored.
    s = Server(binary, db, ["--allow-ingest", "-q"])
    try:
        doc = {"id": "serve-check-1", "date": "2021-03-04",
               "text": "Chinese President Xi Jinping praised Russian President Vladimir Putin."}
        code, _, body = s.request("POST", "/api/ingest", body=(json.dumps(doc) + "\n").encode())
        r = json.loads(body)
        if code != 200 or r["documents_added"] != 1 or r["events_added"] < 1:
            fail("ingest: %d %s" % (code, r))
        ev = s.get_json("/api/events", {"dyad": "CHN-RUS", "from": "2021-03-04", "to": "2021-03-04"})
        if not any(e["document"]["id"] == "serve-check-1" for e in ev["items"]):
            fail("ingested event not found: %s" % ev)
    finally:
        s.stop()
    print("endpoints: ok")


def check_load(binary, tmp, paths):
    db = make_store(binary, tmp)
    s = Server(binary, db, ["-q"])
    targets = paths or ["/api/dyad?dyad=CHN-RUS&by=month",
                        "/api/events?dyad=CHN-RUS&limit=50",
                        "/api/events?actor=USA&from=2018&to=2019&limit=20",
                        "/api/status"]
    clients, seconds = 50, 10.0
    counts = [0] * clients
    errors = []
    start = threading.Barrier(clients + 1)
    deadline = [0.0]

    def client(i):
        conn = http.client.HTTPConnection("127.0.0.1", s.port, timeout=30)
        start.wait()
        k = i
        while time.monotonic() < deadline[0]:
            path = targets[k % len(targets)]
            k += 1
            try:
                conn.request("GET", path)
                res = conn.getresponse()
                data = res.read()
                if res.status != 200 or not data.startswith(b"{"):
                    errors.append("%s: %d" % (path, res.status))
                else:
                    counts[i] += 1
            except Exception as e:  # noqa: BLE001 - every failure counts
                errors.append("%s: %r" % (path, e))
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", s.port, timeout=30)
        conn.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    deadline[0] = time.monotonic() + seconds
    t0 = time.monotonic()
    start.wait()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - t0
    rc = s.stop()
    total = sum(counts)
    print("load: %d clients, %.1f s, %d requests, %.0f requests/s, %d errors (%s)"
          % (clients, elapsed, total, total / elapsed, len(errors), ", ".join(targets)))
    if errors:
        fail("errors under load: %s" % errors[:5])
    if rc != 0:
        fail("serve exited %d" % rc)
    if total == 0:
        fail("no request completed")


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    binary, check = sys.argv[1], sys.argv[2]
    tmp = tempfile.mkdtemp(prefix="entente-serve-")
    try:
        if check == "endpoints":
            check_endpoints(binary, tmp)
        elif check == "load":
            check_load(binary, tmp, sys.argv[3:])
        else:
            print("unknown check " + check)
            return 2
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
