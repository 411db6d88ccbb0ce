# SPDX-License-Identifier: MIT
"""Follow-ups through Python: the records, a commitment's status on any date,
compliance per party, and datasets of schema version 1, checked against the
independent reading of the files in oracle.py and against the C functions
underneath."""

from __future__ import annotations

import copy
import datetime
import json
import os
import signal
import subprocess
import sys
import tempfile
import unittest
from typing import Any, Dict, List, Optional, Tuple

import camtg
from camtg import _capi
from oracle import (Oracle, default_dataset_path, env_path, multilingual_dataset_path,
                    period_end)

ISO = datetime.date.fromisoformat


def day_before(day: str) -> str:
    return (ISO(day) - datetime.timedelta(days=1)).isoformat()


def expected_status(oracle: Oracle, raw: Dict[str, Any]) -> str:
    """The status a follow-up shows: its own for a pledge, `stated` otherwise."""
    commitment = next(c for c in oracle.commitments if c["id"] == raw["commitment"])
    return str(raw["status"]) if commitment["kind"] == "pledge" else "stated"


def expected_compliance(oracle: Oracle, on: str) -> List[Tuple[str, int, int, int, int, int]]:
    """(party, pledges, fulfilled, in_progress, pledged, lapsed) per party on
    a day, from the method of docs/compliance.md, in entity file order."""
    rows = []
    for entity in oracle.entities:
        if entity["type"] == "group":
            continue
        counts = {"fulfilled": 0, "in_progress": 0, "pledged": 0, "lapsed": 0}
        for cid in oracle.commitment_ids(actor=entity["id"], kinds=["pledge"]):
            c = next(c for c in oracle.commitments if c["id"] == cid)
            if oracle.meeting_by_id[c["meeting"]]["date"] > on:
                continue
            counts[oracle.status_of(c, on)] += 1
        pledges = sum(counts.values())
        if pledges:
            rows.append((entity["id"], pledges, counts["fulfilled"], counts["in_progress"],
                         counts["pledged"], counts["lapsed"]))
    return rows


def run_example(*args: str) -> subprocess.CompletedProcess:
    script = os.path.join(env_path("CAMTG_TEST_EXAMPLES_DIR"), "compliance.py")
    with tempfile.TemporaryDirectory() as cwd:
        return subprocess.run([sys.executable, script, *args], capture_output=True, text=True,
                              encoding="utf-8", cwd=cwd)


class EmbeddedDatasetTest(unittest.TestCase):
    """The facts the issue names, on the dataset built into the library."""

    oracle = Oracle(default_dataset_path())
    db = camtg.open()

    def followup_on(self, commitment: camtg.Commitment, day: str) -> camtg.Followup:
        """The one follow-up of ``commitment`` dated ``day`` (from the data)."""
        found = [f for f in commitment.followups if f.date == ISO(day)]
        self.assertEqual(len(found), 1, f"{commitment.id} on {day}")
        return found[0]

    def test_schema_version_and_research_date(self) -> None:
        self.assertEqual(self.db.schema_version, 2)
        self.assertEqual(self.db.followups_researched,
                         ISO(self.oracle.doc["followups_researched"]))
        self.assertIsInstance(self.db.followups_researched, datetime.date)
        self.assertIn(f"{len(self.oracle.doc['followups'])} follow-ups", repr(self.db))

    def test_visa_pledge(self) -> None:
        visa = self.db.commitment("p8-visa-exemption")
        self.assertEqual(visa.kind, "pledge")
        self.assertEqual(visa.status_on("2023-05-01"), "pledged")
        self.assertEqual(visa.status_on("2023-12-01"), "fulfilled")
        self.assertEqual(visa.status_on(datetime.date(2023, 5, 1)), "pledged")
        self.assertEqual(visa.status_on(datetime.date(2023, 12, 1)), "fulfilled")
        self.assertEqual(visa.status, "fulfilled")

    def test_consulates_pledge(self) -> None:
        consulates = self.db.commitment("p8-consulates")
        xian = self.followup_on(consulates, "2023-05-19")
        aktobe = self.followup_on(consulates, "2024-07-30")
        self.assertEqual((xian.status, aktobe.status), ("in_progress", "fulfilled"))
        self.assertEqual(consulates.status_on(day_before("2023-05-19")), "pledged")
        self.assertEqual(consulates.status_on("2023-05-19"), "in_progress")
        self.assertEqual(consulates.status_on(day_before("2024-07-30")), "in_progress")
        self.assertEqual(consulates.status_on("2024-07-30"), "fulfilled")

    def test_pledges_without_evidence_stay_pledged(self) -> None:
        researched = self.oracle.doc["followups_researched"]
        bare = [c["id"] for c in self.oracle.commitments
                if c["kind"] == "pledge" and not self.oracle.followups_of(c["id"])]
        self.assertTrue(bare, "the dataset has pledges nothing was found for")
        for cid in bare:
            with self.subTest(commitment=cid):
                c = self.db.commitment(cid)
                self.assertEqual(c.followups, ())
                self.assertEqual(c.status, "pledged")
                self.assertEqual(c.status_on(researched), "pledged")
                self.assertEqual(c.status_on("2099-12-31"), "pledged")

    def test_positions_and_assessments_are_stated(self) -> None:
        others = self.db.commitments(kind=["position", "assessment"])
        self.assertTrue(others)
        restatements = 0
        for c in others:
            with self.subTest(commitment=c.id):
                self.assertEqual(c.status, "stated")
                self.assertEqual(c.status_on(c.meeting.date), "stated")
                self.assertEqual(c.status_on(self.db.followups_researched), "stated")
                for f in c.followups:
                    restatements += 1
                    self.assertEqual(f.status, "stated")
        self.assertGreater(restatements, 0, "the dataset records restatements too")

    def test_timelines_are_in_date_order(self) -> None:
        seen = 0
        for c in self.db.commitments():
            with self.subTest(commitment=c.id):
                timeline = c.followups
                self.assertIsInstance(timeline, tuple)
                self.assertEqual([f.id for f in timeline],
                                 [f["id"] for f in self.oracle.followups_of(c.id)])
                keys = [(f.date, f.index) for f in timeline]
                self.assertEqual(keys, sorted(keys))
                for f in timeline:
                    self.assertEqual(f.commitment, c)
                seen += len(timeline)
        self.assertEqual(seen, len(self.db.followups()))

    def test_every_followup_is_cited(self) -> None:
        followups = self.db.followups()
        self.assertTrue(followups)
        for f in followups:
            with self.subTest(followup=f.id):
                self.assertIsInstance(f.citations, tuple)
                self.assertGreaterEqual(len(f.citations), 1)
                for citation in f.citations:
                    self.assertIsInstance(citation, camtg.Citation)
                    self.assertTrue(citation.url.startswith(("https://", "http://")),
                                    citation.url)
                    self.assertTrue(citation.publisher)


class ExampleScriptTest(unittest.TestCase):
    def test_it_ends_quietly_when_the_pipe_closes(self) -> None:
        script = os.path.join(env_path("CAMTG_TEST_EXAMPLES_DIR"), "compliance.py")
        read_end, write_end = os.pipe()
        os.close(read_end)  # every write finds the reader gone
        try:
            result = subprocess.run([sys.executable, script], stdout=write_end,
                                    stderr=subprocess.PIPE, text=True)
        finally:
            os.close(write_end)
        self.assertEqual(result.stderr, "")
        self.assertEqual(result.returncode, -signal.SIGPIPE)

    def test_it_names_an_unknown_id(self) -> None:
        result = run_example("no-such-commitment")
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stdout, "")
        self.assertIn("no commitment has the id 'no-such-commitment'", result.stderr)


class FollowupChecks:
    """Shared by one TestCase per dataset (a mixin, so unittest does not run
    it on its own)."""

    oracle: Oracle
    db: camtg.Database
    assertEqual: Any
    assertIs: Any
    assertIsInstance: Any
    assertIsNone: Any
    assertIn: Any
    assertRaises: Any
    assertRaisesRegex: Any
    assertTrue: Any
    subTest: Any

    def check_dates(self) -> List[str]:
        """Days around every event of the dataset: each follow-up's first and
        last day and the day before, the meetings, the research date."""
        days = {"2000-01-01", "2099-12-31"}
        for f in self.oracle.doc.get("followups", []):
            end = period_end(f)
            days.update((f["date"], day_before(f["date"]), end, day_before(end)))
        for m in self.oracle.meetings:
            days.update((m["date"], day_before(m["date"])))
        if self.oracle.doc.get("followups_researched"):
            days.add(self.oracle.doc["followups_researched"])
        return sorted(days)

    def test_followup_records_match_the_file(self) -> None:
        raw_all = self.oracle.doc.get("followups", [])
        followups = self.db.followups()
        self.assertIsInstance(followups, camtg.Records)
        self.assertEqual(followups.ids(), [f["id"] for f in raw_all])
        for f, raw in zip(followups, raw_all):
            with self.subTest(followup=raw["id"]):
                self.assertIsInstance(f, camtg.Followup)
                self.assertEqual(f.commitment.id, raw["commitment"])
                self.assertEqual(f.date, ISO(raw["date"]))
                self.assertEqual(f.date_precision, raw.get("date_precision", "day"))
                self.assertIn(f.date_precision, camtg.DATE_PRECISIONS)
                self.assertEqual(f.date_end, ISO(period_end(raw)))
                self.assertEqual(f.status, expected_status(self.oracle, raw))
                self.assertEqual(f.summary, raw["summary"])
                self.assertEqual(str(f), raw["summary"])
                self.assertEqual(
                    f.citations,
                    tuple(camtg.Citation(c["url"], c["publisher"],
                                         ISO(c["published"]) if "published" in c else None,
                                         c.get("title"))
                          for c in raw["citations"]))
                self.assertEqual(self.db.followup(raw["id"]), f)
                self.assertEqual(hash(self.db.followup(raw["id"])), hash(f))
                self.assertIn(raw["id"], repr(f))

    def test_to_dict_is_the_file_record(self) -> None:
        for f, raw in zip(self.db.followups(), self.oracle.doc.get("followups", [])):
            with self.subTest(followup=raw["id"]):
                as_dict = f.to_dict()
                self.assertEqual(list(as_dict), list(camtg.Followup.FIELDS))
                self.assertEqual(json.loads(json.dumps(as_dict)), as_dict)
                want = dict(raw, date_precision=raw.get("date_precision", "day"),
                            date_end=period_end(raw), status=expected_status(self.oracle, raw))
                want["citations"] = [{"url": c["url"], "publisher": c["publisher"],
                                      "published": c.get("published"), "title": c.get("title")}
                                     for c in raw["citations"]]
                self.assertEqual(as_dict, want)

    def test_commitment_to_dict_carries_its_followups(self) -> None:
        for c in self.db.commitments():
            with self.subTest(commitment=c.id):
                self.assertEqual(c.to_dict()["followups"],
                                 [f["id"] for f in self.oracle.followups_of(c.id)])

    def test_status_on_every_date_follows_the_rules(self) -> None:
        days = self.check_dates()
        for raw in self.oracle.commitments:
            c = self.db.commitment(raw["id"])
            for day in days:
                with self.subTest(commitment=raw["id"], day=day):
                    want = self.oracle.status_of(raw, day)
                    self.assertEqual(c.status_on(day), want)
                    self.assertEqual(c.status_on(ISO(day)), want)
                    self.assertEqual(c.status_on(datetime.datetime.fromisoformat(day + "T23:59")),
                                     want)
                    rc, value = _capi.camtg_commitment_status_on(c._ptr, day)
                    self.assertEqual((rc, camtg.STATUSES[value]), (_capi.CAMTG_OK, want))

    def test_status_is_the_status_on_the_research_date(self) -> None:
        researched = self.db.followups_researched
        for raw in self.oracle.commitments:
            c = self.db.commitment(raw["id"])
            with self.subTest(commitment=raw["id"]):
                self.assertEqual(c.status, self.oracle.status_of(raw))
                if researched is not None:
                    self.assertEqual(c.status, c.status_on(researched))

    def test_bad_dates_raise(self) -> None:
        c = self.db.commitments()[0]
        calls = (("date", c.status_on), ("on", lambda d: self.db.compliance(on=d)))
        for label, call in calls:
            for bad, error, words in (
                    ("2023-02-30", ValueError, "not a day of the calendar"),
                    ("2023-13-01", ValueError, "not a day of the calendar"),
                    ("0000-01-01", ValueError, "not a day of the calendar"),
                    ("soon", ValueError, "not a date written YYYY-MM-DD"),
                    ("", ValueError, "not a date written YYYY-MM-DD"),
                    ("20230501", ValueError, "not a date written YYYY-MM-DD"),
                    ("2023-05-01T00:00", ValueError, "not a date written YYYY-MM-DD"),
                    ("2023-05-01\0", ValueError, "not a date written YYYY-MM-DD"),
                    ("２０２３-05-01", ValueError, "not a date written YYYY-MM-DD"),
                    (12, TypeError, "must be a datetime.date or a 'YYYY-MM-DD' str, not int"),
                    (b"2023-05-01", TypeError, "not bytes"),
                    (20230501.0, TypeError, "not float")):
                with self.subTest(call=label, value=bad):
                    with self.assertRaises(error) as caught:
                        call(bad)
                    message = str(caught.exception)
                    self.assertTrue(message.startswith(label), message)
                    self.assertIn(words, message)
                    if isinstance(bad, str) and bad.isprintable():
                        self.assertIn(repr(bad), message)
        with self.assertRaises(TypeError):
            c.status_on(None)  # type: ignore[arg-type]

    def test_followup_lookup_misses(self) -> None:
        for key in ("no-such-follow-up", "", "fu\0"):
            with self.subTest(key=key):
                with self.assertRaises(KeyError) as caught:
                    self.db.followup(key)
                self.assertIsInstance(caught.exception, camtg.UnknownKeyError)
                self.assertEqual(caught.exception.args, (key,))
        with self.assertRaisesRegex(TypeError, "a follow-up id must be a str, not int"):
            self.db.followup(1)  # type: ignore[arg-type]

    def compliance_days(self) -> List[Optional[str]]:
        return [None, "2023-04-26", "2024-03-03", "2024-07-30", "2025-12-31", "2099-12-31"]

    def test_compliance_follows_the_method(self) -> None:
        researched = self.oracle.doc.get("followups_researched") or "9999-12-31"
        for day in self.compliance_days():
            rows = self.db.compliance(on=day)
            with self.subTest(on=day):
                self.assertIsInstance(rows, tuple)
                got = [(r.entity.id, r.pledges, r.fulfilled, r.in_progress, r.pledged, r.lapsed)
                       for r in rows]
                self.assertEqual(got, expected_compliance(self.oracle, day or researched))
                for r in rows:
                    self.assertIsInstance(r.entity, camtg.Entity)
                    self.assertEqual(r.fulfilled + r.in_progress + r.pledged + r.lapsed,
                                     r.pledges)
                    self.assertAlmostEqual(r.score, (r.fulfilled - r.pledged - r.lapsed)
                                           / r.pledges, places=12)
                    self.assertTrue(-1.0 <= r.score <= 1.0)

    def test_compliance_matches_the_c_function(self) -> None:
        for day in self.compliance_days():
            with self.subTest(on=day):
                rc, raw_rows, error = _capi.camtg_compliance_compute(self.db._handle, day)
                self.assertEqual((rc, error), (_capi.CAMTG_OK, None))
                rows = self.db.compliance(on=None if day is None else ISO(day))
                self.assertEqual(len(rows), len(raw_rows))
                for r, (party, pledges, fulfilled, in_progress, pledged, lapsed, score) \
                        in zip(rows, raw_rows):
                    self.assertEqual(r.entity.id, _capi.camtg_entity_id(party))
                    self.assertEqual((r.pledges, r.fulfilled, r.in_progress, r.pledged,
                                      r.lapsed, r.score),
                                     (pledges, fulfilled, in_progress, pledged, lapsed, score))

    def test_compliance_rows_are_values(self) -> None:
        rows = self.db.compliance()
        self.assertTrue(rows)
        row = rows[0]
        self.assertIsInstance(row, camtg.ComplianceRow)
        with self.assertRaises(AttributeError):
            row.score = 1.0  # type: ignore[misc]
        again = self.db.compliance()
        self.assertEqual(rows, again)
        self.assertEqual(hash(row), hash(again[0]))
        self.assertEqual(copy.copy(row), row)
        self.assertEqual(copy.deepcopy(row), row)
        as_dict = row.to_dict()
        self.assertEqual(json.loads(json.dumps(as_dict)), as_dict)
        self.assertEqual(list(as_dict), ["entity", "pledges", "fulfilled", "in_progress",
                                         "pledged", "lapsed", "score"])
        self.assertEqual(as_dict["entity"], row.entity.id)
        if self.db.followups_researched is not None:
            self.assertEqual(rows, self.db.compliance(on=self.db.followups_researched))

    def test_followups_as_a_dataframe(self) -> None:
        frame = self.db.followups().to_pandas()
        raw = self.oracle.doc.get("followups", [])
        self.assertEqual(list(frame.columns), list(camtg.Followup.FIELDS))
        self.assertEqual(list(frame["id"]), [f["id"] for f in raw])
        self.assertEqual(list(frame["date"]), [ISO(f["date"]) for f in raw])
        self.assertEqual(list(frame["commitment"]), [f["commitment"] for f in raw])

    def test_the_example_script(self) -> None:
        data = [] if self.db.filename is None else ["--data", self.db.filename]
        result = run_example(*data)
        self.assertEqual(result.returncode, 0, result.stderr)
        blocks = result.stdout.split("\n\n")
        pledges = [c for c in self.oracle.commitments if c["kind"] == "pledge"]
        # a header, one block per pledge, the score table
        self.assertEqual(len(blocks), 2 + len(pledges))
        for block, raw in zip(blocks[1:], pledges):
            with self.subTest(commitment=raw["id"]):
                lines = block.splitlines()
                self.assertEqual(lines[0], "%s: 2023-05-01 %s -> 2023-12-01 %s" % (
                    raw["id"], self.oracle.status_of(raw, "2023-05-01"),
                    self.oracle.status_of(raw, "2023-12-01")))
                timeline = self.oracle.followups_of(raw["id"])
                events = [line.split()[1] for line in lines[2:] if not line.startswith(" " * 15)]
                self.assertEqual(events, [f.get("status", "stated") for f in timeline])
                urls = [line.rsplit(", ", 1)[1] for line in lines[2:]
                        if line.startswith(" " * 15)]
                self.assertEqual(urls, [c["url"] for f in timeline for c in f["citations"]])
        table = blocks[-1].splitlines()[2:]
        researched = self.oracle.doc.get("followups_researched") or "9999-12-31"
        expected = expected_compliance(self.oracle, researched)
        self.assertEqual(len(table), len(expected))
        for line, (party, *counts) in zip(table, expected):
            self.assertEqual(line.split()[-6:-1], [str(n) for n in counts])
            self.assertIn(self.oracle.entity_by_id[party]["name"], line)

    def test_the_example_script_refuses_a_bad_date(self) -> None:
        result = run_example("--at", "2023-02-30")
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stdout, "")
        self.assertIn("'2023-02-30' is not a day of the calendar", result.stderr)


class DefaultDatasetFollowupsTest(FollowupChecks, unittest.TestCase):
    oracle = Oracle(default_dataset_path())
    db = camtg.open()


class Version1FollowupsTest(FollowupChecks, unittest.TestCase):
    """A version 1 file loads as before: no follow-ups, no research date,
    each commitment keeps the status stored with it."""

    oracle = Oracle(multilingual_dataset_path())
    db = camtg.open(multilingual_dataset_path())

    def test_it_is_version_1(self) -> None:
        self.assertEqual(self.oracle.doc["camtg"], 1)
        self.assertEqual(self.db.schema_version, 1)
        self.assertIsNone(self.db.followups_researched)
        self.assertEqual(len(self.db.followups()), 0)
        self.assertEqual(self.db.followups().to_dicts(), [])
        self.assertNotIn("follow-up", repr(self.db))

    def test_statuses_are_the_stored_ones(self) -> None:
        stored = {c["status"] for c in self.oracle.commitments if c["kind"] == "pledge"}
        self.assertGreater(len(stored), 1, "the fixture stores several statuses")
        for raw in self.oracle.commitments:
            c = self.db.commitment(raw["id"])
            with self.subTest(commitment=raw["id"]):
                self.assertEqual(c.followups, ())
                self.assertEqual(c.status, raw["status"])
                # on every date, even before the meeting, whatever the kind
                for day in ("2000-01-01", "2099-12-31"):
                    self.assertEqual(c.status_on(day), raw["status"])


if __name__ == "__main__":
    unittest.main()
