#!/usr/bin/env python3
"""End-to-end checks of `entente import` and `entente export` on SQLite, run by ctest.

    import_checks.py ENTENTE_BINARY CHECK_NAME

Exit 0 = pass, 1 = fail.  (The same commands on PostgreSQL are checked by tests/pg.)
"""
import json
import os
import subprocess
import sys
import tempfile


def run(args):
    p = subprocess.run([BIN] + args, capture_output=True, text=True, timeout=300)
    return p.returncode, p.stdout, p.stderr


def expect(cond, msg):
    if not cond:
        print("FAIL: " + msg)
        sys.exit(1)


def gdelt_row(event_id, date="20190605", code="042", root="04", quad="1", a1="CHNGOV", a2="RUS"):
    """A 58-column GDELT 1.0 row."""
    f = [""] * 58
    f[0], f[1], f[2], f[3] = str(event_id), date, date[:6], date[:4]
    f[5], f[6], f[15], f[16] = a1, "XI JINPING", a2, "RUSSIA"
    f[25], f[26], f[27], f[28], f[29], f[30] = "1", code, code[:3], root, quad, "1.9"
    f[31], f[32], f[33], f[34] = "4", "2", "4", "1.5"
    f[50], f[51], f[53], f[54] = "Moscow, Russia", "RS", "55.75", "37.62"
    f[56], f[57] = date, "https://example.org/%s" % event_id
    return "\t".join(f)


def write(path, lines):
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def check_import_gdelt_twice():
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "events.tsv")
        write(src, [gdelt_row(1), gdelt_row(2), gdelt_row(3, date="20190231"),  # bad date, line 3
                    gdelt_row(2), gdelt_row(4, code="190", root="19", quad="4")])  # repeat, line 4
        db = "sqlite:" + os.path.join(d, "s.db")
        rc, out, err = run(["import", "gdelt", "--db", db, src])
        expect(rc == 3, f"bad rows make exit status 3, got {rc}: {err}")
        expect(src + ":3: date '20190231' is not a valid date" in err, "bad row reported with its line: " + err)
        expect(src + ":4: event id 2 already read at line 2" in err, "repeated id reported: " + err)
        expect("5 rows read, 3 imported, 0 already stored, 1 repeated ids in the file, 1 bad (date 1)" in err,
               "per-file counts: " + err)
        rc, out, err = run(["import", "gdelt", "--db", db, src])
        expect("5 rows read, 0 imported, 3 already stored, 1 repeated ids in the file, 1 bad" in err,
               "importing again adds nothing: " + err)
        rc, out, err = run(["events", "--db", db, "--format", "jsonl", "--limit", "0"])
        expect(rc == 0, err)
        events = [json.loads(line) for line in out.splitlines() if line.strip()]
        expect(len(events) == 3, f"3 events stored, found {len(events)}")
        expect({e["code"] for e in events} == {"042", "190"}, str(events))
        rc, out, err = run(["summary", "--db", db])
        expect(rc == 0 and "events     3" in out, "summary sees imported events: " + out)


def check_export_gdelt_roundtrip():
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "events.tsv")
        write(src, [gdelt_row(10), gdelt_row(11, code="0874", root="08", quad="2", a2="IGOEUREEC")])
        db1, db2 = "sqlite:" + os.path.join(d, "a.db"), "sqlite:" + os.path.join(d, "b.db")
        rc, _, err = run(["import", "gdelt", "--db", db1, src])
        expect(rc == 0, err)
        out_tsv = os.path.join(d, "export.tsv")
        rc, _, err = run(["export", "--db", db1, "--format", "gdelt", "-o", out_tsv])
        expect(rc == 0 and "exported 2 events" in err, err)
        with open(out_tsv) as f:
            rows = [line.rstrip("\n").split("\t") for line in f]
        expect(all(len(r) == 58 for r in rows), "58 columns per row")
        expect({r[0] for r in rows} == {"10", "11"}, "GDELT ids kept: " + str([r[0] for r in rows]))
        rc, _, err = run(["import", "gdelt", "--db", db2, out_tsv])
        expect(rc == 0 and "2 imported" in err, "the export imports back: " + err)
        a = run(["export", "--db", db1, "--format", "csv"])[1].splitlines()
        b = run(["export", "--db", db2, "--format", "csv"])[1].splitlines()
        strip = lambda lines: sorted(line.split(",", 1)[1] for line in lines[1:])  # without store ids
        expect(a[0].startswith("id,dataset,external_id,date,source,"), "CSV header: " + a[0])
        expect(len(a) == 3 and len(b) == 3, f"{len(a)} {len(b)}")
        expect(strip(a) == strip(b), "same events after the round trip:\n%s\n%s" % (a, b))


def check_import_refuses_non_event_files():
    with tempfile.TemporaryDirectory() as d:
        mentions = os.path.join(d, "mentions.csv")
        write(mentions, ["globaleventid,eventtimedate,mentiontimedate,mentiontype,mentionsourcename,"
                         "mentionidentifier", "1,2,3,1,x,y"])
        good = os.path.join(d, "good.tsv")
        write(good, [gdelt_row(20)])
        db = "sqlite:" + os.path.join(d, "s.db")
        rc, _, err = run(["import", "gdelt", "--db", db, mentions, good])
        expect(rc == 1, f"an unreadable file makes exit status 1, got {rc}")
        expect("mentions table" in err, "the reason is given: " + err)
        expect("1 imported" in err, "the other file is still imported: " + err)
        rc, _, err = run(["import", "icews", "--db", db, good])
        expect(rc == 1 and "import it as gdelt" in err, err)


if __name__ == "__main__":
    BIN = sys.argv[1]
    globals()["check_" + sys.argv[2]]()
    print("ok")
