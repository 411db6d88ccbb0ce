# SPDX-License-Identifier: MIT
"""Dates the caller gives: ``Commitment.status_on(date)`` and
``Database.compliance(on=...)``.

The library takes a calendar day written ``YYYY-MM-DD``. Python callers may
give a :class:`datetime.date` (a :class:`datetime.datetime`, pandas'
``Timestamp`` included, stands for its date) or that string. Anything else
is refused here with a message that names the argument and says what is
wrong, before it reaches C: a calendar check in C would only answer "invalid
argument".
"""

from __future__ import annotations

import datetime
import re
from typing import Union

__all__ = ["DateLike", "iso_day"]

#: What the date arguments accept.
DateLike = Union[datetime.date, str]

# Exactly four, two and two ASCII digits: date.fromisoformat() also takes
# "20230501" and "2023-W18-1", which the library and the command line do not.
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def iso_day(value: DateLike, label: str) -> str:
    """``value`` as the ``YYYY-MM-DD`` string the library takes.

    Raises TypeError when ``value`` is neither a date nor a str, and
    ValueError when the str is not written ``YYYY-MM-DD`` or is not a day of
    the calendar (``2023-02-30``).
    """
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise TypeError(f"{label} must be a datetime.date or a 'YYYY-MM-DD' str, "
                        f"not {type(value).__name__}")
    if not _ISO_DAY.fullmatch(value):
        raise ValueError(f"{label}: {value!r} is not a date written YYYY-MM-DD")
    try:
        datetime.date.fromisoformat(value)
    except ValueError as e:
        raise ValueError(f"{label}: {value!r} is not a day of the calendar ({e})") from None
    return value
