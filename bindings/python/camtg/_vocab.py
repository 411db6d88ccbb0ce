# SPDX-License-Identifier: MIT
"""The closed vocabularies of the data format, read from the C library.

Nothing here lists a spelling: each vocabulary is whatever the library's
``_to_string`` helper answers for 0, 1, 2, ... until it answers NULL. A
library that grows a sector therefore grows the Python API with it.

Parsing follows the rule of the ``camtg`` command line, so that a value is
accepted in Python exactly when ``camtg commitments --sector ...`` accepts
it: a spelling matches when it equals a vocabulary word with ASCII letters
compared regardless of case (``Health``, ``agree``, ``Pledge``). Nothing else
is folded: no other letters, no spaces, no prefixes. tests/vocab_cases.json
holds the cases both test suites check.
"""

from __future__ import annotations

from typing import Callable, Dict, Iterable, Optional, Tuple, Union

from . import _capi
from ._errors import VocabularyError, check

__all__ = ["Vocabulary", "ENTITY_TYPES", "KINDS", "TYPES", "SECTORS", "STATUSES",
           "DATE_PRECISIONS"]


class Vocabulary:
    """One closed vocabulary: its spellings in enum order, and parsing."""

    __slots__ = ("label", "names", "_values")

    label: str
    names: Tuple[str, ...]
    _values: Dict[str, int]

    def __init__(self, label: str, to_string: Callable[[int], Optional[str]]) -> None:
        self.label = label
        names = []
        while (name := to_string(len(names))) is not None:
            names.append(name)
        self.names = tuple(names)
        self._values = {_ascii_lower(name): value for value, name in enumerate(names)}

    def name(self, value: int) -> str:
        """The spelling of an enum value the library returned."""
        if value < 0:
            check(value, None)
        return self.names[value]

    def value(self, name: str) -> int:
        """The enum value of a spelling; VocabularyError (a ValueError) when unknown."""
        if not isinstance(name, str):
            raise TypeError(f"{self.label} must be a str, not {type(name).__name__}")
        value = self._values.get(_ascii_lower(name)) if name.isascii() else None
        if value is None:
            raise VocabularyError(name, self.label, self.names)
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


def _ascii_lower(text: str) -> str:
    # str.lower() would also fold non-ASCII letters (the Kelvin sign to k),
    # which the command line does not.
    return text.translate(_ASCII_LOWER)


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}

ENTITY_TYPES = Vocabulary("entity type", _capi.camtg_entity_type_to_string)
KINDS = Vocabulary("kind", _capi.camtg_kind_to_string)
TYPES = Vocabulary("type", _capi.camtg_plover_to_string)
SECTORS = Vocabulary("sector", _capi.camtg_sector_to_string)
STATUSES = Vocabulary("status", _capi.camtg_status_to_string)
DATE_PRECISIONS = Vocabulary("date precision", _capi.camtg_date_precision_to_string)
