# SPDX-License-Identifier: MIT
"""Tests of the camtg command line, driven from outside as a user would.

The program under test and its surroundings come from the environment
(tests/cli/CMakeLists.txt sets them):

  CAMTG_CLI              the camtg executable (built or installed copy)
  CAMTG_CLI_DATA         tests/cli/data: mini.json and the broken files
  CAMTG_DEFAULT_DATASET  the JSON file embedded in the library, read here
                         only to compute what the answers must be
  CAMTG_MAN_PAGE         camtg.1 as installed
  CAMTG_CLI_WRAPPER      optional command to run camtg under (valgrind)
  CAMTG_DOT              the Graphviz dot program, or empty

Exact output is asserted on mini.json, a dataset written for these tests;
on the embedded dataset, which grows as it is coded, the tests assert
structure and answers computed from the dataset file itself.
"""

import csv
import datetime
import io
import json
import os
import pty
import random
import re
import shlex
import shutil
import struct
import subprocess
import tempfile
import unittest

# The Python tests' reading of a dataset file (tests/python, on PYTHONPATH).
from oracle import Oracle, period_end

CLI = os.environ["CAMTG_CLI"]
DATA = os.environ["CAMTG_CLI_DATA"]
MINI = os.path.join(DATA, "mini.json")
DEFAULT_DATASET = os.environ["CAMTG_DEFAULT_DATASET"]
MAN_PAGE = os.environ.get("CAMTG_MAN_PAGE", "")
WRAPPER = shlex.split(os.environ.get("CAMTG_CLI_WRAPPER", ""))
DOT = os.environ.get("CAMTG_DOT") or shutil.which("dot")

ENTITY_KEYS = ["id", "type", "name", "aliases", "wikidata", "description", "country",
               "positions", "within", "members", "date", "place"]
COMMITMENT_KEYS = ["id", "meeting", "kind", "type", "cameo", "verb", "summary", "actors",
                   "targets", "objects", "sectors", "status", "evidence"]
SECTORS = ["sovereignty", "multilateralism", "diplomacy", "security", "human_rights",
           "trade_investment", "connectivity", "agriculture", "health", "energy_minerals",
           "ports_shipping", "local_cooperation", "mobility", "consular", "culture",
           "people_to_people", "industry", "education", "poverty_reduction", "innovation"]


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def run(*args, status=0, env=None, stdin=None):
    """Runs camtg and checks its exit status; on failure, also that nothing
    reached stdout and that stderr says something. Returns (stdout, stderr)
    as text, after checking that stdout is valid UTF-8."""
    proc = subprocess.run(WRAPPER + [CLI, *args], capture_output=True, env=env,
                          stdin=subprocess.DEVNULL if stdin is None else stdin, timeout=300)
    out = proc.stdout.decode("utf-8")      # raises on invalid UTF-8
    err = proc.stderr.decode("utf-8")
    if proc.returncode != status:
        raise AssertionError("camtg %s: exit %d, expected %d\nstdout:\n%s\nstderr:\n%s"
                             % (" ".join(args), proc.returncode, status, out[:2000], err))
    if status != 0:
        if out != "":
            raise AssertionError("camtg %s failed but wrote to stdout:\n%s"
                                 % (" ".join(args), out[:2000]))
        if not err.strip():
            raise AssertionError("camtg %s failed without a message" % " ".join(args))
    return out, err


def run_json(*args):
    out, err = run(*args)
    return json.loads(out, object_pairs_hook=list_pairs)


def day_before(d):
    return (datetime.date.fromisoformat(d) - datetime.timedelta(days=1)).isoformat()


def list_pairs(pairs):
    """Keeps the key order of JSON objects visible to the tests."""
    keys = [k for k, _ in pairs]
    d = dict(pairs)
    d["__keys__"] = keys
    return d


def strip_keys(value):
    if isinstance(value, dict):
        return {k: strip_keys(v) for k, v in value.items() if k != "__keys__"}
    if isinstance(value, list):
        return [strip_keys(v) for v in value]
    return value


def expected_entity(e):
    """An entity of a dataset file as camtg prints it: aliases always given."""
    e = dict(e)
    e.setdefault("aliases", [])
    return e


class Dataset(Oracle):
    """Answers computed from a dataset file, to compare with camtg's: the
    oracle's (groups, statuses, filters), and what only the command line
    shows."""

    def research_date(self):
        return self.doc.get("followups_researched")

    def made_on(self, c):
        """The day commitment c was made: that of its meeting."""
        return self.meeting_by_id[c["meeting"]]["date"]

    def compliance(self, on=None):
        """Rows of docs/compliance.md's method: per non-group actor, its
        pledges made by the date (through groups too) and their statuses."""
        date = on or self.research_date() or "9999-12-31"
        rows = []
        for e in self.doc["entities"]:
            if e["type"] == "group":
                continue
            mine = self._stands_for(e["id"])
            counts = {"fulfilled": 0, "in_progress": 0, "pledged": 0, "lapsed": 0}
            for c in self.doc["commitments"]:
                if c["kind"] == "pledge" and mine & set(c["actors"]) and \
                        self.made_on(c) <= date:
                    counts[self.status_of(c, date)] += 1
            n = sum(counts.values())
            if n == 0:
                continue
            rows.append({"party": e["id"], "name": e["name"], "pledges": n,
                         "fulfilled": counts["fulfilled"], "in_progress": counts["in_progress"],
                         "pledged_only": counts["pledged"], "lapsed": counts["lapsed"],
                         "score": (counts["fulfilled"] - counts["pledged"] - counts["lapsed"]) / n})
        return rows

    def timeline_ids(self, involving=None):
        """What `camtg timeline` lists: every pledge, and every other
        commitment that has follow-ups."""
        ids = self.commitment_ids(involving=involving)
        return [c["id"] for c in self.doc["commitments"] if c["id"] in ids and
                (c["kind"] == "pledge" or self.followups_of(c["id"]))]


class CliTestCase(unittest.TestCase):
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        cls.default = Dataset(DEFAULT_DATASET)
        cls.mini = Dataset(MINI)
        cls.tmp = tempfile.TemporaryDirectory(prefix="camtg-cli-")

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def write(self, name, text):
        path = os.path.join(self.tmp.name, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def assertKeyOrder(self, obj, order):
        keys = obj["__keys__"]
        self.assertEqual(keys, [k for k in order if k in keys] + [k for k in keys if k not in order],
                         "keys out of the data format's order")


class TestProgram(CliTestCase):
    """The program itself: --version, --help, usage errors."""

    COMMANDS = ["summary", "entities", "show", "commitments", "timeline", "compliance", "export",
                "validate"]

    def test_version(self):
        out, err = run("--version")
        self.assertRegex(out, r"^camtg \d+\.\d+\.\d+\n$")
        self.assertEqual(err, "")

    def test_help_lists_every_command_and_option(self):
        for flag in ("--help", "-h"):
            out, err = run(flag)
            self.assertTrue(out.startswith("Usage: camtg"))
            self.assertEqual(err, "")
            for word in self.COMMANDS + ["--data", "--version"]:
                self.assertIn(word, out)

    def test_help_of_each_command(self):
        options = {
            "summary": [],
            "entities": ["--type", "--json"],
            "show": ["KEY", "--json"],
            "commitments": ["--involving", "--actor", "--target", "--sector", "--type",
                            "--kind", "--meeting", "--json"],
            "export": ["--format", "json", "jsonl", "csv", "dot"],
            "validate": ["FILE"],
            "timeline": ["[KEY]", "--on", "--json", "--format"],
            "compliance": ["--on", "--json", "--format"],
        }
        for command, words in options.items():
            for form in ([command, "--help"], [command, "-h"], ["help", command]):
                out, _ = run(*form)
                self.assertTrue(out.startswith("Usage: camtg"), form)
                self.assertIn(command, out.splitlines()[0])
                for word in words:
                    self.assertIn(word, out, form)
        # --help wins even when the rest of the line would be wrong.
        out, _ = run("show", "--help")
        self.assertIn("show KEY", out)

    def test_option_values_are_checked_before_the_data_is_read(self):
        # A mistake in a command's own options is reported as such, even
        # when --data names a file that does not exist.
        missing = os.path.join(self.tmp.name, "no-such-file.json")
        for status, args in ((2, ["compliance", "--on", "2023-02-30"]),
                             (2, ["timeline", "--on", "soon"]),
                             (2, ["export", "--format", "cvs"]),
                             (2, ["export", "--format", "brat"]),
                             (1, ["commitments", "--sector", "helth"]),
                             (1, ["entities", "--type", "persn"])):
            with self.subTest(args=args):
                _, err = run("--data", missing, *args, status=status)
                self.assertEqual(err, run(*args, status=status)[1])
                self.assertNotIn(missing, err)

    def test_usage_errors_exit_2(self):
        cases = [
            [],                                   # no command
            ["frobnicate"],                       # unknown command
            ["--frobnicate", "summary"],          # unknown global option
            ["--data"],                           # option without value
            ["--data", MINI, "--data", MINI, "summary"],
            ["summary", "extra"],
            ["summary", "--json"],                # summary has no --json
            ["entities", "--type"],
            ["entities", "--json=yes"],
            ["entities", "--type", "country", "--type", "person"],
            ["entities", "-x"],
            ["show"],
            ["show", "KAZ", "UZB"],
            ["commitments", "--actor", "KAZ", "--actor", "UZB"],
            ["commitments", "--sector"],
            ["commitments", "--sector="],
            ["commitments", "positional"],
            ["export"],
            ["export", "--format", "xml"],
            ["export", "--format", "json", "--format", "csv"],
            ["validate"],
            ["validate", MINI, MINI],
            ["validate", "--data", MINI, MINI],
            ["--data", MINI, "validate", MINI],
            ["help", "frobnicate"],
            ["compliance", "KAZ"],
            ["compliance", "--on"],
            ["compliance", "--on", "2024-01-01", "--on", "2025-01-01"],
            ["timeline", "KAZ", "UZB"],
            ["timeline", "--on="],
        ]
        for args in cases:
            with self.subTest(args=args):
                _, err = run(*args, status=2)
                self.assertTrue(err.startswith("camtg"), err)
                self.assertIn("--help", err)

    def test_double_dash_ends_options(self):
        # After "--", a word starting with a dash is a KEY, not an option.
        _, err = run("--data", MINI, "show", "--", "--json", status=1)
        self.assertIn("'--json'", err)


class TestSummary(CliTestCase):

    def test_default_dataset_at_a_glance(self):
        out, err = run("summary")
        self.assertEqual(err, "")
        doc = self.default.doc
        meeting = doc["meetings"][0]
        source = next(s for s in doc["sources"] if s["id"] == meeting["source"])
        ents = self.default.entity_by_id
        lines = out.splitlines()
        self.assertEqual(lines[0], "%s (%s)" % (meeting["title"], meeting["id"]))
        self.assertIn(source["title"], out)
        self.assertRegex(out, r"\n  published: +%s\n" % re.escape(source["published"]))
        self.assertRegex(out, r"\n  date: +%s\n" % re.escape(meeting["date"]))
        place = ents[meeting["place"]]
        self.assertRegex(out, r"\n  place: +%s \(%s\)" % (re.escape(place["name"]),
                                                         re.escape(place["id"])))
        host = ents[meeting["host"]]
        self.assertRegex(out, r"\n  host: +%s \(%s\)" % (re.escape(host["name"]),
                                                        re.escape(host["id"])))
        self.assertIn("Participants (%d):" % len(meeting["participants"]), out)
        # Each participant on its own row: id, name, country, office.
        for pid in meeting["participants"]:
            p = ents[pid]
            row = next(l for l in lines if l.startswith("  %s " % pid))
            self.assertIn(p["name"], row)
            if p["type"] == "person":
                country = ents[p["country"]]
                self.assertIn("%s (%s)" % (country["name"], country["id"]), row)
                self.assertIn("; ".join(p["positions"]), row)
        n = sum(1 for c in doc["commitments"] if c["meeting"] == meeting["id"])
        self.assertIn("Commitments (%d), by the countries taking part:" % n, out)
        # Every commitment is listed once, under some group header.
        for c in doc["commitments"]:
            self.assertEqual(len(re.findall(r"^    %s  " % re.escape(c["id"]), out, re.M)), 1,
                             c["id"])
        # Group sizes add up to the number of commitments.
        sizes = [int(m) for m in re.findall(r"^  \S.*: (\d+) commitments?$", out, re.M)]
        self.assertEqual(sum(sizes), n)
        # Kazakhstan shows up as a party, with its id beside its name.
        self.assertRegex(out, r"(?m)^  .*Kazakhstan \(KAZ\).*: \d+ commitments?$")
        self.assertIn("All sectors: ", out)

    def test_status_of_each_commitment(self):
        """Each row gives the status on the research date: a pledge's from its
        follow-ups, pledged without one; positions and assessments stated."""
        out, _ = run("summary")
        researched = self.default.research_date()
        self.assertIn("\nStatus on %s, the date up to which follow-ups were researched" % researched,
                      out)
        seen = set()
        for c in self.default.doc["commitments"]:
            want = self.default.status_of(c, researched)
            if c["kind"] != "pledge":
                self.assertEqual(want, "stated")
            self.assertRegex(out, r"(?m)^    %s +%s +%s +" % (re.escape(c["id"]), c["kind"], want))
            seen.add(want)
        self.assertTrue({"stated", "pledged", "in_progress", "fulfilled"} <= seen, seen)

    def test_sector_counts_match_the_dataset(self):
        out, _ = run("summary")
        counts = {}
        for c in self.default.doc["commitments"]:
            for s in c["sectors"]:
                counts[s] = counts.get(s, 0) + 1
        line = next(l for l in out.splitlines() if l.startswith("All sectors: "))
        got = dict((s, int(n)) for s, n in
                   (p.rsplit(" ", 1) for p in line[len("All sectors: "):].split(", ")))
        self.assertEqual(got, counts)
        # Largest first.
        self.assertEqual(list(got.values()), sorted(got.values(), reverse=True))

    def test_mini_exact(self):
        out, err = run("--data", MINI, "summary")
        self.assertEqual(err, "")
        self.assertEqual(out, MINI_SUMMARY)

    def test_data_after_the_command(self):
        before, _ = run("--data", MINI, "summary")
        after, _ = run("summary", "--data", MINI)
        equals, _ = run("summary", "--data=" + MINI)
        self.assertEqual(before, after)
        self.assertEqual(before, equals)


class TestEntities(CliTestCase):

    def test_json_is_the_dataset(self):
        for ds, args in ((self.default, []), (self.mini, ["--data", MINI])):
            got = run_json(*args, "entities", "--json")
            for e in got:
                self.assertKeyOrder(e, ENTITY_KEYS)
            self.assertEqual(strip_keys(got), [expected_entity(e) for e in ds.doc["entities"]])

    def test_type_filter(self):
        for etype in ("country", "person", "group", "place", "event", "project", "topic",
                      "organization", "initiative"):
            with self.subTest(type=etype):
                got = strip_keys(run_json("entities", "--type", etype, "--json"))
                want = [expected_entity(e) for e in self.default.doc["entities"]
                        if e["type"] == etype]
                self.assertEqual(got, want)
        # The table lists exactly the countries, ids beside names.
        out, _ = run("entities", "--type=country")
        rows = out.splitlines()
        self.assertEqual(rows[0].split(), ["ID", "TYPE", "NAME", "DETAILS"])
        countries = [e for e in self.default.doc["entities"] if e["type"] == "country"]
        self.assertEqual(len(rows), 1 + len(countries))
        kaz = next(r for r in rows if r.startswith("KAZ "))
        self.assertRegex(kaz, r"^KAZ +country +Kazakhstan\b")

    def test_type_ignores_case_and_rejects_unknown(self):
        self.assertEqual(run_json("entities", "--type", "COUNTRY", "--json"),
                         run_json("entities", "--type", "country", "--json"))
        _, err = run("entities", "--type", "nation", status=1)
        self.assertIn("unknown entity type 'nation'", err)
        self.assertIn("country", err)

    def test_empty_selection(self):
        self.assertEqual(run_json("--data", MINI, "entities", "--type", "initiative", "--json"), [])
        out, _ = run("--data", MINI, "entities", "--type", "initiative")
        self.assertEqual(out, "No entities.\n")

    def test_control_characters_do_not_reach_the_terminal(self):
        doc = load(MINI)
        nasty = "T\x1b[31mR\x9b1m\x07\rX"
        doc["entities"][2]["name"] = nasty
        doc["commitments"][3]["summary"] = nasty
        path = self.write("control.json", json.dumps(doc))
        for args in (["entities"], ["show", "TUR"], ["commitments"], ["summary"]):
            out, _ = run("--data", path, *args)
            self.assertIn("T?[31mR?1m??X", out)
            self.assertIsNone(re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", out), args)
        # Data output stays exact.
        self.assertEqual(run_json("--data", path, "entities", "--json")[2]["name"], nasty)
        self.assertEqual(run_json("--data", path, "show", "TUR", "--json")["entity"]["name"],
                         nasty)
        self.assertEqual(run_json("--data", path, "commitments", "--json")[3]["summary"], nasty)
        rows = list(csv.reader(io.StringIO(run("--data", path, "export", "--format", "csv")[0],
                                           newline="")))
        self.assertEqual(rows[4][6], nasty)

    def test_mini_exact(self):
        out, _ = run("--data", MINI, "entities")
        self.assertEqual(out, MINI_ENTITIES)

    def test_columns_are_aligned(self):
        out, _ = run("entities")
        lines = out.splitlines()
        header = lines[0]
        starts = [header.index(h) for h in ("TYPE", "NAME", "DETAILS")]
        for line in lines[1:]:
            for s in starts:
                self.assertEqual(line[s - 2:s], "  ", line)
                self.assertNotEqual(line[s], " ", line)


class TestShow(CliTestCase):

    def test_alias_ignoring_case(self):
        out, err = run("show", "zheenbek kulubaev")
        person = self.default.entity_by_id["kulubaev-zheenbek"]
        self.assertEqual(out.splitlines()[0], "%s (%s)" % (person["name"], person["id"]))
        self.assertRegex(out, r"\n  type: +person\n")
        country = self.default.entity_by_id[person["country"]]
        self.assertRegex(out, r"\n  country: +%s \(%s\)\n" % (country["name"], country["id"]))
        same, _ = run("show", "KULUBAEV-ZHEENBEK")
        self.assertEqual(out, same)

    def test_country_json(self):
        got = run_json("show", "kazakhstan", "--json")
        self.assertKeyOrder(got, ["entity", "commitments"])
        self.assertKeyOrder(got["entity"], ENTITY_KEYS)
        self.assertEqual(strip_keys(got["entity"]), expected_entity(self.default.entity_by_id["KAZ"]))
        ids = [c["id"] for c in got["commitments"]]
        involved = set(self.default.commitment_ids(involving="KAZ"))
        as_object = {c["id"] for c in self.default.doc["commitments"] if "KAZ" in c["objects"]}
        want = [c["id"] for c in self.default.doc["commitments"]
                if c["id"] in involved | as_object]
        self.assertEqual(ids, want)
        self.assertGreater(len(ids), 0)
        for c in got["commitments"]:
            self.assertKeyOrder(c, COMMITMENT_KEYS + ["quote", "role"])
            self.assertEqual(c["quote"], c["evidence"]["quote"])
        # The role column of the text is the "role" field.
        text, _ = run("show", "kazakhstan")
        for c in got["commitments"]:
            self.assertRegex(text, r"(?m)^  %s +%s  " % (re.escape(c["id"]), re.escape(c["role"])))

    def test_roles(self):
        out, _ = run("--data", MINI, "show", "TUR")
        self.assertEqual(out, MINI_SHOW_TUR)
        out, _ = run("--data", MINI, "show", "silk gate")
        self.assertRegex(out, r"(?m)^  c1-railway +object +pledge +KAZ -> UZB +Kazakhstan will")
        self.assertRegex(out, r"(?m)^  c3-vital +object +assessment +UZB -> KAZ ")
        out, _ = run("--data", MINI, "show", "uzb")
        self.assertRegex(out, r"(?m)^  c1-railway +target +pledge ")
        self.assertRegex(out, r"(?m)^  c2-talks +actor +pledge +KAZ, UZB ")
        self.assertRegex(out, r"(?m)^  c4-culture +target via turkic +pledge +KAZ -> turkic ")

    def test_meetings_and_people(self):
        out, _ = run("--data", MINI, "show", "Aida Bekova")
        self.assertRegex(out, r"\n  meetings: +almaty-talks \(host, participant\)\n")
        out, _ = run("--data", MINI, "show", "Turkic states")
        self.assertRegex(out, r"\n  members: +Kazakhstan \(KAZ\), Uzbekistan \(UZB\), "
                              r"T\u00fcrkiye \(TUR\)\n")
        self.assertRegex(out, r"\n  meetings: +tashkent-meeting \(participant\)\n")
        out, _ = run("--data", MINI, "show", "KAZ")
        self.assertRegex(out, r"\n  people: +Aida Bekova \(bekova\)\n")
        self.assertRegex(out, r"\n  meetings: +tashkent-meeting \(participant\)\n")
        out, _ = run("--data", MINI, "show", "almaty")
        self.assertRegex(out, r"\n  within: +Kazakhstan \(KAZ\)\n")
        self.assertRegex(out, r"\n  meetings: +almaty-talks \(place\)\n")
        out, _ = run("--data", MINI, "show", "almaty-forum")
        self.assertRegex(out, r"\n  date: +2031-03-03\n  place: +Almaty \(almaty\), "
                              r"Kazakhstan \(KAZ\)\n")
        self.assertRegex(out, r"\n  meetings: +almaty-talks \(context\)\n")

    def test_entity_without_commitments(self):
        out, _ = run("--data", MINI, "show", "tashkent")
        self.assertIn("\nNo commitments involve tashkent.\n", out)
        got = run_json("--data", MINI, "show", "tashkent", "--json")
        self.assertEqual(got["commitments"], [])
        self.assertEqual(got["entity"]["id"], "tashkent")

    def test_unknown_key(self):
        _, err = run("show", "Atlantis", status=1)
        self.assertIn("'Atlantis'", err)
        run("show", "Atlantis", "--json", status=1)
        # Lookup does not trim: a key with spaces around it is another key.
        run("show", " KAZ", status=1)


class TestCommitments(CliTestCase):

    def ids(self, *args):
        return [c["id"] for c in run_json(*args, "--json")]

    def test_all_json_shaped_as_the_format(self):
        got = run_json("commitments", "--json")
        want = self.default.doc["commitments"]
        self.assertEqual(len(got), len(want))
        for g, w in zip(got, want):
            self.assertKeyOrder(g, COMMITMENT_KEYS + ["quote"])
            self.assertKeyOrder(g["evidence"], ["source", "start", "end", "quote"])
            g = strip_keys(g)
            self.assertEqual(g.pop("quote"), w["evidence"]["quote"])
            # schema version 2 derives the status; query output still shows it
            w = dict(w, status=self.default.status_of(w))
            self.assertEqual(g, w)

    def test_entity_filters_on_default(self):
        ds = self.default
        for key, eid in (("KAZ", "KAZ"), ("kazakhstan", "KAZ"), ("China", "CHN"),
                         ("Central Asian countries", "C5"), ("TKM", "TKM")):
            with self.subTest(key=key):
                self.assertEqual(self.ids("commitments", "--involving", key),
                                 ds.commitment_ids(involving=eid))
                self.assertEqual(self.ids("commitments", "--actor", key),
                                 ds.commitment_ids(actor=eid))
                self.assertEqual(self.ids("commitments", "--target", key),
                                 ds.commitment_ids(target=eid))
        self.assertGreater(len(ds.commitment_ids(involving="KAZ")), 0)

    def test_mini_filters(self):
        m = ["--data", MINI, "commitments"]
        self.assertEqual(self.ids(*m, "--involving", "UZB"),
                         ["c1-railway", "c2-talks", "c3-vital", "c4-culture"])
        self.assertEqual(self.ids(*m, "--involving", "Turkey"), ["c4-culture"])
        self.assertEqual(self.ids(*m, "--actor", "TUR"), [])
        self.assertEqual(self.ids(*m, "--target", "TUR"), ["c4-culture"])
        self.assertEqual(self.ids(*m, "--actor", "UZB"), ["c2-talks", "c3-vital"])
        self.assertEqual(self.ids(*m, "--sector", "connectivity"), ["c1-railway", "c3-vital"])
        self.assertEqual(self.ids(*m, "--sector", "culture", "--sector", "security"),
                         ["c2-talks", "c4-culture"])
        self.assertEqual(self.ids(*m, "--type", "agree"), ["c1-railway"])
        self.assertEqual(self.ids(*m, "--type", "AGREE", "--type", "COOPERATE"),
                         ["c1-railway", "c4-culture"])
        self.assertEqual(self.ids(*m, "--kind", "assessment"), ["c3-vital"])
        self.assertEqual(self.ids(*m, "--meeting", "tashkent-meeting"), ["c4-culture"])
        # Filters combine with AND.
        self.assertEqual(self.ids(*m, "--actor", "KAZ", "--target", "UZB",
                                  "--sector", "connectivity", "--kind", "pledge",
                                  "--type", "AGREE", "--meeting", "almaty-talks"),
                         ["c1-railway"])
        self.assertEqual(self.ids(*m, "--actor", "KAZ", "--kind", "assessment"), [])

    def test_mini_text_exact(self):
        out, _ = run("--data", MINI, "commitments", "--involving", "TUR")
        self.assertEqual(out, MINI_COMMITMENTS_TUR)
        out, _ = run("--data", MINI, "commitments", "--actor", "TUR")
        self.assertEqual(out, "No commitments match.\n")
        out, _ = run("--data", MINI, "commitments")
        self.assertTrue(out.endswith("\n4 commitments\n"))
        self.assertEqual(run_json("--data", MINI, "commitments", "--actor", "TUR", "--json"), [])

    def test_unknown_values_exit_1(self):
        cases = [
            (["--involving", "Atlantis"], "'Atlantis'"),
            (["--actor", "nobody"], "'nobody'"),
            (["--target", "nobody"], "'nobody'"),
            (["--sector", "space"], "unknown sector 'space'"),
            (["--type", "HUG"], "unknown type 'HUG'"),
            (["--kind", "promise"], "unknown kind 'promise'"),
            (["--meeting", "no-such-meeting"], "'no-such-meeting'"),
        ]
        for args, message in cases:
            with self.subTest(args=args):
                _, err = run("commitments", *args, status=1)
                self.assertIn(message, err)
                run("commitments", *args, "--json", status=1)

    def test_text_is_not_wrapped_when_piped(self):
        out, _ = run("commitments")
        self.assertGreater(max(len(l) for l in out.splitlines()), 100)
        self.assertNotIn("\x1b", out)
        for c in self.default.doc["commitments"]:
            self.assertIn('  quote:    "%s"\n' % c["evidence"]["quote"], out)


def bad_dates():
    """Values of --on and what the message must say about each."""
    return [("2023-02-30", "February 2023 has 28 days"), ("2023-02-29", "February 2023 has 28 days"),
            ("2024-02-30", "February 2024 has 29 days"), ("2023-13-01", "no month 13"),
            ("2023-00-10", "no month 00"), ("2023-04-31", "April 2023 has 30 days"),
            ("2023-4-1", "YYYY-MM-DD"), ("tomorrow", "YYYY-MM-DD"), ("2023-04-26T00:00", "YYYY-MM-DD"),
            ("20230426", "YYYY-MM-DD")]


class TestCompliance(CliTestCase):
    """camtg compliance: per party, the G7/G20-style score of its pledges."""

    def rows(self, *args):
        return strip_keys(run_json("compliance", *args, "--json"))

    def assertRowsMatch(self, got, want, on, researched):
        self.assertEqual([r["party"] for r in got], [r["party"] for r in want])
        for g, w in zip(got, want):
            g = dict(g)
            self.assertAlmostEqual(g.pop("score"), w["score"], places=12)
            w = {k: v for k, v in w.items() if k != "score"}
            if on:
                w["on"] = on
            if researched:
                w["researched"] = researched
            self.assertEqual(g, w)

    def test_research_date_is_the_default(self):
        researched = self.default.research_date()
        self.assertIsNotNone(researched)
        got = self.rows()
        self.assertRowsMatch(got, self.default.compliance(), researched, researched)
        self.assertEqual(got, self.rows("--on", researched))
        out, err = run("compliance")
        self.assertEqual(err, "")
        self.assertEqual(out.splitlines()[0], "Compliance on %s, the date up to which follow-ups "
                         "were researched" % researched)

    def test_scores_move_with_the_date(self):
        researched = self.default.research_date()
        early = self.rows("--on", "2023-05-01")
        late = self.rows("--on", "2025-12-31")
        self.assertRowsMatch(early, self.default.compliance("2023-05-01"), "2023-05-01", researched)
        self.assertRowsMatch(late, self.default.compliance("2025-12-31"), "2025-12-31", researched)
        self.assertNotEqual([r["score"] for r in early], [r["score"] for r in late])
        # Kazakhstan's visa pledge was fulfilled in between, as the data says.
        kaz_early = next(r for r in early if r["party"] == "KAZ")
        kaz_late = next(r for r in late if r["party"] == "KAZ")
        self.assertEqual(kaz_early["pledges"], kaz_late["pledges"])
        self.assertGreater(kaz_late["fulfilled"], kaz_early["fulfilled"])

    def test_table(self):
        out, _ = run("compliance", "--on", "2024-01-01")
        lines = out.splitlines()
        self.assertEqual(lines[0], "Compliance on 2024-01-01 (follow-ups researched up to %s)"
                         % self.default.research_date())
        header = lines[2].split()
        self.assertEqual(header, ["PARTY", "NAME", "PLEDGES", "FULFILLED", "IN", "PROGRESS",
                                  "PLEDGED", "ONLY", "LAPSED", "SCORE"])
        for row in self.default.compliance("2024-01-01"):
            cells = [row[k] for k in ("pledges", "fulfilled", "in_progress", "pledged_only", "lapsed")]
            self.assertRegex(out, r"(?m)^%s +%s +%s +%s$" % (
                re.escape(row["party"]), re.escape(row["name"]),
                " +".join(str(n) for n in cells), re.escape("%+.2f" % row["score"])))
        self.assertIn("\nScore: the mean over a party's pledges of +1 when fulfilled", out)
        self.assertNotIn("Note:", out)

    def test_after_the_research_date_says_so(self):
        researched = self.default.research_date()
        out, _ = run("compliance", "--on", "2099-01-01")
        self.assertIn("Note: follow-ups were researched up to %s only" % researched, out)
        self.assertRowsMatch(self.rows("--on", "2099-01-01"), self.default.compliance(researched),
                             "2099-01-01", researched)

    def test_before_the_meeting_no_pledge(self):
        self.assertEqual(self.rows("--on", "2023-01-01"), [])
        out, _ = run("compliance", "--on", "2023-01-01")
        self.assertIn("\nNo pledge was made on or before 2023-01-01.\n", out)
        out, _ = run("compliance", "--on", "2023-01-01", "--format", "csv")
        self.assertEqual(out.count("\n"), 1)

    def test_csv_and_jsonl(self):
        out, _ = run("compliance", "--format", "csv")
        rows = list(csv.reader(io.StringIO(out)))
        self.assertEqual(rows[0], ["party", "name", "on", "researched", "pledges", "fulfilled",
                                   "in_progress", "pledged_only", "lapsed", "score"])
        want = self.default.compliance()
        self.assertEqual([r[0] for r in rows[1:]], [w["party"] for w in want])
        for r, w in zip(rows[1:], want):
            self.assertEqual(float(r[9]), w["score"])     # the exact number, not a rounding
            self.assertEqual([int(x) for x in r[4:9]],
                             [w[k] for k in ("pledges", "fulfilled", "in_progress", "pledged_only",
                                             "lapsed")])
        lines = run("compliance", "--format", "jsonl")[0].splitlines()
        self.assertEqual([json.loads(l) for l in lines], self.rows())

    def test_schema_version_1(self):
        got = self.rows("--data", MINI)
        self.assertRowsMatch(got, self.mini.compliance(), None, None)
        self.assertGreater(len(got), 0)
        out, _ = run("--data", MINI, "compliance")
        self.assertTrue(out.startswith("Compliance from the statuses stored in the dataset"))

    def test_without_research_date_every_followup_counts(self):
        doc = dict(self.default.doc)
        del doc["followups_researched"]
        path = self.write("unresearched.json", json.dumps(doc))
        got = self.rows("--data", path)
        want = Dataset(path).compliance()
        self.assertRowsMatch(got, want, None, None)
        self.assertEqual([r["score"] for r in got], [r["score"] for r in self.rows("--on", "9999-12-31")])
        out, _ = run("--data", path, "compliance")
        self.assertTrue(out.startswith("Compliance with every follow-up counted "
                                       "(the dataset states no research date)\n"))
        for c in strip_keys(run_json("--data", path, "timeline", "--json")):
            self.assertNotIn("on", c)
            self.assertEqual(len(c["followups"]), len(self.default.followups_of(c["id"])))

    def test_bad_dates_exit_2(self):
        for value, why in bad_dates():
            with self.subTest(value=value):
                _, err = run("compliance", "--on", value, status=2)
                self.assertIn("--on: '%s' is not a date" % value, err)
                self.assertIn(why, err)
                self.assertIn("camtg compliance --help", err)
        run("compliance", "--on", "2024-02-29")          # a leap day is a day


class TestTimeline(CliTestCase):
    """camtg timeline: a commitment's status and its dated, cited follow-ups."""

    def one(self, key, *args):
        got = strip_keys(run_json("timeline", key, *args, "--json"))
        self.assertEqual(len(got), 1)
        return got[0]

    def test_visa_agreement_signed_and_in_force_with_sources(self):
        out, err = run("timeline", "p8-visa-exemption")
        self.assertEqual(err, "")
        fus = self.default.followups_of("p8-visa-exemption")
        self.assertGreaterEqual(len(fus), 2)
        self.assertTrue(out.startswith("p8-visa-exemption (pledge)\n"))
        self.assertRegex(out, r"\n  status: +%s on %s\n" % (
            self.default.status_of(next(c for c in self.default.doc["commitments"]
                                        if c["id"] == "p8-visa-exemption")),
            self.default.research_date()))
        self.assertIn("\n  follow-ups (%d):\n" % len(fus), out)
        # Each follow-up in date order: date and status, its summary, then
        # one line per source with publisher, date and address.
        pos = 0
        for f in fus:
            block = "    %-10s  %s\n      %s\n" % (f["date"], f["status"], f["summary"])
            for cit in f["citations"]:
                block += "      source: %s%s: %s\n" % (
                    cit["publisher"], ", " + cit["published"] if "published" in cit else "",
                    cit["url"])
            at = out.find(block, pos)
            self.assertGreater(at, -1, block)
            pos = at + len(block)
        self.assertEqual(self.one("p8-visa-exemption")["followups"], fus)

    def test_json_shape(self):
        got = run_json("timeline", "p8-visa-exemption", "--json")[0]
        self.assertEqual(got["__keys__"], ["id", "kind", "summary", "actors", "targets", "meeting",
                                           "on", "status", "followups"])
        c = next(c for c in self.default.doc["commitments"] if c["id"] == "p8-visa-exemption")
        got = strip_keys(got)
        for key in ("id", "kind", "summary", "actors", "targets", "meeting"):
            self.assertEqual(got[key], c[key])
        self.assertEqual(got["on"], self.default.research_date())
        self.assertEqual(got["status"], self.default.status_of(c))
        for f in got["followups"]:
            self.assertGreaterEqual(len(f["citations"]), 1)
            for cit in f["citations"]:
                self.assertRegex(cit["url"], r"^https?://")

    def test_consulates_in_progress_then_fulfilled(self):
        fus = self.default.followups_of("p8-consulates")
        opened = [f["date"] for f in fus if f["status"] == "in_progress"]
        done = [f["date"] for f in fus if f["status"] == "fulfilled"]
        self.assertTrue(opened and done and opened[0] < done[0], fus)
        c = next(c for c in self.default.doc["commitments"] if c["id"] == "p8-consulates")
        for on, want in ((day_before(opened[0]), "pledged"), (opened[0], "in_progress"),
                         (day_before(done[0]), "in_progress"), (done[0], "fulfilled")):
            with self.subTest(on=on):
                self.assertEqual(self.default.status_of(c, on), want)
                got = self.one("p8-consulates", "--on", on)
                self.assertEqual(got["status"], want)
                self.assertEqual(got["on"], on)
                # Only what was known by then.
                self.assertEqual([f["id"] for f in got["followups"]],
                                 [f["id"] for f in fus if period_end(f) <= on])
                out, _ = run("timeline", "p8-consulates", "--on", on)
                self.assertRegex(out, r"\n  status: +%s on %s\n" % (want, on))

    def pledge_followed_up_later(self):
        """A pledge whose follow-ups all count after the day it was made."""
        ds = self.default
        return next(c for c in ds.doc["commitments"]
                    if c["kind"] == "pledge" and ds.followups_of(c["id"]) and
                    all(period_end(f) > ds.made_on(c) for f in ds.followups_of(c["id"])))

    def records(self, cid, on):
        """`timeline CID --on ON` in json, jsonl and csv: for each format,
        the (id, on, status, follow-ups) of each record or row."""
        args = ("timeline", cid, "--on", on, "--format")
        return {"json": [(g["id"], g["on"], g["status"], g["followups"])
                         for g in json.loads(run(*args, "json")[0])],
                "jsonl": [(g["id"], g["on"], g["status"], g["followups"])
                          for g in map(json.loads, run(*args, "jsonl")[0].splitlines())],
                "csv": [(r["commitment"], r["on"], r["commitment_status"], r["followup"])
                        for r in csv.DictReader(io.StringIO(run(*args, "csv")[0]))]}

    def test_not_made_yet_before_its_meeting(self):
        """The day before its meeting a commitment has no status, in every
        format, and nothing follows it up."""
        c = self.pledge_followed_up_later()
        made = self.default.made_on(c)
        on = day_before(made)
        out, _ = run("timeline", c["id"], "--on", on)
        self.assertRegex(out, r"\n  made: +%s, %s\n  status: +not made yet on %s\n"
                         r"  no follow-up by %s\n$" % (made, c["meeting"], on, on))
        self.assertEqual(self.records(c["id"], on),
                         {"json": [(c["id"], on, None, [])], "jsonl": [(c["id"], on, None, [])],
                          "csv": [(c["id"], on, "", "")]})

    def test_made_on_its_meeting_day(self):
        """On the day of its meeting the pledge is made: pledged, with no
        follow-up yet, in every format."""
        c = self.pledge_followed_up_later()
        on = self.default.made_on(c)
        self.assertEqual(self.default.status_of(c, on), "pledged")
        out, _ = run("timeline", c["id"], "--on", on)
        self.assertRegex(out, r"\n  status: +pledged on %s\n  no follow-up by %s\n$" % (on, on))
        self.assertEqual(self.records(c["id"], on),
                         {"json": [(c["id"], on, "pledged", [])],
                          "jsonl": [(c["id"], on, "pledged", [])],
                          "csv": [(c["id"], on, "pledged", "")]})

    def test_listing_before_every_meeting(self):
        """Before the first meeting nothing listed is made yet: positions
        with follow-ups are not stated either."""
        on = day_before(min(m["date"] for m in self.default.doc["meetings"]))
        got = strip_keys(run_json("timeline", "--on", on, "--json"))
        self.assertEqual([g["id"] for g in got], self.default.timeline_ids())
        self.assertIn("position", {g["kind"] for g in got})
        self.assertEqual({(g["status"], len(g["followups"])) for g in got}, {(None, 0)})
        rows = list(csv.DictReader(io.StringIO(
            run("timeline", "--on", on, "--format", "csv")[0])))
        self.assertEqual([r["commitment"] for r in rows], self.default.timeline_ids())
        self.assertEqual({(r["commitment_status"], r["followup"]) for r in rows}, {("", "")})
        out, _ = run("timeline", "--on", on)
        self.assertEqual(len(re.findall(r"\n  status: +not made yet on %s\n" % on, out)),
                         len(got))

    def test_pledge_without_evidence_is_pledged(self):
        bare = [c for c in self.default.doc["commitments"]
                if c["kind"] == "pledge" and not self.default.followups_of(c["id"])]
        self.assertGreater(len(bare), 0)
        for c in bare:
            with self.subTest(c=c["id"]):
                got = self.one(c["id"])
                self.assertEqual((got["status"], got["followups"]), ("pledged", []))
                out, _ = run("timeline", c["id"])
                self.assertRegex(out, r"\n  status: +pledged on %s\n  no follow-up by %s\n$"
                                 % (self.default.research_date(), self.default.research_date()))

    def test_positions_and_assessments_are_stated(self):
        others = [c for c in self.default.doc["commitments"] if c["kind"] != "pledge"]
        self.assertGreater(len(others), 0)
        for c in others:
            with self.subTest(c=c["id"]):
                self.assertEqual(self.one(c["id"])["status"], "stated")
                self.assertEqual(self.one(c["id"], "--on", "2099-01-01")["status"], "stated")

    def test_which_commitments(self):
        got = [c["id"] for c in run_json("timeline", "--json")]
        self.assertEqual(got, self.default.timeline_ids())
        kinds = {c["kind"] for c in self.default.doc["commitments"] if c["id"] in got}
        self.assertIn("position", kinds)        # a restated position has a timeline
        got = [c["id"] for c in run_json("timeline", "kazakhstan", "--json")]
        self.assertEqual(got, self.default.timeline_ids(involving="KAZ"))
        self.assertIn("p8-visa-exemption", got)
        lines = run("timeline", "KAZ", "--format", "jsonl")[0].splitlines()
        self.assertEqual([json.loads(l)["id"] for l in lines], got)

    def test_month_counts_from_its_last_day(self):
        """A follow-up dated to a month counts from the month's end, so on a
        day inside the month a later follow-up dated to a day counts alone."""
        doc = json.loads(json.dumps(self.default.doc))
        cid = next(c["id"] for c in doc["commitments"]
                   if c["kind"] == "pledge" and not self.default.followups_of(c["id"]))
        cite = [{"url": "https://example.org/report", "publisher": "Test Agency"}]
        doc["followups"] += [
            {"id": "fu-test-month", "commitment": cid, "date": "2024-07-01",
             "date_precision": "month", "status": "fulfilled", "summary": "Done in July.",
             "citations": cite},
            {"id": "fu-test-day", "commitment": cid, "date": "2024-07-15",
             "status": "in_progress", "summary": "Begun mid-July.", "citations": cite}]
        path = self.write("month.json", json.dumps(doc))
        ds = Dataset(path)
        c = next(x for x in doc["commitments"] if x["id"] == cid)
        for on, ids in (("2024-07-14", []), ("2024-07-20", ["fu-test-day"]),
                        ("2024-07-31", ["fu-test-month", "fu-test-day"])):
            with self.subTest(on=on):
                got = strip_keys(run_json("--data", path, "timeline", cid, "--on", on, "--json"))[0]
                self.assertEqual([f["id"] for f in got["followups"]], ids)
                self.assertEqual(got["status"], ds.status_of(c, on))
                out, _ = run("--data", path, "timeline", cid, "--on", on)
                self.assertEqual(out.count("      source: Test Agency: "), len(ids))
                rows = list(csv.DictReader(io.StringIO(
                    run("--data", path, "timeline", cid, "--on", on, "--format", "csv")[0])))
                self.assertEqual([r["followup"] for r in rows], ids or [""])

    def test_entity_without_any(self):
        out, _ = run("--data", MINI, "timeline", "silk-gate")
        self.assertEqual(out, "No pledge and no commitment with follow-ups involves silk-gate.\n")
        self.assertEqual(run_json("--data", MINI, "timeline", "silk-gate", "--json"), [])

    def test_date_precision(self):
        partial = [f for f in self.default.doc["followups"] if f.get("date_precision") in
                   ("month", "year")]
        self.assertGreater(len(partial), 0)
        for f in partial:
            shown = f["date"][:7] if f["date_precision"] == "month" else f["date"][:4]
            out, _ = run("timeline", f["commitment"])
            self.assertRegex(out, r"(?m)^    %s +%s\n      %s$" % (
                re.escape(shown), f["status"], re.escape(f["summary"])))

    def test_csv_one_row_per_citation(self):
        out, _ = run("timeline", "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(out)))
        self.assertEqual(out.splitlines()[0].replace('"', "").split(","),
                         ["commitment", "kind", "on", "commitment_status", "followup", "date",
                          "date_precision", "status", "summary", "url", "publisher",
                          "published", "title"])
        want = []
        for cid in self.default.timeline_ids():
            fus = [f for f in self.default.followups_of(cid)
                   if period_end(f) <= self.default.research_date()]
            want += [(cid, f["id"], c["url"], c["publisher"], c.get("published", ""),
                      c.get("title", "")) for f in fus for c in f["citations"]] or \
                [(cid, "", "", "", "", "")]
        self.assertEqual([(r["commitment"], r["followup"], r["url"], r["publisher"],
                           r["published"], r["title"]) for r in rows], want)
        byid = {f["id"]: f for f in self.default.doc["followups"]}
        for r in rows:
            if r["followup"]:
                f = byid[r["followup"]]
                self.assertEqual((r["date"], r["date_precision"], r["status"], r["summary"]),
                                 (f["date"], f.get("date_precision", "day"),
                                  f.get("status", "stated"),
                                  f["summary"]))
            else:
                self.assertEqual(r["commitment_status"], "pledged")

    def test_unknown_key(self):
        _, err = run("timeline", "p8-visa-exemptoin", status=1)
        self.assertIn("no commitment or entity matches 'p8-visa-exemptoin'; did you mean "
                      "'p8-visa-exemption'?", err)
        _, err = run("timeline", "Kazakhsta", "--json", status=1)
        self.assertIn("did you mean 'Kazakhstan'?", err)
        _, err = run("timeline", "Atlantis", status=1)
        self.assertIn("'camtg commitments' and 'camtg entities'", err)

    def test_bad_dates_exit_2(self):
        for value, why in bad_dates():
            with self.subTest(value=value):
                _, err = run("timeline", "p8-consulates", "--on", value, status=2)
                self.assertIn(why, err)

    def test_schema_version_1(self):
        """No follow-ups: the stored status, and the timeline says none."""
        got = strip_keys(run_json("--data", MINI, "timeline", "--json"))
        self.assertEqual([c["id"] for c in got], self.mini.timeline_ids())
        for c in got:
            self.assertNotIn("on", c)
            self.assertEqual(c["followups"], [])
            want = next(x for x in self.mini.doc["commitments"] if x["id"] == c["id"])
            self.assertEqual(c["status"], want["status"])


class TestExport(CliTestCase):

    def export(self, fmt, *data):
        out, err = run(*data, "export", "--format", fmt)
        self.assertEqual(err, "")
        return out

    def test_json_is_a_complete_dataset(self):
        for ds, data in ((self.default, []), (self.mini, ["--data", MINI])):
            doc = json.loads(self.export("json", *data), object_pairs_hook=list_pairs)
            self.assertEqual(doc["__keys__"], list(ds.doc))
            want = dict(ds.doc)
            want["entities"] = [expected_entity(e) for e in ds.doc["entities"]]
            self.assertEqual(strip_keys(doc), want)

    def test_json_round_trip(self):
        for data in ([], ["--data", MINI]):
            with self.subTest(data=data):
                path = self.write("round-trip.json", self.export("json", *data))
                out, _ = run("validate", path)
                self.assertTrue(out.startswith(path + ": OK ("))
                again = ["--data", path]
                for query in (["summary"], ["entities"], ["entities", "--json"],
                              ["commitments"], ["commitments", "--json"],
                              ["commitments", "--involving", "KAZ", "--json"],
                              ["show", "KAZ"], ["show", "KAZ", "--json"],
                              ["export", "--format", "jsonl"], ["export", "--format", "csv"],
                              ["export", "--format", "dot"], ["export", "--format", "json"],
                              ["timeline"], ["timeline", "--json"], ["compliance", "--json"],
                              ["compliance", "--on", "2024-06-30", "--format", "csv"]):
                    self.assertEqual(run(*again, *query)[0], run(*data, *query)[0], query)

    def test_output_file_holds_what_stdout_would(self):
        for command in (["export", "--format", "json"], ["export", "--format", "jsonl"],
                        ["export", "--format", "csv"], ["export", "--format", "dot"],
                        ["export", "--format", "webanno"], ["export", "--format", "plover"],
                        ["html"]):
            with self.subTest(command=command):
                path = os.path.join(self.tmp.name, "out-" + "-".join(command))
                out, err = run(*command, "-o", path)
                self.assertEqual((out, err), ("", ""))
                with open(path, "rb") as f:
                    written = f.read()
                self.assertEqual(written.decode("utf-8"), run(*command)[0])
                self.assertGreater(len(written), 1000)

    def test_output_file_that_cannot_be_written(self):
        for command in (["export", "--format", "json"], ["html"]):
            with self.subTest(command=command):
                path = os.path.join(self.tmp.name, "no-such-folder", "out")
                _, err = run(*command, "-o", path, status=1)
                self.assertIn("cannot write", err)
                self.assertIn(path, err)
                self.assertFalse(os.path.exists(os.path.dirname(path)))

    def test_jsonl(self):
        for ds, data in ((self.default, []), (self.mini, ["--data", MINI])):
            lines = self.export("jsonl", *data).split("\n")
            self.assertEqual(lines[-1], "")
            records = [json.loads(l, object_pairs_hook=list_pairs) for l in lines[:-1]]
            for r in records:
                self.assertEqual(r["__keys__"][0], "record")
            kinds = [r["record"] for r in records]
            self.assertEqual(kinds[0], "dataset")
            self.assertEqual(records[0]["camtg"], ds.doc["camtg"])
            self.assertEqual(records[0].get("followups_researched"),
                             ds.doc.get("followups_researched"))
            plural = {"source": "sources", "entity": "entities", "meeting": "meetings",
                      "commitment": "commitments"}
            if ds.doc["camtg"] >= 2:
                plural["followup"] = "followups"
            for kind, key in plural.items():
                got = [strip_keys(r) for r in records if r["record"] == kind]
                for r in got:
                    del r["record"]
                want = ds.doc[key]
                if kind == "entity":
                    want = [expected_entity(e) for e in want]
                self.assertEqual(got, want, kind)
            self.assertEqual(len(records), 1 + sum(len(ds.doc[k]) for k in plural.values()))

    def test_csv(self):
        for ds, data in ((self.default, []), (self.mini, ["--data", MINI])):
            text = self.export("csv", *data)
            # RFC 4180 line ends; parsing must give back every value exactly.
            self.assertTrue(text.endswith("\r\n"))
            self.assertEqual(text.count("\r\n"), text.count("\n") -
                             sum(c["evidence"]["quote"].count("\n") + c["summary"].count("\n")
                                 for c in ds.doc["commitments"]))
            rows = list(csv.reader(io.StringIO(text, newline="")))
            header = rows[0]
            self.assertEqual(header, ["id", "meeting", "kind", "type", "cameo", "verb",
                                      "summary", "actors", "targets", "objects", "sectors",
                                      "status", "source", "start", "end", "quote"]
                             + (["followups"] if ds.doc["camtg"] >= 2 else []))
            self.assertEqual(len(rows) - 1, len(ds.doc["commitments"]))
            for row, c in zip(rows[1:], ds.doc["commitments"]):
                r = dict(zip(header, row))
                self.assertEqual(len(row), len(header))
                self.assertEqual(r["id"], c["id"])
                self.assertEqual(r["meeting"], c["meeting"])
                self.assertEqual(r["kind"], c["kind"])
                self.assertEqual(r["type"], c["type"])
                self.assertEqual(r["cameo"], c.get("cameo", ""))
                self.assertEqual(r["verb"], c["verb"])
                self.assertEqual(r["summary"], c["summary"])
                for key in ("actors", "targets", "objects", "sectors"):
                    self.assertEqual(r[key].split(";") if r[key] else [], c[key], key)
                self.assertEqual(r["status"], ds.status_of(c))
                if ds.doc["camtg"] >= 2:
                    timeline = sorted((f for f in ds.doc["followups"]
                                       if f["commitment"] == c["id"]), key=lambda f: f["date"])
                    self.assertEqual(r["followups"].split(";") if r["followups"] else [],
                                     ["%s %s %s" % (f["date"], f.get("status", "stated"),
                                                    f["id"]) for f in timeline])
                self.assertEqual(r["source"], c["evidence"]["source"])
                self.assertEqual(int(r["start"]), c["evidence"]["start"])
                self.assertEqual(int(r["end"]), c["evidence"]["end"])
                self.assertEqual(r["quote"], c["evidence"]["quote"])

    def test_csv_quoting_exact(self):
        # Text quoted (codes such as "057" stay text), numbers bare, quotes doubled.
        text = self.export("csv", "--data", MINI)
        self.assertTrue(text.startswith('"id","meeting","kind","type","cameo","verb",'))
        self.assertIn('\r\n"c1-railway","almaty-talks","pledge","AGREE","057","build",'
                      '"Kazakhstan will build the ""Silk Gate"" railway, with Uzbekistan, '
                      'by 2030.","KAZ","UZB","silk-gate","connectivity;trade_investment",'
                      '"pledged","test-agency-2031-03-04",133,204,', text)
        self.assertIn(',"Kazakhstan will build the ""Silk Gate"" railway, with Uzbekistan, '
                      'by 2030"\r\n', text)
        self.assertIn('\r\n"c2-talks","almaty-talks","pledge","CONSULT","","hold",', text)
        rows = list(csv.reader(io.StringIO(text, newline=""), quoting=csv.QUOTE_NONNUMERIC))
        self.assertEqual(rows[1][4], "057")
        self.assertEqual(rows[1][13:15], [133.0, 204.0])

    def test_dot(self):
        for ds, data in ((self.default, []), (self.mini, ["--data", MINI])):
            text = self.export("dot", *data)
            self.assertTrue(text.startswith("digraph camtg {\n"))
            self.assertTrue(text.endswith("}\n"))
            for e in ds.doc["entities"]:
                node = re.search(r'(?m)^  "%s" \[label="([^"]*)"' % re.escape(e["id"]), text)
                if e["type"] in ("country", "group"):
                    self.assertIsNotNone(node, e["id"])
                    self.assertIn(e["id"], node.group(1))
                else:
                    self.assertIsNone(node, e["id"])
            for c in ds.doc["commitments"]:
                self.assertIn('tooltip="%s: ' % c["id"], text)
        text = self.export("dot", "--data", MINI)
        # Labelled by verb, coloured by sector (two sectors, two colours).
        self.assertRegex(text, r'(?m)^  "KAZ" -> "UZB" \[label="build", '
                               r'color="#[0-9a-f]{6}:#[0-9a-f]{6}", '
                               r'tooltip="c1-railway: Kazakhstan will build the \\"Silk Gate\\"')
        self.assertRegex(text, r'(?m)^  "KAZ" -> "UZB" \[label="hold", .*dir=none\];$')
        self.assertRegex(text, r'(?m)^  "KAZ" -> "turkic" \[label="agreed to open"')
        self.assertRegex(text, r'(?m)^  "TUR" -> "turkic" \[style=dashed')
        # The legend names every sector used, in its colour, and no other.
        legend = re.search(r'(?m)^  "sector legend" \[.*label=<(.*)>\];$', text).group(1)
        self.assertEqual(re.findall(r'<font color="#[0-9a-f]{6}">(\w+)</font>', legend),
                         [s for s in SECTORS if any(s in c["sectors"]
                                                    for c in self.mini.doc["commitments"])])

    @unittest.skipUnless(DOT, "Graphviz dot is not installed")
    def test_dot_renders(self):
        for data in ([], ["--data", MINI]):
            text = self.export("dot", *data)
            proc = subprocess.run([DOT, "-Tsvg"], input=text.encode("utf-8"),
                                  capture_output=True, timeout=120)
            self.assertEqual(proc.returncode, 0, proc.stderr.decode())
            self.assertEqual(proc.stderr.decode().strip(), "")
            svg = proc.stdout.decode("utf-8")
            self.assertIn("<svg", svg)
            self.assertIn("Kazakhstan", svg)


class TestValidate(CliTestCase):

    def test_valid_files(self):
        out, err = run("validate", MINI)
        self.assertEqual(out, "%s: OK (1 source, 11 entities, 2 meetings, 4 commitments)\n"
                         % MINI)
        self.assertEqual(err, "")
        out, _ = run("validate", DEFAULT_DATASET)
        doc = self.default.doc
        self.assertRegex(out, r"^%s: OK \(%d sources?, %d entit(y|ies), %d meetings?, "
                         r"%d commitments?\)\n$" % (re.escape(DEFAULT_DATASET),
                                                    len(doc["sources"]), len(doc["entities"]),
                                                    len(doc["meetings"]),
                                                    len(doc["commitments"])))

    def test_syntax_error_gives_line_and_column(self):
        path = os.path.join(DATA, "bad-syntax.json")
        _, err = run("validate", path, status=1)
        self.assertRegex(err, r"^%s:4:17: \S" % re.escape(path))
        self.assertEqual(len(err.splitlines()), 1)
        # The same report when the file is given as --data.
        _, err2 = run("--data", path, "summary", status=1)
        self.assertEqual(err, err2)

    def test_empty_and_truncated_files(self):
        empty = self.write("empty.json", "")
        _, err = run("validate", empty, status=1)
        self.assertRegex(err, r"^%s:1:1: " % re.escape(empty))
        with open(MINI, encoding="utf-8") as f:
            text = f.read()
        cut = self.write("cut.json", text[:len(text) // 2])
        _, err = run("validate", cut, status=1)
        self.assertRegex(err, r"^%s:\d+:\d+: " % re.escape(cut))

    def semantic(self, name, edit, pointer, words):
        doc = load(MINI)
        edit(doc)
        path = self.write(name, json.dumps(doc, ensure_ascii=False, indent=2))
        _, err = run("validate", path, status=1)
        self.assertTrue(err.startswith("%s: %s: " % (path, pointer)), err)
        for word in words:
            self.assertIn(word, err)
        self.assertEqual(len(err.splitlines()), 1)
        return path

    def test_semantic_errors_give_a_json_pointer(self):
        def dangling(doc):
            doc["commitments"][2]["actors"][0] = "ATLANTIS"
        self.semantic("dangling.json", dangling, "/commitments/2/actors/0", ["ATLANTIS"])

        def sector(doc):
            doc["commitments"][1]["sectors"][1] = "space"
        self.semantic("sector.json", sector, "/commitments/1/sectors/1", ["space"])

        def missing(doc):
            del doc["entities"][4]["name"]
        path = self.semantic("missing.json", missing, "/entities/4/name", ["bekova", "name"])
        _, err = run("--data", path, "entities", status=1)
        self.assertTrue(err.startswith("%s: /entities/4" % path))

        def quote(doc):
            doc["commitments"][3]["evidence"]["quote"] = "Kazakhstan and"
        self.semantic("quote.json", quote, "/commitments/3/evidence/quote", ["c4-culture"])

    def test_messages_hold_no_control_characters(self):
        def sector(doc):
            doc["commitments"][1]["sectors"][0] = "sp\x1b[31mace\x9b"
        path = self.semantic("control.json", sector, "/commitments/1/sectors/0", ["sp?[31mace"])
        _, err = run("validate", path, status=1)
        self.assertIsNone(re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f]", err))

    def test_missing_file(self):
        missing = os.path.join(self.tmp.name, "no-such-file.json")
        _, err = run("validate", missing, status=1)
        self.assertIn(missing, err)
        _, err = run("--data", missing, "summary", status=1)
        self.assertIn(missing, err)
        _, err = run("--data", self.tmp.name, "entities", status=1)
        self.assertIn(self.tmp.name, err)


class TestCompile(CliTestCase):
    """camtg compile: INPUT checked as validate checks it, then written as a
    snapshot that every command reads through --data."""

    def snapshot_path(self, name):
        path = os.path.join(self.tmp.name, name)
        if os.path.exists(path):
            os.remove(path)
        return path

    def test_every_command_reads_the_snapshot(self):
        snap = self.snapshot_path("mini.camtg")
        out, err = run("compile", MINI, snap)
        self.assertEqual((out, err), ("", ""))
        out, _ = run("validate", snap)
        self.assertEqual(out, "%s: OK (1 source, 11 entities, 2 meetings, 4 commitments)\n"
                         % snap)
        for args in (["export", "--format", "json"], ["summary"], ["timeline", "--json"]):
            with self.subTest(args=args):
                self.assertEqual(run("--data", snap, *args), run("--data", MINI, *args))

    def test_standard_input(self):
        snap = self.snapshot_path("stdin.camtg")
        with open(MINI, "rb") as f:
            run("compile", "-", snap, stdin=f)
        self.assertEqual(run("--data", snap, "entities", "--json"),
                         run("--data", MINI, "entities", "--json"))

    def test_invalid_input_is_reported_as_validate_does(self):
        doc = load(MINI)
        doc["commitments"][0]["actors"][0] = "nobody"
        bad_reference = self.write("bad-reference.json", json.dumps(doc))
        for path in (os.path.join(DATA, "bad-syntax.json"), bad_reference,
                     os.path.join(self.tmp.name, "no-such-file.json")):
            with self.subTest(path=path):
                snap = self.snapshot_path("bad.camtg")
                _, err = run("compile", path, snap, status=1)
                self.assertEqual(err, run("validate", path, status=1)[1])
                self.assertFalse(os.path.exists(snap))

    def test_unwritable_output(self):
        out = os.path.join(self.tmp.name, "no-such-folder", "x.camtg")
        _, err = run("compile", MINI, out, status=1)
        self.assertIn(out, err)

    def test_usage(self):
        # A missing argument is named with its description, in one pair of
        # parentheses.
        for args, name in (([], "INPUT"), ([MINI], "OUTPUT")):
            with self.subTest(args=args):
                _, err = run("compile", *args, status=2)
                self.assertRegex(err, r"^camtg compile: missing %s \([^()]+\)\n" % name)
        _, err = run("--data", MINI, "compile", MINI, self.snapshot_path("x.camtg"), status=2)
        self.assertIn("--data does not apply", err)


class TestDamagedSnapshot(CliTestCase):
    """--data opens a snapshot without verifying it (that would cost a pass
    over the file), so every command must live with getters that answer
    "absent" for damaged fields: it may fail, never crash. The same dataset
    always compiles to the same bytes, so each damage is the same on every
    run."""

    # export json prints every field of every record; the others go through
    # the text, quote, date and status paths of the other commands.
    COMMANDS = (["summary"], ["entities"], ["show", "KAZ"], ["timeline"],
                ["timeline", "--on", "2020-01-01", "--format", "csv"], ["compliance"],
                ["export", "--format", "json"], ["export", "--format", "webanno"],
                ["export", "--format", "plover"], ["html"])
    # docs/snapshot.md: the record sections by their number in the section
    # table (8 bytes an entry from byte 56), and the bytes of one record.
    RECORD_BYTES = {2: 48, 3: 108, 4: 48, 5: 100, 6: 36, 7: 28, 8: 16}
    NONE = 0xFFFFFFFF

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        snap = os.path.join(cls.tmp.name, "default.camtg")
        run("compile", DEFAULT_DATASET, snap)
        with open(snap, "rb") as f:
            cls.good = f.read()

    def expect_no_crash(self, data, what):
        damaged = os.path.join(self.tmp.name, "damaged.camtg")
        with open(damaged, "wb") as f:
            f.write(data)
        for args in self.COMMANDS:
            proc = subprocess.run(WRAPPER + [CLI, "--data", damaged, *args],
                                  capture_output=True, timeout=300)
            with self.subTest(damage=what, args=args):
                self.assertIn(proc.returncode, range(0, 128), proc.stderr[-2000:])
                self.assertNotIn(b"Sanitizer", proc.stderr)

    def test_every_record_field_absent(self):
        for section, size in self.RECORD_BYTES.items():
            offset, count = struct.unpack_from("=II", self.good, 56 + 8 * section)
            for word in range(size // 4):
                data = bytearray(self.good)
                for record in range(count):
                    struct.pack_into("=I", data, offset + record * size + 4 * word, self.NONE)
                self.expect_no_crash(data, f"section {section}, word {word}")

    def test_words_changed_at_random(self):
        for seed in range(12):
            rng = random.Random(seed)
            data = bytearray(self.good)
            for _ in range(rng.randint(1, 4)):
                at = rng.randrange(152, len(data) - 4) & ~3
                word = rng.choice([self.NONE, 0, rng.randrange(1 << 32), rng.randrange(len(data))])
                struct.pack_into("=I", data, at, word)
            self.expect_no_crash(data, f"seed {seed}")


class TestTerminal(CliTestCase):
    """Wrapping happens only on a terminal, to its width."""

    def run_on_tty(self, columns, *args):
        master, slave = pty.openpty()
        env = dict(os.environ, COLUMNS=str(columns))
        try:
            proc = subprocess.Popen(WRAPPER + [CLI, *args], stdout=slave,
                                    stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env)
        finally:
            os.close(slave)
        chunks = []
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:     # EIO once the child has closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        os.close(master)
        _, err = proc.communicate(timeout=300)
        self.assertEqual(proc.returncode, 0, err.decode())
        return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")

    def test_wrapped_to_columns(self):
        # Widths at which the fixed columns of each table leave room to wrap
        # the last one (a table wider than the terminal cannot be helped).
        for width, args in ((60, ["commitments"]), (60, ["--data", MINI, "summary"]),
                            (100, ["summary"]), (70, ["--data", MINI, "entities"]),
                            (100, ["show", "KAZ"]), (72, ["--data", MINI, "show", "UZB"])):
            with self.subTest(args=args):
                out = self.run_on_tty(width, *args)
                piped, _ = run(*args)
                self.assertNotEqual(out, piped)
                self.assertGreater(max(len(l) for l in piped.splitlines()), width)
                self.assertLessEqual(max(len(l) for l in out.splitlines()), width)
                # Nothing but line breaks and indentation changed.
                self.assertEqual(out.split(), piped.split())
                self.assertNotIn("\x1b", out)

    def test_quote_wrapped_with_hanging_indent(self):
        out = self.run_on_tty(50, "--data", MINI, "commitments", "--involving", "TUR")
        self.assertIn('  quote:    "Kazakhstan and the Turkic states\n'
                      '            agreed to open a culture centre — the\n'
                      '            first of its kind in Türkiye"\n', out)


class TestManPage(CliTestCase):

    @unittest.skipUnless(shutil.which("groff"), "groff is not installed")
    def test_groff_has_no_warnings(self):
        proc = subprocess.run(["groff", "-man", "-ww", "-z", MAN_PAGE], capture_output=True)
        self.assertEqual(proc.returncode, 0)
        self.assertEqual(proc.stderr.decode(), "")

    def test_man_page_documents_every_command_and_option(self):
        with open(MAN_PAGE, encoding="utf-8") as f:
            text = f.read()
        self.assertTrue(text.startswith(".\\\""))
        self.assertRegex(text, r'\.TH CAMTG 1 "[^"]+" "libcamtg \d+\.\d+\.\d+"')
        for word in ["summary", "entities", "show", "commitments", "export", "validate",
                     r"\-\-data", r"\-\-json", r"\-\-involving", r"\-\-actor", r"\-\-target",
                     r"\-\-sector", r"\-\-type", r"\-\-kind", r"\-\-meeting", r"\-\-format",
                     r"\-\-version", r"\-\-help", "EXIT STATUS"]:
            self.assertIn(word, text)
        for sector in SECTORS:
            self.assertIn(sector, text)

    def test_man_page_lists_every_option_of_help(self):
        """Every command, option and export format that --help shows has its
        place in the man page: a new one cannot go undocumented."""
        with open(MAN_PAGE, encoding="utf-8") as f:
            text = f.read()
        main, _ = run("--help")
        commands = re.findall(r"(?m)^  ([a-z]+)\b", main.split("Commands:\n")[1].split("\n\n")[0])
        self.assertIn("commitments", commands)
        helps = [main] + [run(c, "--help")[0] for c in commands]
        # The tag lines of the man page's items (the line after each .TP).
        lines = text.splitlines()
        tags = "\n".join(lines[i + 1] for i, l in enumerate(lines[:-1]) if l == ".TP")
        seen = set()
        for help_text in helps:
            sections = help_text.split("\nOptions:\n")
            self.assertEqual(len(sections), 2, help_text)
            options = sections[1].split("\n\n")[0]
            for short, long in re.findall(r"(?m)^  (?:-([A-Za-z]), )?--([a-z][a-z-]*)", options):
                seen.add(long)
                self.assertRegex(tags, r"\\-\\-%s\b(?!\\-)" % re.escape(long.replace("-", "\\-")),
                                 "--%s has no item in the man page" % long)
                if short:
                    self.assertRegex(tags, r"\\-%s\b" % short, "-%s has no item" % short)
        self.assertTrue({"data", "format", "json", "csv-formulas", "help", "version", "type",
                         "involving", "actor", "target", "sector", "kind", "meeting", "on"} <= seen)
        self.assertTrue({"timeline", "compliance"} <= set(commands))
        for command in commands:
            self.assertIn("\n.SS %s\n" % command, text)
        formats = run("export", "--help")[0].split("\nFormats:\n")[1].split("\n\n")[0]
        for name in re.findall(r"(?m)^  ([a-z]+)\b", formats):
            self.assertIn("\n.B %s\n" % name, text)

    @unittest.skipUnless(shutil.which("man"), "man is not installed")
    def test_man_renders(self):
        proc = subprocess.run(["man", "--warnings", "-l", MAN_PAGE], capture_output=True,
                              env=dict(os.environ, MANPAGER="cat", PAGER="cat", MANWIDTH="80"))
        self.assertEqual(proc.returncode, 0, proc.stderr.decode())
        self.assertEqual(proc.stderr.decode(), "")
        self.assertIn("EXIT STATUS", proc.stdout.decode("utf-8"))


class TestEverySubcommand(CliTestCase):
    """One run of each subcommand and of each error path: the list a memory
    checker goes through (ctest runs it under valgrind)."""

    def test_success_paths(self):
        for args in (["--version"], ["--help"], ["summary"], ["--data", MINI, "summary"],
                     ["entities"], ["entities", "--type", "person", "--json"],
                     ["show", "zheenbek kulubaev"], ["show", "KAZ", "--json"],
                     ["commitments", "--involving", "KAZ", "--sector", "connectivity"],
                     ["commitments", "--json"], ["export", "--format", "json"],
                     ["export", "--format", "jsonl"], ["export", "--format", "csv"],
                     ["export", "--format", "dot"], ["validate", MINI],
                     ["entities", "--format", "csv"], ["entities", "--format", "jsonl"],
                     ["show", "KAZ", "--format", "csv"], ["show", "KAZ", "--format", "jsonl"],
                     ["commitments", "--type", "agree", "--format", "csv",
                      "--csv-formulas", "keep"],
                     ["--data", MINI, "show", "turkic"], ["help", "export"], ["-V"],
                     ["--", "summary"], ["timeline"], ["timeline", "KAZ", "--format", "csv"],
                     ["timeline", "p8-consulates", "--on", "2024-01-01", "--json"],
                     ["timeline", "--on", "2020-01-01", "--format", "csv"],
                     ["compliance"], ["compliance", "--on", "2023-05-01", "--format", "csv"],
                     ["--data", MINI, "compliance", "--format", "jsonl"]):
            with self.subTest(args=args):
                run(*args)
        for args in (["--data", "-", "entities"], ["validate", "-"],
                     ["compile", "-", os.path.join(self.tmp.name, "every.camtg")]):
            with self.subTest(args=args), open(MINI, "rb") as f:
                run(*args, stdin=f)

    def test_error_paths(self):
        for status, args in ((1, ["show", "Atlantis"]), (1, ["commitments", "--sector", "x"]),
                             (1, ["validate", os.path.join(DATA, "bad-syntax.json")]),
                             (1, ["--data", os.path.join(DATA, "missing.json"), "summary"]),
                             (2, ["export"]), (2, ["entities", "--bogus"]), (2, []),
                             (2, ["comitments"]), (2, ["export", "csv"]), (2, ["-v"]),
                             (2, ["entities", "--format", "jsn"]),
                             (2, ["export", "--format", "cvs"]),
                             (1, ["commitments", "--sector", "helth"]),
                             (1, ["show", "\x1b[31m\u202e"]),
                             (1, ["commitments", "--meeting", "nowhere"]),
                             (2, ["show", "KAZ", "--json", "--format", "csv"]),
                             (1, ["timeline", "p8-visa-exemptoin"]),
                             (2, ["compliance", "--on", "2023-02-30"]),
                             (2, ["timeline", "--on", "soon"]),
                             (1, ["compile", os.path.join(DATA, "bad-syntax.json"),
                                  os.path.join(self.tmp.name, "bad.camtg")])):
            with self.subTest(args=args):
                run(*args, status=status)


# Exact outputs on mini.json. They change only when the output format does.
MINI_SUMMARY = """\
Talks in Almaty (almaty-talks)
  source:     Test Agency, "Kazakhstan and Uzbekistan agree on a railway, talks and a culture centre" (test-agency-2031-03-04)
  published:  2031-03-04
  dateline:   ALMATY, 3 March
  url:        https://example.org/almaty-talks
  date:       2031-03-03
  place:      Almaty (almaty), Kazakhstan (KAZ)
  host:       Aida Bekova (bekova), Kazakhstan (KAZ): Minister of Foreign Affairs; Deputy Prime Minister
  format:     bilateral talks
  context:    Almaty test forum (almaty-forum), 2031-03-03, Almaty (almaty)

Participants (2):
  ID       NAME            COUNTRY           OFFICE
  bekova   Aida Bekova     Kazakhstan (KAZ)  Minister of Foreign Affairs; Deputy Prime Minister
  nazarov  Rustam Nazarov  Uzbekistan (UZB)  Minister of Foreign Affairs

Commitments (3), by the countries taking part:

  Kazakhstan (KAZ) + Uzbekistan (UZB): 3 commitments
    sectors: connectivity 2, diplomacy 1, security 1, trade_investment 1, energy_minerals 1
    ID          KIND        STATUS   VERB    SUMMARY
    c1-railway  pledge      pledged  build   Kazakhstan will build the "Silk Gate" railway, with Uzbekistan, by 2030.
    c2-talks    pledge      pledged  hold    Kazakhstan and Uzbekistan will hold regular talks on water, energy and security.
    c3-vital    assessment  pledged  called  Uzbekistan calls the railway plan vital for the region.

All sectors: connectivity 2, diplomacy 1, security 1, trade_investment 1, energy_minerals 1


Meeting in Tashkent (tashkent-meeting)
  source:     Test Agency, "Kazakhstan and Uzbekistan agree on a railway, talks and a culture centre" (test-agency-2031-03-04)
  published:  2031-03-04
  dateline:   ALMATY, 3 March
  url:        https://example.org/almaty-talks
  date:       2031-03-04
  place:      Tashkent (tashkent), Uzbekistan (UZB)
  host:       Uzbekistan (UZB)
  format:     meeting

Participants (2):
  ID      NAME           COUNTRY           OFFICE
  KAZ     Kazakhstan     Kazakhstan (KAZ)
  turkic  Turkic states

Commitments (1), by the countries taking part:

  Kazakhstan (KAZ) + Turkic states (turkic): 1 commitment
    sectors: culture 1
    ID          KIND    STATUS   VERB            SUMMARY
    c4-culture  pledge  pledged  agreed to open  Kazakhstan and the Turkic states will open a culture centre — the first of its kind in Türkiye.

All sectors: culture 1
"""

MINI_ENTITIES = """\
ID            TYPE     NAME               DETAILS
KAZ           country  Kazakhstan
UZB           country  Uzbekistan
TUR           country  Türkiye
turkic        group    Turkic states      members: KAZ, UZB, TUR
bekova        person   Aida Bekova        Kazakhstan (KAZ): Minister of Foreign Affairs; Deputy Prime Minister
nazarov       person   Rustam Nazarov     Uzbekistan (UZB): Minister of Foreign Affairs
almaty        place    Almaty             in Kazakhstan (KAZ)
tashkent      place    Tashkent           in Uzbekistan (UZB)
almaty-forum  event    Almaty test forum  2031-03-03, Almaty (almaty)
silk-gate     project  Silk Gate railway  A railway, with a comma, and "quotes".
water         topic    water
"""

MINI_SHOW_TUR = """\
Türkiye (TUR)
  type:       country
  aliases:    Turkey, Turkiye
  member of:  Turkic states (turkic)

Commitments (1):
  ID          ROLE               KIND    PARTIES        SUMMARY
  c4-culture  target via turkic  pledge  KAZ -> turkic  Kazakhstan and the Turkic states will open a culture centre — the first of its kind in Türkiye.
"""

MINI_COMMITMENTS_TUR = """\
c4-culture
  kind:     pledge
  type:     COOPERATE
  status:   pledged
  verb:     agreed to open
  actors:   Kazakhstan (KAZ)
  targets:  Turkic states (turkic)
  objects:  -
  sectors:  culture
  summary:  Kazakhstan and the Turkic states will open a culture centre — the first of its kind in Türkiye.
  quote:    "Kazakhstan and the Turkic states agreed to open a culture centre — the first of its kind in Türkiye"
  where:    meeting tashkent-meeting, source test-agency-2031-03-04, characters %d-%d

1 commitment
"""


def _fill_offsets():
    global MINI_COMMITMENTS_TUR
    ev = next(c for c in load(MINI)["commitments"] if c["id"] == "c4-culture")["evidence"]
    MINI_COMMITMENTS_TUR = MINI_COMMITMENTS_TUR % (ev["start"], ev["end"])


_fill_offsets()

if __name__ == "__main__":
    unittest.main()
