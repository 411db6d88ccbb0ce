# SPDX-License-Identifier: MIT
"""The involving query from Python, beside the anchors a Python user has.

    python3 bench_python.py FILE KEY

Prints one line of name=value figures: the query through camtg
(``len(db.commitments(involving=KEY))`` and the ids of the matches), through
the standard library's sqlite3 on indexed in-memory tables of the same data,
and as a plain scan of ``json.load`` output. Checks that the three agree;
never judges a time. Run by scripts/bench.sh with the package of the build
tree on PYTHONPATH.
"""

import json
import sqlite3
import sys
import time

import camtg


def mean_seconds(call, minimum=0.5):
    """Mean CPU seconds per call over at least 3 calls and `minimum` CPU
    seconds (on a shared machine, wall time measures the neighbours)."""
    runs, start = 0, time.process_time()
    while True:
        result = call()
        runs += 1
        elapsed = time.process_time() - start
        if runs >= 3 and elapsed >= minimum:
            return elapsed / runs, result


def membership_closure(entities):
    """A function from an entity id to every group containing it, directly
    or through nested groups."""
    parents = {}
    for e in entities:
        for m in e.get("members", ()):
            parents.setdefault(m, []).append(e["id"])

    def closure(key):
        found, todo = set(), [key]
        while todo:
            for g in parents.get(todo.pop(), ()):
                if g not in found:
                    found.add(g)
                    todo.append(g)
        return found
    return closure


def build_sqlite(doc, closure_of):
    sql = sqlite3.connect(":memory:")
    sql.executescript(
        "CREATE TABLE commitment(idx INTEGER PRIMARY KEY, id TEXT NOT NULL);"
        "CREATE TABLE party(entity TEXT NOT NULL, commitment INTEGER NOT NULL);"
        "CREATE TABLE member_of(member TEXT NOT NULL, grp TEXT NOT NULL);")
    sql.executemany("INSERT INTO commitment VALUES (?, ?)",
                    ((i, c["id"]) for i, c in enumerate(doc["commitments"])))
    sql.executemany("INSERT INTO party VALUES (?, ?)",
                    ((e, i) for i, c in enumerate(doc["commitments"])
                     for e in c["actors"] + c["targets"]))
    sql.executemany("INSERT INTO member_of VALUES (?, ?)",
                    ((e["id"], g) for e in doc["entities"] for g in closure_of(e["id"])))
    sql.executescript(
        "CREATE INDEX party_entity ON party(entity, commitment);"
        "CREATE INDEX member_of_member ON member_of(member, grp); ANALYZE;")
    return sql


INVOLVING_SQL = (
    "SELECT id FROM commitment WHERE idx IN ("
    " SELECT commitment FROM party WHERE entity = ?1"
    " UNION SELECT p.commitment FROM member_of m JOIN party p ON p.entity = m.grp"
    " WHERE m.member = ?1) ORDER BY idx")


def main(path, key):
    db = camtg.open(path)
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    closure_of = membership_closure(doc["entities"])
    sql = build_sqlite(doc, closure_of)
    measure(db, doc, sql, key, {key} | closure_of(key))


def measure(db, doc, sql, key, wanted):
    commitments = doc["commitments"]

    def scan():
        return [c["id"] for c in commitments
                if any(e in wanted for e in c["actors"])
                or any(e in wanted for e in c["targets"])]

    def by_sqlite():
        return [row[0] for row in sql.execute(INVOLVING_SQL, (key,))]

    def camtg_len():
        return len(db.commitments(involving=key))

    def camtg_ids():
        result = db.commitments(involving=key)
        if hasattr(result, "ids"):
            return result.ids()
        return [c.id for c in result]

    scan_s, scan_ids = mean_seconds(scan)
    sqlite_s, sqlite_ids = mean_seconds(by_sqlite)
    len_s, n = mean_seconds(camtg_len)
    ids_s, ids = mean_seconds(camtg_ids)
    if not (scan_ids == sqlite_ids == ids and n == len(ids)):
        sys.exit("bench_python: answers differ: scan %d, sqlite3 %d, camtg %d"
                 % (len(scan_ids), len(sqlite_ids), len(ids)))
    has_ids = hasattr(db.commitments(involving=key), "ids")
    print("rows=%d len_seconds=%.6f ids_seconds=%.6f sqlite3_seconds=%.6f scan_seconds=%.6f "
          "ids_method=%s len_vs_sqlite3=%.1f ids_vs_sqlite3=%.1f len_vs_scan=%.1f "
          "ids_vs_scan=%.1f"
          % (n, len_s, ids_s, sqlite_s, scan_s, "yes" if has_ids else "no",
             sqlite_s / len_s, sqlite_s / ids_s, scan_s / len_s, scan_s / ids_s))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: bench_python.py FILE KEY")
    main(sys.argv[1], sys.argv[2])
