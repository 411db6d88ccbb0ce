# SPDX-License-Identifier: MIT
"""Records outlive the variable that held their database; an explicit close()
turns every later read into a clear error instead of a read of freed memory.

Freed memory read through SWIG does not crash, it returns garbage, so these
tests are only conclusive under valgrind or ASan (the sanitizer build runs
them with the ASan runtime preloaded)."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import threading
import unittest
import weakref
from typing import Any, Callable, Dict, List

import camtg
from held_records import hold, read_all
from oracle import Oracle, default_dataset_path, lookup, multilingual_dataset_path


def snapshot(commitment: camtg.Commitment) -> tuple:
    text = commitment.source.text
    return (commitment.id, commitment.quote, text[commitment.start:commitment.end],
            [a.name for a in commitment.actors], commitment.meeting.place.name,
            commitment.meeting.source.title, commitment.sectors)


class DroppedDatabaseTest(unittest.TestCase):
    def test_records_keep_the_database_alive(self) -> None:
        db = camtg.open(multilingual_dataset_path())
        commitments = db.commitments()
        entity = db.entity("KAZ")
        meeting = db.meetings[0]
        source = db.source
        expected = [snapshot(c) for c in commitments]
        name, groups = entity.name, entity.groups
        participants = [(p.name, p.country) for p in meeting.participants]
        db_ref = weakref.ref(db)
        del db
        gc.collect()
        self.assertIsNotNone(db_ref(), "records must hold their database")
        self.assertEqual([snapshot(c) for c in commitments], expected)
        self.assertEqual(entity.name, name)
        self.assertEqual(entity.groups, groups)
        self.assertEqual([(p.name, p.country) for p in meeting.participants], participants)
        self.assertEqual(source.text[commitments[0].start:commitments[0].end], commitments[0].quote)
        # The database is freed once the last record goes.
        del commitments, entity, meeting, source, groups, participants
        gc.collect()
        self.assertIsNone(db_ref())

    def test_record_reached_through_a_chain(self) -> None:
        # Nothing but a temporary ever refers to the database here.
        text = camtg.open(multilingual_dataset_path()).commitments()[-1].meeting.source.text
        gc.collect()
        oracle = Oracle(multilingual_dataset_path())
        last = oracle.commitments[-1]
        source_id = oracle.meeting_by_id[last["meeting"]]["source"]
        self.assertEqual(text, oracle.source_by_id[source_id]["text"])
        quote = camtg.open().commitments()[0].quote
        gc.collect()
        self.assertTrue(quote)

    def test_many_databases_dropped_in_any_order(self) -> None:
        held: List[camtg.Entity] = []
        for i in range(50):
            db = camtg.open(multilingual_dataset_path()) if i % 2 else camtg.open()
            held.append(db.entities()[i % 5])
            del db
            if i % 7 == 0:
                gc.collect()
        gc.collect()
        names = [e.name for e in held]
        self.assertEqual(len(names), 50)
        self.assertTrue(all(names))
        del held[::2]
        gc.collect()
        self.assertTrue(all(e.name for e in held))


class CloseTest(unittest.TestCase):
    def reads(self, db: camtg.Database) -> List[Callable[[], Any]]:
        """One read of every kind: database properties, methods and record attributes."""
        entity = db.entity("C5")
        commitment = db.commitments()[0]
        meeting = db.meetings[0]
        source = db.source
        assert source is not None
        return [
            lambda: db.sources, lambda: db.source, lambda: db.meetings, lambda: db.entities(),
            lambda: db.entity("KAZ"), lambda: db.commitments(), lambda: db.meeting(meeting.id),
            lambda: db.commitment("ru-tcm"), lambda: db.verify(),
            lambda: entity.name, lambda: entity.members, lambda: entity.type,
            lambda: entity.in_group(entity),
            lambda: commitment.quote, lambda: commitment.actors, lambda: commitment.start,
            lambda: commitment.meeting, lambda: commitment.sectors,
            lambda: meeting.title, lambda: meeting.participants, lambda: meeting.commitments,
            lambda: source.text, lambda: source.url,
        ]

    def test_close_makes_every_read_raise(self) -> None:
        db = camtg.open(multilingual_dataset_path())
        reads = self.reads(db)
        for read in reads:
            read()  # all fine while open
        entity = db.entity("KAZ")
        entity_hash = hash(entity)
        db.close()
        self.assertTrue(db.closed)
        for i, read in enumerate(reads):
            with self.subTest(read=i):
                with self.assertRaises(camtg.ClosedError) as caught:
                    read()
                self.assertIn("closed", str(caught.exception))
        # Identity needs no C data: it keeps working.
        self.assertEqual(hash(entity), entity_hash)
        self.assertEqual(entity, entity)
        self.assertIn("closed", repr(entity))
        self.assertIn("closed", repr(db))
        db.close()  # a second close does nothing

    def test_with_block_closes(self) -> None:
        with camtg.open(multilingual_dataset_path()) as db:
            commitment = db.commitments()[0]
            self.assertTrue(commitment.quote)
        self.assertTrue(db.closed)
        with self.assertRaises(camtg.ClosedError):
            commitment.quote
        with self.assertRaises(camtg.ClosedError):
            with db:
                pass

    def test_with_block_closes_on_error(self) -> None:
        with self.assertRaises(KeyError):
            with camtg.open() as db:
                db.entity("no such entity")
        self.assertTrue(db.closed)

    def test_closed_database_is_collected(self) -> None:
        db = camtg.open()
        entity = db.entities()[0]
        ref = weakref.ref(db)
        db.close()
        del db
        gc.collect()
        # The record still holds the (closed) Python object, not the C data.
        self.assertIsNotNone(ref())
        del entity
        gc.collect()
        self.assertIsNone(ref())

    def test_concurrent_readers(self) -> None:
        # Reads from several threads share one database (immutable in C).
        db = camtg.open(multilingual_dataset_path())
        expected = [snapshot(c) for c in db.commitments()]
        results: List[Any] = []

        def read() -> None:
            for _ in range(50):
                results.append([snapshot(c) for c in db.commitments(involving="KAZ")] and
                               [snapshot(c) for c in db.commitments()])

        threads = [threading.Thread(target=read) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        db.close()
        self.assertEqual(len(results), 200)
        self.assertTrue(all(r == expected for r in results))


class HeldRecordsTest(unittest.TestCase):
    """One record of each kind, held while the Database goes (held_records.py),
    read in a child process: a crash there fails the test, not the runner."""

    def child(self, mode: str) -> Dict[str, Any]:
        script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "held_records.py")
        result = subprocess.run([sys.executable, "-X", "dev", script, mode],
                                capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        return json.loads(result.stdout)

    def live(self) -> Dict[str, Any]:
        """The same reads from an open database."""
        with camtg.open() as db:
            return {kind: read_all(record) for kind, record in hold(db).items()}

    def test_every_read_survives_dropping_the_database(self) -> None:
        got, want = self.child("dropped"), self.live()
        self.assertEqual(list(got), ["meeting", "entity", "commitment", "followup", "citation",
                                     "source"])
        for kind in got:
            with self.subTest(kind=kind):
                self.assertEqual(got[kind], want[kind])
        # The reads are the dataset's values, and none of them raised.
        oracle = Oracle(default_dataset_path())
        commitment = next(c for c in oracle.commitments if oracle.followups_of(c["id"]))
        followup = oracle.followups_of(commitment["id"])[0]
        citation = followup["citations"][0]
        self.assertEqual(got["meeting"]["id"], oracle.meetings[0]["id"])
        self.assertEqual(got["entity"]["id"], lookup(oracle, "kazakhstan"))
        self.assertEqual((got["commitment"]["id"], got["commitment"]["quote"]),
                         (commitment["id"], commitment["evidence"]["quote"]))
        self.assertEqual((got["followup"]["id"], got["followup"]["summary"]),
                         (followup["id"], followup["summary"]))
        self.assertEqual((got["citation"]["url"], got["citation"]["publisher"]),
                         (citation["url"], citation["publisher"]))
        self.assertEqual(got["source"]["text"], oracle.sources[0]["text"])
        for kind, reads in got.items():
            for name, value in reads.items():
                self.assertFalse(isinstance(value, dict) and "raised" in value, (kind, name))

    def test_every_read_after_close_raises_closed_error(self) -> None:
        got, want = self.child("closed"), self.live()
        for kind, reads in got.items():
            if kind == "citation":  # plain values, read whole while the database was open
                self.assertEqual(reads, want[kind])
                continue
            for name, value in reads.items():
                with self.subTest(read=f"{kind}.{name}"):
                    if name in ("database", "index"):  # identity: no C data needed
                        self.assertEqual(value, want[kind][name])
                    elif name == "repr()":
                        self.assertIn("closed database", value)
                    else:
                        self.assertIsInstance(value, dict, "read without raising")
                        self.assertEqual(value["raised"], "ClosedError")
                        self.assertIn("closed", value["message"])


if __name__ == "__main__":
    unittest.main()
