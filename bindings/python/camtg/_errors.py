# SPDX-License-Identifier: MIT
"""The exceptions of the camtg package.

libcamtg reports failures as a negative status code plus an error record
(code, line, column, byte offset, errno, JSON Pointer, message). ``check``
below is the only place where that pair becomes a Python exception; every
other module calls it rather than inspecting codes itself.

Each exception is a :class:`camtg.Error`, and also the built-in exception a
Python programmer already catches for that situation: ``OSError`` (with its
errno subclass) for an unreadable file, ``KeyError`` for an unknown key,
``ValueError`` for a value outside a vocabulary, a damaged compiled snapshot
or a misused database.
"""

from __future__ import annotations

import os
from typing import NoReturn, Optional, Tuple

from . import _capi

__all__ = [
    "Error",
    "FileError",
    "UnknownKeyError",
    "VocabularyError",
    "SnapshotError",
    "UsageError",
    "ClosedError",
    "check",
]

#: The error record produced by the SWIG typemap for ``camtg_error *err``:
#: (code, line, column, offset, sys_errno, path, message).
ErrorRecord = Tuple[int, int, int, int, int, str, str]


class Error(Exception):
    """Raised for a dataset that libcamtg rejects, and base of every camtg exception.

    ``str(error)`` says where and what, as the ``camtg`` command prints it:
    ``file.json:2:14: message`` for a syntax error (``<string>`` stands for
    :func:`camtg.loads`), ``file.json: /commitments/7/actors/1: message``
    for a value at fault. ``message`` is the library's message alone, which
    names the id or value at fault; control characters from the data appear
    as ``?`` in both. The other attributes say where:

    - ``code``: the library's negative status code, as a number.
    - ``status``: that code's C name, e.g. ``"CAMTG_ESYNTAX"`` (compare this
      one: it reads as what went wrong).
    - ``line``, ``column``: 1-based position of a JSON syntax error (the
      column counts characters, not bytes); None when no position applies.
    - ``offset``: 0-based byte offset of a syntax error; None otherwise.
    - ``path``: JSON Pointer to the value at fault, e.g.
      ``"/commitments/7/actors/1"``; None for syntax and I/O errors.
    - ``filename``: the dataset file being read; None for :func:`camtg.loads`
      and the embedded dataset.
    - ``origin``: what ``str()`` names as the input: the file name,
      ``<string>`` or ``(embedded dataset)``; None when there was no input.
    """

    code: int
    status: str
    line: Optional[int]
    column: Optional[int]
    offset: Optional[int]
    path: Optional[str]
    filename: Optional[str]
    origin: Optional[str]
    message: str

    def __init__(
        self,
        message: str,
        *,
        code: int = _capi.CAMTG_ERROR,
        line: Optional[int] = None,
        column: Optional[int] = None,
        offset: Optional[int] = None,
        path: Optional[str] = None,
        filename: Optional[str] = None,
        origin: Optional[str] = None,
    ) -> None:
        message = _printable(message)
        super().__init__(message)
        self.message = message
        self.code = code
        self.status = _capi.camtg_error_code_name(code) or "CAMTG_ERROR"
        self.line = line
        self.column = column
        self.offset = offset
        self.path = path
        self.filename = filename
        self.origin = origin if origin is not None else filename

    def __str__(self) -> str:
        where = self.origin
        if self.line is not None:
            return f"{where or '<string>'}:{self.line}:{self.column or 1}: {self.message}"
        if self.path is not None:
            return f"{where}: {self.path}: {self.message}" if where else \
                f"{self.path}: {self.message}"
        return f"{where}: {self.message}" if where else self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, status={self.status})"


def _printable(text: str) -> str:
    """``text`` with C0 and C1 control characters and DEL shown as ``?``,
    as the command line shows them: a message quoting hostile data must not
    drive the terminal it is printed on."""
    return text.translate(_CONTROL)


_CONTROL = {c: "?" for c in (*range(0x20), *range(0x7F, 0xA0))}


class FileError(Error, OSError):
    """A dataset file could not be read (missing, a directory, no permission).

    Raised as the matching ``OSError`` subclass too, so ``except
    FileNotFoundError`` works: the concrete class derives from both this one
    and the built-in class chosen by ``errno``. ``filename`` names the file.
    """

    def __init__(self, message: str, *, errno: int, filename: Optional[str]) -> None:
        Error.__init__(self, message, code=_capi.CAMTG_EIO, filename=filename)
        self.errno = errno
        self.strerror = os.strerror(errno) if errno else message

    def __str__(self) -> str:
        return self.message  # it names the file already


class UnknownKeyError(Error, KeyError):
    """No record answers to a key (an entity id, name or alias; a meeting id)."""

    key: str

    def __init__(self, message: str, key: str) -> None:
        super().__init__(message, code=_capi.CAMTG_ENOTFOUND)
        self.key = key
        # As for any KeyError, args[0] is the key; str() stays the message.
        self.args = (key,)


class VocabularyError(Error, ValueError):
    """A value is not in its closed vocabulary (sector, type, kind, entity type)."""

    value: str
    vocabulary: str
    allowed: Tuple[str, ...]

    def __init__(self, value: str, vocabulary: str, allowed: Tuple[str, ...]) -> None:
        super().__init__(
            f"unknown {vocabulary} {value!r}; expected one of: {', '.join(allowed)}",
            code=_capi.CAMTG_EVOCAB,
        )
        self.value = value
        self.vocabulary = vocabulary
        self.allowed = allowed


class SnapshotError(Error, ValueError):
    """A compiled snapshot (``camtg compile``) is truncated, corrupt, or of
    another format version or byte order.

    Also a ``ValueError``, as ``json.JSONDecodeError`` is for bad JSON: the
    file could be read, but its bytes are not a snapshot this library can
    use. ``offset`` is the byte of the file at fault; ``path`` names the
    record being read (``"/commitments/7"``) when the fault lies inside one,
    None otherwise. The cure is to compile the snapshot again from its JSON.
    """


class UsageError(Error, ValueError):
    """The API was used in a way the library refuses, e.g. a record of one
    database passed as a filter to another."""

    def __init__(self, message: str) -> None:
        super().__init__(message, code=_capi.CAMTG_EINVAL)


class ClosedError(UsageError):
    """The database was closed with :meth:`camtg.Database.close`; neither it
    nor the records taken from it can be read any more."""


# One FileError subclass per built-in OSError subclass, made on first use so
# that every errno maps to the class Python itself would raise.
_file_error_classes: dict[type, type] = {}


def _file_error_class(errno: int) -> type:
    builtin = type(OSError(errno, "")) if errno else OSError
    cls = _file_error_classes.get(builtin)
    if cls is None:
        if builtin is OSError:
            cls = FileError
        else:
            cls = type(builtin.__name__, (FileError, builtin), {
                "__module__": __name__.rpartition(".")[0] or __name__,
                "__doc__": f"{FileError.__doc__.splitlines()[0]} ({builtin.__name__})",
            })
        _file_error_classes[builtin] = cls
    return cls


def _position(value: int) -> Optional[int]:
    return value if value >= 0 else None


def check(rc: int, record: Optional[ErrorRecord], *, filename: Optional[str] = None,
          origin: Optional[str] = None) -> None:
    """Returns when ``rc`` is a success code; raises the matching exception otherwise.

    ``record`` is the error tuple the raw module returns beside the code (None
    when the call filled none); ``filename`` is the file the call read, if
    any, and ``origin`` how to name another input (``<string>``).
    """
    if rc >= 0:
        return
    _raise(rc, record, filename, origin)


def _raise(rc: int, record: Optional[ErrorRecord], filename: Optional[str],
           origin: Optional[str]) -> NoReturn:
    if record is None:
        code, line, column, offset, sys_errno, path, message = (
            rc, -1, -1, -1, 0, "", _capi.camtg_strerror(rc))
    else:
        code, line, column, offset, sys_errno, path, message = record
    if code == _capi.CAMTG_EIO:
        cls = _file_error_class(sys_errno)
        raise cls(message, errno=sys_errno, filename=filename)
    if code == _capi.CAMTG_EINVAL:
        raise UsageError(message)
    raise (SnapshotError if code == _capi.CAMTG_ESNAPSHOT else Error)(
        message,
        code=code,
        line=_position(line),
        column=_position(column),
        offset=_position(offset),
        path=path or None,
        filename=filename,
        origin=origin,
    )
