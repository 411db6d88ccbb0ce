# SPDX-License-Identifier: MIT
"""The Database object and the functions that open one."""

from __future__ import annotations

import datetime
import os
from types import TracebackType
from typing import Any, Callable, Iterable, NoReturn, Optional, Tuple, Type, TypeVar, Union

from . import _capi
from ._compliance import ComplianceRow, compute
from ._dates import DateLike
from ._errors import ClosedError, UnknownKeyError, UsageError, check
from ._followups import Followup
from ._records import Commitment, Entity, Meeting, Record, Source, _date
from ._results import Records
from ._vocab import ENTITY_TYPES, KINDS, SECTORS, TYPES, Vocabulary

__all__ = ["Database", "open", "loads"]

_builtin_type = type
T = TypeVar("T")

#: What the filters of :meth:`Database.commitments` accept for an entity.
EntityKey = Union[Entity, str]
#: What they accept for a vocabulary: one spelling or several (any of them).
Terms = Union[str, Iterable[str]]


class Database:
    """A loaded, validated, read-only dataset of meetings and commitments.

    Obtain one with :func:`camtg.open` or :func:`camtg.loads`. The C database
    is freed by :meth:`close`, at the end of a ``with`` block, or when the
    object and every record taken from it are no longer referenced.

    A database and its records are safe to read from several threads. A
    :meth:`close` from one thread while others read is safe too: reads
    already under way finish first, later ones raise
    :class:`camtg.ClosedError`.

    Copying returns the same object (it is immutable); pickling raises a
    TypeError: pickle the records' ``to_dict()`` instead.
    """

    __slots__ = ("_handle", "_filename", "_origin", "__weakref__")

    _handle: Any
    _filename: Optional[str]
    _origin: str

    def __init__(self) -> None:
        raise TypeError("use camtg.open() or camtg.loads() to get a Database")

    @classmethod
    def _adopt(cls, handle: Any, filename: Optional[str], origin: str) -> Database:
        """Wraps a database handle the caller hands over.

        The handle is the owning SWIG proxy made by the raw module: it has
        owned the C database since the C call returned, so an exception
        before this point frees it, and so does dropping this object.
        """
        self = object.__new__(cls)
        self._handle = handle
        self._filename = filename
        self._origin = origin
        return self

    # -- lifetime ---------------------------------------------------------

    def close(self) -> None:
        """Frees the C database. Records taken from it raise
        :class:`camtg.ClosedError` afterwards; reads already under way in
        other threads finish first. Closing twice does nothing."""
        # The handle is an owning proxy: the C database is freed when its
        # last reference goes. Every read holds one in a local variable from
        # the closed-check to the end of its C call (see _read), so this
        # frees it now when nothing reads, or else when the last read under
        # way returns. CPython's reference count is the reader count, and
        # costs readers nothing.
        self._handle = None

    def _read_db(self, read: Callable[[Any], T]) -> T:
        """``read(handle)``; the handle cannot be freed before it returns."""
        handle = self._handle
        if handle is None:
            _closed()
        return read(handle)

    def _read(self, read: Callable[[Any], T], ptr: Any) -> T:
        """``read(ptr)`` for a record pointer of this database, likewise."""
        handle = self._handle  # held until read() returns; see close()
        if handle is None:
            _closed()
        return read(ptr)

    @property
    def closed(self) -> bool:
        """True once :meth:`close` was called."""
        return self._handle is None

    def __enter__(self) -> Database:
        if self.closed:
            _closed()
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()

    def __copy__(self) -> Database:
        return self

    def __deepcopy__(self, memo: dict) -> Database:
        return self

    def __reduce_ex__(self, protocol: Any) -> NoReturn:
        raise TypeError("a camtg.Database cannot be pickled; open the file again in the "
                        "other process, or pickle the records' to_dict() / to_dicts()")

    @property
    def filename(self) -> Optional[str]:
        """The file the dataset was read from; None for :func:`camtg.loads`
        and the embedded default dataset."""
        return self._filename

    def __repr__(self) -> str:
        where = self._origin
        try:
            counts = self._read_db(lambda h: (
                _capi.camtg_source_count(h), _capi.camtg_entity_count(h),
                _capi.camtg_meeting_count(h), _capi.camtg_commitment_count(h),
                _capi.camtg_followup_count(h)))
        except ClosedError:
            return f"<camtg.Database {where} closed>"
        # Follow-ups only where the schema has them (version 1 has none).
        parts = ", ".join(_count(n, kind) for n, kind in zip(counts, _KINDS)
                          if n > 0 or kind[0] != "follow-up")
        return f"<camtg.Database {where}: {parts}>"

    # -- records ----------------------------------------------------------
    #
    # One convention: collections of records are Records sequences (the query
    # runs once; records are made on access). Fixed collections are
    # properties (sources, meetings), collections chosen by arguments are
    # methods (entities(), commitments()), single records by key are methods
    # named in the singular that raise KeyError (entity(), meeting(), ...).
    # followups() is the one fixed collection that is a method: the API
    # promised it so, and filters (by status, by party) may join it.

    def _all(self, kind: Type[Record], count: Callable[[Any], int]) -> Records[Any]:
        return Records._make(self, kind, range(self._read_db(count)))

    @property
    def sources(self) -> Records[Source]:
        """Every source, in file order."""
        return self._all(Source, _capi.camtg_source_count)

    @property
    def source(self) -> Optional[Source]:
        """The first source (datasets usually code one article); None when there is none."""
        return self._read_db(lambda h: Source._wrap(self, _capi.camtg_source_at(h, 0)))

    @property
    def meetings(self) -> Records[Meeting]:
        """Every meeting, in file order."""
        return self._all(Meeting, _capi.camtg_meeting_count)

    def meeting(self, id: str) -> Meeting:
        """The meeting with exactly this id; :class:`camtg.UnknownKeyError`
        (a KeyError) when there is none."""
        return self._lookup(Meeting, _capi.camtg_meeting_lookup, id, "a meeting id",
                            "no meeting has the id")

    def entities(self, type: Optional[str] = None) -> Records[Entity]:
        """Every entity in file order, or those of one entity type.

        ``type`` is one of :data:`camtg.ENTITY_TYPES`, in any case; another
        value raises :class:`camtg.VocabularyError` (a ValueError).
        """
        if type is None:
            return self._all(Entity, _capi.camtg_entity_count)
        wanted = ENTITY_TYPES.value(type)

        def select(h: Any) -> list:
            type_of, at = _capi.camtg_entity_type_of, _capi.camtg_entity_at
            return [i for i in range(_capi.camtg_entity_count(h)) if type_of(at(h, i)) == wanted]
        return Records._make(self, Entity, self._read_db(select))

    def entity(self, key: str) -> Entity:
        """The entity with this id, name or alias, ignoring case.

        An exact id wins over an id in other case, then a name, then an alias.
        Raises :class:`camtg.UnknownKeyError` (a KeyError) when nothing
        matches (a key holding NUL or a lone surrogate never matches) and
        TypeError when ``key`` is not a str.
        """
        return self._lookup(Entity, _capi.camtg_entity_lookup, key, "an entity key",
                            "no entity has the id, name or alias")

    def commitment(self, id: str) -> Commitment:
        """The commitment with exactly this id; :class:`camtg.UnknownKeyError`
        (a KeyError) when there is none."""
        return self._lookup(Commitment, _capi.camtg_commitment_lookup, id, "a commitment id",
                            "no commitment has the id")

    def _lookup(self, kind: Type[R], lookup: Callable[[Any, str], Any], key: str,
                what: str, missing: str) -> R:
        if not isinstance(key, str):
            raise TypeError(f"{what} must be a str, not {_builtin_type(key).__name__}")
        # Dataset keys are valid UTF-8 without NUL: a key that is not can
        # match nothing (and must not reach C, which would stop at the NUL).
        found = None
        if _valid_key(key):
            found = self._read_db(lambda h: kind._wrap(self, lookup(h, key)))
        if found is None:
            raise UnknownKeyError(f"{missing} {key!r}", key)
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
    ) -> Records[Commitment]:
        """The commitments that satisfy every filter given, in file order.

        - ``involving``, ``actor``, ``target``: an :class:`Entity` or a key
          (id, name or alias). ``involving=X`` matches when X, or a group X
          belongs to, is among the actors or the targets; ``actor`` and
          ``target`` look at one side only. An unknown key raises
          :class:`camtg.UnknownKeyError` (a KeyError).
        - ``sector``, ``type``, ``kind``: a spelling from :data:`camtg.SECTORS`,
          :data:`camtg.TYPES` or :data:`camtg.KINDS` in any case (``"Health"``,
          ``"agree"``), or a collection of them (any one matches). An unknown
          spelling raises :class:`camtg.VocabularyError` (a ValueError).
        - ``meeting``: a :class:`Meeting` or a meeting id.

        The query runs once, in C; the result is a :class:`camtg.Records`
        sequence that makes each record when it is read.
        """
        query = _capi.camtg_filter()
        check(_capi.camtg_filter_init(query, _capi.CAMTG_FILTER_VERSION), None)
        if involving is not None:
            query.involving = self._pointer(involving, Entity, self.entity, "involving")
        if actor is not None:
            query.actor = self._pointer(actor, Entity, self.entity, "actor")
        if target is not None:
            query.target = self._pointer(target, Entity, self.entity, "target")
        if meeting is not None:
            query.meeting = self._pointer(meeting, Meeting, self.meeting, "meeting")
        for field, vocabulary, terms in (("sectors", SECTORS, sector),
                                         ("types", TYPES, type),
                                         ("kinds", KINDS, kind)):
            if terms is not None:
                mask = _mask(vocabulary, terms)
                if mask == 0:
                    # An empty collection allows nothing.
                    return Records._make(self, Commitment, range(0))
                setattr(query, field, mask)
        rc, positions = self._read_db(lambda h: _capi.camtg_query_positions(h, query))
        check(rc, None)
        return Records._make(self, Commitment, memoryview(positions).cast("N"))

    def _pointer(self, given: Union[Record, str], kind: Type[Record],
                 find: Callable[[str], Record], label: str) -> Any:
        """The C pointer a filter takes for ``label``: of ``given`` when it is a
        record of ``kind`` from this database, else of the record ``find``
        looks its key up as."""
        name = kind.__name__
        if isinstance(given, kind):
            if given._db is not self:
                raise UsageError(f"{label}: the {name.lower()} {given!r} belongs to "
                                 "another database")
            return given._ptr
        if isinstance(given, str):
            return find(given)._ptr
        article = "an" if name[0] in "AEIOU" else "a"
        raise TypeError(f"{label} must be {article} {name} or a str, "
                        f"not {_builtin_type(given).__name__}")

    # -- follow-ups and compliance (schema version 2) ------------------------

    @property
    def schema_version(self) -> int:
        """The schema version of the dataset (1 or 2); follow-ups exist from 2 on."""
        return self._read_db(_capi.camtg_db_schema_version)

    @property
    def followups_researched(self) -> Optional[datetime.date]:
        """The day up to which follow-ups were looked for; None when the
        dataset does not say (and always for schema version 1). A pledge
        without follow-ups is only known to be ``pledged`` up to this day."""
        return _date(self._read_db(_capi.camtg_followups_researched))

    def followups(self) -> Records[Followup]:
        """Every follow-up (:class:`camtg.Followup`), in file order; empty
        for schema version 1. ``commitment.followups`` gives one
        commitment's, in date order; ``followups().to_pandas()`` is one row
        per follow-up, with the commitment's id in the ``commitment``
        column."""
        return self._all(Followup, _capi.camtg_followup_count)

    def followup(self, id: str) -> Followup:
        """The follow-up with exactly this id; :class:`camtg.UnknownKeyError`
        (a KeyError) when there is none."""
        return self._lookup(Followup, _capi.camtg_followup_lookup, id, "a follow-up id",
                            "no follow-up has the id")

    def compliance(self, on: Optional[DateLike] = None) -> Tuple[ComplianceRow, ...]:
        """How far each party had kept its pledges on a day, one
        :class:`camtg.ComplianceRow` per party, in the file order of the
        entities (the method and its limits: docs/compliance.md).

        A party is every non-group entity that is an actor of a pledge made
        by ``on``, directly or through a group; groups get no row. ``on`` is
        a :class:`datetime.date` or a ``YYYY-MM-DD`` str; None means the
        research date (:attr:`followups_researched`), or every follow-up
        counted when the dataset states none. Raises TypeError or
        ValueError for a value that is not a day.
        """
        return compute(self, on)

    # -- checks -----------------------------------------------------------

    def verify(self) -> None:
        """Re-checks every quote against its source text.

        Loading already checks this; the call lets a long-running program
        prove that nothing was corrupted. Raises :class:`camtg.Error` naming
        the first commitment at fault (:class:`camtg.SnapshotError` for a
        database opened from a snapshot whose records fail their checks).
        """
        rc, record = self._read_db(_capi.camtg_db_verify)
        check(rc, record, filename=self._filename)


R = TypeVar("R", bound=Record)
_KINDS = (("source", "sources"), ("entity", "entities"), ("meeting", "meetings"),
          ("commitment", "commitments"), ("follow-up", "follow-ups"))


def _count(n: int, kind: tuple) -> str:
    return f"{n} {kind[0] if n == 1 else kind[1]}"


def _closed() -> NoReturn:
    raise ClosedError("the database was closed; records taken from it can no longer be read")


def _valid_key(key: str) -> bool:
    if "\0" in key:
        return False
    try:
        key.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return False
    return True


def _mask(vocabulary: Vocabulary, terms: Terms) -> int:
    if isinstance(terms, (bytes, bytearray, memoryview)):
        raise TypeError(f"{vocabulary.label} must be a str or a collection of str, "
                        f"not {_builtin_type(terms).__name__}")
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

    The file may be JSON or a compiled snapshot (``camtg compile``), told
    apart by its first bytes.

    Raises :class:`camtg.Error` for a file that is not a valid dataset (with
    the line and column of a syntax error, or the JSON path of the value at
    fault), :class:`camtg.SnapshotError` (a ValueError) for a snapshot that
    is truncated, corrupt or of another format version, and an ``OSError``
    (``FileNotFoundError``, ``PermissionError``, ``IsADirectoryError``, ...;
    also a :class:`camtg.FileError`) naming the file when it cannot be read.

    The load runs without the GIL: other threads keep running, and a
    KeyboardInterrupt (Ctrl-C) is raised as soon as the load returns, with
    nothing leaked.
    """
    if path is None:
        rc, handle, record = _capi.camtg_open_default()
        check(rc, record, origin="(embedded dataset)")
        return Database._adopt(handle, None, "(embedded dataset)")
    encoded = os.fsencode(path)
    if b"\0" in encoded:
        raise ValueError("a file name cannot contain NUL")
    filename = os.fsdecode(encoded)
    rc, handle, record = _capi.camtg_open_file(encoded)
    check(rc, record, filename=filename)
    return Database._adopt(handle, filename, repr(filename))


def loads(text: Union[str, bytes, bytearray, memoryview]) -> Database:
    """Loads a dataset from a JSON document held in a str (or in UTF-8 bytes).

    Raises :class:`camtg.Error` when the document is not a valid dataset.
    Bytes that hold a compiled snapshot are opened as one, and raise
    :class:`camtg.SnapshotError` when damaged. Like :func:`open`, it runs
    without the GIL.
    """
    if isinstance(text, str):
        data = text.encode("utf-8", "surrogatepass")
    elif isinstance(text, (bytes, bytearray, memoryview)):
        data = bytes(text)
    else:
        raise TypeError(f"loads() takes a str or bytes, not {_builtin_type(text).__name__}")
    rc, handle, record = _capi.camtg_open_buffer(data)
    check(rc, record, origin="<string>")
    return Database._adopt(handle, None, "(loaded from a string)")
