# SPDX-License-Identifier: MIT
"""Runs the C example programs of examples/c and checks what they print.

Exact output on tests/cli/data/mini.json; on the embedded dataset, answers
computed from the dataset file by the Python tests' oracle (tests/python is
on PYTHONPATH). Paths come from the environment (set by
tests/examples/CMakeLists.txt); CAMTG_EXAMPLE_WRAPPER may name a memory checker.
"""

import os
import shlex
import subprocess
import unittest

from oracle import Oracle

COUNTRY = os.environ["CAMTG_EXAMPLE_COUNTRY_COMMITMENTS"]
MATRIX = os.environ["CAMTG_EXAMPLE_SECTOR_MATRIX"]
TRAIL = os.environ["CAMTG_EXAMPLE_EVIDENCE_TRAIL"]
MINI = os.path.join(os.environ["CAMTG_CLI_DATA"], "mini.json")
DEFAULT_DATASET = os.environ["CAMTG_DEFAULT_DATASET"]
WRAPPER = shlex.split(os.environ.get("CAMTG_EXAMPLE_WRAPPER", ""))


def run(program, *args, status=0):
    proc = subprocess.run(WRAPPER + [program, *args], capture_output=True, timeout=300)
    out = proc.stdout.decode("utf-8")
    if proc.returncode != status:
        raise AssertionError("%s %s: exit %d, expected %d\n%s%s" % (
            program, " ".join(args), proc.returncode, status, out, proc.stderr.decode()))
    return out, proc.stderr.decode("utf-8")


class TestCountryCommitments(unittest.TestCase):
    maxDiff = None

    def test_mini_exact(self):
        out, _ = run(COUNTRY, "uzbekistan", MINI)
        self.assertEqual(out, (
            "Uzbekistan (UZB) takes part in 4 commitments:\n"
            "  c1-railway [pledge, target]: Kazakhstan will build the \"Silk Gate\" railway, "
            "with Uzbekistan, by 2030.\n"
            "  c2-talks [pledge, actor]: Kazakhstan and Uzbekistan will hold regular talks on "
            "water, energy and security.\n"
            "  c3-vital [assessment, actor]: Uzbekistan calls the railway plan vital for the "
            "region.\n"
            "  c4-culture [pledge, target via turkic]: Kazakhstan and the Turkic states will open "
            "a culture centre \u2014 the first of its kind in T\u00fcrkiye.\n"))

    def test_default_dataset(self):
        out, _ = run(COUNTRY, "KAZ")
        lines = out.splitlines()
        ids = Oracle(DEFAULT_DATASET).commitment_ids(involving="KAZ")
        self.assertEqual(lines[0], "Kazakhstan (KAZ) takes part in %d commitments:" % len(ids))
        self.assertEqual([l.split()[0] for l in lines[1:]], ids)

    def test_errors(self):
        _, err = run(COUNTRY, "Atlantis", status=1)
        self.assertIn("Atlantis", err)
        run(COUNTRY, status=2)
        run(COUNTRY, "KAZ", "/nonexistent.json", status=1)


class TestSectorMatrix(unittest.TestCase):

    def test_mini_exact(self):
        out, _ = run(MATRIX, MINI)
        self.assertEqual(out,
                         "sector               KAZ   UZB   TUR\n"
                         "diplomacy              1     1     0\n"
                         "security               1     1     0\n"
                         "trade_investment       1     1     0\n"
                         "connectivity           2     2     0\n"
                         "energy_minerals        1     1     0\n"
                         "culture                1     1     1\n")

    def test_default_dataset(self):
        oracle = Oracle(DEFAULT_DATASET)
        out, _ = run(MATRIX)
        rows = [l.split() for l in out.splitlines()]
        countries = oracle.entity_ids_of_type("country")
        self.assertEqual(rows[0], ["sector"] + countries)
        for row in rows[1:]:
            sector = row[0]
            for cid, cell in zip(countries, row[1:]):
                want = len(oracle.commitment_ids(involving=cid, sectors=[sector]))
                self.assertEqual(int(cell), want, (sector, cid))
        used = {s for c in oracle.commitments for s in c["sectors"]}
        self.assertEqual({r[0] for r in rows[1:]}, used)


class TestEvidenceTrail(unittest.TestCase):

    def test_mini_exact(self):
        out, _ = run(TRAIL, "c4-culture", MINI)
        ev = next(c for c in Oracle(MINI).commitments if c["id"] == "c4-culture")["evidence"]
        self.assertEqual(out.splitlines()[4],
                         "offsets:    characters %d-%d, bytes %d-%d" % (
                             ev["start"], ev["end"], ev["start"], ev["end"] + 3))
        self.assertEqual(out.splitlines()[5],
                         "sentence:   In Tashkent on 4 March, [[Kazakhstan and the Turkic states "
                         "agreed to open a culture centre \u2014 the first of its kind in "
                         "T\u00fcrkiye]].")

    def test_every_commitment_of_the_default_dataset(self):
        oracle = Oracle(DEFAULT_DATASET)
        texts = {s["id"]: s["text"] for s in oracle.sources}
        commitments = oracle.commitments
        if WRAPPER:
            # Under a memory checker each run takes a second: the first and
            # the last commitment exercise the same code as all of them.
            commitments = [commitments[0], commitments[-1]]
        for c in commitments:
            with self.subTest(id=c["id"]):
                out, _ = run(TRAIL, c["id"])
                ev = c["evidence"]
                quote = ev["quote"]
                self.assertIn('quote:      "%s"\n' % quote, out)
                sentence = out.split("sentence:   ", 1)[1].rstrip("\n")
                # The marked sentence is a stretch of the source text.
                plain = sentence.replace("[[", "", 1).replace("]]", "", 1)
                text = texts[ev["source"]]
                self.assertIn(plain, text)
                self.assertIn("[[%s]]" % quote, sentence)
                self.assertEqual(text.index(plain) + sentence.index("[["), ev["start"])

    def test_errors(self):
        _, err = run(TRAIL, "no-such-commitment", status=1)
        self.assertIn("no-such-commitment", err)
        run(TRAIL, status=2)


if __name__ == "__main__":
    unittest.main()
