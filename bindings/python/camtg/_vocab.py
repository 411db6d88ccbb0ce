"""The closed vocabularies of the data format, read from the C library.

Nothing here lists a spelling: each vocabulary is whatever the library's
``_to_string`` helper answers for 0, 1, 2, ... until it answers NULL, and
parsing goes through the library's ``_from_string`` helper. A library that
grows a sector therefore grows the Python API with it.
"""

from __future__ import annotations

from typing import Callable, Iterable, Optional, Tuple, Union

from . import capi
from ._errors import VocabularyError, check

__all__ = ["Vocabulary", "ENTITY_TYPES", "KINDS", "TYPES", "SECTORS", "STATUSES"]


class Vocabulary:
    """One closed vocabulary: its spellings in enum order, and parsing."""

    __slots__ = ("label", "names", "_parse")

    label: str
    names: Tuple[str, ...]

    def __init__(
        self,
        label: str,
        to_string: Callable[[int], Optional[str]],
        from_string: Callable[[str], Tuple[int, int]],
    ) -> None:
        self.label = label
        names = []
        while (name := to_string(len(names))) is not None:
            names.append(name)
        self.names = tuple(names)
        self._parse = from_string

    def name(self, value: int) -> str:
        """The spelling of an enum value the library returned."""
        if value < 0:
            check(value, None)
        return self.names[value]

    def value(self, name: str) -> int:
        """The enum value of a spelling; VocabularyError (a ValueError) when unknown."""
        if not isinstance(name, str):
            raise TypeError(f"{self.label} must be a str, not {type(name).__name__}")
        rc, value = self._parse(name)
        if rc == capi.CAMTG_EVOCAB:
            raise VocabularyError(name, self.label, self.names)
        check(rc, None)
        return value

    def mask(self, names: Union[str, Iterable[str]]) -> int:
        """The bit mask (CAMTG_BIT) of one spelling or of several."""
        if isinstance(names, str):
            names = (names,)
        mask = 0
        for name in names:
            mask |= 1 << self.value(name)
        return mask

    def __repr__(self) -> str:
        return f"<camtg vocabulary {self.label}: {', '.join(self.names)}>"


ENTITY_TYPES = Vocabulary(
    "entity type", capi.camtg_entity_type_to_string, capi.camtg_entity_type_from_string)
KINDS = Vocabulary("kind", capi.camtg_kind_to_string, capi.camtg_kind_from_string)
TYPES = Vocabulary("type", capi.camtg_plover_to_string, capi.camtg_plover_from_string)
SECTORS = Vocabulary("sector", capi.camtg_sector_to_string, capi.camtg_sector_from_string)
STATUSES = Vocabulary(
    "status", capi.camtg_status_to_string, capi.camtg_status_from_string)
