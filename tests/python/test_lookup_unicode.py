# SPDX-License-Identifier: MIT
"""Entity lookup through the binding, over the data file the C twin reads
(tests/c/data/unicode-names.json): keys match after full case folding and
NFC normalisation, whatever the script and whichever normal form the file or
the caller uses; an exact id still wins first. Each key is one subTest, so
a failure names the key. Combining marks are written as escapes ("\\u0308",
COMBINING DIAERESIS) so that an editor cannot normalise the source."""

from __future__ import annotations

import os
import unittest
from typing import Optional, Sequence, Tuple

import camtg

DATA_FILE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                         "c", "data", "unicode-names.json")

# (key, id of the entity it finds); None for a miss.
Cases = Sequence[Tuple[str, Optional[str]]]


class UnicodeLookupTest(unittest.TestCase):
    db: camtg.Database

    @classmethod
    def setUpClass(cls) -> None:
        cls.db = camtg.open(DATA_FILE)

    @classmethod
    def tearDownClass(cls) -> None:
        cls.db.close()

    def check(self, cases: Cases) -> None:
        for key, want in cases:
            with self.subTest(key=key):
                if want is None:
                    with self.assertRaises(camtg.UnknownKeyError) as raised:
                        self.db.entity(key)
                    self.assertEqual(raised.exception.args[0], key)
                else:
                    self.assertEqual(self.db.entity(key).id, want)

    def test_nfc_and_nfd_keys(self) -> None:
        self.check([
            # stored NFC
            ("T\u00fcrkmenistan", "TKM"),
            ("Tu\u0308rkmenistan", "TKM"),
            ("TU\u0308RKMENISTAN", "TKM"),
            # stored NFD (name and alias)
            ("\u00dclemiste", "lake"),
            ("U\u0308lemiste", "lake"),
            ("\u00fcLEMISTE", "lake"),
            ("republiken finland \u00e4r", "FIN"),
            # a diaeresis is not nothing
            ("Ulemiste", None),
        ])

    def test_cyrillic_case(self) -> None:
        self.check([
            ("\u041a\u0430\u0437\u0430\u0445\u0441\u0442\u0430\u043d", "KAZ"),  # as stored
            ("\u043a\u0430\u0437\u0430\u0445\u0441\u0442\u0430\u043d", "KAZ"),  # lower case
            ("\u041a\u0410\u0417\u0410\u0425\u0421\u0422\u0410\u041d", "KAZ"),  # upper case
        ])

    def test_latin_case_and_full_folding(self) -> None:
        self.check([
            ("H\u00c4MEENLINNA", "hameenlinna"),
            ("h\u00e4meenlinna", "hameenlinna"),
            ("HA\u0308MEENLINNA", "hameenlinna"),  # decomposed upper case
            ("STRASSE", "strasse"),  # full case folding: sharp s folds to ss
            ("Stra\u00dfe", "strasse"),
            ("H\u00e4meenlina", None),  # a letter short
        ])

    def test_exact_id_first(self) -> None:
        self.check([
            # "KAZ" and "kaz" are two entities: each exact id finds its own.
            ("KAZ", "KAZ"),
            ("kaz", "kaz"),
            # Ignoring case, both ids answer to "Kaz": the first in the file wins.
            ("Kaz", "KAZ"),
            # An id ignoring case wins over an alias: "tkm" is also lake's alias.
            ("tkm", "TKM"),
            # A name wins over an alias: "Turkmenistan" is TKM's alias, spelt
            # without the diaeresis, and no name.
            ("turkmenistan", "TKM"),
        ])

    def test_misses(self) -> None:
        self.check([
            ("T\u00fcrkmen", None),
            # bytes that are not UTF-8, as os.fsdecode() hands them over
            ("\udcff\udcfe", None),
            ("Tu\u0308\udcff", None),  # starts well, then not UTF-8
            (" Suomi", None),  # white space is not ignored
        ])

    def test_lookup_by_record_is_the_same_record(self) -> None:
        # A key found through folding gives the record the exact id gives.
        self.assertEqual(self.db.entity("\u043a\u0430\u0437\u0430\u0445\u0441\u0442\u0430\u043d"),
                         self.db.entity("KAZ"))


if __name__ == "__main__":
    unittest.main()
