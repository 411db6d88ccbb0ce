# SPDX-License-Identifier: MIT
"""Records as data: to_dict(), the Records sequence, to_dicts() and
to_pandas(), checked against an independent reading of the JSON files
(oracle.py) for two datasets."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
import unittest
from typing import Any, ClassVar, Dict, List, Optional

import camtg
from oracle import Oracle, default_dataset_path, multilingual_dataset_path

# The optional keys of the data format, per record kind, as to_dict() gives
# them when the file leaves them out (lists empty, the others None).
OPTIONAL: Dict[str, Dict[str, Any]] = {
    "sources": {"url": None},
    "entities": {"aliases": [], "wikidata": None, "description": None, "country": None,
                 "positions": [], "within": None, "members": [], "date": None,
                 "place": None},
    "meetings": {"context": None},
    "commitments": {"cameo": None},
}


def expected_dict(kind: str, record: Dict[str, Any], oracle: Oracle) -> Dict[str, Any]:
    """What to_dict() must give for one record of the file."""
    expected = dict(OPTIONAL[kind])
    expected.update(record)
    if kind == "commitments":
        # schema version 2 derives the status; the API reports it
        expected.setdefault("status", oracle.status_of(record))
        # its follow-ups (none in schema version 1) by id, in date order
        expected["followups"] = [f["id"] for f in oracle.followups_of(record["id"])]
        evidence = expected.pop("evidence")
        expected.update(source=evidence["source"], start=evidence["start"],
                        end=evidence["end"], quote=evidence["quote"])
    return expected


def plain_json(value: Any) -> Any:
    """The value after a trip through JSON text (proves it is plain data)."""
    return json.loads(json.dumps(value, ensure_ascii=False))


class DataChecks:
    path: ClassVar[str]
    oracle: ClassVar[Oracle]
    db: ClassVar[camtg.Database]
    assertEqual: Any
    assertIsInstance: Any
    assertTrue: Any
    assertFalse: Any
    assertIn: Any
    assertNotIn: Any
    assertRaises: Any
    subTest: Any

    def collections(self) -> Dict[str, camtg.Records[Any]]:
        return {"sources": self.db.sources, "entities": self.db.entities(),
                "meetings": self.db.meetings, "commitments": self.db.commitments()}

    def test_to_dicts_round_trip(self) -> None:
        for kind, records in self.collections().items():
            with self.subTest(kind=kind):
                dicts = records.to_dicts()
                self.assertEqual(plain_json(dicts), dicts)
                # Keys: the file's keys (evidence flattened), every optional one present.
                expected = [expected_dict(kind, r, self.oracle) for r in self.oracle.doc[kind]]
                for got, want in zip(dicts, expected):
                    want = {k: want[k] for k in got}  # unknown keys stay out of the API
                    self.assertEqual(got, want)
                self.assertEqual(len(dicts), len(expected))
                self.assertEqual(list(dicts[0]), list(type(records[0]).FIELDS))

    def test_to_dict_outlives_the_database(self) -> None:
        db = camtg.open(self.path)
        commitment = db.commitments()[-1]
        as_dict = commitment.to_dict()
        db.close()
        with self.assertRaises(camtg.ClosedError):
            commitment.to_dict()
        self.assertEqual(as_dict["id"], self.oracle.commitments[-1]["id"])

    def test_dates_are_dates(self) -> None:
        for meeting, raw in zip(self.db.meetings, self.oracle.meetings):
            self.assertIsInstance(meeting.date, datetime.date)
            self.assertEqual(meeting.date, datetime.date.fromisoformat(raw["date"]))
        for source, raw in zip(self.db.sources, self.oracle.sources):
            self.assertEqual(source.published, datetime.date.fromisoformat(raw["published"]))
        for entity, raw in zip(self.db.entities(), self.oracle.entities):
            date: Optional[str] = raw.get("date")
            self.assertEqual(entity.date, None if date is None else datetime.date.fromisoformat(date))

    def test_str_is_what_a_reader_calls_it(self) -> None:
        for entity, raw in zip(self.db.entities(), self.oracle.entities):
            self.assertEqual(str(entity), raw["name"])
            self.assertEqual(f"{entity}", raw["name"])
        for commitment, raw in zip(self.db.commitments(), self.oracle.commitments):
            self.assertEqual(str(commitment), raw["summary"])
        for meeting, raw in zip(self.db.meetings, self.oracle.meetings):
            self.assertEqual(str(meeting), raw["title"])

    # -- the sequence -------------------------------------------------------

    def test_records_behave_as_a_read_only_list(self) -> None:
        expected = [c["id"] for c in self.oracle.commitments]
        result = self.db.commitments()
        as_list = list(result)
        self.assertEqual(len(result), len(expected))
        self.assertTrue(result)
        self.assertEqual(result.ids(), expected)
        self.assertIsInstance(result.ids(), list)
        self.assertEqual([c.id for c in result], expected)
        self.assertEqual(result[0].id, expected[0])
        self.assertEqual(result[-1].id, expected[-1])
        with self.assertRaises(IndexError):
            result[len(expected)]
        for piece in (slice(1, 4), slice(None, None, 2), slice(None, None, -1), slice(5, 2)):
            with self.subTest(piece=piece):
                self.assertIsInstance(result[piece], camtg.Records)
                self.assertEqual(result[piece].ids(), expected[piece])
                self.assertEqual(result[piece], as_list[piece])
        self.assertEqual(result, as_list)
        self.assertEqual(result, tuple(as_list))
        self.assertEqual(as_list, list(result))
        self.assertFalse(result != as_list)
        self.assertEqual(result, self.db.commitments())
        self.assertNotEqual(result, as_list[:-1])
        self.assertIn(as_list[-1], result)
        self.assertNotIn(as_list[-1], result[:-1])
        self.assertEqual(result.index(as_list[2]), 2)
        self.assertEqual(result + [], as_list)
        self.assertEqual(sorted(result, key=lambda c: c.id), sorted(as_list, key=lambda c: c.id))
        # Nested loops over one result are independent.
        pairs = [(a.id, b.id) for a in result[:3] for b in result[:3]]
        self.assertEqual(len(pairs), 9)
        with self.assertRaises(TypeError):
            hash(result)

    def test_an_empty_result_is_falsy_and_empty(self) -> None:
        empty = self.db.commitments(sector=[])
        self.assertFalse(empty)
        self.assertEqual(len(empty), 0)
        self.assertEqual(empty, [])
        self.assertEqual(empty.ids(), [])
        self.assertEqual(empty.to_dicts(), [])

    def test_filtered_ids_match_the_records(self) -> None:
        for entity in self.db.entities():
            found = self.db.commitments(involving=entity)
            with self.subTest(entity=entity.id):
                self.assertEqual(found.ids(), [c.id for c in found])
                self.assertEqual(found.ids(), self.oracle.commitment_ids(involving=entity.id))
                self.assertEqual(found[::-2].ids(), [c.id for c in list(found)[::-2]])

    # -- pandas -------------------------------------------------------------

    def test_a_dataframe_of_every_commitment(self) -> None:
        import pandas
        frame = self.db.commitments().to_pandas()
        self.assertIsInstance(frame, pandas.DataFrame)
        raw = self.oracle.commitments
        columns = ["id", "meeting", "kind", "type", "cameo", "verb", "summary",
                   "actors", "actor_names", "targets", "target_names", "objects", "object_names",
                   "sectors", "status", "source", "start", "end", "quote", "followups"]
        self.assertEqual(list(frame.columns), columns)
        self.assertEqual(frame.shape, (len(raw), len(columns)))
        names = {e["id"]: e["name"] for e in self.oracle.entities}
        for row, c in zip(frame.itertuples(index=False), raw):
            self.assertEqual(row.id, c["id"])
            self.assertEqual(row.kind, c["kind"])
            self.assertEqual(row.cameo, c.get("cameo"))   # a str such as "051", never 51
            self.assertEqual(row.actors, c["actors"])
            self.assertEqual(row.actor_names, [names[a] for a in c["actors"]])
            self.assertEqual(row.target_names, [names[t] for t in c["targets"]])
            self.assertEqual(row.sectors, c["sectors"])
            self.assertEqual(row.quote, c["evidence"]["quote"])
            self.assertEqual((row.start, row.end), (c["evidence"]["start"], c["evidence"]["end"]))
        self.assertEqual(frame["start"].dtype.kind, "i")
        # Something an analyst does next: commitments per sector.
        counts = frame.explode("sectors")["sectors"].value_counts().to_dict()
        expected: Dict[str, int] = {}
        for c in raw:
            for s in c["sectors"]:
                expected[s] = expected.get(s, 0) + 1
        self.assertEqual(counts, expected)

    def test_dataframes_of_the_other_kinds(self) -> None:
        for kind, records in self.collections().items():
            frame = records.to_pandas()
            with self.subTest(kind=kind):
                self.assertEqual(len(frame), len(self.oracle.doc[kind]))
                self.assertEqual(list(frame["id"]), [r["id"] for r in self.oracle.doc[kind]])
        meetings = self.db.meetings.to_pandas()
        for row, m in zip(meetings.itertuples(index=False), self.oracle.meetings):
            self.assertEqual(row.date, datetime.date.fromisoformat(m["date"]))
            self.assertEqual(row.host_name, self.oracle.entity_by_id[m["host"]]["name"])
        empty = self.db.commitments(kind=[]).to_pandas()
        self.assertEqual(empty.shape[0], 0)
        self.assertIn("actor_names", empty.columns)


class DefaultDatasetTest(DataChecks, unittest.TestCase):
    path = default_dataset_path()
    oracle = Oracle(path)
    db = camtg.open()


class MultilingualDatasetTest(DataChecks, unittest.TestCase):
    path = multilingual_dataset_path()
    oracle = Oracle(path)
    db = camtg.open(path)


class WithoutPandasTest(unittest.TestCase):
    def test_to_pandas_says_how_to_install_it(self) -> None:
        # A child interpreter in which `import pandas` fails, as on a machine without it.
        script = (
            "import sys; sys.modules['pandas'] = None\n"
            "import camtg\n"
            "db = camtg.open()\n"
            "rows = db.commitments().to_dicts()\n"
            "try:\n"
            "    db.commitments().to_pandas()\n"
            "except ImportError as e:\n"
            "    print(e.name, '|', e)\n")
        out = subprocess.run([sys.executable, "-c", script], env=dict(os.environ),
                             capture_output=True, text=True, check=True).stdout
        self.assertTrue(out.startswith("pandas | "), out)
        self.assertIn("python3-pandas", out)
        # Importing camtg does not import pandas.
        check = "import sys, camtg; camtg.open().commitments(); print('pandas' in sys.modules)"
        out = subprocess.run([sys.executable, "-c", check], env=dict(os.environ),
                             capture_output=True, text=True, check=True).stdout
        self.assertEqual(out.strip(), "False")


if __name__ == "__main__":
    unittest.main()
