# SPDX-License-Identifier: MIT
"""Vocabulary spellings are read by one rule in Python and on the command
line: tests/vocab_cases.json holds the cases, and the command-line tests
read the same file. Each case is checked through the public filters, so a
word accepted here selects exactly the commitments (or entities) the
dataset gives that word."""

from __future__ import annotations

import json
import os
import unittest
from typing import Any, Dict, List

import camtg
from oracle import Oracle, default_dataset_path

CASES_FILE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                          "vocab_cases.json")


def read_cases() -> List[Dict[str, Any]]:
    with open(CASES_FILE, encoding="utf-8") as f:
        return json.load(f)["cases"]


class SharedVocabularyTest(unittest.TestCase):
    oracle: Oracle
    db: camtg.Database

    @classmethod
    def setUpClass(cls) -> None:
        cls.oracle = Oracle(default_dataset_path())
        cls.db = camtg.open()

    def test_the_table_covers_every_option_both_ways(self) -> None:
        cases = read_cases()
        for option in ("sector", "type", "kind", "entity_type"):
            values = [c["value"] for c in cases if c["option"] == option]
            self.assertTrue(any(v is None for v in values), option)
            self.assertTrue(any(v is not None for v in values), option)
        vocabularies = {"sector": camtg.SECTORS, "type": camtg.TYPES, "kind": camtg.KINDS,
                        "entity_type": camtg.ENTITY_TYPES}
        for case in cases:
            if case["value"] is not None:
                self.assertIn(case["value"], vocabularies[case["option"]], case)

    def expected_ids(self, option: str, value: str) -> List[str]:
        if option == "entity_type":
            return [e["id"] for e in self.oracle.entities if e["type"] == value]
        key = {"sector": "sectors", "type": "type", "kind": "kind"}[option]
        return [c["id"] for c in self.oracle.commitments
                if (value in c[key] if key == "sectors" else c[key] == value)]

    def select(self, option: str, spelling: str) -> camtg.Records[Any]:
        if option == "entity_type":
            return self.db.entities(type=spelling)
        return self.db.commitments(**{option: spelling})

    def test_every_case(self) -> None:
        for case in read_cases():
            option, spelling, value = case["option"], case["input"], case["value"]
            with self.subTest(option=option, input=spelling):
                if value is None:
                    with self.assertRaises(camtg.VocabularyError) as caught:
                        self.select(option, spelling)
                    error = caught.exception
                    self.assertIsInstance(error, ValueError)
                    self.assertEqual(error.value, spelling)
                    # The message lists the valid words.
                    self.assertIn(", ".join(error.allowed), str(error))
                    self.assertNotIn("\n", str(error))
                else:
                    self.assertEqual(self.select(option, spelling).ids(),
                                     self.expected_ids(option, value))
                    # The same as the word itself, whatever the dataset holds.
                    self.assertEqual(self.select(option, spelling), self.select(option, value))

    def test_some_accepted_spelling_selects_something(self) -> None:
        # Guards the table against only naming words the dataset never uses.
        hits = [c for c in read_cases()
                if c["value"] is not None and self.expected_ids(c["option"], c["value"])]
        self.assertGreater(len(hits), len(read_cases()) // 3)


if __name__ == "__main__":
    unittest.main()
