# SPDX-License-Identifier: MIT
"""The sequence type every collection of records of a database comes in.

``db.sources``, ``db.meetings``, ``db.entities()``, ``db.commitments()`` and
``meeting.commitments`` return a :class:`Records`: the query ran once, in C,
when it was made, and the sequence holds only the positions of the matching
records; a record object is made when an element is read. It behaves as a
read-only list: ``len``, indexing, slicing, iteration, ``in``, truthiness,
and equality with a list or tuple of the same records.

Record attributes that hold other records (``commitment.actors``,
``group.members``) stay plain tuples: they are short and always read whole.
"""

from __future__ import annotations

import datetime
from typing import (TYPE_CHECKING, Any, Dict, Generic, Iterator, List, Sequence, Type,
                    TypeVar, Union, overload)

import camtg  # for annotations only (see _records.py)

from . import _capi

if TYPE_CHECKING:
    import pandas

    from ._records import Record

__all__ = ["Records"]

R = TypeVar("R", bound="Record")

#: Positions in file order: a range, or a memoryview of size_t values.
Positions = Union[range, memoryview]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as e:
        raise ImportError(
            "to_pandas() needs pandas, which is not installed: on Debian and Ubuntu "
            "`apt-get install python3-pandas`; in a virtual environment "
            "`pip install pandas`", name="pandas") from e
    return pandas


class Records(Sequence[R], Generic[R]):
    """A read-only sequence of records of one kind, in file order.

    Made by the database; holds the matching positions and makes each record
    on access. Besides the list behaviour it has :meth:`ids`,
    :meth:`to_dicts` and :meth:`to_pandas`.
    """

    __slots__ = ("_db", "_kind", "_positions")

    _db: camtg.Database
    _kind: Type[R]
    _positions: Positions

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError("camtg.Records objects come from a camtg.Database")

    @classmethod
    def _make(cls, db: camtg.Database, kind: Type[R], positions: Positions) -> Records[R]:
        self: Records[R] = object.__new__(cls)
        self._db = db
        self._kind = kind
        self._positions = positions
        return self

    def _record(self, position: int) -> R:
        kind, db = self._kind, self._db
        at = kind._at
        return db._read_db(lambda h: kind._make(db, at(h, position), position))

    def __len__(self) -> int:
        return len(self._positions)

    def __bool__(self) -> bool:
        return len(self._positions) > 0

    @overload
    def __getitem__(self, index: int) -> R: ...

    @overload
    def __getitem__(self, index: slice) -> Records[R]: ...

    def __getitem__(self, index: Union[int, slice]) -> Union[R, Records[R]]:
        if isinstance(index, slice):
            return Records._make(self._db, self._kind, self._positions[index])
        return self._record(self._positions[index])

    def __iter__(self) -> Iterator[R]:
        # A fresh generator each time: nested loops over one result are independent.
        for position in self._positions:
            yield self._record(position)

    def __contains__(self, item: object) -> bool:
        if type(item) is not self._kind:
            return False
        assert isinstance(item, self._kind)
        return item._db is self._db and item._index in self._positions

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Records):
            return (self._db is other._db and self._kind is other._kind
                    and list(self._positions) == list(other._positions))
        if isinstance(other, (list, tuple)):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None  # type: ignore[assignment]  # mutable-list semantics: equal to lists

    def __add__(self, other: Any) -> List[Any]:
        if isinstance(other, (Records, list, tuple)):
            return list(self) + list(other)
        return NotImplemented

    def __radd__(self, other: Any) -> List[Any]:
        if isinstance(other, (list, tuple)):
            return list(other) + list(self)
        return NotImplemented

    def __repr__(self) -> str:
        n = len(self)
        what = self._kind._plural if n != 1 else self._kind.__name__.lower()
        return f"<camtg.Records: {n} {what}>"

    def __copy__(self) -> Records[R]:
        return self

    def __deepcopy__(self, memo: Dict[int, Any]) -> Records[R]:
        return self

    def __reduce_ex__(self, protocol: Any) -> Any:
        raise TypeError("camtg.Records cannot be pickled: they are views into a loaded "
                        "database; pickle records.to_dicts() instead")

    def ids(self) -> List[str]:
        """The ids of the records, in order, as a list of str."""
        positions = self._positions
        if isinstance(positions, memoryview) and self._kind._plural == "commitments":
            # One C call builds the whole list.
            if not positions.c_contiguous:
                positions = memoryview(positions.tobytes()).cast("N")
            ids = self._db._read_db(lambda h: _capi.camtg_commitment_ids_at(h, positions))
            assert ids is not None  # the positions came from this database
            return ids
        return [r.id for r in self]

    def to_dicts(self) -> List[Dict[str, Any]]:
        """Every record's ``to_dict()``, in order."""
        return [r.to_dict() for r in self]

    def to_pandas(self) -> pandas.DataFrame:
        """A pandas DataFrame with one row per record and one column per key
        of the records' ``to_dict()``, in that order, even when there are no
        rows. Every column of entity ids gets their names beside it
        (``actors`` and ``actor_names``, ``host`` and ``host_name``).
        Date columns hold :class:`datetime.date` values; CAMEO codes stay
        strings.

        pandas is imported on the first call; without it this raises an
        ImportError saying how to install it.
        """
        pd = _pandas()
        kind = self._kind
        rows = self.to_dicts()
        names = {e.id: e.name for e in self._db.entities()} if kind._entity_keys else {}
        table: Dict[str, List[Any]] = {}
        for key in kind.FIELDS:
            values = [row[key] for row in rows]
            if key in kind._date_keys:
                values = [None if v is None else datetime.date.fromisoformat(v)
                          for v in values]
            table[key] = values
            if key in kind._entity_keys:
                if key in kind._list_keys:
                    # actors -> actor_names, members -> member_names
                    table[key[:-1] + "_names"] = [[names[v] for v in ids] for ids in values]
                else:
                    table[key + "_name"] = [None if v is None else names[v] for v in values]
        return pd.DataFrame(table, columns=list(table))
