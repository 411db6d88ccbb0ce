# SPDX-License-Identifier: MIT
"""Every public name of the camtg package has a docstring: the module, each
function and class it exports, and every public method and property of those
classes, inherited ones included. help(camtg) and the API reference rest on
them. Names are found by walking the package, not from a list, so a new
public name without a docstring fails here."""

from __future__ import annotations

import inspect
import types
import unittest
from typing import Iterator, Tuple

import camtg


def public_names(obj: object) -> Iterator[str]:
    return (name for name in dir(obj) if not name.startswith("_"))


def exported() -> Iterator[Tuple[str, object]]:
    """The package's own public functions and classes (typing helpers and
    submodules it happens to import are not its API)."""
    names = getattr(camtg, "__all__", None) or list(public_names(camtg))
    for name in names:
        value = getattr(camtg, name)
        if (inspect.isclass(value) or inspect.isfunction(value)) and \
                getattr(value, "__module__", "").startswith("camtg"):
            yield name, value


def members(cls: type) -> Iterator[Tuple[str, object]]:
    """Public methods and properties defined by camtg classes (cls and its
    camtg bases), as looked up on cls."""
    for name in public_names(cls):
        owner = next(k for k in cls.__mro__ if name in vars(k))
        if not owner.__module__.startswith("camtg"):
            continue  # inherited from object, Exception, ...
        member = inspect.getattr_static(cls, name)
        if isinstance(member, (staticmethod, classmethod)):
            member = member.__func__
        if isinstance(member, (property, types.FunctionType)):
            yield name, member


class PublicDocstrings(unittest.TestCase):
    def test_the_package_has_a_docstring(self) -> None:
        self.assertTrue((camtg.__doc__ or "").strip())

    def test_every_exported_function_and_class_has_one(self) -> None:
        found = list(exported())
        self.assertGreater(len(found), 5)
        for name, value in found:
            with self.subTest(name=name):
                self.assertTrue((value.__doc__ or "").strip(), f"camtg.{name} has no docstring")

    def test_every_public_method_and_property_has_one(self) -> None:
        count = 0
        for cls_name, cls in exported():
            if not inspect.isclass(cls):
                continue
            for name, member in members(cls):
                count += 1
                with self.subTest(member=f"camtg.{cls_name}.{name}"):
                    self.assertTrue((inspect.getdoc(member) or "").strip(),
                                    f"camtg.{cls_name}.{name} has no docstring")
        self.assertGreater(count, 30)


if __name__ == "__main__":
    unittest.main()
