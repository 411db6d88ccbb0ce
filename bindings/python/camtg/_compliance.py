# SPDX-License-Identifier: MIT
"""Compliance per party: the rows :meth:`camtg.Database.compliance` returns.

The library does the counting (camtg_compliance_compute); this module only
turns its rows into frozen Python values. The method and its limits are in
docs/compliance.md.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Dict, Optional, Tuple

import camtg  # for annotations only (see _records.py)

from . import _capi
from ._dates import DateLike, iso_day
from ._errors import check
from ._records import Entity

__all__ = ["ComplianceRow", "compute"]


@dataclasses.dataclass(frozen=True)
class ComplianceRow:
    """One party's compliance with its pledges on a date, on the scale of
    the G7 and G20 Research Groups: +1 for each pledge fulfilled, 0 in
    progress, -1 still only pledged or lapsed; the score is the mean.

    - ``entity``: the party (:class:`camtg.Entity`), never a group: a
      pledge made through a group counts for each member.
    - ``pledges``: the pledges the party had made by the date, of which
      ``fulfilled``, ``in_progress``, ``pledged`` (nothing shown done yet)
      and ``lapsed``; the four always add up to ``pledges``.
    - ``score``: the mean, from -1.0 to +1.0; None for a party without
      pledges.

    Rows are frozen values: equal when every field is, hashable,
    ``to_dict()`` for JSON.
    """

    #: The party: a country, person or other non-group entity. A pledge made
    #: through a group (directly or through nested groups) counts for each
    #: member.
    entity: Entity
    #: Pledges the party had made by the date.
    pledges: int
    #: Of those, fulfilled on the date.
    fulfilled: int
    #: In progress on the date.
    in_progress: int
    #: Still only pledged: no follow-up shows anything done yet.
    pledged: int
    #: Lapsed: abandoned or expired.
    lapsed: int
    #: The mean, from -1.0 to +1.0; None for a party without pledges.
    score: Optional[float]

    def to_dict(self) -> Dict[str, Any]:
        """The row as plain values: the party's id under ``entity``, then
        the counts and the score, in field order (``json.dumps`` takes it)."""
        row = dataclasses.asdict(self)
        row["entity"] = self.entity.id
        return row


def compute(db: camtg.Database, on: Optional[DateLike]) -> Tuple[ComplianceRow, ...]:
    """The rows for ``db`` on ``on`` (None: the research date)."""
    day = None if on is None else iso_day(on, "on")

    def read(handle: Any) -> Tuple[ComplianceRow, ...]:
        rc, rows, error = _capi.camtg_compliance_compute(handle, day)
        check(rc, error)
        return tuple(
            ComplianceRow(Entity._make(db, party, _capi.camtg_entity_index(party)), pledges,
                          fulfilled, in_progress, pledged, lapsed,
                          score if pledges > 0 else None)
            for party, pledges, fulfilled, in_progress, pledged, lapsed, score in rows)
    return db._read_db(read)
