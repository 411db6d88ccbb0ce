# SPDX-License-Identifier: MIT
"""Every attribute and filter of the Python API (README), checked against an
independent reading of the dataset file (oracle.py), on the default dataset
and on a multilingual one."""

from __future__ import annotations

import datetime
import os
import unicodedata
import unittest
from typing import Any, ClassVar, Dict, List, Optional, Tuple

import camtg
from oracle import Oracle, default_dataset_path, lookup, multilingual_dataset_path


def ids(records: Any) -> List[str]:
    return [r.id for r in records]


def entity_id(record: Optional[camtg.Entity]) -> Optional[str]:
    return None if record is None else record.id


class DatasetChecks:
    """The checks, shared by one TestCase per dataset (a mixin, so unittest
    does not run it on its own)."""

    oracle: ClassVar[Oracle]
    db: ClassVar[camtg.Database]

    # unittest.TestCase methods, for the type checker.
    assertEqual: Any
    assertIs: Any
    assertIsNone: Any
    assertIsInstance: Any
    assertTrue: Any
    assertFalse: Any
    assertIn: Any
    assertNotEqual: Any
    assertRaises: Any
    subTest: Any

    def in_file_order(self, records: Any, expected: List[Dict[str, Any]],
                      cls: type) -> List[Tuple[Any, Dict[str, Any]]]:
        """Checks that ``records`` is a camtg.Records sequence of ``cls``
        objects, the records ``expected`` (the oracle's) in file order; returns
        them paired."""
        self.assertIsInstance(records, camtg.Records)
        self.assertEqual(records, list(records))
        self.assertEqual(ids(records), [r["id"] for r in expected])
        for record in records:
            self.assertIsInstance(record, cls)
        return list(zip(records, expected))

    # -- sources ------------------------------------------------------------

    def test_sources(self) -> None:
        sources = self.db.sources
        for source, expected in self.in_file_order(sources, self.oracle.sources, camtg.Source):
            with self.subTest(source=expected["id"]):
                for field in ("title", "publisher", "dateline", "language", "text"):
                    self.assertEqual(getattr(source, field), expected[field], field)
                    self.assertIsInstance(getattr(source, field), str)
                self.assertIsInstance(source.published, datetime.date)
                self.assertEqual(source.published.isoformat(), expected["published"])
                self.assertEqual(source.url, expected.get("url"))
        self.assertEqual(self.db.source, sources[0])

    # -- entities -----------------------------------------------------------

    def test_entities_in_file_order(self) -> None:
        self.in_file_order(self.db.entities(), self.oracle.entities, camtg.Entity)

    def test_entity_attributes(self) -> None:
        for entity, expected in zip(self.db.entities(), self.oracle.entities):
            with self.subTest(entity=expected["id"]):
                self.assertIsInstance(entity, camtg.Entity)
                self.assertEqual(entity.type, expected["type"])
                self.assertEqual(entity.name, expected["name"])
                self.assertEqual(entity.aliases, tuple(expected.get("aliases", [])))
                self.assertEqual(entity.wikidata, expected.get("wikidata"))
                self.assertEqual(entity.description, expected.get("description"))
                self.assertEqual(entity_id(entity.country), expected.get("country"))
                self.assertEqual(entity.positions, tuple(expected.get("positions", [])))
                self.assertEqual(entity_id(entity.within), expected.get("within"))
                self.assertIsInstance(entity.members, tuple)
                self.assertEqual(ids(entity.members), expected.get("members", []))
                self.assertEqual(entity.date and entity.date.isoformat(), expected.get("date"))
                self.assertEqual(entity_id(entity.place), expected.get("place"))
                self.assertEqual(ids(entity.groups), self.oracle.direct_groups(expected["id"]))
                for linked in (entity.country, entity.within, entity.place, *entity.members):
                    if linked is not None:
                        self.assertIsInstance(linked, camtg.Entity)

    def test_entity_mentions(self) -> None:
        # Version 1 files have no mentions: the key is unknown there.
        version = self.oracle.doc["camtg"]
        for entity, expected in zip(self.db.entities(), self.oracle.entities):
            with self.subTest(entity=expected["id"]):
                want = expected.get("mentions", []) if version >= 2 else []
                got = entity.mentions
                self.assertIsInstance(got, tuple)
                self.assertEqual([(m.source.id, m.start, m.end, m.text) for m in got],
                                 [(x["source"], x["start"], x["end"], x["text"]) for x in want])
                for m in got:
                    self.assertIsInstance(m, camtg.Mention)
                    self.assertEqual(m.source.text[m.start:m.end], m.text)

    def test_entities_by_type(self) -> None:
        for entity_type in camtg.ENTITY_TYPES:
            with self.subTest(type=entity_type):
                self.assertEqual(ids(self.db.entities(type=entity_type)),
                                 self.oracle.entity_ids_of_type(entity_type))
        self.assertEqual(ids(self.db.entities(None)), self.oracle.entity_ids_of_type(None))

    def test_entity_lookup_by_every_key(self) -> None:
        for expected in self.oracle.entities:
            keys = [expected["id"], expected["id"].lower(), expected["id"].upper(),
                    expected["name"], expected["name"].upper(), *expected.get("aliases", [])]
            for key in keys:
                with self.subTest(key=key):
                    expected_id = lookup(self.oracle, key)
                    # Every key of an entity finds one, in any script and case.
                    self.assertIsNotNone(expected_id)
                    self.assertEqual(self.db.entity(key).id, expected_id)

    def test_entity_lookup_misses(self) -> None:
        some = self.oracle.entities[0]
        for key in ("", " " + some["id"], some["id"] + " ", "no such entity here"):
            with self.subTest(key=key):
                self.assertIsNone(lookup(self.oracle, key))
                with self.assertRaises(KeyError):
                    self.db.entity(key)

    def test_in_group(self) -> None:
        entities = self.db.entities()
        for entity in entities:
            containing = self.oracle.groups_containing(entity.id)
            for group in entities:
                with self.subTest(entity=entity.id, group=group.id):
                    expected = group.id == entity.id or group.id in containing
                    self.assertEqual(entity.in_group(group), expected)

    # -- meetings -----------------------------------------------------------

    def test_meetings(self) -> None:
        meetings = self.db.meetings
        for meeting, expected in self.in_file_order(meetings, self.oracle.meetings, camtg.Meeting):
            with self.subTest(meeting=expected["id"]):
                self.assertEqual(meeting.title, expected["title"])
                self.assertIsInstance(meeting.date, datetime.date)
                self.assertEqual(meeting.date.isoformat(), expected["date"])
                self.assertEqual(meeting.format, expected["format"])
                self.assertIsInstance(meeting.place, camtg.Entity)
                self.assertEqual(meeting.place.id, expected["place"])
                self.assertIsInstance(meeting.host, camtg.Entity)
                self.assertEqual(meeting.host.id, expected["host"])
                self.assertIsInstance(meeting.participants, tuple)
                self.assertEqual(ids(meeting.participants), expected["participants"])
                self.assertIsInstance(meeting.source, camtg.Source)
                self.assertEqual(meeting.source.id, expected["source"])
                self.assertEqual(entity_id(meeting.context), expected.get("context"))
                self.assertEqual(ids(meeting.commitments),
                                 self.oracle.commitment_ids(meeting=expected["id"]))
                self.assertEqual(self.db.meeting(expected["id"]), meeting)

    # -- commitments --------------------------------------------------------

    def test_commitment_attributes(self) -> None:
        commitments = self.db.commitments()
        for commitment, expected in self.in_file_order(commitments, self.oracle.commitments,
                                                       camtg.Commitment):
            with self.subTest(commitment=expected["id"]):
                self.assertIsInstance(commitment.meeting, camtg.Meeting)
                self.assertEqual(commitment.meeting.id, expected["meeting"])
                for field in ("kind", "type", "verb", "summary"):
                    self.assertEqual(getattr(commitment, field), expected[field], field)
                self.assertEqual(commitment.status, self.oracle.status_of(expected))
                self.assertEqual(commitment.cameo, expected.get("cameo"))
                self.assertEqual(ids(commitment.actors), expected["actors"])
                self.assertEqual(ids(commitment.targets), expected["targets"])
                self.assertEqual(ids(commitment.objects), expected["objects"])
                for side in (commitment.actors, commitment.targets, commitment.objects):
                    self.assertIsInstance(side, tuple)
                self.assertEqual(commitment.sectors, tuple(expected["sectors"]))
                evidence = expected["evidence"]
                self.assertIsInstance(commitment.source, camtg.Source)
                self.assertEqual(commitment.source.id, evidence["source"])
                self.assertEqual(commitment.quote, evidence["quote"])
                self.assertIsInstance(commitment.start, int)
                self.assertIsInstance(commitment.end, int)
                self.assertEqual((commitment.start, commitment.end),
                                 (evidence["start"], evidence["end"]))
                # The documented promise: offsets are Python string indices.
                self.assertEqual(commitment.source.text[commitment.start:commitment.end],
                                 commitment.quote)
                self.assertEqual(self.db.commitment(expected["id"]), commitment)

    def test_vocabularies_cover_the_data(self) -> None:
        for values, field in ((camtg.SECTORS, "sectors"), (camtg.TYPES, "type"),
                              (camtg.KINDS, "kind"), (camtg.STATUSES, "status")):
            self.assertIsInstance(values, tuple)
            for value in self.oracle.used(field):
                self.assertIn(value, values)
        for entity in self.oracle.entities:
            self.assertIn(entity["type"], camtg.ENTITY_TYPES)

    # -- filters ------------------------------------------------------------

    def test_no_filter_returns_everything(self) -> None:
        self.assertEqual(ids(self.db.commitments()), self.oracle.commitment_ids())

    def test_entity_filters(self) -> None:
        for entity in self.db.entities():
            for side in ("involving", "actor", "target"):
                expected = self.oracle.commitment_ids(**{side: entity.id})
                with self.subTest(side=side, entity=entity.id):
                    self.assertEqual(ids(self.db.commitments(**{side: entity})), expected)
                    self.assertEqual(ids(self.db.commitments(**{side: entity.id})), expected)

    def test_entity_filters_accept_names_and_aliases(self) -> None:
        for expected in self.oracle.entities:
            for key in (expected["name"], expected["id"].lower(), *expected.get("aliases", [])):
                found = lookup(self.oracle, key)
                with self.subTest(key=key):
                    self.assertEqual(ids(self.db.commitments(involving=key)),
                                     self.oracle.commitment_ids(involving=found))

    def test_vocabulary_filters(self) -> None:
        for keyword, field, values in (("sector", "sectors", camtg.SECTORS),
                                       ("type", "types", camtg.TYPES),
                                       ("kind", "kinds", camtg.KINDS)):
            for value in values:
                with self.subTest(**{keyword: value}):
                    self.assertEqual(ids(self.db.commitments(**{keyword: value})),
                                     self.oracle.commitment_ids(**{field: [value]}))
            used = self.oracle.used(field if field == "sectors" else keyword)
            pair = used[:2]
            with self.subTest(**{keyword: pair}):
                self.assertEqual(ids(self.db.commitments(**{keyword: pair})),
                                 self.oracle.commitment_ids(**{field: pair}))
                self.assertEqual(ids(self.db.commitments(**{keyword: tuple(pair)})),
                                 self.oracle.commitment_ids(**{field: pair}))
            with self.subTest(**{keyword: "empty collection"}):
                self.assertEqual(self.db.commitments(**{keyword: []}), [])

    def test_meeting_filter(self) -> None:
        for meeting in self.db.meetings:
            with self.subTest(meeting=meeting.id):
                expected = self.oracle.commitment_ids(meeting=meeting.id)
                self.assertEqual(ids(self.db.commitments(meeting=meeting)), expected)
                self.assertEqual(ids(self.db.commitments(meeting=meeting.id)), expected)

    def test_filters_combine_with_and(self) -> None:
        sectors = self.oracle.used("sectors")
        kinds = self.oracle.used("kind")
        for entity in self.db.entities():
            for sector in sectors:
                with self.subTest(involving=entity.id, sector=sector):
                    self.assertEqual(
                        ids(self.db.commitments(involving=entity, sector=sector)),
                        self.oracle.commitment_ids(involving=entity.id, sectors=[sector]))
            for kind in kinds:
                with self.subTest(actor=entity.id, kind=kind):
                    self.assertEqual(
                        ids(self.db.commitments(actor=entity, kind=kind,
                                                meeting=self.db.meetings[0])),
                        self.oracle.commitment_ids(actor=entity.id, kinds=[kind],
                                                   meeting=self.oracle.meetings[0]["id"]))

    # -- object protocol ------------------------------------------------------

    def test_equality_and_hashing(self) -> None:
        entities = self.db.entities()
        first = entities[0]
        again = self.db.entity(first.id)
        self.assertIsNot(first, again)
        self.assertEqual(first, again)
        self.assertEqual(hash(first), hash(again))
        self.assertEqual(len(set(entities + self.db.entities())), len(entities))
        self.assertNotEqual(entities[0], entities[1])
        self.assertEqual({c: c.id for c in self.db.commitments()}[self.db.commitments()[0]],
                         self.oracle.commitments[0]["id"])
        # Records of different kinds never compare equal, even at the same index.
        self.assertNotEqual(self.db.meetings[0], self.db.sources[0])
        self.assertFalse(entities[0] == entities[0].id)

    def test_repr_shows_type_id_and_name(self) -> None:
        for entity in self.db.entities():
            text = repr(entity)
            for part in ("Entity", entity.type, entity.id, entity.name):
                self.assertIn(part, text)
        commitment = self.db.commitments()[0]
        for part in ("Commitment", commitment.id, commitment.kind, commitment.type):
            self.assertIn(part, repr(commitment))
        meeting = self.db.meetings[0]
        for part in ("Meeting", meeting.id, meeting.title):
            self.assertIn(part, repr(meeting))
        for part in ("Source", self.db.source.id):
            self.assertIn(part, repr(self.db.source))
        self.assertIn("Database", repr(self.db))

    def test_records_have_slots(self) -> None:
        for record in (self.db.source, self.db.entities()[0], self.db.meetings[0],
                       self.db.commitments()[0]):
            with self.subTest(record=type(record).__name__):
                self.assertFalse(hasattr(record, "__dict__"))
                with self.assertRaises(AttributeError):
                    record.colour = "red"  # type: ignore[union-attr]

    def test_verify(self) -> None:
        self.assertIsNone(self.db.verify())


class DefaultDatasetTest(DatasetChecks, unittest.TestCase):
    """The dataset embedded in the library, read through camtg.open()."""

    @classmethod
    def setUpClass(cls) -> None:
        cls.oracle = Oracle(default_dataset_path())
        cls.db = camtg.open()

    @classmethod
    def tearDownClass(cls) -> None:
        cls.db.close()

    def test_embedded_matches_the_file(self) -> None:
        with camtg.open(default_dataset_path()) as from_file:
            self.assertEqual(from_file.filename, default_dataset_path())
            self.assertIsNone(self.db.filename)
            self.assertEqual(ids(from_file.commitments()), ids(self.db.commitments()))
            self.assertEqual(from_file.source.text, self.db.source.text)


class MultilingualDatasetTest(DatasetChecks, unittest.TestCase):
    """A dataset in Russian and Chinese, with astral characters before quotes."""

    @classmethod
    def setUpClass(cls) -> None:
        cls.oracle = Oracle(multilingual_dataset_path())
        cls.db = camtg.open(multilingual_dataset_path())

    @classmethod
    def tearDownClass(cls) -> None:
        cls.db.close()

    def test_offsets_count_code_points_not_bytes_or_utf16_units(self) -> None:
        # The dataset was written so that a quote follows characters outside
        # the Basic Multilingual Plane: the three units differ there.
        differing = 0
        for c in self.db.commitments():
            before = c.source.text[:c.start]
            if len(before.encode("utf-16-le")) // 2 != c.start:
                differing += 1
                self.assertNotEqual(len(before.encode("utf-8")), c.start)
            self.assertEqual(c.source.text[c.start:c.end], c.quote)
        self.assertGreater(differing, 0)

    def test_lookup_folds_case_in_every_script_and_normalises(self) -> None:
        kazakhstan = self.db.entity("KAZ")
        self.assertNotEqual(kazakhstan.name, kazakhstan.name.lower())
        self.assertEqual(self.db.entity(kazakhstan.name), kazakhstan)
        self.assertEqual(self.db.entity(kazakhstan.name.lower()), kazakhstan)
        self.assertEqual(self.db.entity(kazakhstan.name.upper()), kazakhstan)
        self.assertEqual(self.db.entity("kazakhstan"), kazakhstan)
        for entity in self.db.entities():
            for form in ("NFC", "NFD"):
                with self.subTest(name=entity.name, form=form):
                    key = unicodedata.normalize(form, entity.name.upper())
                    self.assertIsNotNone(self.db.entity(key))

    def test_loads_matches_open(self) -> None:
        with open(multilingual_dataset_path(), encoding="utf-8") as f:
            text = f.read()
        for document in (text, text.encode("utf-8"), bytearray(text.encode("utf-8")),
                         memoryview(text.encode("utf-8"))):
            with self.subTest(type=type(document).__name__):
                with camtg.loads(document) as db:
                    self.assertIsNone(db.filename)
                    self.assertEqual([(c.id, c.quote, c.start) for c in db.commitments()],
                                     [(c.id, c.quote, c.start) for c in self.db.commitments()])

    def test_path_like_and_bytes_file_names(self) -> None:
        import pathlib
        for name in (pathlib.Path(multilingual_dataset_path()),
                     os.fsencode(multilingual_dataset_path())):
            with self.subTest(name=repr(name)):
                with camtg.open(name) as db:
                    self.assertEqual(db.filename, multilingual_dataset_path())
                    self.assertEqual(ids(db.entities()), ids(self.db.entities()))

    def test_records_of_two_databases_differ(self) -> None:
        with camtg.open(multilingual_dataset_path()) as other:
            self.assertNotEqual(other.entity("KAZ"), self.db.entity("KAZ"))
            self.assertEqual(other.entity("KAZ").id, self.db.entity("KAZ").id)


class PackageTest(unittest.TestCase):
    def test_version_is_the_library_version(self) -> None:
        self.assertEqual(camtg.__version__, camtg._capi.camtg_version())
        parts = camtg.__version__.split(".")
        self.assertEqual(len(parts), 3)
        self.assertTrue(all(p.isdigit() for p in parts))

    def test_imported_from_the_tree_under_test(self) -> None:
        expected = os.path.realpath(os.environ["CAMTG_TEST_PACKAGE_DIR"])
        self.assertEqual(os.path.dirname(os.path.realpath(camtg.__file__)),
                         os.path.join(expected, "camtg"))

    def test_vocabularies_come_from_the_library(self) -> None:
        for names, to_string in ((camtg.SECTORS, camtg._capi.camtg_sector_to_string),
                                 (camtg.TYPES, camtg._capi.camtg_plover_to_string),
                                 (camtg.KINDS, camtg._capi.camtg_kind_to_string),
                                 (camtg.ENTITY_TYPES, camtg._capi.camtg_entity_type_to_string),
                                 (camtg.STATUSES, camtg._capi.camtg_status_to_string)):
            self.assertEqual(names, tuple(to_string(i) for i in range(len(names))))
            self.assertIsNone(to_string(len(names)))

    def test_public_names(self) -> None:
        for name in camtg.__all__:
            self.assertTrue(hasattr(camtg, name), name)


if __name__ == "__main__":
    unittest.main()
