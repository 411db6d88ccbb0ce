# SPDX-License-Identifier: MIT
"""What people who live in a shell (sqlite3, jq, git) expect of camtg, one
test per expectation: every listing in every format, standard input,
suggestions, --version, honest write errors, text that lines up and cannot
deceive, spreadsheet-safe CSV, and bounded memory.

Same environment as test_cli.py, whose helpers this file uses.
"""

import csv
import io
import json
import os
import subprocess
import unicodedata
import unittest

from test_cli import (CLI, DATA, MINI, WRAPPER, CliTestCase, load, run, run_json,
                      strip_keys, expected_entity)

# What `camtg show KEY` calls the part an entity plays in a commitment.
ROLES = {"actor", "target", "object"}


def display_width(text):
    """Columns a terminal gives text: two for wide and full-width
    characters, none for combining marks."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return width


def parse(fmt, text):
    """A listing read back with Python's own json and csv modules."""
    if fmt == "json":
        return json.loads(text)
    if fmt == "jsonl":
        return [json.loads(line) for line in text.splitlines()]
    return list(csv.DictReader(io.StringIO(text, newline="")))


class TestShellUser(CliTestCase):

    def dataset(self, name, edit):
        doc = load(MINI)
        edit(doc)
        return self.write(name, json.dumps(doc, ensure_ascii=False))

    def dataset_with_text(self, name, text):
        """The mini dataset with text as the name of an entity (Türkiye) and
        the summary of a commitment that involves it."""
        def edit(doc):
            doc["entities"][2]["name"] = text
            doc["commitments"][3]["summary"] = text
        return self.dataset(name, edit)

    # `camtg export csv` -> "unexpected argument" with no hint of --format csv.
    def test_near_miss_hints(self):
        _, err = run("export", "csv", status=2)
        self.assertIn("did you mean --format csv?", err)
        _, err = run("entities", "json", status=2)
        self.assertIn("did you mean --format json?", err)
        _, err = run("csv", status=2)
        self.assertIn("did you mean 'camtg export --format csv'?", err)
        _, err = run("version", status=2)
        self.assertIn("'camtg --version'", err)
        _, err = run("--json", "entities", status=2)
        self.assertIn("after the command", err)

    # Typos (`camtg comitments`) get no suggestion.
    def test_typos_get_suggestions(self):
        for args, status, hint in (
                (["comitments"], 2, "did you mean 'commitments'?"),
                (["sumary"], 2, "did you mean 'summary'?"),
                (["help", "entites"], 2, "did you mean 'entities'?"),
                (["commitments", "--involvng", "KAZ"], 2, "did you mean '--involving'?"),
                (["entities", "--tpye", "country"], 2, "did you mean '--type'?"),
                (["entities", "--format", "jsn"], 2, "did you mean 'json'?"),
                (["export", "--format", "cvs"], 2, "did you mean 'csv'?"),
                (["commitments", "--sector", "helth"], 1, "did you mean 'health'?"),
                (["commitments", "--kind", "pledg"], 1, "did you mean 'pledge'?"),
                (["entities", "--type", "persn"], 1, "did you mean 'person'?")):
            with self.subTest(args=args):
                _, err = run(*args, status=status)
                self.assertIn(hint, err)
        # Nothing near: no guess.
        _, err = run("frobnicate", status=2)
        self.assertNotIn("did you mean", err)

    # `-` is not stdin.
    def test_dash_is_standard_input(self):
        with open(MINI, "rb") as f:
            piped, _ = run("--data", "-", "entities", stdin=f)
        direct, _ = run("--data", MINI, "entities")
        self.assertEqual(piped, direct)
        with open(MINI, "rb") as f:
            out, _ = run("validate", "-", stdin=f)
        self.assertEqual(out, "(standard input): OK (1 source, 11 entities, 2 meetings, "
                              "4 commitments)\n")
        with open(os.path.join(DATA, "bad-syntax.json"), "rb") as f:
            _, err = run("validate", "-", stdin=f, status=1)
        self.assertRegex(err, r"^\(standard input\):4:17: \S")

    # Lookups folded ASCII case only (казахстан missed Казахстан) and did not
    # normalise (NFD "Türkmenistan" missed NFC).
    def test_lookups_fold_case_and_normalise(self):
        def rename(doc):
            countries = [e for e in doc["entities"] if e["type"] == "country"]
            countries[0]["name"] = "Казахстан"
            countries[1]["name"] = unicodedata.normalize("NFC", "Türkmenistan")
        path = self.dataset("unicode-names.json", rename)
        countries = [e for e in load(path)["entities"] if e["type"] == "country"]
        for key, want in (("казахстан", countries[0]["id"]),
                          ("КАЗАХСТАН", countries[0]["id"]),
                          (unicodedata.normalize("NFD", "TÜRKMENISTAN"), countries[1]["id"]),
                          (unicodedata.normalize("NFD", "türkmenistan"), countries[1]["id"])):
            with self.subTest(key=key):
                out, _ = run("--data", path, "show", key, "--format", "json")
                self.assertEqual(json.loads(out)["entity"]["id"], want)

    # `-V`, `-v` unknown.
    def test_version(self):
        out, _ = run("-V")
        self.assertRegex(out, r"^camtg \d+\.\d+\.\d+\n$")
        self.assertEqual(out, run("--version")[0])
        _, err = run("-v", status=2)
        self.assertIn("did you mean '-V' (--version)?", err)

    # `camtg -- summary` behaves like other tools.
    def test_double_dash_before_the_command(self):
        self.assertEqual(run("--", "summary")[0], run("summary")[0])
        self.assertEqual(run("--data", MINI, "--", "entities")[0],
                         run("--data", MINI, "entities")[0])

    # Only `export` writes CSV: a filtered query cannot.
    def test_every_listing_in_every_format(self):
        doc = self.mini.doc
        entity_ids = [e["id"] for e in doc["entities"]]
        kaz_ids = self.mini.commitment_ids(involving="KAZ")
        for args, want in ((["entities"], entity_ids),
                           (["entities", "--type", "country"],
                            [e["id"] for e in doc["entities"] if e["type"] == "country"]),
                           (["commitments", "--involving", "KAZ"], kaz_ids),
                           (["commitments", "--sector", "culture"], ["c4-culture"])):
            for fmt in ("json", "jsonl", "csv"):
                with self.subTest(args=args, format=fmt):
                    out, err = run("--data", MINI, *args, "--format", fmt)
                    self.assertEqual(err, "")
                    rows = parse(fmt, out)
                    self.assertEqual([r["id"] for r in rows], want)
            self.assertEqual(run("--data", MINI, *args, "--json")[0],
                             run("--data", MINI, *args, "--format", "json")[0])
            self.assertEqual(run("--data", MINI, *args, "--format", "table")[0],
                             run("--data", MINI, *args)[0])
        # The values survive the round trip through each format.
        entities = {e["id"]: expected_entity(e) for e in doc["entities"]}
        for fmt in ("json", "jsonl"):
            for e in parse(fmt, run("--data", MINI, "entities", "--format", fmt)[0]):
                self.assertEqual(e, entities[e["id"]])
        for row in parse("csv", run("--data", MINI, "entities", "--format", "csv")[0]):
            e = entities[row["id"]]
            self.assertEqual(row["name"], e["name"])
            self.assertEqual(row["aliases"].split(";") if row["aliases"] else [], e["aliases"])
            self.assertEqual(row["country"], e.get("country", ""))
        commitments = {c["id"]: c for c in doc["commitments"]}
        for row in parse("csv", run("--data", MINI, "commitments", "--format", "csv")[0]):
            c = commitments[row["id"]]
            self.assertEqual(row["cameo"], c.get("cameo", ""))   # "057" stays text
            self.assertEqual(row["quote"], c["evidence"]["quote"])
            self.assertEqual(int(row["start"]), c["evidence"]["start"])

    # `show KAZ --json` is one mixed array and loses the ROLE column the text shows.
    def test_show_in_every_format_keeps_the_role(self):
        text, _ = run("--data", MINI, "show", "UZB")
        table = {}
        for line in text.splitlines():
            parts = line.split()
            if len(parts) > 2 and parts[0] in {c["id"] for c in self.mini.doc["commitments"]}:
                role = parts[1] + (" via " + parts[3] if parts[2] == "via" else "")
                table[parts[0]] = role
        got = run_json("--data", MINI, "show", "UZB", "--json")
        self.assertEqual(strip_keys(got["entity"]), expected_entity(self.mini.entity_by_id["UZB"]))
        self.assertEqual({c["id"]: c["role"] for c in got["commitments"]}, table)
        for c in got["commitments"]:
            self.assertIn(c["role"].split(" via ")[0], ROLES)
        for fmt in ("jsonl", "csv"):
            rows = parse(fmt, run("--data", MINI, "show", "UZB", "--format", fmt)[0])
            self.assertEqual({r["id"]: r["role"] for r in rows}, table)

    # Write errors say "cannot write the output" without the reason.
    def test_write_errors_give_the_reason(self):
        for args in (["entities"], ["commitments", "--json"], ["export", "--format", "json"],
                     ["--data", MINI, "show", "KAZ"], ["--help"]):
            with self.subTest(args=args), open("/dev/full", "wb") as full:
                proc = subprocess.run(WRAPPER + [CLI, *args], stdout=full,
                                      stderr=subprocess.PIPE, timeout=300)
                self.assertEqual(proc.returncode, 1)
                self.assertEqual(proc.stderr.decode(),
                                 "camtg: cannot write the output: No space left on device\n")

    # Chinese and other wide characters push table columns out of line.
    def test_wide_characters_line_up(self):
        names = {"KAZ": "哈萨克斯坦共和国", "UZB": "Uzbekistan", "TUR": "Türkiye",
                 "bekova": "Ａｉｄａ Bekova", "nazarov": "Rustam Nazarov"}

        def edit(doc):
            for e in doc["entities"]:
                e["name"] = names.get(e["id"], e["name"])
        path = self.dataset("cjk.json", edit)
        out, _ = run("--data", path, "entities")
        lines = out.splitlines()
        starts = [lines[0].index(h) for h in ("TYPE", "NAME", "DETAILS")]
        for line in lines[1:]:
            # The display column at which each character starts.
            at = {}
            col = 0
            for i, ch in enumerate(line):
                at[col] = i
                col += display_width(ch)
            for start in starts:
                if start >= col:
                    continue        # an empty last column
                self.assertIn(start, at, "no character starts at column %d: %s" % (start, line))
                i = at[start]
                self.assertEqual(line[i - 2:i], "  ", line)
                self.assertNotEqual(line[i], " ", line)
        self.assertIn("哈萨克斯坦共和国", out)

    # `commitments(sector="Health")`, `type="agree"` raise in Python, while the CLI
    # accepts them: one table of cases, shared with the Python tests.
    def test_vocabulary_cases(self):
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "vocab_cases.json")
        with open(path, encoding="utf-8") as f:
            cases = json.load(f)["cases"]
        command = {"sector": ["commitments", "--sector"], "type": ["commitments", "--type"],
                   "kind": ["commitments", "--kind"], "entity_type": ["entities", "--type"]}
        self.assertEqual({c["option"] for c in cases}, set(command))
        for case in cases:
            args = ["--data", MINI] + command[case["option"]]
            with self.subTest(case=case):
                if case["value"] is not None:
                    got, _ = run(*args, case["input"], "--json")
                    self.assertEqual(got, run(*args, case["value"], "--json")[0])
                elif case["input"] == "":
                    _, err = run(*args, case["input"], status=2)    # an empty value
                    self.assertIn("non-empty", err)
                else:
                    _, err = run(*args, case["input"], status=1)
                    self.assertIn("one of: ", err)
                    self.assertIsNone(re_controls(err), err)

    # Bidi and invisible characters (U+202E, U+2066, U+2028, U+200B) reach the terminal.
    def test_bidi_and_invisible_characters_are_escaped(self):
        nasty = "A\u202eB\u2066C\u2069D\u2028E\u2029F\u200bG\u200dH\ufeffI\u00adJ"
        path = self.dataset_with_text("bidi.json", nasty)
        for args in (["entities"], ["show", "TUR"], ["commitments"], ["summary"]):
            with self.subTest(args=args):
                out, _ = run("--data", path, *args)
                self.assertIn("A?B?C?D?E?F?G?H?I?J", out)
                for ch in "\u202e\u2066\u2069\u2028\u2029\u200b\u200d\ufeff\u00ad":
                    self.assertNotIn(ch, out)
        # Data formats carry the text exactly.
        got = run_json("--data", path, "entities", "--json")
        self.assertEqual(got[2]["name"], nasty)
        rows = parse("csv", run("--data", path, "commitments", "--format", "csv")[0])
        self.assertEqual(rows[3]["summary"], nasty)

    # `--format jsonl` wrote U+2028 and U+2029 raw: a reader that cuts lines
    # as Python's splitlines() does got each such record in two pieces.
    def test_jsonl_escapes_line_and_paragraph_separators(self):
        text = "D\u2028E\u2029F"
        path = self.dataset_with_text("separators.json", text)
        for args in (["entities"], ["commitments"], ["show", "TUR"], ["export"]):
            with self.subTest(args=args):
                out, _ = run("--data", path, *args, "--format", "jsonl")
                self.assertNotIn("\u2028", out)
                self.assertNotIn("\u2029", out)
                records = parse("jsonl", out)
                self.assertEqual(len(records), out.count("\n"))
                self.assertIn(text, [v for r in records for v in r.values()])

    # `html --meeting` and `commitments --meeting` said a miss in two ways.
    def test_unknown_meeting_is_said_one_way(self):
        for args in (["html", "--meeting", "nowhere"], ["commitments", "--meeting", "nowhere"]):
            with self.subTest(args=args):
                _, err = run(*args, status=1)
                self.assertIn("no meeting has the id 'nowhere'", err)

    # `show` echoes raw ESC from argv.
    def test_argv_is_never_echoed_raw(self):
        for key in ("\x1b[31mX", "X\u202eY", "a\x07b\rc", "\u2066Z\u2069"):
            with self.subTest(key=key):
                _, err = run("show", key, status=1)
                self.assertIsNone(re_controls(err), err)
                self.assertIn("?", err)
                _, err = run(key, status=2)
                self.assertIsNone(re_controls(err), err)
                _, err = run("entities", "--type", key, status=1)
                self.assertIsNone(re_controls(err), err)

    # CSV cells starting with =, +, @, - are written as they are, with no option.
    def test_spreadsheet_formulas(self):
        cells = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)"]
        names = ["=cmd|' /C calc'!A0", "\tX", "\rY", "A=B", "ok"]

        def edit(doc):
            for c, text in zip(doc["commitments"], cells):
                c["summary"] = text
            for e, text in zip(doc["entities"][4:], names):
                e["name"] = text
        path = self.dataset("formulas.json", edit)
        escaped = parse("csv", run("--data", path, "commitments", "--format", "csv")[0])
        self.assertEqual([r["summary"] for r in escaped], ["'" + t for t in cells])
        same = parse("csv", run("--data", path, "commitments", "--format", "csv",
                                "--csv-formulas", "escape")[0])
        self.assertEqual(same, escaped)
        kept = parse("csv", run("--data", path, "commitments", "--format", "csv",
                                "--csv-formulas", "keep")[0])
        self.assertEqual([r["summary"] for r in kept], cells)
        _, err = run("--data", path, "commitments", "--format", "csv",
                     "--csv-formulas", "refuse", status=1)
        self.assertIn("c1-railway", err)
        self.assertIn("summary", err)
        # Every CSV writer follows the policy: entities, show, export.
        rows = parse("csv", run("--data", path, "entities", "--format", "csv")[0])
        self.assertEqual([r["name"] for r in rows[4:9]], ["'" + n for n in names[:3]] + names[3:])
        rows = parse("csv", run("--data", path, "entities", "--format", "csv",
                                "--csv-formulas", "keep")[0])
        self.assertEqual([r["name"] for r in rows[4:9]], names)
        rows = parse("csv", run("--data", path, "export", "--format", "csv")[0])
        self.assertEqual(rows[0]["summary"], "'" + cells[0])
        run("--data", path, "export", "--format", "csv", "--csv-formulas", "refuse", status=1)
        rows = parse("csv", run("--data", path, "show", "KAZ", "--format", "csv",
                                "--csv-formulas", "keep")[0])
        self.assertEqual(rows[0]["summary"], cells[0])
        # Numbers are not text cells: a negative number would stay as it is.
        self.assertEqual(rows[0]["start"], str(self.mini.doc["commitments"][0]["evidence"]
                                               ["start"]))
        _, err = run("commitments", "--csv-formulas", "maybe", "--format", "csv", status=2)
        self.assertIn("escape, keep or refuse", err)


def re_controls(text):
    """The first control, bidi or invisible character in text, or None."""
    for ch in text:
        if ch == "\n":
            continue
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
            return ch
    return None


class TestBoundedMemory(CliTestCase):
    """1.87 MB of data once became 2 GB of table text and 2.9 GB of memory:
    20,000 people whose country has a 50 KB name, repeated on every row.
    The library now refuses names that long, so the same shape is also run
    with the longest name it takes, and the output must not cost memory."""

    PEOPLE = 20000
    LIMIT_KB = 100 * 1024

    @classmethod
    def write_case(cls, name, name_bytes):
        doc = {
            "camtg": 1,
            "sources": [{"id": "s", "title": "t", "publisher": "p", "published": "2031-01-01",
                         "dateline": "X", "language": "en", "text": "Some text."}],
            "entities": [{"id": "BIG", "type": "country", "name": "N" * name_bytes}] +
                        [{"id": "p%d" % i, "type": "person", "name": "Person %d" % i,
                          "country": "BIG", "positions": ["Envoy"]}
                         for i in range(cls.PEOPLE)],
            "meetings": [], "commitments": [],
        }
        path = os.path.join(cls.tmp.name, name)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f)
        return path

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.huge = cls.write_case("50k-name.json", 50 * 1024)
        cls.wide = cls.write_case("1k-name.json", 1000)

    def measure(self, path, *args, status=0):
        """Runs camtg on path with stdout into a pipe read here; returns
        (bytes written, lines, peak resident set in KiB, stderr)."""
        proc = subprocess.Popen([CLI, "--data", path, *args], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        size = lines = 0
        while True:
            chunk = proc.stdout.read(1 << 20)
            if not chunk:
                break
            size += len(chunk)
            lines += chunk.count(b"\n")
        err = proc.stderr.read().decode()
        _, wait_status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(wait_status)
        proc.stdout.close()
        proc.stderr.close()
        self.assertEqual(proc.returncode, status, err)
        return size, lines, usage.ru_maxrss, err

    def test_the_case_itself(self):
        self.assertGreater(os.path.getsize(self.huge), 1_800_000)
        size, _, rss, err = self.measure(self.huge, "entities", status=1)
        self.assertEqual(size, 0)
        self.assertTrue(err.startswith("%s: /entities/0/name: " % self.huge), err)
        self.assertLess(rss, self.LIMIT_KB, "peak RSS %d KiB" % rss)

    def test_output_costs_no_memory(self):
        # Loading alone: summary prints one line for a dataset without meetings.
        _, _, loaded, _ = self.measure(self.wide, "summary")
        # The table repeats the country's name on every row: 20 MB out.
        size, lines, rss, _ = self.measure(self.wide, "entities")
        self.assertEqual(lines, 2 + self.PEOPLE)
        self.assertGreater(size, self.PEOPLE * 1000)
        for args in (["entities"], ["entities", "--format", "csv"],
                     ["entities", "--format", "jsonl"], ["entities", "--json"],
                     ["show", "BIG"], ["export", "--format", "json"]):
            with self.subTest(args=args):
                size, lines, rss, _ = self.measure(self.wide, *args)
                self.assertLess(rss, self.LIMIT_KB, "peak RSS %d KiB" % rss)
                # Whatever goes out, less than 8 MB more than loading.
                self.assertLess(rss - loaded, 8 * 1024,
                                "peak RSS %d KiB, %d KiB after loading" % (rss, loaded))


if __name__ == "__main__":
    unittest.main()
