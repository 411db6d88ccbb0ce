# SPDX-License-Identifier: MIT
"""Follow-ups: dated, cited reports of what became of a commitment.

Datasets of schema version 2 carry them (docs/data-format.md, "Follow-ups");
a version 1 dataset has none. A :class:`Followup` is a record like the
others (see _records.py): a view that reads the library when asked, equal to
itself only, with a ``to_dict()``. Its citations are plain
:class:`Citation` tuples, read whole.
"""

from __future__ import annotations

import datetime
from typing import Any, NamedTuple, Optional, Tuple

from . import _capi
from ._records import Commitment, Record, _date
from ._vocab import DATE_PRECISIONS, STATUSES

__all__ = ["Citation", "Followup"]


class Citation(NamedTuple):
    """A page that reports a follow-up: its ``url``, its ``publisher``, the
    day it was ``published`` (a :class:`datetime.date`; None when the page
    shows none) and its ``title`` (None when not given). A follow-up's
    ``to_dict()`` gives each as a dict with these keys."""

    #: The page's web address (``https://`` or ``http://``).
    url: str
    #: Who published the page.
    publisher: str
    #: When the page was published; None when the page shows no date.
    published: Optional[datetime.date]
    #: The page's title; None when the dataset gives none.
    title: Optional[str]


class Followup(Record):
    """A dated event that shows what became of a commitment, with the pages
    that report it.

    A follow-up of a pledge moves its status (``in_progress``,
    ``fulfilled`` or ``lapsed``) from the last day of its period on; one of
    a position or an assessment (a restatement) is ``stated`` and moves
    nothing. ``str(followup)`` is its summary.
    """

    __slots__ = ()
    _index_of = staticmethod(_capi.camtg_followup_index)
    _at = staticmethod(_capi.camtg_followup_at)
    _plural = "followups"
    FIELDS = ("id", "commitment", "date", "date_precision", "date_end", "status", "summary",
              "citations")
    _date_keys = ("date", "date_end")

    @property
    def id(self) -> str:
        """The follow-up's id, unique in its dataset."""
        return self._get(_capi.camtg_followup_id)

    @property
    def commitment(self) -> Commitment:
        """The commitment the follow-up reports on."""
        return self._required(Commitment, _capi.camtg_followup_commitment)

    @property
    def date(self) -> datetime.date:
        """When it happened: the day, or the first day of the month or year
        when only that is known (see :attr:`date_precision`)."""
        return self._day(_capi.camtg_followup_date)

    @property
    def date_precision(self) -> str:
        """How much of :attr:`date` is known: ``day``, ``month`` or ``year``
        (see :data:`camtg.DATE_PRECISIONS`)."""
        return DATE_PRECISIONS.name(self._get(_capi.camtg_followup_date_precision))

    @property
    def date_end(self) -> datetime.date:
        """The last day of the period :attr:`date` stands for: :attr:`date`
        itself for a known day, 2024-07-31 for July 2024. The follow-up
        counts for :meth:`Commitment.status_on` from this day on."""
        return self._day(_capi.camtg_followup_date_end)

    @property
    def status(self) -> str:
        """The status the follow-up shows: ``in_progress``, ``fulfilled`` or
        ``lapsed`` for a pledge; ``stated`` for a position or an assessment
        (see :data:`camtg.STATUSES`)."""
        return STATUSES.name(self._get(_capi.camtg_followup_status))

    @property
    def summary(self) -> str:
        """A one-line summary in the dataset's own words."""
        return self._get(_capi.camtg_followup_summary)

    @property
    def citations(self) -> Tuple[Citation, ...]:
        """The pages that report the follow-up (:class:`camtg.Citation`), at
        least one, in the dataset's order."""
        def read(ptr: Any) -> Tuple[Citation, ...]:
            return tuple(
                Citation(_capi.camtg_followup_citation_url(ptr, i),
                         _capi.camtg_followup_citation_publisher(ptr, i),
                         _date(_capi.camtg_followup_citation_published(ptr, i)),
                         _capi.camtg_followup_citation_title(ptr, i))
                for i in range(_capi.camtg_followup_citation_count(ptr)))
        return self._get(read)

    def __str__(self) -> str:
        return self.summary

    def _label(self) -> str:
        return f"{self.id} {self.date} {self.status}: {self.summary!r}"
