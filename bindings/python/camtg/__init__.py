# SPDX-License-Identifier: MIT
"""camtg: a typed, provenance-checked knowledge base of diplomatic meetings
and the commitments made there.

>>> import camtg
>>> db = camtg.open()                      # the dataset embedded in the library
>>> kaz = db.entity("kazakhstan")          # by id, name or alias, any case
>>> for c in db.commitments(involving=kaz, sector="consular"):
...     print(c.summary, "--", c.quote)

Every commitment carries its evidence: ``c.source.text[c.start:c.end] ==
c.quote``. Bad data raises :class:`camtg.Error` saying what and where.

What became of the pledges (datasets of schema version 2):

>>> visa = db.commitment("p8-visa-exemption")
>>> visa.status_on("2023-05-01"), visa.status_on("2023-12-01")
('pledged', 'fulfilled')
>>> [(f.date, f.status) for f in visa.followups]     # dated, cited events
>>> db.compliance()                                  # per party, G7/G20 style

The package is the API: the names in ``camtg.__all__`` (``dir(camtg)``),
and the attributes and methods of the objects they return. It runs on the
C library libcamtg, linked into the package; the modules whose names start
with an underscore are how, and may change in any release.
"""

from . import _capi
from ._database import Database, loads, open
from ._errors import (ClosedError, Error, FileError, SnapshotError, UnknownKeyError,
                      UsageError, VocabularyError)
from ._compliance import ComplianceRow
from ._followups import Citation, Followup
from ._records import Commitment, Entity, Meeting, Mention, Record, Source
from ._results import Records
from ._vocab import DATE_PRECISIONS as _DATE_PRECISIONS
from ._vocab import ENTITY_TYPES as _ENTITY_TYPES
from ._vocab import KINDS as _KINDS
from ._vocab import SECTORS as _SECTORS
from ._vocab import STATUSES as _STATUSES
from ._vocab import TYPES as _TYPES

__all__ = [
    "__version__",
    "open", "loads",
    "Database", "Records", "Record", "Source", "Entity", "Mention", "Meeting", "Commitment",
    "Followup", "Citation", "ComplianceRow",
    "Error", "FileError", "UnknownKeyError", "VocabularyError", "SnapshotError", "UsageError",
    "ClosedError",
    "ENTITY_TYPES", "KINDS", "TYPES", "SECTORS", "STATUSES", "DATE_PRECISIONS",
]

#: The version of the C library the package runs on, "MAJOR.MINOR.PATCH".
__version__: str = _capi.camtg_version()

#: Entity types, in the library's order: ``country``, ``person``, ...
ENTITY_TYPES: tuple[str, ...] = _ENTITY_TYPES.names
#: Commitment kinds: ``pledge``, ``position``, ``assessment``.
KINDS: tuple[str, ...] = _KINDS.names
#: PLOVER event types of commitments: ``AGREE``, ``CONSULT``, ...
TYPES: tuple[str, ...] = _TYPES.names
#: Policy sectors of commitments: ``sovereignty``, ``multilateralism``, ...
SECTORS: tuple[str, ...] = _SECTORS.names
#: Commitment statuses: ``pledged``, ``in_progress``, ``fulfilled``, ``lapsed``
#: for pledges, and ``stated`` for positions and assessments.
STATUSES: tuple[str, ...] = _STATUSES.names
#: How much of a follow-up's date is known: ``day``, ``month``, ``year``.
DATE_PRECISIONS: tuple[str, ...] = _DATE_PRECISIONS.names

# Show the public classes where users find them (camtg.Error, not
# camtg._errors.Error) in tracebacks and reprs.
for _cls in (Database, Records, Record, Source, Entity, Mention, Meeting, Commitment, Followup,
             Citation, ComplianceRow, Error, FileError, UnknownKeyError, VocabularyError,
             SnapshotError, UsageError, ClosedError):
    _cls.__module__ = __name__
del _cls


def __dir__() -> list[str]:
    # Tab completion and dir() show the public API, not the private modules
    # (_capi, _database, ...) that importing it left behind.
    return sorted(__all__)
