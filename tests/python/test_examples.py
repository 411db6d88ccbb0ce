# SPDX-License-Identifier: MIT
"""The scripts in examples/python run as a user would run them, on the
default dataset and on the multilingual one, and print what the data says
(checked against the independent reading in oracle.py)."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
import tempfile
import unittest
from typing import List, Optional

import camtg
from oracle import Oracle, default_dataset_path, env_path, lookup, multilingual_dataset_path


def run_example(name: str, *args: str, expect_status: int = 0) -> str:
    script = os.path.join(env_path("CAMTG_TEST_EXAMPLES_DIR"), name)
    with tempfile.TemporaryDirectory() as cwd:
        result = subprocess.run([sys.executable, script, *args], capture_output=True,
                                text=True, encoding="utf-8", cwd=cwd)
    if result.returncode != expect_status:
        raise AssertionError(
            f"{name} {' '.join(args)} exited {result.returncode}:\n{result.stderr}")
    if expect_status:
        return result.stderr
    return result.stdout


class ExamplesChecks:
    """Shared by one TestCase per dataset."""

    oracle: Oracle
    data_args: List[str]
    assertEqual = unittest.TestCase.assertEqual
    assertIn = unittest.TestCase.assertIn
    assertTrue = unittest.TestCase.assertTrue
    assertFalse = unittest.TestCase.assertFalse
    subTest = unittest.TestCase.subTest

    def test_kazakhstan(self) -> None:
        output = run_example("kazakhstan.py", *self.data_args)
        kaz_id = lookup(self.oracle, "Kazakhstan")
        assert kaz_id is not None
        kaz = self.oracle.entity_by_id[kaz_id]
        self.assertTrue(output.startswith(f"{kaz['name']} ({kaz_id}), {kaz['type']}\n"))

        listed = re.findall(r"^  \[(\w+) (\w+)\] (\S+): ", output, re.M)
        expected_ids = self.oracle.commitment_ids(involving=kaz_id)
        self.assertEqual([c for _, _, c in listed], expected_ids)
        self.assertIn(f"Commitments ({len(expected_ids)}):", output)
        by_id = {c["id"]: c for c in self.oracle.commitments}
        for kind, ptype, cid in listed:
            self.assertEqual((kind, ptype), (by_id[cid]["kind"], by_id[cid]["type"]))
            self.assertIn(f"\"{by_id[cid]['evidence']['quote']}\"", output)

        attended = [m["id"] for m in self.oracle.meetings
                    if any(p == kaz_id or self.oracle.entity_by_id[p].get("country") == kaz_id
                           for p in m["participants"])]
        self.assertEqual(re.findall(r"^  \d{4}-\d\d-\d\d (\S+): ", output, re.M), attended)

    def expected_table(self) -> List[List[str]]:
        used = {s for c in self.oracle.commitments for s in c["sectors"]}
        sectors = [s for s in camtg.SECTORS if s in used]
        rows = [["country"] + sectors]
        for country in self.oracle.entity_ids_of_type("country"):
            rows.append([country] + [
                str(len(self.oracle.commitment_ids(involving=country, sectors=[s])))
                for s in sectors])
        return rows

    def test_country_sector_table(self) -> None:
        expected = self.expected_table()
        as_csv = list(csv.reader(io.StringIO(run_example("country_sector_table.py", "--csv",
                                                         *self.data_args))))
        self.assertEqual(as_csv, expected)
        as_text = [line.split() for line in
                   run_example("country_sector_table.py", *self.data_args).splitlines()]
        self.assertEqual(as_text, expected)

    def test_commitments_dataframe(self) -> None:
        # The notebook-style pandas example builds the same country x sector table.
        as_csv = list(csv.reader(io.StringIO(run_example("commitments_dataframe.py", "--csv",
                                                         *self.data_args))))
        self.assertEqual(as_csv, self.expected_table())
        text = run_example("commitments_dataframe.py", *self.data_args)
        pledges = [c for c in self.oracle.commitments if c["kind"] == "pledge"]
        for c in pledges:
            self.assertIn(c["id"], text)
        self.assertIn(f"{len(self.oracle.commitments)} commitments", text)

    def test_sector_quotes(self) -> None:
        used = {s for c in self.oracle.commitments for s in c["sectors"]}
        unused: Optional[str] = next((s for s in camtg.SECTORS if s not in used), None)
        for sector in sorted(used) + ([unused] if unused else []):
            with self.subTest(sector=sector):
                output = run_example("sector_quotes.py", *self.data_args, sector)
                lines = output.splitlines()
                expected = [c for c in self.oracle.commitments if sector in c["sectors"]]
                self.assertEqual(lines[0], f"{len(expected)} commitments in {sector}")
                self.assertEqual(len(lines), 1 + len(expected))
                for line, c in zip(lines[1:], expected):
                    self.assertTrue(line.startswith(c["id"] + " ("), line)
                    self.assertTrue(line.endswith(f": \u201c{c['evidence']['quote']}\u201d"), line)

    def test_sector_quotes_rejects_an_unknown_sector(self) -> None:
        message = run_example("sector_quotes.py", *self.data_args, "Sovereign", expect_status=1)
        self.assertIn("Sovereign", message)
        self.assertIn(camtg.SECTORS[0], message)


class DefaultDatasetExamplesTest(ExamplesChecks, unittest.TestCase):
    oracle = Oracle(default_dataset_path())
    data_args: List[str] = []


class MultilingualExamplesTest(ExamplesChecks, unittest.TestCase):
    oracle = Oracle(multilingual_dataset_path())
    data_args = ["--data", multilingual_dataset_path()]


if __name__ == "__main__":
    unittest.main()
