# SPDX-License-Identifier: MIT
"""What a Python user notices first: the repr, dir(camtg), help() of a
record, what a with-block does to records, and the examples in a closed
pipe."""

from __future__ import annotations

import importlib
import inspect
import os
import pydoc
import signal
import subprocess
import sys
import unittest

import camtg
from oracle import Oracle, default_dataset_path, env_path, multilingual_dataset_path


class PolishTest(unittest.TestCase):
    def test_repr_counts_in_words(self) -> None:
        oracle = Oracle(default_dataset_path())
        db = camtg.open()
        counts = [(len(oracle.sources), "source"), (len(oracle.entities), "entit"),
                  (len(oracle.meetings), "meeting"), (len(oracle.commitments), "commitment")]
        text = repr(db)
        for n, stem in counts:
            word = stem + ("y" if stem == "entit" else "") if n == 1 else \
                stem + ("ies" if stem == "entit" else "s")
            self.assertIn(f"{n} {word}", text)
        self.assertNotIn("1 sources", text)
        self.assertNotIn("1 meetings", text)
        multilingual = repr(camtg.open(multilingual_dataset_path()))
        self.assertIn(f"{len(Oracle(multilingual_dataset_path()).sources)} sources", multilingual)

    def test_dir_shows_the_public_api(self) -> None:
        names = dir(camtg)
        self.assertEqual(names, sorted(camtg.__all__))
        for private in ("Tuple", "annotations", "capi", "_capi", "_database", "_records"):
            self.assertNotIn(private, names)
        for name in names:
            self.assertTrue(hasattr(camtg, name), name)
            # The package is the API: no module is part of it, least of all
            # the raw SWIG one, whose records do not keep their database.
            self.assertFalse(inspect.ismodule(getattr(camtg, name)), name)

    def test_the_raw_module_is_not_public(self) -> None:
        with self.assertRaises(ModuleNotFoundError):
            importlib.import_module("camtg.capi")
        self.assertFalse(hasattr(camtg, "capi"))
        self.assertNotIn("capi", camtg.__doc__)

    def test_help_of_a_record_shows_its_attributes(self) -> None:
        db = camtg.open()
        for record in (db.commitments()[0], db.entities()[0], db.meetings[0], db.source):
            text = pydoc.render_doc(record, renderer=pydoc.plaintext)
            with self.subTest(kind=type(record).__name__):
                for field in type(record).FIELDS:
                    self.assertIn(f"\n |  {field}\n", text)
                self.assertNotIn("ptr", text)
                self.assertNotIn("*args", text)
                self.assertIn("to_dict", text)

    def test_records_after_a_with_block(self) -> None:
        # As the README says: the block frees the database; read inside it,
        # or keep to_dict()'s plain values.
        with camtg.open() as db:
            commitment = db.commitments()[0]
            kept = commitment.to_dict()
        with self.assertRaises(camtg.ClosedError):
            commitment.quote
        self.assertEqual(kept["id"], Oracle(default_dataset_path()).commitments[0]["id"])
        readme = os.path.join(os.path.dirname(env_path("CAMTG_TEST_EXAMPLES_DIR")), os.pardir,
                              "README.md")
        with open(readme, encoding="utf-8") as f:
            text = " ".join(f.read().split())
        self.assertIn("with camtg.open() as db:` block, frees the database at once", text)


class ClosedPipeTest(unittest.TestCase):
    def test_examples_end_quietly(self) -> None:
        examples = env_path("CAMTG_TEST_EXAMPLES_DIR")
        runs = [["kazakhstan.py"], ["country_sector_table.py"], ["sector_quotes.py", "consular"],
                ["commitments_dataframe.py"]]
        for args in runs:
            with self.subTest(example=args[0]):
                read_end, write_end = os.pipe()
                os.close(read_end)  # every write finds the reader gone
                try:
                    result = subprocess.run([sys.executable, os.path.join(examples, args[0]),
                                             *args[1:]],
                                            stdout=write_end, stderr=subprocess.PIPE,
                                            text=True)
                finally:
                    os.close(write_end)
                self.assertEqual(result.stderr, "")
                self.assertEqual(result.returncode, -signal.SIGPIPE)


if __name__ == "__main__":
    unittest.main()
