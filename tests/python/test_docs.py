# SPDX-License-Identifier: MIT
"""Docstrings and type annotations: SWIG's -doxygen carries the header
comments into the raw module, and the Python layer is documented and fully
annotated (the package ships py.typed)."""

from __future__ import annotations

import inspect
import os
import re
import typing
import unittest
from typing import Dict, List

import camtg
from camtg import _capi
from oracle import env_path

_DECLARATION = re.compile(
    r"/\*\*(?P<doc>(?:(?!\*/).)*?)\*/\s*CAMTG_EXPORT[^;(]*?\b(?P<name>camtg_\w+)\s*\(",
    re.S)


def header_comments() -> Dict[str, str]:
    """The first sentence fragment of each documented function, from the headers."""
    found: Dict[str, str] = {}
    include = env_path("CAMTG_TEST_INCLUDE_DIR")
    for name in sorted(os.listdir(include)):
        if not name.endswith(".h"):
            continue
        with open(os.path.join(include, name), encoding="utf-8") as f:
            text = f.read()
        for match in _DECLARATION.finditer(text):
            doc = " ".join(line.strip().lstrip("*").strip()
                           for line in match.group("doc").splitlines())
            doc = " ".join(doc.split())
            # Keep the plain words before any Doxygen or Markdown markup,
            # which SWIG rewrites.
            plain = re.split(r"[@`:(\\]|::", doc, maxsplit=1)[0].strip()
            if len(plain.split()) >= 3:
                found[match.group("name")] = plain
    return found


#: Public C functions the raw module leaves out on purpose, and why.
NOT_WRAPPED = {
    "camtg_close": "the owning proxy closes the database when it is dropped; "
                   "a raw close would let the proxy free it again",
}


def normalized(text: str) -> str:
    return " ".join(text.split())


class DoxygenTest(unittest.TestCase):
    def test_lookup_docstring_comes_from_the_header(self) -> None:
        comments = header_comments()
        self.assertIn("camtg_entity_lookup", comments)
        self.assertIn(comments["camtg_entity_lookup"],
                      normalized(_capi.camtg_entity_lookup.__doc__))

    def test_every_documented_function_has_its_docstring(self) -> None:
        comments = header_comments()
        self.assertGreater(len(comments), 30)
        for name, first_words in comments.items():
            with self.subTest(function=name):
                if name in NOT_WRAPPED:
                    self.assertFalse(hasattr(_capi, name), NOT_WRAPPED[name])
                    continue
                function = getattr(_capi, name)
                self.assertIn(first_words, normalized(function.__doc__ or ""))


def public_members(cls: type) -> List[str]:
    return [name for name in vars(cls) if not name.startswith("_")]


class PythonLayerTest(unittest.TestCase):
    classes = (camtg.Database, camtg.Record, camtg.Source, camtg.Entity, camtg.Meeting,
               camtg.Commitment, camtg.Error, camtg.FileError, camtg.UnknownKeyError,
               camtg.VocabularyError, camtg.SnapshotError, camtg.UsageError, camtg.ClosedError)

    def test_py_typed_ships_with_the_package(self) -> None:
        self.assertTrue(os.path.isfile(os.path.join(os.path.dirname(camtg.__file__), "py.typed")))

    def test_everything_public_has_a_docstring(self) -> None:
        self.assertTrue(camtg.__doc__)
        for function in (camtg.open, camtg.loads):
            self.assertTrue(function.__doc__, function.__name__)
        for cls in self.classes:
            self.assertTrue(cls.__doc__, cls.__name__)
            for name in public_members(cls):
                member = vars(cls)[name]
                if callable(member) or isinstance(member, property):
                    with self.subTest(member=f"{cls.__name__}.{name}"):
                        self.assertTrue(inspect.getdoc(member))

    def test_everything_public_is_annotated(self) -> None:
        functions = [camtg.open, camtg.loads]
        for cls in self.classes:
            for name in public_members(cls) + ["__init__"]:
                member = vars(cls).get(name)
                if isinstance(member, property):
                    functions.append(member.fget)
                elif inspect.isfunction(member):
                    functions.append(member)
        self.assertGreater(len(functions), 50)
        for function in functions:
            with self.subTest(function=function.__qualname__):
                hints = typing.get_type_hints(function)  # resolves every annotation
                self.assertIn("return", hints)
                for parameter in inspect.signature(function).parameters.values():
                    if parameter.name not in ("self", "cls"):
                        self.assertIn(parameter.name, hints)

    def test_record_attributes_have_declared_types(self) -> None:
        hints = typing.get_type_hints(camtg.Commitment.start.fget)
        self.assertIs(hints["return"], int)
        hints = typing.get_type_hints(camtg.Entity.country.fget)
        self.assertEqual(hints["return"], typing.Optional[camtg.Entity])


if __name__ == "__main__":
    unittest.main()
