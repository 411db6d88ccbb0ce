# SPDX-License-Identifier: MIT
"""An independent reading of a dataset file, for checking what camtg answers.

The oracle parses the JSON with the standard library and derives every
expected attribute and filter result from the data format's definitions
(docs/data-format.md and the README's Python API), without going through libcamtg. Tests compare
the two, so no expected answer is written into a test by hand.
"""

from __future__ import annotations

import calendar
import json
import os
import unicodedata
from typing import Any, Dict, Iterable, List, Optional, Set


def env_path(name: str) -> str:
    """A path the ctest registration passes in the environment."""
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"{name} is not set; run the tests through ctest")
    return value


def default_dataset_path() -> str:
    return env_path("CAMTG_TEST_DEFAULT_DATASET")


def multilingual_dataset_path() -> str:
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "multilingual.json")


def period_end(followup: Dict[str, Any]) -> str:
    """The last day of the period a follow-up's date stands for."""
    date = str(followup["date"])
    precision = followup.get("date_precision", "day")
    if precision == "year":
        return date[:4] + "-12-31"
    if precision == "month":
        return "%s-%02d" % (date[:7], calendar.monthrange(int(date[:4]), int(date[5:7]))[1])
    return date


class Oracle:
    """Expected answers for one dataset file."""

    def __init__(self, path: str) -> None:
        with open(path, encoding="utf-8") as f:
            self.raw_text = f.read()
        self.doc: Dict[str, Any] = json.loads(self.raw_text)
        self.sources = self.doc["sources"]
        self.entities = self.doc["entities"]
        self.meetings = self.doc["meetings"]
        self.commitments = self.doc["commitments"]
        self.entity_by_id = {e["id"]: e for e in self.entities}
        self.source_by_id = {s["id"]: s for s in self.sources}
        self.meeting_by_id = {m["id"]: m for m in self.meetings}

    # -- follow-ups (schema version 2) ---------------------------------------

    def followups_of(self, commitment_id: str) -> List[Dict[str, Any]]:
        """A commitment's follow-ups in date order, ties in file order."""
        found = [f for f in self.doc.get("followups", []) if f["commitment"] == commitment_id]
        return sorted(found, key=lambda f: f["date"])

    def status_of(self, c: Dict[str, Any], on: Optional[str] = None) -> str:
        """A commitment's status on a date (default: the research date): the
        rules of docs/data-format.md, read independently."""
        if self.doc["camtg"] < 2:
            return str(c["status"])
        if c["kind"] != "pledge":
            return "stated"
        on = on or self.doc.get("followups_researched") or "9999-12-31"
        status = "pledged"
        for f in self.followups_of(c["id"]):
            if period_end(f) <= on:
                status = f["status"]
        return status

    # -- groups -----------------------------------------------------------

    def groups_containing(self, entity_id: str) -> Set[str]:
        """Every group that has ``entity_id`` as a member, directly or through
        nested groups."""
        found: Set[str] = set()
        frontier = [entity_id]
        while frontier:
            member = frontier.pop()
            for e in self.entities:
                if e["type"] == "group" and member in e.get("members", []) and e["id"] not in found:
                    found.add(e["id"])
                    frontier.append(e["id"])
        return found

    def direct_groups(self, entity_id: str) -> List[str]:
        return [e["id"] for e in self.entities
                if e["type"] == "group" and entity_id in e.get("members", [])]

    def _stands_for(self, entity_id: str) -> Set[str]:
        """The ids whose presence on a side of a commitment counts for the entity."""
        return {entity_id} | self.groups_containing(entity_id)

    # -- filters ----------------------------------------------------------

    def commitment_ids(
        self,
        involving: Optional[str] = None,
        actor: Optional[str] = None,
        target: Optional[str] = None,
        sectors: Optional[Iterable[str]] = None,
        types: Optional[Iterable[str]] = None,
        kinds: Optional[Iterable[str]] = None,
        meeting: Optional[str] = None,
    ) -> List[str]:
        """The ids of the commitments a query must return, in file order."""
        result = []
        for c in self.commitments:
            if involving is not None:
                ids = self._stands_for(involving)
                if not ids & (set(c["actors"]) | set(c["targets"])):
                    continue
            if actor is not None and not self._stands_for(actor) & set(c["actors"]):
                continue
            if target is not None and not self._stands_for(target) & set(c["targets"]):
                continue
            if sectors is not None and not set(sectors) & set(c["sectors"]):
                continue
            if types is not None and c["type"] not in set(types):
                continue
            if kinds is not None and c["kind"] not in set(kinds):
                continue
            if meeting is not None and c["meeting"] != meeting:
                continue
            result.append(c["id"])
        return result

    def entity_ids_of_type(self, entity_type: Optional[str]) -> List[str]:
        return [e["id"] for e in self.entities if entity_type is None or e["type"] == entity_type]

    def used(self, field: str) -> List[str]:
        """The values of a vocabulary field that occur in commitments, in first-use order."""
        seen: List[str] = []
        for c in self.commitments:
            value = self.status_of(c) if field == "status" else c[field]
            values = value if isinstance(value, list) else [value]
            for v in values:
                if v not in seen:
                    seen.append(v)
        return seen


def key_fold(s: str) -> str:
    """Full case folding and NFC, as camtg_entity_lookup compares keys."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", s).casefold())


def lookup(oracle: Oracle, key: str) -> Optional[str]:
    """The id camtg_entity_lookup must answer for ``key``: exact id, then id
    ignoring case, then name, then alias; the first in file order within a rule."""
    if key in oracle.entity_by_id:
        return key
    folded = key_fold(key)
    rules = (
        lambda e: [e["id"]],
        lambda e: [e["name"]],
        lambda e: e.get("aliases", []),
    )
    for names_of in rules:
        for e in oracle.entities:
            if any(key_fold(n) == folded for n in names_of(e)):
                return e["id"]
    return None
