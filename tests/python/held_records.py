# SPDX-License-Identifier: MIT
"""Child process of test_lifetime: holds one record of each kind from the
embedded dataset, lets go of the Database, and reads everything the records
offer. Run as a child so that a read of freed memory that crashes shows as
a failed test, not as a dead test runner.

    python3 held_records.py dropped   every reference to the Database dropped
    python3 held_records.py closed    the Database closed

Prints one JSON object: the kind of each held record mapped to its reads
(every public property, to_dict() and repr()), each read a plain value, or
{"raised": ExceptionName, "message": str} when it raised. The parent
compares them with the same reads of a live database (read_all below)."""

from __future__ import annotations

import datetime
import gc
import json
import sys
from typing import Any, Dict

import camtg


def hold(db: camtg.Database) -> Dict[str, Any]:
    """A meeting, an entity, a commitment that has follow-ups, its first
    follow-up and that one's first citation, and the source."""
    commitment = next(c for c in db.commitments() if c.followups)
    followup = commitment.followups[0]
    return {"meeting": db.meetings[0], "entity": db.entity("kazakhstan"),
            "commitment": commitment, "followup": followup,
            "citation": followup.citations[0], "source": db.source}


def plain(value: Any) -> Any:
    """A JSON value standing for ``value``: records by kind and id."""
    if isinstance(value, camtg.Record):
        return [type(value).__name__, value.index]
    if isinstance(value, camtg.Database):
        return "Database"
    if isinstance(value, tuple) and hasattr(value, "_asdict"):
        return {key: plain(v) for key, v in value._asdict().items()}
    if isinstance(value, (tuple, list, camtg.Records)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {key: plain(v) for key, v in value.items()}
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def properties(record: Any) -> list:
    return sorted({name for cls in type(record).__mro__ for name, member in vars(cls).items()
                   if isinstance(member, property) and not name.startswith("_")})


def read_all(record: Any) -> Dict[str, Any]:
    """Every public property, to_dict() and repr() of ``record`` (a citation
    is a tuple of plain values: its fields)."""
    if not isinstance(record, camtg.Record):
        return plain(record)
    reads: Dict[str, Any] = {}
    for name, read in [(name, lambda name=name: getattr(record, name))
                       for name in properties(record)] + [("to_dict()", record.to_dict),
                                                           ("repr()", lambda: repr(record))]:
        try:
            reads[name] = plain(read())
        except camtg.Error as error:
            reads[name] = {"raised": type(error).__name__, "message": str(error)}
    return reads


def main() -> None:
    db = camtg.open()
    held = hold(db)
    if sys.argv[1] == "closed":
        db.close()
    else:
        del db
        gc.collect()
    print(json.dumps({kind: read_all(record) for kind, record in held.items()}))


if __name__ == "__main__":
    main()
