# SPDX-License-Identifier: MIT
"""Compiled snapshots through the Python API: camtg.open() of a good one
answers as the JSON it came from; a damaged one raises camtg.SnapshotError
with the library's message and the byte at fault."""

from __future__ import annotations

import os
import shutil
import tempfile
import unittest

import camtg
from camtg import _capi


class SnapshotTest(unittest.TestCase):

    def setUp(self) -> None:
        self.tmp = tempfile.mkdtemp(prefix="camtg-snapshot-")
        self.addCleanup(shutil.rmtree, self.tmp)
        self.json_db = camtg.open()
        self.addCleanup(self.json_db.close)
        # The binding has no writer of its own: `camtg compile` and
        # camtg_snapshot_write are how snapshots are made.
        self.path = os.path.join(self.tmp, "embedded.camtg")
        rc, record = _capi.camtg_snapshot_write(self.json_db._handle, os.fsencode(self.path))
        self.assertEqual(rc, _capi.CAMTG_OK, record)
        with open(self.path, "rb") as f:
            self.bytes = f.read()

    def write(self, name: str, data: bytes) -> str:
        path = os.path.join(self.tmp, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def assert_snapshot_error(self, error: camtg.SnapshotError, origin: str) -> None:
        self.assertIsInstance(error, camtg.Error)
        self.assertIsInstance(error, ValueError)
        self.assertNotIsInstance(error, OSError)
        self.assertEqual(error.code, _capi.CAMTG_ESNAPSHOT)
        self.assertEqual(error.status, "CAMTG_ESNAPSHOT")
        self.assertIn("snapshot", error.message)
        self.assertIsInstance(error.offset, int)
        self.assertIsNone(error.line)
        self.assertEqual(str(error), f"{origin}: {error.message}")

    def test_a_good_snapshot_opens_and_answers_as_its_json(self) -> None:
        db = camtg.open(self.path)
        self.addCleanup(db.close)
        def ids(d: camtg.Database) -> dict:
            return {"sources": [r.id for r in d.sources], "meetings": [r.id for r in d.meetings],
                    "entities": [r.id for r in d.entities()],
                    "commitments": d.commitments().ids(),
                    "followups": [r.id for r in d.followups()]}
        self.assertEqual(ids(db), ids(self.json_db))
        self.assertTrue(ids(db)["commitments"])
        kaz = self.json_db.entity("KAZ")
        self.assertEqual(db.commitments(involving="KAZ").ids(),
                         self.json_db.commitments(involving=kaz).ids())
        self.assertEqual(db.schema_version, self.json_db.schema_version)
        db.verify()

    def test_a_truncated_snapshot_raises_snapshot_error(self) -> None:
        cut = self.bytes[:len(self.bytes) // 2]
        path = self.write("truncated.camtg", cut)
        with self.assertRaises(camtg.SnapshotError) as from_file:
            camtg.open(path)
        self.assert_snapshot_error(from_file.exception, path)
        self.assertEqual(from_file.exception.filename, path)
        with self.assertRaises(camtg.SnapshotError) as from_bytes:
            camtg.loads(cut)
        self.assert_snapshot_error(from_bytes.exception, "<string>")
        self.assertIsNone(from_bytes.exception.filename)
        self.assertEqual(from_bytes.exception.message, from_file.exception.message)

    def test_the_magic_alone_raises_snapshot_error_not_a_syntax_error(self) -> None:
        path = self.write("header-only.camtg", self.bytes[:8] + bytes(40))
        with self.assertRaises(camtg.SnapshotError) as caught:
            camtg.open(path)
        self.assert_snapshot_error(caught.exception, path)
        self.assertLessEqual(caught.exception.offset, 48)

    def test_snapshot_error_is_exported_and_documented(self) -> None:
        self.assertIn("SnapshotError", camtg.__all__)
        self.assertEqual(camtg.SnapshotError.__module__, "camtg")
        self.assertIn("snapshot", camtg.SnapshotError.__doc__)


if __name__ == "__main__":
    unittest.main()
