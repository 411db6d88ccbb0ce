# SPDX-License-Identifier: MIT
"""Follow-up records and compliance rows against the database's lifetime:
they keep it alive, and after close() they raise instead of reading freed
memory. Small on purpose: it also runs under memcheck
(valgrind.python_followups_lifetime), where every C path of the follow-up
API (the accessors, the citations, status on a date, the compliance rows
and their error paths) is walked once."""

from __future__ import annotations

import datetime
import gc
import unittest

import camtg
from oracle import multilingual_dataset_path


class FollowupLifetimeTest(unittest.TestCase):
    def read_everything(self, db: camtg.Database) -> int:
        """Every attribute of every follow-up, through both ways in."""
        read = 0
        for f in db.followups():
            read += len(repr(f)) + len(f.to_dict()["citations"])
            self.assertEqual(db.followup(f.id), f)
        for c in db.commitments():
            for f in c.followups:
                self.assertEqual(f.commitment, c)
                read += 1
            c.status_on("2024-07-30")
            c.status_on(datetime.date(2023, 5, 1))
        for row in db.compliance() + db.compliance(on="2023-04-26"):
            read += len(row.entity.name)
        return read

    def test_every_path_once(self) -> None:
        for path in (None, multilingual_dataset_path()):
            with self.subTest(dataset=path or "embedded"):
                db = camtg.open(path)
                self.assertGreater(self.read_everything(db), 0)
                for bad in ("2023-02-30", "soon", 12):
                    with self.assertRaises((ValueError, TypeError)):
                        db.compliance(on=bad)  # type: ignore[arg-type]
                with self.assertRaises(KeyError):
                    db.followup("no-such-follow-up")
                db.close()

    def test_records_keep_their_database_alive(self) -> None:
        db = camtg.open()
        followup = db.followups()[-1]
        commitment = followup.commitment
        row = db.compliance()[0]
        expected = (followup.to_dict(), commitment.status_on("2025-12-31"), row.entity.name)
        del db
        gc.collect()
        self.assertEqual((followup.to_dict(), commitment.status_on("2025-12-31"),
                          row.entity.name), expected)
        self.assertEqual(followup.commitment.followups[-1].commitment, commitment)

    def test_reads_after_close_raise(self) -> None:
        db = camtg.open()
        followup = db.followups()[0]
        commitment = followup.commitment
        followups = db.followups()
        count = len(followups)
        same = db.followup(followup.id)
        row = db.compliance()[0]
        db.close()
        reads = (
            lambda: followup.date, lambda: followup.citations, lambda: followup.status,
            lambda: followup.commitment, lambda: followup.to_dict(),
            lambda: commitment.followups, lambda: commitment.status_on("2024-01-01"),
            lambda: followups[0], lambda: list(followups), lambda: row.entity.name,
            lambda: db.followups(), lambda: db.followup("x"), lambda: db.compliance(),
            lambda: db.followups_researched, lambda: db.schema_version,
        )
        for i, read in enumerate(reads):
            with self.subTest(read=i):
                with self.assertRaises(camtg.ClosedError):
                    read()
        # Identity survives: equality, hashing, repr and length need no C data.
        self.assertEqual(followup, same)
        self.assertEqual(hash(followup), hash(same))
        self.assertIn("closed", repr(followup))
        self.assertEqual(len(followups), count)


if __name__ == "__main__":
    unittest.main()
