# SPDX-License-Identifier: MIT
"""Run by ctest (python.installed) from a folder outside the source tree, with
PYTHONPATH naming only the installed package: a user's first script.

    python3 installed_check.py DATASET.json

Answers the questions of the Python API (README, docs/data-format.md) on the embedded dataset and on
DATASET.json (checked against the file read with the json module), and checks
that bad variants of DATASET.json raise camtg.Error with the line, column or
JSON path at fault. Exits non-zero at the first wrong answer.
"""

import copy
import importlib
import json
import os
import sys
import tempfile

import camtg


def expect(condition, what):
    if not condition:
        sys.exit(f"installed_check: FAILED: {what}")
    print(f"ok: {what}")


def expect_raises(error, call, what):
    """Checks that call() raises error, and returns it (another exception
    propagates)."""
    try:
        call()
    except error as raised:
        expect(True, what)
        return raised
    expect(False, what)


def stands_for(doc, entity_id):
    """The entity and every group it belongs to, directly or not."""
    found = {entity_id}
    changed = True
    while changed:
        changed = False
        for e in doc["entities"]:
            if e["type"] == "group" and e["id"] not in found and found & set(e.get("members", [])):
                found.add(e["id"])
                changed = True
    return found


def main():
    dataset = sys.argv[1]
    package_root = os.path.realpath(os.environ["CAMTG_TEST_PACKAGE_DIR"])
    where = os.path.realpath(camtg.__file__)
    expect(where.startswith(package_root + os.sep), f"camtg imported from the prefix ({where})")
    expect(os.path.isfile(os.path.join(os.path.dirname(where), "py.typed")), "py.typed installed")
    raw = camtg._capi  # the private SWIG module: checked here, never used by users
    expect(camtg.__version__ == raw.camtg_version() and camtg.__version__.count(".") == 2,
           f"camtg.__version__ is {camtg.__version__}")
    expect("Finds an entity" in (raw.camtg_entity_lookup.__doc__ or ""),
           "docstrings generated from the header comments")
    expect_raises(ModuleNotFoundError, lambda: importlib.import_module("camtg.capi"),
                  "no public raw module camtg.capi installed")

    # The embedded dataset.
    with camtg.open() as db:
        expect(len(db.sources) >= 1 and db.source == db.sources[0], "db.sources and db.source")
        commitments = db.commitments()
        expect(commitments and all(c.source.text[c.start:c.end] == c.quote for c in commitments),
               f"{len(commitments)} quotes equal their slice of the source text")
        kaz = db.entity("kazakhstan")
        involving = db.commitments(involving=kaz)
        expect(involving and all(any(kaz.in_group(e) for e in c.actors + c.targets)
                                 for c in involving),
               f"{len(involving)} commitments involve {kaz.name}")
        expect(db.commitments(involving="KAZ") == involving, "filters take a key or an Entity")
        db.verify()

    # The multilingual dataset, against its JSON.
    with open(dataset, encoding="utf-8") as f:
        text = f.read()
    doc = json.loads(text)
    with camtg.open(dataset) as db:
        expect([e.id for e in db.entities()] == [e["id"] for e in doc["entities"]],
               "entities in file order")
        expect([(e.name, e.aliases) for e in db.entities()]
               == [(e["name"], tuple(e.get("aliases", []))) for e in doc["entities"]],
               "non-ASCII names and aliases")
        expect([(c.id, c.quote, c.start, c.end) for c in db.commitments()]
               == [(c["id"], c["evidence"]["quote"], c["evidence"]["start"], c["evidence"]["end"])
                   for c in doc["commitments"]],
               "quotes and code-point offsets")
        expect(all(c.source.text[c.start:c.end] == c.quote for c in db.commitments()),
               "offsets index the Python str")
        for key in ("KAZ", "KGZ", "CHN"):
            ids = stands_for(doc, key)
            want = [c["id"] for c in doc["commitments"] if ids & set(c["actors"] + c["targets"])]
            expect([c.id for c in db.commitments(involving=key)] == want,
                   f"commitments(involving={key!r})")
        meeting = db.meetings[0]
        expect(meeting.host.id == doc["meetings"][0]["host"]
               and isinstance(meeting.participants, tuple),
               "meeting attributes are records and tuples")
        expect_raises(ValueError, lambda: db.commitments(sector="nope"),
                      "unknown sector raises ValueError")
        expect_raises(KeyError, lambda: db.entity("nobody at all"),
                      "unknown key raises KeyError")

    # Bad variants, as files.
    with tempfile.TemporaryDirectory() as tmp:
        lines = text.split("\n")
        row = next(i for i, line in enumerate(lines) if '"camtg"' in line)
        column = len(lines[row]) + 1
        lines[row] += " @"
        broken = os.path.join(tmp, "syntax.json")
        with open(broken, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        error = expect_raises(camtg.Error, lambda: camtg.open(broken),
                              "a syntax error raises camtg.Error")
        expect((error.line, error.column, error.filename) == (row + 1, column + 1, broken),
               f"syntax error at {error.filename}:{error.line}:{error.column}: {error}")

        bad = copy.deepcopy(doc)
        bad["commitments"][1]["actors"].append("ghost")
        dangling = os.path.join(tmp, "dangling.json")
        with open(dangling, "w", encoding="utf-8") as f:
            json.dump(bad, f, ensure_ascii=False)
        want_path = f"/commitments/1/actors/{len(bad['commitments'][1]['actors']) - 1}"
        error = expect_raises(camtg.Error, lambda: camtg.open(dangling),
                              "a dangling reference raises camtg.Error")
        expect(error.path == want_path and "ghost" in str(error),
               f"dangling reference at {error.path}: {error}")

        missing = os.path.join(tmp, "missing.json")
        error = expect_raises(FileNotFoundError, lambda: camtg.open(missing),
                              "a missing file raises FileNotFoundError")
        expect(missing in str(error) and error.filename == missing, f"missing file: {error}")
    print("installed_check: all answers right")


if __name__ == "__main__":
    main()
