"""The Database object and the functions that open one."""

from __future__ import annotations

import os
import weakref
from types import TracebackType
from typing import Any, Iterable, List, Optional, Tuple, Type, Union

from . import _records, capi
from ._errors import ClosedError, UnknownKeyError, UsageError, check
from ._records import Commitment, Entity, Meeting, Source
from ._vocab import ENTITY_TYPES, KINDS, SECTORS, TYPES, Vocabulary

__all__ = ["Database", "open", "loads"]

_builtin_type = type

#: What the filters of :meth:`Database.commitments` accept for an entity.
EntityKey = Union[Entity, str]
#: What they accept for a vocabulary: one spelling or several (any of them).
Terms = Union[str, Iterable[str]]


class Database:
    """A loaded, validated, read-only dataset of meetings and commitments.

    Obtain one with :func:`camtg.open` or :func:`camtg.loads`. The C database
    is freed by :meth:`close`, at the end of a ``with`` block, or when the
    object and every record taken from it are no longer referenced.

    A database and its records are safe to read from several threads, as long
    as no thread calls :meth:`close` while another is still using them.
    """

    __slots__ = ("_handle", "_finalizer", "_filename", "_origin", "__weakref__")

    _handle: Any
    _filename: Optional[str]
    _origin: str

    def __init__(self) -> None:
        raise TypeError("use camtg.open() or camtg.loads() to get a Database")

    @classmethod
    def _adopt(cls, handle: Any, filename: Optional[str], origin: str) -> Database:
        """Wraps a database handle the caller owns and hands over."""
        self = object.__new__(cls)
        self._handle = handle
        self._filename = filename
        self._origin = origin
        # finalize runs camtg_close exactly once: at close(), when the object
        # is collected, or at interpreter exit, whichever comes first.
        self._finalizer = weakref.finalize(self, capi.camtg_close, handle)
        return self

    # -- lifetime ---------------------------------------------------------

    def close(self) -> None:
        """Frees the C database. Records taken from it raise
        :class:`camtg.ClosedError` afterwards. Closing twice does nothing."""
        self._handle = None
        self._finalizer()

    @property
    def closed(self) -> bool:
        """True once :meth:`close` was called."""
        return self._handle is None

    def __enter__(self) -> Database:
        self._require_open()
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()

    def _require_open(self) -> Any:
        handle = self._handle
        if handle is None:
            raise ClosedError(
                "the database was closed; records taken from it can no longer be read")
        return handle

    @property
    def filename(self) -> Optional[str]:
        """The file the dataset was read from; None for :func:`camtg.loads`
        and the embedded default dataset."""
        return self._filename

    def __repr__(self) -> str:
        where = self._origin
        if self.closed:
            return f"<camtg.Database {where} closed>"
        h = self._handle
        return (f"<camtg.Database {where}: {capi.camtg_source_count(h)} sources, "
                f"{capi.camtg_entity_count(h)} entities, {capi.camtg_meeting_count(h)} meetings, "
                f"{capi.camtg_commitment_count(h)} commitments>")

    # -- records ----------------------------------------------------------

    @property
    def sources(self) -> Tuple[Source, ...]:
        """Every source, in file order."""
        h = self._require_open()
        return tuple(Source(self, capi.camtg_source_at(h, i))
                     for i in range(capi.camtg_source_count(h)))

    @property
    def source(self) -> Optional[Source]:
        """The first source (datasets usually code one article); None when there is none."""
        return Source._wrap(self, capi.camtg_source_at(self._require_open(), 0))

    @property
    def meetings(self) -> Tuple[Meeting, ...]:
        """Every meeting, in file order."""
        h = self._require_open()
        return tuple(Meeting(self, capi.camtg_meeting_at(h, i))
                     for i in range(capi.camtg_meeting_count(h)))

    def meeting(self, id: str) -> Meeting:
        """The meeting with exactly this id; :class:`camtg.UnknownKeyError`
        (a KeyError) when there is none."""
        if not isinstance(id, str):
            raise TypeError(f"a meeting id must be a str, not {type(id).__name__}")
        found = Meeting._wrap(self, capi.camtg_meeting_lookup(self._require_open(), id))
        if found is None:
            raise UnknownKeyError(f"no meeting has the id {id!r}", id)
        return found

    def entities(self, type: Optional[str] = None) -> List[Entity]:
        """Every entity in file order, or those of one entity type.

        ``type`` is one of :data:`camtg.ENTITY_TYPES`; another value raises
        :class:`camtg.VocabularyError` (a ValueError).
        """
        h = self._require_open()
        wanted = None if type is None else ENTITY_TYPES.value(type)
        found = []
        for i in range(capi.camtg_entity_count(h)):
            ptr = capi.camtg_entity_at(h, i)
            if wanted is None or capi.camtg_entity_type_of(ptr) == wanted:
                found.append(Entity(self, ptr))
        return found

    def entity(self, key: str) -> Entity:
        """The entity with this id, name or alias, ignoring case.

        An exact id wins over an id in other case, then a name, then an alias.
        Raises :class:`camtg.UnknownKeyError` (a KeyError) when nothing matches.
        """
        if not isinstance(key, str):
            raise TypeError(f"an entity key must be a str, not {type(key).__name__}")
        found = Entity._wrap(self, capi.camtg_entity_lookup(self._require_open(), key))
        if found is None:
            raise UnknownKeyError(f"no entity has the id, name or alias {key!r}", key)
        return found

    def commitment(self, id: str) -> Commitment:
        """The commitment with exactly this id; :class:`camtg.UnknownKeyError`
        (a KeyError) when there is none."""
        if not isinstance(id, str):
            raise TypeError(f"a commitment id must be a str, not {type(id).__name__}")
        found = Commitment._wrap(self, capi.camtg_commitment_lookup(self._require_open(), id))
        if found is None:
            raise UnknownKeyError(f"no commitment has the id {id!r}", id)
        return found

    def commitments(
        self,
        involving: Optional[EntityKey] = None,
        actor: Optional[EntityKey] = None,
        target: Optional[EntityKey] = None,
        sector: Optional[Terms] = None,
        type: Optional[Terms] = None,
        kind: Optional[Terms] = None,
        meeting: Union[Meeting, str, None] = None,
    ) -> List[Commitment]:
        """The commitments that satisfy every filter given, in file order.

        - ``involving``, ``actor``, ``target``: an :class:`Entity` or a key
          (id, name or alias). ``involving=X`` matches when X, or a group X
          belongs to, is among the actors or the targets; ``actor`` and
          ``target`` look at one side only. An unknown key raises
          :class:`camtg.UnknownKeyError` (a KeyError).
        - ``sector``, ``type``, ``kind``: a spelling from :data:`camtg.SECTORS`,
          :data:`camtg.TYPES` or :data:`camtg.KINDS`, or a collection of them
          (any one matches). An unknown spelling raises
          :class:`camtg.VocabularyError` (a ValueError).
        - ``meeting``: a :class:`Meeting` or a meeting id.
        """
        h = self._require_open()
        query = capi.camtg_filter()
        check(capi.camtg_filter_init(query, capi.CAMTG_FILTER_VERSION), None)
        if involving is not None:
            query.involving = self._entity_pointer(involving, "involving")
        if actor is not None:
            query.actor = self._entity_pointer(actor, "actor")
        if target is not None:
            query.target = self._entity_pointer(target, "target")
        if meeting is not None:
            query.meeting = self._meeting_pointer(meeting)
        for field, vocabulary, terms in (("sectors", SECTORS, sector),
                                         ("types", TYPES, type),
                                         ("kinds", KINDS, kind)):
            if terms is not None:
                mask = _mask(vocabulary, terms)
                if mask == 0:
                    return []  # an empty collection allows nothing
                setattr(query, field, mask)

        found = []
        cursor = 0
        while True:
            rc, cursor, ptr = capi.camtg_query_next(h, query, cursor)
            if rc == capi.CAMTG_ITEROVER:
                return found
            check(rc, None)
            found.append(Commitment(self, ptr))

    def _entity_pointer(self, key: EntityKey, label: str) -> Any:
        if isinstance(key, Entity):
            if key._db is not self:
                raise UsageError(f"{label}: the entity {key!r} belongs to another database")
            return key._live()
        if isinstance(key, str):
            return self.entity(key)._ptr
        raise TypeError(f"{label} must be an Entity or a str, not {_builtin_type(key).__name__}")

    def _meeting_pointer(self, meeting: Union[Meeting, str]) -> Any:
        if isinstance(meeting, Meeting):
            if meeting._db is not self:
                raise UsageError(f"meeting: the meeting {meeting!r} belongs to another database")
            return meeting._live()
        if isinstance(meeting, str):
            return self.meeting(meeting)._ptr
        raise TypeError(
            f"meeting must be a Meeting or a str, not {_builtin_type(meeting).__name__}")

    # -- checks -----------------------------------------------------------

    def verify(self) -> None:
        """Re-checks every quote against its source text.

        Loading already checks this; the call lets a long-running program
        prove that nothing was corrupted. Raises :class:`camtg.Error` naming
        the first commitment at fault.
        """
        rc, record = capi.camtg_db_verify(self._require_open())
        check(rc, record, filename=self._filename)


# The records annotate their `database` with this class; make the name
# resolvable at run time too (typing.get_type_hints) without an import cycle.
_records.Database = Database  # type: ignore[attr-defined]


def _mask(vocabulary: Vocabulary, terms: Terms) -> int:
    if not isinstance(terms, str):
        try:
            terms = list(terms)
        except TypeError:
            raise TypeError(f"{vocabulary.label} must be a str or a collection of str, "
                            f"not {_builtin_type(terms).__name__}") from None
    return vocabulary.mask(terms)


def open(path: Union[str, bytes, os.PathLike[str], os.PathLike[bytes], None] = None) -> Database:
    """Opens a dataset file, or the dataset embedded in the library when
    ``path`` is None (the Xi'an talks of 26 April 2023).

    Raises :class:`camtg.Error` for a file that is not a valid dataset (with
    the line and column of a syntax error, or the JSON path of the value at
    fault) and an ``OSError`` (``FileNotFoundError``, ``PermissionError``,
    ``IsADirectoryError``, ...; also a :class:`camtg.FileError`) naming the
    file when it cannot be read.
    """
    if path is None:
        rc, handle, record = capi.camtg_open_default()
        check(rc, record)
        return Database._adopt(handle, None, "(embedded dataset)")
    encoded = os.fsencode(path)
    if b"\0" in encoded:
        raise ValueError("a file name cannot contain NUL")
    filename = os.fsdecode(encoded)
    rc, handle, record = capi.camtg_open_file(encoded)
    check(rc, record, filename=filename)
    return Database._adopt(handle, filename, repr(filename))


def loads(text: Union[str, bytes, bytearray, memoryview]) -> Database:
    """Loads a dataset from a JSON document held in a str (or in UTF-8 bytes).

    Raises :class:`camtg.Error` when the document is not a valid dataset.
    """
    if isinstance(text, str):
        data = text.encode("utf-8", "surrogatepass")
    elif isinstance(text, (bytes, bytearray, memoryview)):
        data = bytes(text)
    else:
        raise TypeError(f"loads() takes a str or bytes, not {_builtin_type(text).__name__}")
    rc, handle, record = capi.camtg_open_buffer(data)
    check(rc, record)
    return Database._adopt(handle, None, "(loaded from a string)")
