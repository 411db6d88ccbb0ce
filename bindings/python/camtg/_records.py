"""Python objects for the records of a database: Source, Entity, Meeting, Commitment.

A record object is a small view: the database that owns the C record, the
borrowed C pointer and the record's position in file order. It reads every
attribute from the library when asked, after checking that the database is
still open, so a record never reads freed memory:

- it holds a strong reference to its :class:`camtg.Database`, so the C data
  lives at least as long as any record taken from it (``del db`` is safe);
- after an explicit :meth:`camtg.Database.close`, reading an attribute raises
  :class:`camtg.ClosedError` instead.

Two record objects are equal when they are the same record of the same
database object, and hash accordingly; equality and hashing keep working
after the database is closed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, List, Optional, Tuple, TypeVar

from . import capi
from ._errors import check
from ._vocab import ENTITY_TYPES, KINDS, SECTORS, STATUSES, TYPES

if TYPE_CHECKING:
    from ._database import Database

__all__ = ["Record", "Source", "Entity", "Meeting", "Commitment"]

R = TypeVar("R", bound="Record")


class Record:
    """Base of the record classes: identity, equality, hashing, liveness."""

    __slots__ = ("_db", "_ptr", "_index")

    #: Reads the position in file order from a C record.
    _index_of: Callable[[Any], int]

    def __init__(self, db: Database, ptr: Any) -> None:
        # Only the Database and other records create records: they pass a
        # pointer they just obtained from the open database.
        self._db = db
        self._ptr = ptr
        self._index: int = type(self)._index_of(ptr)

    @classmethod
    def _wrap(cls: type[R], db: Database, ptr: Any) -> Optional[R]:
        return None if ptr is None else cls(db, ptr)

    def _live(self) -> Any:
        """The C pointer, after checking that its database is still open."""
        self._db._require_open()
        return self._ptr

    @property
    def database(self) -> Database:
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


def _strings(ptr: Any, count: Callable[[Any], int],
             at: Callable[[Any, int], str]) -> Tuple[str, ...]:
    return tuple(at(ptr, i) for i in range(count(ptr)))


class Source(Record):
    """A document that commitments quote: the article and its metadata."""

    __slots__ = ()
    _index_of = staticmethod(capi.camtg_source_index)

    @property
    def id(self) -> str:
        """The source's id."""
        return capi.camtg_source_id(self._live())

    @property
    def title(self) -> str:
        """The document's title."""
        return capi.camtg_source_title(self._live())

    @property
    def publisher(self) -> str:
        """Who published the document, e.g. a news agency."""
        return capi.camtg_source_publisher(self._live())

    @property
    def published(self) -> str:
        """The publication date as ``YYYY-MM-DD``."""
        return capi.camtg_source_published(self._live())

    @property
    def dateline(self) -> str:
        """The dateline as printed, e.g. ``XI'AN, April 26``."""
        return capi.camtg_source_dateline(self._live())

    @property
    def language(self) -> str:
        """The language tag of the text, e.g. ``en``."""
        return capi.camtg_source_language(self._live())

    @property
    def url(self) -> Optional[str]:
        """Where the document was published, or None when the dataset gives none."""
        return capi.camtg_source_url(self._live())

    @property
    def text(self) -> str:
        """The full text; commitment offsets index into it (in code points)."""
        return capi.camtg_source_text(self._live())

    def _label(self) -> str:
        return f"{self.id} {self.title!r}"


class Entity(Record):
    """A country, person, organization, place, initiative, project, event,
    group or topic.

    Attributes that apply to one entity type only read as None (a single
    value) or as an empty tuple (a list) for the other types.
    """

    __slots__ = ()
    _index_of = staticmethod(capi.camtg_entity_index)

    @property
    def id(self) -> str:
        """The entity's id, e.g. ``KAZ`` (countries use ISO 3166-1 alpha-3)."""
        return capi.camtg_entity_id(self._live())

    @property
    def type(self) -> str:
        """The entity type: one of :data:`camtg.ENTITY_TYPES`, e.g. ``country``."""
        return ENTITY_TYPES.name(capi.camtg_entity_type_of(self._live()))

    @property
    def name(self) -> str:
        """The display name, e.g. ``Kazakhstan``."""
        return capi.camtg_entity_name(self._live())

    @property
    def aliases(self) -> Tuple[str, ...]:
        """Other names a reader would type (acronyms, other orders, spellings)."""
        return _strings(self._live(), capi.camtg_entity_alias_count, capi.camtg_entity_alias)

    @property
    def wikidata(self) -> Optional[str]:
        """The Wikidata item id, e.g. ``Q232``; None when not given."""
        return capi.camtg_entity_wikidata(self._live())

    @property
    def description(self) -> Optional[str]:
        """A one-line description; None when not given."""
        return capi.camtg_entity_description(self._live())

    @property
    def country(self) -> Optional[Entity]:
        """For a person: the country they serve. None otherwise."""
        return Entity._wrap(self._db, capi.camtg_entity_country(self._live()))

    @property
    def positions(self) -> Tuple[str, ...]:
        """For a person: office titles as the source gives them."""
        return _strings(self._live(), capi.camtg_entity_position_count, capi.camtg_entity_position)

    @property
    def within(self) -> Optional[Entity]:
        """For a place: the place or country it lies in; None when not given."""
        return Entity._wrap(self._db, capi.camtg_entity_within(self._live()))

    @property
    def members(self) -> Tuple[Entity, ...]:
        """For a group: its direct members in file order."""
        ptr = self._live()
        return tuple(Entity(self._db, capi.camtg_entity_member(ptr, i))
                     for i in range(capi.camtg_entity_member_count(ptr)))

    @property
    def groups(self) -> Tuple[Entity, ...]:
        """The groups that list this entity directly among their members."""
        ptr = self._live()
        return tuple(Entity(self._db, capi.camtg_entity_group(ptr, i))
                     for i in range(capi.camtg_entity_group_count(ptr)))

    @property
    def date(self) -> Optional[str]:
        """For an event: its date as ``YYYY-MM-DD``; None when not given."""
        return capi.camtg_entity_date(self._live())

    @property
    def place(self) -> Optional[Entity]:
        """For an event: where it takes place; None when not given."""
        return Entity._wrap(self._db, capi.camtg_entity_place(self._live()))

    def in_group(self, group: Entity) -> bool:
        """Whether this entity is ``group`` or belongs to it, directly or
        through nested groups."""
        if not isinstance(group, Entity):
            raise TypeError(f"group must be an Entity, not {type(group).__name__}")
        if group._db is not self._db:
            return False
        rc = capi.camtg_entity_in_group(self._live(), group._live())
        if rc < 0:
            check(rc, None)
        return rc == 1

    def _label(self) -> str:
        return f"{self.type} {self.id} {self.name!r}"


class Meeting(Record):
    """A meeting: who met, where, when, and the source that reports it."""

    __slots__ = ()
    _index_of = staticmethod(capi.camtg_meeting_index)

    @property
    def id(self) -> str:
        """The meeting's id."""
        return capi.camtg_meeting_id(self._live())

    @property
    def title(self) -> str:
        """A title for the meeting."""
        return capi.camtg_meeting_title(self._live())

    @property
    def date(self) -> str:
        """The date as ``YYYY-MM-DD``."""
        return capi.camtg_meeting_date(self._live())

    @property
    def place(self) -> Entity:
        """Where the meeting took place."""
        place = Entity._wrap(self._db, capi.camtg_meeting_place(self._live()))
        assert place is not None  # required by the data format
        return place

    @property
    def host(self) -> Entity:
        """Who hosted the meeting."""
        host = Entity._wrap(self._db, capi.camtg_meeting_host(self._live()))
        assert host is not None  # required by the data format
        return host

    @property
    def participants(self) -> Tuple[Entity, ...]:
        """Who took part, in file order (the host only when listed)."""
        ptr = self._live()
        return tuple(Entity(self._db, capi.camtg_meeting_participant(ptr, i))
                     for i in range(capi.camtg_meeting_participant_count(ptr)))

    @property
    def format(self) -> str:
        """The format in the source's words, e.g. ``separate talks``."""
        return capi.camtg_meeting_format(self._live())

    @property
    def source(self) -> Source:
        """The source that reports the meeting."""
        source = Source._wrap(self._db, capi.camtg_meeting_source(self._live()))
        assert source is not None  # required by the data format
        return source

    @property
    def context(self) -> Optional[Entity]:
        """The event the meeting was held for; None when not given."""
        return Entity._wrap(self._db, capi.camtg_meeting_context(self._live()))

    @property
    def commitments(self) -> List[Commitment]:
        """The commitments made at this meeting, in file order."""
        return self._db.commitments(meeting=self)

    def _label(self) -> str:
        return f"{self.id} {self.date} {self.title!r}"


class Commitment(Record):
    """A pledge, position or assessment made at a meeting, with the exact
    words of the source that carry it.

    ``source.text[start:end] == quote`` always holds: ``start`` and ``end``
    count code points, like Python string indices.
    """

    __slots__ = ()
    _index_of = staticmethod(capi.camtg_commitment_index)

    @property
    def id(self) -> str:
        """The commitment's id."""
        return capi.camtg_commitment_id(self._live())

    @property
    def meeting(self) -> Meeting:
        """The meeting where the commitment was made."""
        meeting = Meeting._wrap(self._db, capi.camtg_commitment_meeting(self._live()))
        assert meeting is not None  # required by the data format
        return meeting

    @property
    def kind(self) -> str:
        """``pledge``, ``position`` or ``assessment`` (see :data:`camtg.KINDS`)."""
        return KINDS.name(capi.camtg_commitment_kind(self._live()))

    @property
    def type(self) -> str:
        """The PLOVER event type, e.g. ``SUPPORT`` (see :data:`camtg.TYPES`)."""
        return TYPES.name(capi.camtg_commitment_type(self._live()))

    @property
    def cameo(self) -> Optional[str]:
        """The CAMEO event code as a string, e.g. ``"057"``; None when not given."""
        return capi.camtg_commitment_cameo(self._live())

    @property
    def verb(self) -> str:
        """The verb in the source's words, e.g. ``support``."""
        return capi.camtg_commitment_verb(self._live())

    @property
    def summary(self) -> str:
        """A one-line summary written by the coder."""
        return capi.camtg_commitment_summary(self._live())

    @property
    def actors(self) -> Tuple[Entity, ...]:
        """Who commits or states, in file order."""
        ptr = self._live()
        return tuple(Entity(self._db, capi.camtg_commitment_actor(ptr, i))
                     for i in range(capi.camtg_commitment_actor_count(ptr)))

    @property
    def targets(self) -> Tuple[Entity, ...]:
        """Whom the commitment is towards or with (may be empty)."""
        ptr = self._live()
        return tuple(Entity(self._db, capi.camtg_commitment_target(ptr, i))
                     for i in range(capi.camtg_commitment_target_count(ptr)))

    @property
    def objects(self) -> Tuple[Entity, ...]:
        """Other entities acted on: a project, a city, an initiative."""
        ptr = self._live()
        return tuple(Entity(self._db, capi.camtg_commitment_object(ptr, i))
                     for i in range(capi.camtg_commitment_object_count(ptr)))

    @property
    def sectors(self) -> Tuple[str, ...]:
        """The policy areas, in file order (see :data:`camtg.SECTORS`)."""
        ptr = self._live()
        return tuple(SECTORS.name(capi.camtg_commitment_sector(ptr, i))
                     for i in range(capi.camtg_commitment_sector_count(ptr)))

    @property
    def status(self) -> str:
        """How far it has come: ``pledged``, ... (see :data:`camtg.STATUSES`)."""
        return STATUSES.name(capi.camtg_commitment_status(self._live()))

    @property
    def quote(self) -> str:
        """The exact words of the source that carry the commitment."""
        return capi.camtg_commitment_quote(self._live())

    @property
    def start(self) -> int:
        """Where the quote starts in ``source.text``, in code points."""
        return capi.camtg_commitment_start(self._live())

    @property
    def end(self) -> int:
        """Where the quote ends in ``source.text`` (exclusive), in code points."""
        return capi.camtg_commitment_end(self._live())

    @property
    def source(self) -> Source:
        """The source quoted."""
        source = Source._wrap(self._db, capi.camtg_commitment_source(self._live()))
        assert source is not None  # required by the data format
        return source

    def _label(self) -> str:
        return f"{self.id} {self.kind} {self.type}: {self.summary!r}"
