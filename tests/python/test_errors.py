# SPDX-License-Identifier: MIT
"""Every error path of the Python API: bad data (with the line, column or JSON
path at fault), unreadable files, unknown keys and vocabulary values, misuse."""

from __future__ import annotations

import copy
import errno
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
from typing import Any, Callable, Dict, List, Tuple

import camtg
from camtg import _capi
from camtg._errors import check
from oracle import multilingual_dataset_path


#: The change that deletes the value at a JSON path (see changed()).
DELETE = object()

#: (label, JSON path changed and at fault, the change, expected code, text the message names)
Variant = Tuple[str, str, Any, int, str]


def index_of(records: List[Dict[str, Any]], record_id: str) -> int:
    return next(i for i, r in enumerate(records) if r["id"] == record_id)


def changed(doc: Dict[str, Any], path: str, change: Any) -> None:
    """Changes the value at a JSON path of doc: DELETE deletes it, a callable
    maps the old value to the new one, anything else is the new value."""
    parts = path.split("/")[1:]
    node: Any = doc
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    last: Any = int(parts[-1]) if isinstance(node, list) else parts[-1]
    if change is DELETE:
        del node[last]
    else:
        node[last] = change(node[last]) if callable(change) else change


class BadDataTest(unittest.TestCase):
    """Variants of the multilingual dataset, each broken in one place."""

    def setUp(self) -> None:
        with open(multilingual_dataset_path(), encoding="utf-8") as f:
            self.text = f.read()
        self.doc = json.loads(self.text)
        self.tmp = tempfile.mkdtemp(prefix="camtg-bad-")
        self.addCleanup(shutil.rmtree, self.tmp)

    def write(self, name: str, data: bytes) -> str:
        path = os.path.join(self.tmp, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def load_both_ways(self, name: str, data: bytes) -> List[camtg.Error]:
        """The error from camtg.open(file) and from camtg.loads(data)."""
        path = self.write(name, data)
        errors = []
        with self.assertRaises(camtg.Error) as from_file:
            camtg.open(path)
        self.assertEqual(from_file.exception.filename, path)
        errors.append(from_file.exception)
        with self.assertRaises(camtg.Error) as from_text:
            camtg.loads(data)
        self.assertIsNone(from_text.exception.filename)
        errors.append(from_text.exception)
        for error, origin in zip(errors, (path, "<string>")):
            self.assertNotIsInstance(error, OSError)
            self.assertTrue(error.message)
            # str() says where first, as the command line does.
            if error.line is not None:
                where = f"{origin}:{error.line}:{error.column}: "
            else:
                self.assertIsNotNone(error.path)
                where = f"{origin}: {error.path}: "
            self.assertEqual(str(error), where + error.message)
        return errors

    # -- syntax -------------------------------------------------------------

    def test_syntax_error_line_and_column_count_characters(self) -> None:
        lines = self.text.split("\n")
        person = next(e for e in self.doc["entities"] if e["type"] == "person")
        needle = json.dumps(person["name"], ensure_ascii=False)
        line_index = next(i for i, line in enumerate(lines) if f'"name": {needle}' in line)
        column = lines[line_index].index(needle) + len(needle)
        # A stray token right after a non-ASCII value: the column counts
        # characters, so it differs from the byte position on this line.
        lines[line_index] = lines[line_index][:column] + "@" + lines[line_index][column:]
        self.assertNotEqual(len(lines[line_index][:column].encode("utf-8")), column)
        for error in self.load_both_ways("syntax.json", "\n".join(lines).encode("utf-8")):
            self.assertEqual(error.code, _capi.CAMTG_ESYNTAX)
            self.assertEqual(error.status, "CAMTG_ESYNTAX")
            self.assertEqual((error.line, error.column), (line_index + 1, column + 1))
            self.assertIsNone(error.path)
            self.assertIsInstance(error.offset, int)

    def test_invalid_utf8_names_the_line(self) -> None:
        raw = self.text.encode("utf-8")
        lines = raw.split(b"\n")
        line_index = next(i for i, line in enumerate(lines) if "Астана".encode() in line)
        at = lines[line_index].index("Астана".encode())
        lines[line_index] = lines[line_index][:at] + b"\xff" + lines[line_index][at + 2:]
        for error in self.load_both_ways("utf8.json", b"\n".join(lines)):
            self.assertEqual(error.code, _capi.CAMTG_ESYNTAX)
            self.assertEqual(error.line, line_index + 1)
            self.assertIsInstance(error.column, int)

    def test_truncated_and_empty_documents(self) -> None:
        for name, data in (("empty.json", b""), ("truncated.json", self.text.encode()[:200]),
                           ("nul.json", self.text.encode() + b"\0")):
            with self.subTest(name=name):
                for error in self.load_both_ways(name, data):
                    self.assertEqual(error.code, _capi.CAMTG_ESYNTAX)
                    self.assertIsInstance(error.line, int)

    def test_lone_surrogate_in_a_str_is_rejected_by_the_library(self) -> None:
        with self.assertRaises(camtg.Error) as caught:
            camtg.loads(self.text.replace("Астана", "Аст\udc80на", 1))
        self.assertEqual(caught.exception.code, _capi.CAMTG_ESYNTAX)

    # -- semantics ------------------------------------------------------------

    def semantic_variants(self) -> List[Variant]:
        """(label, JSON path changed, the change, expected code, text the message names)."""
        doc = self.doc

        def at(section: str, record_id: str) -> str:
            return f"/{section}/{index_of(doc[section], record_id)}"

        tcm, bri = at("commitments", "ru-tcm"), at("commitments", "ru-bri")
        edu, beijing = at("commitments", "ru-education"), at("meetings", "beijing-2024-03-05")
        tjk, xinjiang = at("entities", "TJK"), at("entities", "xinjiang")
        return [
            ("dangling reference", tcm + "/actors/0", "Нигде", _capi.CAMTG_EREFERENCE,
             "Нигде"),
            ("duplicate id", tjk + "/id", "KAZ", _capi.CAMTG_EDUPLICATE, "KAZ"),
            ("shifted quote", edu + "/evidence/start", lambda start: start + 1,
             _capi.CAMTG_EEVIDENCE, "ru-education"),
            ("changed quote", edu + "/evidence/quote", lambda quote: quote.replace("😀", "🙂"),
             _capi.CAMTG_EEVIDENCE, "ru-education"),
            ("unknown sector", bri + "/sectors/1", "агрокультура", _capi.CAMTG_EVOCAB,
             "агрокультура"),
            ("within cycle", xinjiang + "/within", "urumqi", _capi.CAMTG_ECYCLE, "xinjiang"),
            ("missing key", beijing + "/title", DELETE, _capi.CAMTG_ESCHEMA, "title"),
            ("not a date", beijing + "/date", "2024-02-30", _capi.CAMTG_ESCHEMA, "2024-02-30"),
            ("wrong JSON type", tjk + "/name", 5, _capi.CAMTG_ESCHEMA, "TJK"),
            ("schema version", "/camtg", 3, _capi.CAMTG_ESCHEMA, "3"),
        ]

    def test_semantic_errors_name_the_path_and_the_value(self) -> None:
        for label, path, change, code, named in self.semantic_variants():
            with self.subTest(label):
                doc = copy.deepcopy(self.doc)
                changed(doc, path, change)
                data = json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")
                for error in self.load_both_ways(label.replace(" ", "-") + ".json", data):
                    self.assertEqual(error.code, code, error.message)
                    self.assertEqual(error.status, _capi.camtg_error_code_name(code))
                    # The evidence check may point at the offset or at the
                    # quote: anywhere inside the evidence object is right.
                    if "/evidence/" in path:
                        path = path[:path.index("/evidence/") + len("/evidence")]
                    self.assertTrue(error.path == path or error.path.startswith(path + "/"),
                                    f"{error.path!r} is not at {path!r}")
                    self.assertIn(named, error.message)
                    self.assertIsNone(error.line)
                    self.assertIsNone(error.column)


class FileErrorTest(unittest.TestCase):
    def setUp(self) -> None:
        self.tmp = tempfile.mkdtemp(prefix="camtg-files-")
        self.addCleanup(shutil.rmtree, self.tmp)

    def assert_file_error(self, error: BaseException, builtin: type, path: str, code: int) -> None:
        self.assertIsInstance(error, builtin)
        self.assertIsInstance(error, OSError)
        self.assertIsInstance(error, camtg.FileError)
        self.assertIsInstance(error, camtg.Error)
        assert isinstance(error, camtg.FileError)
        self.assertEqual(error.errno, code)
        self.assertEqual(error.filename, path)
        self.assertIn(path, str(error))
        self.assertEqual(error.code, _capi.CAMTG_EIO)

    def test_missing_file(self) -> None:
        path = os.path.join(self.tmp, "нет-такого-файла.json")
        with self.assertRaises(FileNotFoundError) as caught:
            camtg.open(path)
        self.assert_file_error(caught.exception, FileNotFoundError, path, errno.ENOENT)

    def test_directory(self) -> None:
        with self.assertRaises(IsADirectoryError) as caught:
            camtg.open(self.tmp)
        self.assert_file_error(caught.exception, IsADirectoryError, self.tmp, errno.EISDIR)

    def test_unreadable_file(self) -> None:
        path = os.path.join(self.tmp, "secret.json")
        shutil.copy(multilingual_dataset_path(), path)
        os.chmod(path, 0)
        if os.geteuid() != 0:
            with self.assertRaises(PermissionError) as caught:
                camtg.open(path)
            self.assert_file_error(caught.exception, PermissionError, path, errno.EACCES)
            return
        # root reads anything: run the same check as an unprivileged user,
        # with a copy of the package that user can read wherever the build
        # tree lives.
        os.chmod(self.tmp, 0o755)
        package = os.path.join(self.tmp, "site", "camtg")
        shutil.copytree(os.path.dirname(camtg.__file__), package)
        for folder, _, files in os.walk(os.path.dirname(package)):
            os.chmod(folder, 0o755)
            for name in files:
                os.chmod(os.path.join(folder, name), 0o755)
        script = (
            "import camtg, errno, os, sys\n"
            "if not camtg.__file__.startswith(sys.argv[2]):\n    sys.exit(5)\n"
            "try:\n    camtg.open(sys.argv[1])\n"
            "except PermissionError as e:\n"
            "    ok = isinstance(e, camtg.FileError) and e.errno == errno.EACCES"
            " and e.filename == sys.argv[1] and sys.argv[1] in str(e)\n"
            "    sys.exit(0 if ok else 3)\n"
            "sys.exit(4)\n")
        setpriv = shutil.which("setpriv")
        self.assertIsNotNone(setpriv, "running as root needs setpriv to drop privileges")
        result = subprocess.run(
            [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups",
             sys.executable, "-c", script, path, package],
            capture_output=True, text=True, cwd=self.tmp,
            env={**os.environ, "PYTHONPATH": os.path.dirname(package)})
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_nul_in_file_name(self) -> None:
        with self.assertRaises(ValueError):
            camtg.open("bad\0name.json")

    def test_error_mapping_by_errno(self) -> None:
        # check() is the one place where codes become exceptions; feed it the
        # records the C library produces for each errno.
        for code, builtin in ((errno.ENOENT, FileNotFoundError), (errno.EACCES, PermissionError),
                              (errno.EISDIR, IsADirectoryError), (errno.EIO, OSError)):
            message = f"cannot read \"f\": {os.strerror(code)}"
            record = (_capi.CAMTG_EIO, -1, -1, -1, code, "", message)
            with self.subTest(errno=errno.errorcode[code]):
                with self.assertRaises(builtin) as caught:
                    check(_capi.CAMTG_EIO, record, filename="f")
                self.assert_file_error(caught.exception, builtin, "f", code)
                self.assertEqual(type(caught.exception).__module__, "camtg")


class MisuseTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls) -> None:
        cls.db = camtg.open(multilingual_dataset_path())
        cls.other = camtg.open(multilingual_dataset_path())

    @classmethod
    def tearDownClass(cls) -> None:
        cls.db.close()
        cls.other.close()

    def test_unknown_entity_key(self) -> None:
        for call in (lambda: self.db.entity("Нарния"),
                     lambda: self.db.commitments(involving="Нарния"),
                     lambda: self.db.commitments(actor="Нарния"),
                     lambda: self.db.commitments(target="Нарния")):
            with self.assertRaises(KeyError) as caught:
                call()
            error = caught.exception
            self.assertIsInstance(error, camtg.UnknownKeyError)
            self.assertIsInstance(error, camtg.Error)
            assert isinstance(error, camtg.UnknownKeyError)
            self.assertEqual(error.key, "Нарния")
            self.assertEqual(error.args, ("Нарния",))
            self.assertIn("Нарния", str(error))
            self.assertEqual(error.code, _capi.CAMTG_ENOTFOUND)

    def test_unknown_ids(self) -> None:
        for call in (lambda: self.db.meeting("nope"), lambda: self.db.commitment("nope"),
                     lambda: self.db.commitments(meeting="nope")):
            with self.assertRaises(KeyError):
                call()

    def test_unknown_vocabulary_values(self) -> None:
        cases = (("sector", "mobilty", camtg.SECTORS),
                 ("sector", ["mobility", "nope"], camtg.SECTORS),
                 ("type", "agreed", camtg.TYPES), ("kind", "promise", camtg.KINDS))
        for keyword, value, allowed in cases:
            with self.subTest(**{keyword: value}):
                with self.assertRaises(ValueError) as caught:
                    self.db.commitments(**{keyword: value})
                error = caught.exception
                self.assertIsInstance(error, camtg.VocabularyError)
                self.assertIsInstance(error, camtg.Error)
                assert isinstance(error, camtg.VocabularyError)
                self.assertEqual(error.allowed, allowed)
                self.assertIn(allowed[0], str(error))
                self.assertEqual(error.code, _capi.CAMTG_EVOCAB)
        with self.assertRaises(ValueError) as caught:
            self.db.entities(type="nation")
        self.assertIsInstance(caught.exception, camtg.VocabularyError)
        self.assertIn("nation", str(caught.exception))

    def test_wrong_argument_types(self) -> None:
        calls: List[Callable[[], Any]] = [
            lambda: self.db.entity(5),  # type: ignore[arg-type]
            lambda: self.db.meeting(5),  # type: ignore[arg-type]
            lambda: self.db.commitment(None),  # type: ignore[arg-type]
            lambda: self.db.entities(type=3),  # type: ignore[arg-type]
            lambda: self.db.commitments(involving=5),  # type: ignore[arg-type]
            lambda: self.db.commitments(meeting=self.db.entity("KAZ")),  # type: ignore[arg-type]
            lambda: self.db.commitments(sector=5),  # type: ignore[arg-type]
            lambda: self.db.commitments(sector=[5]),  # type: ignore[list-item]
            lambda: self.db.entity("KAZ").in_group("C5"),  # type: ignore[arg-type]
            lambda: camtg.loads(5),  # type: ignore[arg-type]
            lambda: camtg.open(5.0),  # type: ignore[arg-type]
            lambda: camtg.Database(),
        ]
        for i, call in enumerate(calls):
            with self.subTest(i):
                with self.assertRaises(TypeError):
                    call()

    def test_records_of_another_database(self) -> None:
        foreign_entity = self.other.entity("KAZ")
        foreign_meeting = self.other.meetings[0]
        for call in (lambda: self.db.commitments(involving=foreign_entity),
                     lambda: self.db.commitments(actor=foreign_entity),
                     lambda: self.db.commitments(target=foreign_entity),
                     lambda: self.db.commitments(meeting=foreign_meeting)):
            with self.assertRaises(ValueError) as caught:
                call()
            self.assertIsInstance(caught.exception, camtg.UsageError)
            self.assertIsInstance(caught.exception, camtg.Error)
        self.assertFalse(self.db.entity("KAZ").in_group(self.other.entity("C5")))

    def test_exception_hierarchy(self) -> None:
        self.assertTrue(issubclass(camtg.Error, Exception))
        self.assertTrue(issubclass(camtg.UnknownKeyError, KeyError))
        self.assertTrue(issubclass(camtg.VocabularyError, ValueError))
        self.assertTrue(issubclass(camtg.UsageError, ValueError))
        self.assertTrue(issubclass(camtg.ClosedError, camtg.UsageError))
        self.assertTrue(issubclass(camtg.FileError, OSError))
        for cls in (camtg.UnknownKeyError, camtg.VocabularyError, camtg.UsageError,
                    camtg.ClosedError, camtg.FileError):
            self.assertTrue(issubclass(cls, camtg.Error), cls)

    def test_other_codes_keep_their_status(self) -> None:
        with self.assertRaises(camtg.Error) as caught:
            check(_capi.CAMTG_ENOMEM, None)
        self.assertEqual(caught.exception.code, _capi.CAMTG_ENOMEM)
        self.assertEqual(caught.exception.status, "CAMTG_ENOMEM")
        self.assertEqual(str(caught.exception), _capi.camtg_strerror(_capi.CAMTG_ENOMEM))
        self.assertIn("CAMTG_ENOMEM", repr(caught.exception))
        with self.assertRaises(camtg.UsageError):
            check(_capi.CAMTG_EINVAL, None)
        self.assertIsNone(check(_capi.CAMTG_OK, None))


if __name__ == "__main__":
    unittest.main()
