# SPDX-License-Identifier: MIT
"""Python objects for the records of a database: Source, Entity, Meeting, Commitment
(and, in _followups.py, Followup).

A record object is a small view: the database that owns the C record, the
borrowed C pointer and the record's position in file order. It reads every
attribute from the library when asked, through :meth:`Database._read`, so a
record never reads freed memory:

- it holds a strong reference to its :class:`camtg.Database`, so the C data
  lives at least as long as any record taken from it (``del db`` is safe);
- after :meth:`camtg.Database.close` (or the end of a ``with`` block),
  reading an attribute raises :class:`camtg.ClosedError` instead; a read
  already under way in another thread finishes first (close waits for it).

Two record objects are equal when they are the same record of the same
database object, and hash accordingly; equality and hashing keep working
after the database is closed. Records are immutable views: copying returns
the same object, and pickling raises a TypeError that points at
``to_dict()``.
"""

from __future__ import annotations

import datetime
import inspect
from typing import (Any, Callable, ClassVar, Dict, List, NamedTuple, NoReturn,
                    Optional, Tuple, TypeVar)

# The package itself, for the annotations that name camtg.Database and
# camtg.Records: bound now, read only when the annotations are evaluated, so
# this module needs nothing from the modules that import it.
import camtg

from . import _capi
from ._dates import DateLike, iso_day
from ._errors import check
from ._vocab import ENTITY_TYPES, KINDS, SECTORS, STATUSES, TYPES

__all__ = ["Record", "Source", "Entity", "Mention", "Meeting", "Commitment"]

R = TypeVar("R", bound="Record")


def _date(text: Optional[str]) -> Optional[datetime.date]:
    # The loader accepts only real YYYY-MM-DD days, so this cannot fail on
    # a loaded database.
    return None if text is None else datetime.date.fromisoformat(text)


def _plain(value: Any) -> Any:
    if isinstance(value, Record):
        return value.id
    if isinstance(value, tuple) and hasattr(value, "_asdict"):
        # a named tuple of plain values (a follow-up's citation): a dict
        return {key: _plain(v) for key, v in value._asdict().items()}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


class Record:
    """Base of the record classes: identity, equality, hashing, liveness."""

    __slots__ = ("_db", "_ptr", "_index")

    #: Reads the position in file order from a C record.
    _index_of: ClassVar[Callable[[Any], int]]
    #: Finds the C record at a position in file order: (db handle, index).
    _at: ClassVar[Callable[[Any, int], Any]]
    #: How a collection of this kind is named in reprs ("entities").
    _plural: ClassVar[str]
    #: The attributes to_dict() and to_pandas() give, in order.
    FIELDS: ClassVar[Tuple[str, ...]] = ()
    #: Which of them hold one entity / a tuple of entities / a date
    #: (to_pandas() adds the names beside the ids, and makes dates dates).
    _entity_keys: ClassVar[Tuple[str, ...]] = ()
    _list_keys: ClassVar[Tuple[str, ...]] = ()
    _date_keys: ClassVar[Tuple[str, ...]] = ()

    _db: camtg.Database
    _ptr: Any
    _index: int

    def __init__(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Records are not made directly: they come from a camtg.Database."""
        raise TypeError(f"camtg.{type(self).__name__} objects come from a camtg.Database")

    # help() shows no constructor line for a signature of "()".
    __init__.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)])

    @classmethod
    def _make(cls: type[R], db: camtg.Database, ptr: Any, index: int) -> R:
        # Only the database, result sequences and other records make records,
        # from a pointer they just read from the open database.
        self = object.__new__(cls)
        self._db = db
        self._ptr = ptr
        self._index = index
        return self

    @classmethod
    def _wrap(cls: type[R], db: camtg.Database, ptr: Any) -> Optional[R]:
        """A record for a pointer read inside a guarded call (None stays None)."""
        return None if ptr is None else cls._make(db, ptr, cls._index_of(ptr))

    def _get(self, getter: Callable[[Any], Any]) -> Any:
        """One getter applied to the C record, guarded against close()."""
        return self._db._read(getter, self._ptr)

    def _related(self, cls: type[R], getter: Callable[[Any], Any]) -> Optional[R]:
        db = self._db
        return db._read(lambda ptr: cls._wrap(db, getter(ptr)), self._ptr)

    def _required(self, cls: type[R], getter: Callable[[Any], Any]) -> R:
        """_related() for a link the data format requires, so never None."""
        record = self._related(cls, getter)
        assert record is not None  # required by the data format
        return record

    def _day(self, getter: Callable[[Any], Any]) -> datetime.date:
        """A date the data format requires (or the library derives from one)."""
        day = _date(self._get(getter))
        assert day is not None  # required by the data format
        return day

    def _related_all(self, cls: type[R], count: Callable[[Any], int],
                     at: Callable[[Any, int], Any]) -> Tuple[R, ...]:
        db = self._db
        make, index_of = cls._make, cls._index_of

        def read(ptr: Any) -> Tuple[R, ...]:
            found = []
            for i in range(count(ptr)):
                other = at(ptr, i)
                found.append(make(db, other, index_of(other)))
            return tuple(found)
        return db._read(read, self._ptr)

    def _strings(self, count: Callable[[Any], int],
                 at: Callable[[Any, int], str]) -> Tuple[str, ...]:
        return self._db._read(lambda ptr: tuple(at(ptr, i) for i in range(count(ptr))),
                              self._ptr)

    @property
    def database(self) -> camtg.Database:
        """The database this record belongs to."""
        return self._db

    @property
    def index(self) -> int:
        """The record's position in file order among records of its kind."""
        return self._index

    @property
    def id(self) -> str:
        """The record's id, unique within its dataset."""
        raise NotImplementedError

    def to_dict(self) -> Dict[str, Any]:
        """The record as a dict of plain values, one key per attribute named
        in the class's ``FIELDS``, in that order: references to other records
        become their ids, tuples become lists, dates ``YYYY-MM-DD`` strings,
        absent values None. ``json.dumps`` takes it as it is, and it
        outlives the database."""
        return {key: _plain(getattr(self, key)) for key in self.FIELDS}

    def _label(self) -> str:
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Record)
        return self._db is other._db and self._index == other._index

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self) -> int:
        return hash((type(self).__name__, id(self._db), self._index))

    def __repr__(self) -> str:
        name = type(self).__name__
        if self._db.closed:
            return f"<camtg.{name} #{self._index} of a closed database>"
        return f"<camtg.{name} {self._label()}>"

    def __copy__(self: R) -> R:
        return self

    def __deepcopy__(self: R, memo: Dict[int, Any]) -> R:
        return self

    def __reduce_ex__(self, protocol: Any) -> NoReturn:
        raise TypeError(
            f"camtg.{type(self).__name__} objects cannot be pickled: they are views into a "
            f"loaded database; pickle record.to_dict() (or records.to_dicts()) instead")


class Source(Record):
    """A document that commitments quote: the article and its metadata."""

    __slots__ = ()
    _index_of = staticmethod(_capi.camtg_source_index)
    _at = staticmethod(_capi.camtg_source_at)
    _plural = "sources"
    FIELDS = ("id", "title", "publisher", "published", "dateline", "language", "url", "text")
    _date_keys = ("published",)

    @property
    def id(self) -> str:
        """The source's id."""
        return self._get(_capi.camtg_source_id)

    @property
    def title(self) -> str:
        """The document's title."""
        return self._get(_capi.camtg_source_title)

    @property
    def publisher(self) -> str:
        """Who published the document, e.g. a news agency."""
        return self._get(_capi.camtg_source_publisher)

    @property
    def published(self) -> datetime.date:
        """The publication date."""
        return self._day(_capi.camtg_source_published)

    @property
    def dateline(self) -> str:
        """The dateline as printed, e.g. ``XI'AN, April 26``."""
        return self._get(_capi.camtg_source_dateline)

    @property
    def language(self) -> str:
        """The language tag of the text, e.g. ``en``."""
        return self._get(_capi.camtg_source_language)

    @property
    def url(self) -> Optional[str]:
        """Where the document was published, or None when the dataset gives none."""
        return self._get(_capi.camtg_source_url)

    @property
    def text(self) -> str:
        """The full text; commitment offsets index into it (in code points)."""
        return self._get(_capi.camtg_source_text)

    def __str__(self) -> str:
        return self.title

    def _label(self) -> str:
        return f"{self.id} {self.title!r}"


class Mention(NamedTuple):
    """Where a source's text names an entity: ``source.text[start:end] ==
    text``, offsets in code points (Python string indexes)."""

    #: The source whose text holds the mention.
    source: Source
    #: Offset of the first character.
    start: int
    #: Offset just past the last character.
    end: int
    #: The words of the mention, exactly as in the text.
    text: str


class Entity(Record):
    """A country, person, organization, place, initiative, project, event,
    group or topic.

    Attributes that apply to one entity type only read as None (a single
    value) or as an empty tuple (a list) for the other types. ``str(entity)``
    is its name.
    """

    __slots__ = ()
    _index_of = staticmethod(_capi.camtg_entity_index)
    _at = staticmethod(_capi.camtg_entity_at)
    _plural = "entities"
    FIELDS = ("id", "type", "name", "aliases", "wikidata", "description", "country",
              "positions", "within", "members", "date", "place")
    _entity_keys = ("country", "within", "members", "place")
    _list_keys = ("aliases", "positions", "members")
    _date_keys = ("date",)

    @property
    def id(self) -> str:
        """The entity's id, e.g. ``KAZ`` (countries use ISO 3166-1 alpha-3)."""
        return self._get(_capi.camtg_entity_id)

    @property
    def type(self) -> str:
        """The entity type: one of :data:`camtg.ENTITY_TYPES`, e.g. ``country``."""
        return ENTITY_TYPES.name(self._get(_capi.camtg_entity_type_of))

    @property
    def name(self) -> str:
        """The display name, e.g. ``Kazakhstan``."""
        return self._get(_capi.camtg_entity_name)

    @property
    def aliases(self) -> Tuple[str, ...]:
        """Other names a reader would type (acronyms, other orders, spellings)."""
        return self._strings(_capi.camtg_entity_alias_count, _capi.camtg_entity_alias)

    @property
    def wikidata(self) -> Optional[str]:
        """The Wikidata item id, e.g. ``Q232``; None when not given."""
        return self._get(_capi.camtg_entity_wikidata)

    @property
    def description(self) -> Optional[str]:
        """A one-line description; None when not given."""
        return self._get(_capi.camtg_entity_description)

    @property
    def country(self) -> Optional[Entity]:
        """For a person: the country they serve. None otherwise."""
        return self._related(Entity, _capi.camtg_entity_country)

    @property
    def positions(self) -> Tuple[str, ...]:
        """For a person: office titles as the source gives them."""
        return self._strings(_capi.camtg_entity_position_count, _capi.camtg_entity_position)

    @property
    def within(self) -> Optional[Entity]:
        """For a place: the place or country it lies in; None when not given."""
        return self._related(Entity, _capi.camtg_entity_within)

    @property
    def members(self) -> Tuple[Entity, ...]:
        """For a group: its direct members in file order."""
        return self._related_all(Entity, _capi.camtg_entity_member_count,
                                 _capi.camtg_entity_member)

    @property
    def groups(self) -> Tuple[Entity, ...]:
        """The groups that list this entity directly among their members."""
        return self._related_all(Entity, _capi.camtg_entity_group_count,
                                 _capi.camtg_entity_group)

    @property
    def date(self) -> Optional[datetime.date]:
        """For an event: its date; None when not given."""
        return _date(self._get(_capi.camtg_entity_date))

    @property
    def place(self) -> Optional[Entity]:
        """For an event: where it takes place; None when not given."""
        return self._related(Entity, _capi.camtg_entity_place)

    @property
    def mentions(self) -> Tuple[Mention, ...]:
        """Where the source texts name this entity (:class:`camtg.Mention`),
        in the dataset's order; empty for datasets of schema version 1."""
        db = self._db

        def read(ptr: Any) -> Tuple[Mention, ...]:
            found = []
            for i in range(_capi.camtg_entity_mention_count(ptr)):
                m = _capi.camtg_entity_mention(ptr, i)
                found.append(Mention(Source._wrap(db, _capi.camtg_mention_source(m)),
                                     _capi.camtg_mention_start(m), _capi.camtg_mention_end(m),
                                     _capi.camtg_mention_text(m)))
            return tuple(found)
        return db._read(read, self._ptr)

    def in_group(self, group: Entity) -> bool:
        """Whether this entity is ``group`` or belongs to it, directly or
        through nested groups."""
        if not isinstance(group, Entity):
            raise TypeError(f"group must be an Entity, not {type(group).__name__}")
        if group._db is not self._db:
            return False
        other = group._ptr
        rc = self._get(lambda ptr: _capi.camtg_entity_in_group(ptr, other))
        if rc < 0:
            check(rc, None)
        return rc == 1

    def __str__(self) -> str:
        return self.name

    def _label(self) -> str:
        return f"{self.type} {self.id} {self.name!r}"


class Meeting(Record):
    """A meeting: who met, where, when, and the source that reports it."""

    __slots__ = ()
    _index_of = staticmethod(_capi.camtg_meeting_index)
    _at = staticmethod(_capi.camtg_meeting_at)
    _plural = "meetings"
    FIELDS = ("id", "title", "date", "place", "host", "participants", "format", "source",
              "context")
    _entity_keys = ("place", "host", "participants", "context")
    _list_keys = ("participants",)
    _date_keys = ("date",)

    @property
    def id(self) -> str:
        """The meeting's id."""
        return self._get(_capi.camtg_meeting_id)

    @property
    def title(self) -> str:
        """A title for the meeting."""
        return self._get(_capi.camtg_meeting_title)

    @property
    def date(self) -> datetime.date:
        """The day of the meeting."""
        return self._day(_capi.camtg_meeting_date)

    @property
    def place(self) -> Entity:
        """Where the meeting took place."""
        return self._required(Entity, _capi.camtg_meeting_place)

    @property
    def host(self) -> Entity:
        """Who hosted the meeting."""
        return self._required(Entity, _capi.camtg_meeting_host)

    @property
    def participants(self) -> Tuple[Entity, ...]:
        """Who took part, in file order (the host only when listed)."""
        return self._related_all(Entity, _capi.camtg_meeting_participant_count,
                                 _capi.camtg_meeting_participant)

    @property
    def format(self) -> str:
        """The format in the source's words, e.g. ``separate talks``."""
        return self._get(_capi.camtg_meeting_format)

    @property
    def source(self) -> Source:
        """The source that reports the meeting."""
        return self._required(Source, _capi.camtg_meeting_source)

    @property
    def context(self) -> Optional[Entity]:
        """The event the meeting was held for; None when not given."""
        return self._related(Entity, _capi.camtg_meeting_context)

    @property
    def commitments(self) -> camtg.Records[Commitment]:
        """The commitments made at this meeting, in file order."""
        return self._db.commitments(meeting=self)

    def __str__(self) -> str:
        return self.title

    def _label(self) -> str:
        return f"{self.id} {self.date} {self.title!r}"


class Commitment(Record):
    """A pledge, position or assessment made at a meeting, with the exact
    words of the source that carry it.

    ``source.text[start:end] == quote`` always holds: ``start`` and ``end``
    count code points, like Python string indices. ``str(commitment)`` is
    its summary.
    """

    __slots__ = ()
    _index_of = staticmethod(_capi.camtg_commitment_index)
    _at = staticmethod(_capi.camtg_commitment_at)
    _plural = "commitments"
    FIELDS = ("id", "meeting", "kind", "type", "cameo", "verb", "summary", "actors", "targets",
              "objects", "sectors", "status", "source", "start", "end", "quote", "followups")
    _entity_keys = ("actors", "targets", "objects")
    _list_keys = ("actors", "targets", "objects", "sectors")

    @property
    def id(self) -> str:
        """The commitment's id."""
        return self._get(_capi.camtg_commitment_id)

    @property
    def meeting(self) -> Meeting:
        """The meeting where the commitment was made."""
        return self._required(Meeting, _capi.camtg_commitment_meeting)

    @property
    def kind(self) -> str:
        """``pledge``, ``position`` or ``assessment`` (see :data:`camtg.KINDS`)."""
        return KINDS.name(self._get(_capi.camtg_commitment_kind))

    @property
    def type(self) -> str:
        """The PLOVER event type, e.g. ``SUPPORT`` (see :data:`camtg.TYPES`)."""
        return TYPES.name(self._get(_capi.camtg_commitment_type))

    @property
    def cameo(self) -> Optional[str]:
        """The CAMEO event code as a string, e.g. ``"057"``; None when not given."""
        return self._get(_capi.camtg_commitment_cameo)

    @property
    def verb(self) -> str:
        """The verb in the source's words, e.g. ``support``."""
        return self._get(_capi.camtg_commitment_verb)

    @property
    def summary(self) -> str:
        """A one-line summary written by the coder."""
        return self._get(_capi.camtg_commitment_summary)

    @property
    def actors(self) -> Tuple[Entity, ...]:
        """Who commits or states, in file order."""
        return self._related_all(Entity, _capi.camtg_commitment_actor_count,
                                 _capi.camtg_commitment_actor)

    @property
    def targets(self) -> Tuple[Entity, ...]:
        """Whom the commitment is towards or with (may be empty)."""
        return self._related_all(Entity, _capi.camtg_commitment_target_count,
                                 _capi.camtg_commitment_target)

    @property
    def objects(self) -> Tuple[Entity, ...]:
        """Other entities acted on: a project, a city, an initiative."""
        return self._related_all(Entity, _capi.camtg_commitment_object_count,
                                 _capi.camtg_commitment_object)

    @property
    def sectors(self) -> Tuple[str, ...]:
        """The policy areas, in file order (see :data:`camtg.SECTORS`)."""
        values = self._get(lambda ptr: [_capi.camtg_commitment_sector(ptr, i) for i in
                                        range(_capi.camtg_commitment_sector_count(ptr))])
        return tuple(SECTORS.name(v) for v in values)

    @property
    def status(self) -> str:
        """How far it has come, on the dataset's research date
        (:attr:`camtg.Database.followups_researched`; with every follow-up
        counted when the dataset states none): for a pledge ``pledged``,
        ``in_progress``, ``fulfilled`` or ``lapsed``; ``stated`` for a
        position or an assessment (see :data:`camtg.STATUSES`). In a schema
        version 1 dataset, the status stored with the commitment."""
        return STATUSES.name(self._get(_capi.camtg_commitment_status))

    def status_on(self, date: DateLike) -> str:
        """The status on ``date``, a :class:`datetime.date` or a
        ``YYYY-MM-DD`` str.

        A pledge has the status of its latest follow-up counted by then (one
        whose :attr:`~camtg.Followup.date_end` is on or before ``date``), and
        ``pledged`` when there is none; a position or an assessment is
        ``stated``. In a schema version 1 dataset every commitment keeps its
        stored status on every date. Raises TypeError for a value that is not a
        date or a str, and ValueError for a str that is not a real day
        written ``YYYY-MM-DD`` (``"2023-02-30"``, ``"soon"``).
        """
        day = iso_day(date, "date")
        rc, status = self._get(lambda ptr: _capi.camtg_commitment_status_on(ptr, day))
        check(rc, None)
        return STATUSES.name(status)

    @property
    def followups(self) -> Tuple[camtg.Followup, ...]:
        """What became of it (:class:`camtg.Followup`), in date order, ties
        in file order; empty when nothing was found, and for datasets of
        schema version 1. ``to_dict()`` gives their ids."""
        # Imported here: _followups builds on this module.
        from ._followups import Followup
        return self._related_all(Followup, _capi.camtg_commitment_followup_count,
                                 _capi.camtg_commitment_followup)

    @property
    def quote(self) -> str:
        """The exact words of the source that carry the commitment."""
        return self._get(_capi.camtg_commitment_quote)

    @property
    def start(self) -> int:
        """Where the quote starts in ``source.text``, in code points."""
        return self._get(_capi.camtg_commitment_start)

    @property
    def end(self) -> int:
        """Where the quote ends in ``source.text`` (exclusive), in code points."""
        return self._get(_capi.camtg_commitment_end)

    @property
    def source(self) -> Source:
        """The source quoted."""
        return self._required(Source, _capi.camtg_commitment_source)

    def __str__(self) -> str:
        return self.summary

    def _label(self) -> str:
        return f"{self.id} {self.kind} {self.type}: {self.summary!r}"
