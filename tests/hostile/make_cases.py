#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Writes the committed hostile-input cases under tests/hostile/cases/.

A developer tool, not run by the build: the cases are plain files so that a
reader (and the fuzzer's seed corpus) sees exactly the bytes that the runner
feeds to the library. Each case is one folder holding `input` (the bytes) and
`expected` (what the library must answer), in the manner of Jansson's
test/suites/invalid; ctest runs each folder as its own test, hostile.<folder>
(tests/hostile/CMakeLists.txt). Most inputs are tests/hostile/base.json with
one fault put in, as a JSON edit (set, delete, insert or rename at a JSON
Pointer) or, for syntax, a change of the serialised text; the fault and the
answer it must produce are declared side by side below. Run it again after
changing base.json or a case:

    /usr/bin/python3 tests/hostile/make_cases.py

base.json is the project's one base document: the C tests read it too
(CAMTG_TEST_BASE; tests/c/test_api.c checks its every field), so a change
to it is a change to their expectations as well.

The `expected` format is one `key value` pair a line:
    code     the status constant's name (CAMTG_OK for inputs that must load)
    path     the JSON Pointer the error must carry (the line is `path` alone
             for the empty pointer)
    message  a substring the error message must contain
    line, column   the position of a syntax error (required for CAMTG_ESYNTAX)
    offset   the byte offset just past the offending token (syntax errors)
    message2 a second substring the message must contain

Wrong JSON types are not listed here: the runner derives one case per field
and per wrong type from base.json at test time (see hostile_runner.c).
"""
import copy
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

with open(os.path.join(HERE, "base.json"), encoding="utf-8") as f:
    BASE = json.load(f)


def dump(doc):
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def entity_index(doc, ident):
    for i, e in enumerate(doc["entities"]):
        if e["id"] == ident:
            return i
    raise KeyError(ident)


def edited(edit):
    """A copy of the base dataset changed by `edit(doc)`, serialised."""
    doc = copy.deepcopy(BASE)
    edit(doc)
    return dump(doc)


def _parent(doc, path):
    """The container that holds the value at a JSON Pointer, and the last
    segment (an int for a list). Every container on the way must exist."""
    parts = path.split("/")[1:]
    node = doc
    for p in parts[:-1]:
        node = node[int(p)] if isinstance(node, list) else node[p]
    last = parts[-1]
    return node, int(last) if isinstance(node, list) else last


def setter(path, value):
    """An edit that sets the value at a JSON Pointer (the parent must exist)."""
    def edit(doc):
        node, last = _parent(doc, path)
        node[last] = value
    return edit


def deleter(path):
    """An edit that deletes the value at a JSON Pointer."""
    def edit(doc):
        node, last = _parent(doc, path)
        del node[last]
    return edit


def inserter(path, value):
    """An edit that inserts `value` into a list before the item at a JSON
    Pointer (the items from there on move up by one)."""
    def edit(doc):
        node, last = _parent(doc, path)
        node.insert(last, value)
    return edit


def renamer(path, new_key):
    """An edit that renames the key at a JSON Pointer (the value moves to the
    end of its object)."""
    def edit(doc):
        node, last = _parent(doc, path)
        node[new_key] = node.pop(last)
    return edit


def chain(*edits):
    def edit(doc):
        for e in edits:
            e(doc)
    return edit


RECORD_WORDS = {"sources": "source", "entities": "entity", "meetings": "meeting",
                "commitments": "commitment", "followups": "follow-up"}


def named(path, doc=None):
    """The words a message about a value inside a record starts with, as in
    'entity "KAZ": ', from the record's id in the base document."""
    section, index = path.split("/")[1:3]
    return '%s "%s": ' % (RECORD_WORDS[section], (doc or BASE)[section][int(index)]["id"])


def base_text():
    return dump(BASE)


cases = []


def case(name, data, code, path="", message=None, line=None, column=None, message2=None,
         offset=None):
    cases.append((name, data, dict(code=code, path=path, message=message, message2=message2,
                                   line=line, column=column, offset=offset)))


# ---------------------------------------------------------------- syntax ---
# Positions are what camtg_error documents: 1-based lines, columns counted in
# characters. Jansson places a syntax error on the last character of the token
# it choked on (the whole string for a bad escape, the opening quote for a
# byte that is not UTF-8, the last character read at the end of the input).
def position(data, index):
    """Line, column and offset of the character whose first byte is
    data[index]. The offset is "just past the offending token"
    (camtg_error::offset): the bytes the parser consumed, which for a
    multi-byte character stops after its first byte."""
    line_start = data.rfind(b"\n", 0, index) + 1
    column = sum(1 for b in data[line_start:index + 1] if b & 0xC0 != 0x80)
    return data.count(b"\n", 0, index) + 1, column, index + 1


def eof(data):
    """Where Jansson stands at the end of the input: after its last character."""
    line_start = data.rfind(b"\n") + 1
    return (data.count(b"\n") + 1, sum(1 for b in data[line_start:] if b & 0xC0 != 0x80),
            len(data))


def token_end(data, token, nth=1):
    """Position of the last character of the nth occurrence of `token`."""
    at = -1
    for _ in range(nth):
        at = data.index(token, at + 1)
    return position(data, at + len(token) - 1)


def syntax(name, data, message, pos, code="CAMTG_ESYNTAX"):
    case(name, data, code, message=message, line=pos[0], column=pos[1], offset=pos[2])


TEXT = base_text()
case("syntax-empty", b"", "CAMTG_ESYNTAX", message="the input is empty", line=1, column=1,
     offset=0)
ws = b"  \n\t\n"
syntax("syntax-whitespace-only", ws, "'[' or '{' expected near end of file", eof(ws))
half = TEXT[: len(TEXT) // 2]
syntax("syntax-truncated-half", half, "expected near end of file", eof(half))
d = b'{"camtg": 1, "sources": [{"id": "src'
syntax("syntax-truncated-in-string", d, "premature end of input", eof(d))
d = b'{"camtg"'
syntax("syntax-truncated-after-key", d, "':' expected near end of file", eof(d))
d = b'{"camtg": 1,}'
syntax("syntax-trailing-comma", d, "string or '}' expected near '}'", token_end(d, b"}"))
d = b'{"camtg" 1}'
syntax("syntax-missing-colon", d, "':' expected near '1'", token_end(d, b"1"))
d = b"{'camtg': 1}"
syntax("syntax-single-quotes", d, "string or '}' expected near '''", token_end(d, b"'"))
d = b'{"camtg": 1 // schema\n}'
syntax("syntax-comment", d, "'}' expected near '/'", token_end(d, b"/"))
d = b'{"camtg": 1}\n{"camtg": 1}\n'
syntax("syntax-garbage-after-document", d, "end of file expected near '{'", token_end(d, b"{", 2))
d = b'{"camtg": NaN}'
syntax("syntax-nan", d, "invalid token near 'NaN'", token_end(d, b"NaN"))
d = b'{"camtg": 01}'
syntax("syntax-leading-zero", d, "invalid token near '0'", token_end(d, b"0"))
d = b'{"camtg": 1, "x": "\\q"}'
syntax("syntax-bad-escape", d, "invalid escape near '\"\\q'", token_end(d, b'"\\q'))
d = b'{"camtg": 1, "x": "a\nb"}'
syntax("syntax-raw-newline-in-string", d, "unexpected newline", token_end(d, b'"a'))
d = b'{"camtg": 99999999999999999999999}'
syntax("syntax-integer-too-big", d, "too big integer", token_end(d, b"99999999999999999999999"))
# A syntax error deep in a pretty-printed file: the line must be the real one.
d = TEXT.replace(b'"format": "separate talks",', b'"format": "separate talks"', 1)
syntax("syntax-missing-comma-line", d, "'}' expected near '\"source\"'",
       token_end(d, b'"source"', d.count(b'"source"', 0, d.index(b'"separate talks"')) + 1))

# A section or a list written as an object: the brackets no longer pair up,
# and the parser reports where it notices, which is later.
d = TEXT.replace(b'"entities": [', b'"entities": {"x": [', 1)
syntax("syntax-object-for-section", d, "'}' expected near end of file", eof(d))
d = TEXT.replace(b'"aliases": [', b'"aliases": {"a": [', 1)
syntax("syntax-object-for-list", d, "string or '}' expected near '{'",
       position(d, d.index(b"{", d.index(b'"aliases": {') + len(b'"aliases": {'))))

# --------------------------------------------------------- not an object ---
case("toplevel-array", b"[]", "CAMTG_ESCHEMA", path="",
     message="the top level must be an object")
case("toplevel-array-of-dataset", b"[" + TEXT + b"]", "CAMTG_ESCHEMA", path="",
     message="not an array")
# Jansson parses only arrays and objects at the top: scalars are syntax errors.
for label, d in [("string", b'"camtg"'), ("number", b"1"), ("null", b"null"), ("true", b"true")]:
    syntax("toplevel-%s" % label, d, "'[' or '{' expected near '%s'" % d.decode(),
           position(d, len(d) - 1))
case("toplevel-empty-object", b"{}", "CAMTG_ESCHEMA", path="/camtg",
     message='missing required key "camtg"')

# ---------------------------------------------------------- schema version ---
for label, v in [("3", 3), ("0", 0), ("negative", -1), ("huge", 9223372036854775807)]:
    case("version-%s" % label, edited(setter("/camtg", v)), "CAMTG_ESCHEMA", path="/camtg",
         message="unsupported schema version %d" % v)
case("version-string", edited(setter("/camtg", "1")), "CAMTG_ESCHEMA", path="/camtg",
     message='"camtg" must be the schema version, an integer, not a string')

# ---------------------------------------------------------- missing keys ---
REQUIRED = {
    "": ["camtg", "sources", "entities", "meetings", "commitments"],
    "/sources/0": ["id", "title", "publisher", "published", "dateline", "language", "text"],
    "/entities/0": ["id", "type", "name"],
    "/entities/3": ["country", "positions"],           # person
    "/entities/12": ["members"],                       # group
    "/meetings/0": ["id", "title", "date", "place", "host", "participants", "format", "source"],
    "/commitments/0": ["id", "meeting", "kind", "type", "verb", "summary", "actors", "targets",
                       "objects", "sectors", "status", "evidence"],
    "/commitments/0/evidence": ["source", "start", "end", "quote"],
}
for parent, keys in REQUIRED.items():
    for key in keys:
        where = parent.strip("/").replace("/", "-") or "top"
        # Inside a record the message names it, once it has an id.
        case("missing-%s-%s" % (where, key), edited(deleter(parent + "/" + key)),
             "CAMTG_ESCHEMA", path=parent + "/" + key,
             message='missing required key "%s"' % key,
             message2=named(parent) if parent and key != "id" else None)
# Keys are matched exactly: "Sources" is an unknown key, not "sources".
case("missing-top-sources-other-case", edited(renamer("/sources", "Sources")), "CAMTG_ESCHEMA",
     path="/sources", message='missing required key "sources"')

# ------------------------------------------------- records and field types ---
# A record that is not an object, put before the others, and a list item
# that is not a string, put before the others.
case("record-not-object-inserted", edited(inserter("/entities/0", 42)), "CAMTG_ESCHEMA",
     path="/entities/0", message="each entity must be an object, not an integer")
case("alias-null-inserted", edited(inserter("/entities/0/aliases/0", None)), "CAMTG_ESCHEMA",
     path="/entities/0/aliases/0", message='each item of "aliases" must be a string, not null')
# The runner tries every wrong type at every value (hostile_runner.c); these
# check the whole sentence, and that it names the record.
FIELD_TYPES = [
    ("entity-name", "/entities/1/name", 7, "name must be a string, not an integer"),
    ("entity-id", "/entities/1/id", ["KAZ"], "id must be a string, not an array"),
    ("source-title", "/sources/0/title", True, "title must be a string, not a boolean"),
    ("source-text", "/sources/0/text", 1.5, "text must be a string, not a number"),
    ("meeting-format", "/meetings/0/format", {}, "format must be a string, not an object"),
    ("commitment-verb", "/commitments/0/verb", None, "verb must be a string, not null"),
    ("evidence", "/commitments/0/evidence", [], '"evidence" must be an object, not an array'),
    ("evidence-start", "/commitments/0/evidence/start", "69",
     '"start" must be an integer, not a string'),
    ("positions", "/entities/3/positions", "Doctor", '"positions" must be an array, not a string'),
    ("section", "/meetings", 7, '"meetings" must be an array, not an integer'),
]
for label, path, value, msg in FIELD_TYPES:
    case("type-%s" % label, edited(setter(path, value)), "CAMTG_ESCHEMA", path=path, message=msg,
         message2=named(path) if path.count("/") > 1 and not path.endswith("/id") else None)

# ------------------------------------------------ malformed values (schema) ---
SCHEMA_VALUES = [
    ("empty-name", "/entities/1/name", "", "name must not be empty"),
    ("empty-title", "/sources/0/title", "", "title must not be empty"),
    ("empty-quote", "/commitments/1/evidence/quote", "", "quote must not be empty"),
    ("empty-alias", "/entities/0/aliases/1", "", 'each item of "aliases" must not be empty'),
    ("empty-actors", "/commitments/1/actors", [], '"actors" must list at least one entity'),
    ("empty-members", "/entities/12/members", [], '"members" must list at least one entity'),
    ("empty-sectors", "/commitments/1/sectors", [], '"sectors" must list at least one sector'),
    ("actor-twice", "/commitments/1/actors/1", "CHN", '"actors" lists "CHN" twice'),
    ("sector-twice", "/commitments/1/sectors/1", "connectivity",
     '"sectors" lists "connectivity" twice'),
    ("wikidata-not-q", "/entities/0/wikidata", "148", 'wikidata "148" is not a Wikidata item id'),
    ("wikidata-q0", "/entities/0/wikidata", "Q0148", 'wikidata "Q0148" is not a Wikidata item id'),
    ("cameo-letters", "/commitments/0/cameo", "05a", 'cameo "05a" is not a CAMEO code'),
    ("cameo-too-long", "/commitments/0/cameo", "05711", 'cameo "05711" is not a CAMEO code'),
    ("wikidata-number", "/entities/0/wikidata", "Q", 'wikidata "Q" is not a Wikidata item id'),
]
for label, path, value, msg in SCHEMA_VALUES:
    # A list emptied is reported at the list, an item at the item.
    case("schema-%s" % label, edited(setter(path, value)), "CAMTG_ESCHEMA", path=path,
         message=msg)
# A member listed again further on is reported at the second place.
case("schema-member-twice", edited(inserter("/entities/12/members/0", "KGZ")), "CAMTG_ESCHEMA",
     path="/entities/12/members/2", message='"members" lists "KGZ" twice',
     message2=named("/entities/12"))

# ------------------------------------------------------------ duplicates ---
def dup_key_case(name, data, second_key):
    at = data.index(second_key, data.index(second_key) + 1)
    syntax(name, data, "duplicate object key near '%s'" % second_key.decode(),
           position(data, at + len(second_key) - 1))


dup_key_case("duplicate-key-top",
             TEXT.replace(b'"camtg": 1,', b'"camtg": 1,\n  "camtg": 1,', 1), b'"camtg"')
d = TEXT.replace(b'"name": "Kazakhstan"', b'"name": "Kazakhstan", "name": "KZ"', 1)
at = d.index(b'"name": "KZ"')
syntax("duplicate-key-nested", d, "duplicate object key near '\"name\"'",
       position(d, at + len(b'"name"') - 1))
d = TEXT.replace(b'"start": ', b'"start": 1, "start": ', 1)
at = d.index(b'"start": 1, "start"') + len(b'"start": 1, "start"') - 1
syntax("duplicate-key-evidence", d, "duplicate object key near '\"start\"'", position(d, at))
DUP_IDS = [
    ("entities", "/entities/2/id", "KAZ", "/entities/1"),
    ("sources", "/sources/1/id", "src-1", "/sources/0"),
    ("meetings", "/meetings/1/id", "m-1", "/meetings/0"),
    ("commitments", "/commitments/2/id", "c-1", "/commitments/0"),
    # Ids are unique across the whole file, not per section.
    ("entity-as-source", "/entities/14/id", "src-2", "/sources/1"),
    ("commitment-as-meeting", "/commitments/2/id", "m-2", "/meetings/1"),
    ("meeting-as-entity", "/meetings/1/id", "CHN", "/entities/0"),
    ("commitment-as-entity", "/commitments/2/id", "KAZ", "/entities/1"),
]
for label, path, ident, first in DUP_IDS:
    case("duplicate-id-%s" % label, edited(setter(path, ident)), "CAMTG_EDUPLICATE", path=path,
         message='id "%s" is already defined at %s' % (ident, first))

# --------------------------------------------------------- id characters ---
for label, path, bad in [("space", "/entities/14/id", "KAZ 2"),
                         ("slash", "/entities/14/id", "a/b"),
                         ("non-ascii", "/entities/14/id", "Qazaqstan\u00e9"),
                         ("colon", "/entities/14/id", "wd:Q232"),
                         ("tab", "/entities/14/id", "a\tb"),
                         ("source", "/sources/1/id", "src 2"),
                         ("meeting", "/meetings/1/id", "m#2"),
                         ("commitment", "/commitments/2/id", "c?3")]:
    case("id-chars-%s" % label, edited(setter(path, bad)), "CAMTG_ESCHEMA", path=path,
         message='id "%s" has a character outside [A-Za-z0-9._-]' % bad)
case("id-chars-empty", edited(setter("/entities/14/id", "")), "CAMTG_ESCHEMA",
     path="/entities/14/id", message="id must not be empty")

# ------------------------------------------------------------ references ---
REFS = [
    ("person-country", "/entities/3/country", "country", "an entity"),
    ("place-within", "/entities/7/within", "within", "an entity"),
    ("group-member", "/entities/12/members/1", "members", "an entity"),
    ("event-place", "/entities/10/place", "place", "an entity"),
    ("meeting-place", "/meetings/0/place", "place", "an entity"),
    ("meeting-host", "/meetings/0/host", "host", "an entity"),
    ("meeting-participant", "/meetings/0/participants/1", "participants", "an entity"),
    ("meeting-source", "/meetings/0/source", "source", "a source"),
    ("meeting-context", "/meetings/0/context", "context", "an entity"),
    ("commitment-meeting", "/commitments/1/meeting", "meeting", "a meeting"),
    ("commitment-actor", "/commitments/1/actors/1", "actors", "an entity"),
    ("commitment-target", "/commitments/0/targets/0", "targets", "an entity"),
    ("commitment-object", "/commitments/1/objects/1", "objects", "an entity"),
    ("evidence-source", "/commitments/1/evidence/source", "source", "a source"),
]
for label, path, key, kind in REFS:
    case("reference-%s" % label, edited(setter(path, "no-such-id")), "CAMTG_EREFERENCE",
         path=path, message='%s "no-such-id" is not defined (expected %s id)' % (key, kind),
         message2=named(path))
# An id that exists but names a record of the wrong kind.
WRONG_KIND = [
    ("meeting-source-is-entity", "/meetings/0/source", "CHN", "is an entity, not a source"),
    ("evidence-source-is-meeting", "/commitments/0/evidence/source", "m-1",
     "is a meeting, not a source"),
    ("commitment-meeting-is-source", "/commitments/0/meeting", "src-1",
     "is a source, not a meeting"),
    ("commitment-actor-is-meeting", "/commitments/0/actors/0", "m-1",
     "is a meeting, not an entity"),
    ("commitment-target-is-commitment", "/commitments/0/targets/0", "c-2",
     "is a commitment, not an entity"),
    ("group-member-is-source", "/entities/12/members/0", "src-1", "is a source, not an entity"),
    ("meeting-host-is-commitment", "/meetings/0/host", "c-1", "is a commitment, not an entity"),
    # Entities of the wrong type where the format names one.
    ("person-country-is-person", "/entities/3/country", "nurtleu", "is a person, not a country"),
    ("place-within-is-topic", "/entities/7/within", "sovereignty",
     "is a topic, not a country or place"),
    ("event-place-is-group", "/entities/10/place", "central-asia",
     "is a group, not a country or place"),
    # The same checks where the entity named comes earlier in the file.
    ("person-country-is-person-earlier", "/entities/4/country", "qin-gang",
     "is a person, not a country"),
    ("place-within-is-organization-earlier", "/entities/7/within", "sco",
     "not a country or place"),
    ("event-place-is-initiative-earlier", "/entities/10/place", "bri",
     "not a country or place"),
    # Each kind of record named where another is expected.
    ("person-country-is-place", "/entities/3/country", "xian", "is a place, not a country"),
    ("place-within-is-project", "/entities/7/within", "cku-railway",
     "is a project, not a country or place"),
    ("place-within-is-initiative", "/entities/7/within", "bri",
     "is an initiative, not a country or place"),
    ("event-place-is-meeting", "/entities/10/place", "m-1", "is a meeting, not an entity"),
    ("meeting-participant-is-commitment", "/meetings/0/participants/0", "c-1",
     "is a commitment, not an entity"),
    ("commitment-target-is-source", "/commitments/0/targets/0", "src-1",
     "is a source, not an entity"),
]
for label, path, ident, msg in WRONG_KIND:
    case("reference-kind-%s" % label, edited(setter(path, ident)), "CAMTG_EREFERENCE",
         path=path, message='"%s" is a' % ident, message2=msg)
# Case matters in references: ids are exact.
case("reference-wrong-case", edited(setter("/commitments/0/actors/0", "chn")),
     "CAMTG_EREFERENCE", path="/commitments/0/actors/0", message='"chn" is not defined')

# ---------------------------------------------------------------- cycles ---
# The library reports the link that closes the loop, naming both ends.
case("cycle-within-self", edited(setter("/entities/7/within", "xian")), "CAMTG_ECYCLE",
     path="/entities/7/within", message='"within" names "xian", which already lies within "xian"')
case("cycle-within-two", edited(setter("/entities/6/within", "xian")), "CAMTG_ECYCLE",
     path="/entities/7/within",
     message='"within" names "shaanxi", which already lies within "xian"')
case("cycle-within-three", edited(chain(setter("/entities/6/within", "KGZ"),
                                        setter("/entities/2/type", "place"),
                                        setter("/entities/2/within", "xian"))),
     "CAMTG_ECYCLE", path="/entities/6/within",
     message='"within" names "KGZ", which already lies within "shaanxi"')
case("cycle-group-self", edited(setter("/entities/12/members/1", "central-asia")), "CAMTG_ECYCLE",
     path="/entities/12/members/1",
     message='member "central-asia" contains "central-asia" itself')
case("cycle-group-two", edited(setter("/entities/12/members/1", "c-plus-c5")), "CAMTG_ECYCLE",
     path="/entities/13/members/1", message='member "central-asia" contains "c-plus-c5" itself')

# ------------------------------------------------------------ vocabulary ---
# The message lists the words the format allows (docs/data-format.md); where
# a row gives the start of that list, the message must show it.
VOCAB = [
    ("entity-type", "/entities/14/type", "concept", "entity type", "country, "),
    ("entity-type-case", "/entities/1/type", "Country", "entity type", ""),
    ("kind", "/commitments/1/kind", "promise", "kind", "pledge, position, assessment)"),
    ("plover", "/commitments/1/type", "HELP", "PLOVER type", ""),
    ("plover-lower", "/commitments/1/type", "cooperate", "PLOVER type", ""),
    ("sector", "/commitments/1/sectors/1", "space", "sector", ""),
    ("status", "/commitments/1/status", "done", "status",
     "pledged, in_progress, fulfilled, lapsed)"),
]
for label, path, value, what, listed in VOCAB:
    case("vocab-%s" % label, edited(setter(path, value)), "CAMTG_EVOCAB", path=path,
         message='unknown %s "%s" (expected one of: %s' % (what, value, listed))

# ----------------------------------------------------------------- dates ---
DATES = [
    ("feb-30", "/sources/0/published", "2023-02-30"),
    ("unpadded", "/sources/0/published", "2023-4-1"),
    ("month-13", "/meetings/0/date", "2023-13-01"),
    ("day-0", "/meetings/0/date", "2023-04-00"),
    ("not-leap", "/entities/10/date", "2023-02-29"),
    ("century-not-leap", "/entities/10/date", "1900-02-29"),
    ("with-time", "/meetings/1/date", "2024-02-29T10:00:00Z"),
    ("slashes", "/sources/1/published", "2024/02/29"),
    ("words", "/meetings/0/date", "April 26, 2023"),
    ("signed-year", "/meetings/0/date", "+023-04-26"),
]
for label, path, value in DATES:
    key = path.rsplit("/", 1)[1]
    case("date-%s" % label, edited(setter(path, value)), "CAMTG_ESCHEMA", path=path,
         message='"%s" is "%s", not a calendar date written YYYY-MM-DD' % (key, value))
case("date-empty", edited(setter("/sources/1/published", "")), "CAMTG_ESCHEMA",
     path="/sources/1/published", message="published must not be empty")
case("date-number", edited(setter("/sources/0/published", 20230427)), "CAMTG_ESCHEMA",
     path="/sources/0/published", message="published must be a string, not an integer")
# 2000 was a leap year (divisible by 400): this must load.
case("ok-date-leap-2000", edited(setter("/entities/10/date", "2000-02-29")), "CAMTG_OK")

# ------------------------------------------------------------- evidence ---
ev = BASE["commitments"][1]["evidence"]
text0 = BASE["sources"][0]["text"]
nchars = len(text0)
P = "/commitments/1/evidence/"
EVIDENCE = [
    ("start-negative", setter(P + "start", -1), P + "start",
     '"start" is -1, but offsets cannot be negative'),
    ("start-most-negative", setter(P + "start", -9223372036854775808), P + "start",
     '"start" is -9223372036854775808, but offsets cannot be negative'),
    ("reversed", chain(setter(P + "start", ev["end"]), setter(P + "end", ev["start"])), P + "end",
     "end %d must be greater than start %d" % (ev["start"], ev["end"])),
    ("empty-range", setter(P + "end", ev["start"]), P + "end",
     "end %d must be greater than start %d" % (ev["start"], ev["start"])),
    ("end-past-text", setter(P + "end", nchars + 1), P + "end",
     'end %d is past the end of source "src-1" (%d characters)' % (nchars + 1, nchars)),
    ("both-past-text", chain(setter(P + "start", nchars + 10), setter(P + "end", nchars + 20)),
     P + "end", 'end %d is past the end of source "src-1"' % (nchars + 20)),
    ("end-huge", setter(P + "end", 9223372036854775807), P + "end",
     "end 9223372036854775807 is past the end"),
    ("quote-differs", setter(P + "quote", ev["quote"].replace("railway", "highway")), P + "quote",
     "differs from the text at [%d, %d)" % (ev["start"], ev["end"])),
    ("quote-shifted-by-one", chain(setter(P + "start", ev["start"] + 1),
                                   setter(P + "end", ev["end"] + 1)), P + "quote",
     "differs from the text at [%d, %d)" % (ev["start"] + 1, ev["end"] + 1)),
    ("quote-one-char-short", setter(P + "quote", ev["quote"][:-1]), P + "quote",
     "differs from the text at [%d, %d)" % (ev["start"], ev["end"])),
    # Offsets counted in UTF-8 bytes instead of code points: the text before
    # the quote holds two multi-byte characters, so the byte count overshoots.
    ("byte-offsets", chain(setter(P + "start", len(text0[: ev["start"]].encode("utf-8"))),
                           setter(P + "end", len(text0[: ev["end"]].encode("utf-8")))), P + "quote",
     "differs from the text at [%d, %d)" % (len(text0[: ev["start"]].encode("utf-8")),
                                            len(text0[: ev["end"]].encode("utf-8")))),
    # Offsets in range of another, shorter source.
    ("other-source", setter(P + "source", "src-2"), P + "end",
     'end %d is past the end of source "src-2" (11 characters)' % ev["end"]),
]
for label, edit, path, msg in EVIDENCE:
    case("evidence-%s" % label, edited(edit), "CAMTG_EEVIDENCE", path=path,
         message='commitment "c-2": ', message2=msg)
# The message shows the quote and the text it was compared with (both short
# enough to be shown whole, with a two-byte character in each).
ev3 = BASE["commitments"][2]["evidence"]
case("evidence-quote-and-text-shown", edited(setter("/commitments/2/evidence/end", ev3["end"] - 1)),
     "CAMTG_EEVIDENCE", path="/commitments/2/evidence/quote",
     message='commitment "c-3": quote "%s" differs from the text at [%d, %d): "%s"'
     % (ev3["quote"], ev3["start"], ev3["end"] - 1, text0[ev3["start"]:ev3["end"] - 1]))
# A quote in range of the other source but not its text.
case("evidence-other-source-in-range", edited(chain(setter(P + "source", "src-2"),
                                                    setter(P + "start", 0),
                                                    setter(P + "end", 5))),
     "CAMTG_EEVIDENCE", path=P + "quote", message='differs from the text at [0, 5): "Short"')


# ------------------------------------------------------ UTF-8 and escapes ---
SUMMARY = b'"summary": "China supports'


def in_summary(raw):
    """The base text with `raw` bytes spliced into the first commitment's
    summary, and the index of that string's opening quote."""
    quote = TEXT.index(SUMMARY) + len(b'"summary": ')
    at = quote + 1
    return TEXT[:at] + raw + TEXT[at:], quote


def string_end(data, quote):
    """Index of the closing quote of the JSON string opening at `quote`."""
    i = quote + 1
    while data[i:i + 1] != b'"':
        i += 2 if data[i:i + 1] == b"\\" else 1
    return i


for label, raw in [("byte-ff", b"\xff"), ("overlong-slash", b"\xc0\xaf"),
                   ("truncated-sequence", b"\xe2\x80"), ("lone-continuation", b"\x80"),
                   ("encoded-surrogate", b"\xed\xa0\x80"), ("above-max", b"\xf4\x90\x80\x80")]:
    d, quote = in_summary(raw)
    syntax("utf8-%s" % label, d, "unable to decode byte 0x%02x" % raw[0], position(d, quote))
for label, esc, bad in [("lone-high-surrogate", b"\\ud800", "\\uD800"),
                        ("lone-low-surrogate", b"\\udc00", "\\uDC00"),
                        ("reversed-surrogates", b"\\udc00\\ud800", "\\uDC00"),
                        ("high-then-letter", b"\\ud800x", "\\uD800")]:
    d, quote = in_summary(esc)
    syntax("escape-%s" % label, d, "invalid Unicode '%s'" % bad, position(d, string_end(d, quote)))
# A valid pair decodes to one code point and loads.
d, _ = in_summary(b"\\ud83d\\ude00 ")
case("ok-escape-surrogate-pair", d, "CAMTG_OK")
# Invalid UTF-8 in a key, not a value.
d = TEXT.replace(b'"camtg": 1,', b'"camtg": 1,\n  "\xffkey": 0,', 1)
syntax("utf8-in-key", d, "unable to decode byte 0xff", position(d, d.index(b'"\xff')))
# Invalid UTF-8 inside an unknown key's value is still invalid input.
d = TEXT.replace(b'"camtg": 1,', b'"camtg": 1,\n  "x-note": "\xc3",', 1)
syntax("utf8-in-unknown-value", d, "unable to decode byte 0xc3",
       position(d, d.index(b'"\xc3')))

# Values quoted in messages are shortened; they must be cut between
# characters, never inside one, or the message is not UTF-8 any more.
LONG = "a" + "\u00e9" * 40
case("message-cut-vocab", edited(setter("/commitments/1/kind", LONG)), "CAMTG_EVOCAB",
     path="/commitments/1/kind", message='unknown kind "a\u00e9\u00e9')
case("message-cut-date", edited(setter("/sources/0/published", LONG)), "CAMTG_ESCHEMA",
     path="/sources/0/published", message='"published" is "a\u00e9\u00e9')
case("message-cut-reference", edited(setter("/commitments/1/actors/1", LONG)),
     "CAMTG_EREFERENCE", path="/commitments/1/actors/1", message='actors "a\u00e9\u00e9')
case("message-cut-id", edited(setter("/entities/14/id", LONG)), "CAMTG_ESCHEMA",
     path="/entities/14/id", message='has a character outside [A-Za-z0-9._-]')
case("message-cut-quote", edited(setter("/commitments/1/evidence/quote", "\u00e9" * 80)),
     "CAMTG_EEVIDENCE", path="/commitments/1/evidence/quote", message='quote "\u00e9\u00e9')

# ------------------------------------------------------------------ NULs ---
d, quote = in_summary(b"\\u0000")
syntax("nul-escaped-in-string", d, "\\u0000 is not allowed", position(d, string_end(d, quote)))
# A raw NUL byte is never JSON (control characters in strings must be
# escaped, and NUL is not white space): wherever it is, the error is at that
# byte and says so.
d, quote = in_summary(b"\x00")
syntax("nul-raw-in-string", d, "NUL byte", position(d, quote + 1))
d = TEXT + b"\x00"
syntax("nul-raw-after-document", d, "NUL byte", position(d, len(TEXT)))
d = b"\x00" + TEXT
syntax("nul-raw-before-document", d, "NUL byte", position(d, 0))
d = TEXT.replace(b'"camtg": 1,', b'"camtg": 1,\n  "a\\u0000b": 0,', 1)
syntax("nul-escaped-in-key", d, "NUL byte in object key not supported",
       token_end(d, b'"a\\u0000b"'))
# In the source text the quotes slice, where a NUL would cut C strings short.
d = TEXT.replace(b"XI'AN, April 26 \xe2\x80\x94", b"XI'AN,\\u0000April 26 \xe2\x80\x94", 1)
text_quote = d.index(b'"text": "XI') + len(b'"text": ')
syntax("nul-escaped-in-source-text", d, "\\u0000 is not allowed",
       position(d, string_end(d, text_quote)))

# A raw NUL between tokens is not JSON either. (Jansson's reader treats a NUL
# byte as the end of its look-ahead buffer and skips it after a number or a
# literal, so the loader has to look for NUL bytes itself.)
for label, after in [("after-number", b'"camtg": 1\x00,'), ("after-literal", b'"x-flag": true\x00,'),
                     ("between-tokens", None)]:
    if label == "after-number":
        d = TEXT.replace(b'"camtg": 1,', after, 1)
    elif label == "between-tokens":
        d = TEXT.replace(b'"camtg": 1,', b'"camtg": 1,\x00', 1)
    else:
        d = TEXT.replace(b'"camtg": 1,', b'"camtg": 1,\n  ' + after, 1)
    syntax("nul-raw-%s" % label, d, "NUL byte", position(d, d.index(b"\x00")))
# Jansson quotes the bytes near a syntax error; cut inside a character they
# would make the message invalid UTF-8.
d = TEXT.replace(b'"camtg": 1,', b'"camtg": 1,\n  "x": "\\\xf0\x9f\x8c\x80",', 1)
syntax("message-syntax-near-multibyte", d, "invalid escape", position(d, d.index(b"\xf0")))

# --------------------------------------------------------------- nesting ---
# Jansson stops at a depth of 2048; the top-level object is the first level.
HEAD = b'{"camtg": 1, "x": '
deep = HEAD + b"[" * 5000 + b"]" * 5000 + b"}"
syntax("nesting-too-deep-arrays", deep, "maximum parsing depth reached near '['",
       position(deep, len(HEAD) + 2047), code="CAMTG_ELIMIT")
deep_obj = HEAD + b'{"a": ' * 5000 + b"1" + b"}" * 5000 + b"}"
syntax("nesting-too-deep-objects", deep_obj, "maximum parsing depth reached near '{'",
       position(deep_obj, len(HEAD) + 6 * 2047), code="CAMTG_ELIMIT")
# Nesting an unknown key reasonably deep is legal: unknown keys are ignored.
ok_deep = TEXT.replace(b'"camtg": 1,', b'"camtg": 1,\n  "extra": ' + b"[" * 2000 + b"]" * 2000 + b",", 1)
case("ok-unknown-key-nested-2000", ok_deep, "CAMTG_OK")

# Entity ids, names and aliases are lookup keys, bounded so that a lookup
# needs no allocation (docs/errors.md, "Limits").
KEY_MAX = 1024
case("limit-entity-name-too-long", edited(setter("/entities/1/name", "K" * (KEY_MAX + 1))),
     "CAMTG_ELIMIT", path="/entities/1/name", message='entity "KAZ": name "KKK',
     message2="longer than the 1024 bytes a name may have")
case("limit-entity-alias-too-long",
     edited(setter("/entities/0/aliases/1", "\u00e9" * (KEY_MAX // 2) + "x")),
     "CAMTG_ELIMIT", path="/entities/0/aliases/1", message='entity "CHN": alias "\u00e9\u00e9',
     message2="longer than the 1024 bytes")
case("ok-entity-name-at-limit", edited(setter("/entities/1/name", "K" * KEY_MAX)), "CAMTG_OK")


# ------------------------------------------------------- unknown keys OK ---
def add_unknown(doc):
    doc["x-top"] = {"anything": [1, 2.5, None, True]}
    doc["sources"][0]["x-note"] = "kept out of the API"
    doc["entities"][3]["x-born"] = 1963
    doc["meetings"][0]["x-weather"] = None
    doc["commitments"][0]["x-extra"] = []
    doc["commitments"][0]["evidence"]["x-selector"] = {"type": "TextQuoteSelector"}
    # Keys of another entity type are not this type's keys: ignored.
    doc["entities"][0]["members"] = "not checked for a country"


case("ok-unknown-keys-everywhere", edited(add_unknown), "CAMTG_OK")
case("ok-base", TEXT, "CAMTG_OK")
case("ok-empty-lists", edited(chain(setter("/commitments/0/targets", []),
                                    setter("/commitments/0/objects", []),
                                    setter("/entities/0/aliases", []),
                                    setter("/meetings/0/participants", []))), "CAMTG_OK")
case("ok-no-optional-keys", edited(chain(deleter("/sources/0/url"), deleter("/entities/0/aliases"),
                                         deleter("/entities/0/wikidata"),
                                         deleter("/entities/0/description"),
                                         deleter("/entities/7/within"),
                                         deleter("/entities/10/date"),
                                         deleter("/entities/10/place"),
                                         deleter("/meetings/0/context"),
                                         deleter("/commitments/0/cameo"))), "CAMTG_OK")
case("ok-compact", json.dumps(BASE, ensure_ascii=True, separators=(",", ":")).encode(), "CAMTG_OK")
case("ok-crlf", TEXT.replace(b"\n", b"\r\n"), "CAMTG_OK")


# ------------------------------------------- follow-ups (schema version 2) ---
def to_version_2(doc):
    """The base dataset in schema version 2: no stored status, three follow-ups
    (two on the pledge c-2, one restating the assessment c-3)."""
    doc["camtg"] = 2
    for c in doc["commitments"]:
        del c["status"]
    doc["followups_researched"] = "2025-12-31"
    doc["followups"] = [
        {"id": "f-1", "commitment": "c-2", "date": "2024-06-06", "status": "in_progress",
         "summary": "An agreement on the railway was signed.",
         "citations": [{"url": "https://example.invalid/f1", "publisher": "Test Agency",
                        "published": "2024-06-07", "title": "Agreement signed"}]},
        {"id": "f-2", "commitment": "c-2", "date": "2024-12-01", "date_precision": "month",
         "status": "fulfilled", "summary": "Construction began.",
         "citations": [{"url": "http://example.invalid/f2", "publisher": "Other"}]},
        {"id": "f-3", "commitment": "c-3", "date": "2024-01-01", "date_precision": "year",
         "summary": "The ministers said it again.",
         "citations": [{"url": "https://example.invalid/f3", "publisher": "Test Agency"}]},
    ]


def v2(*edits):
    return edited(chain(to_version_2, *edits))


case("followup-ok", v2(), "CAMTG_OK")
case("followup-ok-empty", v2(setter("/followups", []), deleter("/followups_researched")),
     "CAMTG_OK")
case("followup-ok-no-section", v2(deleter("/followups")), "CAMTG_OK")
case("followup-version-1-ignores-section",
     edited(setter("/followups", [{"id": "c-1", "date": "2023-02-30"}])), "CAMTG_OK")
case("followup-month-of-meeting", v2(setter("/followups/1/date", "2023-04-01")), "CAMTG_OK")
# A value set at a JSON Pointer is reported there: (label, pointer, value,
# code, message, second message or None).
FOLLOWUP_VALUES = [
    ("date-feb-30", "/followups/0/date", "2023-02-30", "CAMTG_ESCHEMA",
     '"date" is "2023-02-30", not a calendar date', None),
    ("unknown-commitment", "/followups/0/commitment", "c-9", "CAMTG_EREFERENCE",
     'commitment "c-9" is not defined', None),
    ("commitment-is-entity", "/followups/0/commitment", "KAZ", "CAMTG_EREFERENCE",
     '"KAZ" is an entity, not a commitment', None),
    ("before-meeting", "/followups/0/date", "2023-04-25", "CAMTG_ESCHEMA",
     'date 2023-04-25 is before commitment "c-2" was made', "2023-04-26"),
    ("after-research-date", "/followups/0/date", "2026-01-05", "CAMTG_ESCHEMA",
     'date 2026-01-05 is after "followups_researched" (2025-12-31)', None),
    ("research-date-bad", "/followups_researched", "2025-13-01", "CAMTG_ESCHEMA",
     "not a calendar date", None),
    ("month-not-first-day", "/followups/1/date", "2024-12-15", "CAMTG_ESCHEMA",
     'date "2024-12-15" must be the first day of its month', None),
    ("year-not-first-day", "/followups/2/date", "2024-03-01", "CAMTG_ESCHEMA",
     'date "2024-03-01" must be the first day of its year', None),
    ("precision-word", "/followups/1/date_precision", "week", "CAMTG_EVOCAB",
     'unknown date precision "week" (expected one of: day, month, year)', None),
    ("citations-empty", "/followups/0/citations", [], "CAMTG_ESCHEMA",
     '"citations" must list at least one', None),
    ("citation-not-object", "/followups/0/citations/0", "https://x.invalid", "CAMTG_ESCHEMA",
     "each citation must be an object, not a string", None),
    ("citation-url-not-web", "/followups/0/citations/0/url", "example.invalid/a",
     "CAMTG_ESCHEMA", 'url "example.invalid/a" is not a web address', None),
    ("citation-published-bad", "/followups/0/citations/0/published", "2024-06-31",
     "CAMTG_ESCHEMA", '"published" is "2024-06-31", not a calendar date', None),
    ("status-word", "/followups/0/status", "done", "CAMTG_EVOCAB",
     'unknown follow-up status "done" (expected one of: in_progress, fulfilled, lapsed)', None),
    ("status-pledged", "/followups/0/status", "pledged", "CAMTG_EVOCAB",
     'unknown follow-up status "pledged"', None),
    ("status-on-assessment", "/followups/2/status", "fulfilled", "CAMTG_ESCHEMA",
     'commitment "c-3" is an assessment, which has no status to report', None),
    ("summary-empty", "/followups/0/summary", "", "CAMTG_ESCHEMA", "summary must not be empty",
     None),
    ("duplicate-id", "/followups/1/id", "c-1", "CAMTG_EDUPLICATE",
     'id "c-1" is already defined at /commitments/0', None),
    ("not-object", "/followups/0", [], "CAMTG_ESCHEMA",
     "each follow-up must be an object, not an array", None),
    ("section-not-array", "/followups", {}, "CAMTG_ESCHEMA",
     '"followups" must be an array, not an object', None),
    ("stored-status", "/commitments/0/status", "pledged", "CAMTG_ESCHEMA",
     '"status" is derived from the follow-ups in schema version 2', None),
]
for label, path, value, code, msg, msg2 in FOLLOWUP_VALUES:
    case("followup-" + label, v2(setter(path, value)), code, path=path, message=msg,
         message2=msg2)
# A required key deleted is reported at its place.
for label, path in [("date-missing", "/followups/0/date"),
                    ("citations-missing", "/followups/0/citations"),
                    ("citation-url-missing", "/followups/0/citations/0/url"),
                    ("citation-publisher-missing", "/followups/0/citations/0/publisher"),
                    ("status-missing", "/followups/0/status")]:
    case("followup-" + label, v2(deleter(path)), "CAMTG_ESCHEMA", path=path,
         message='missing required key "%s"' % path.rsplit("/", 1)[1])


# ----------------------------------------------- mentions (schema version 2) ---
# The base text: "XI'AN, April 26 — Qin Gang met Murat Nurtleu of Kazakhstan in
# Xi’an. China will ..." The dash and the typographic apostrophe are one code
# point and three bytes each, so code point and byte offsets differ after them.
SRC = "src-1"


def mention(start, end, text, source=SRC):
    return {"source": source, "start": start, "end": end, "text": text}


def mentions(entity, *items):
    return setter("/entities/%d/mentions" % entity_index(BASE, entity), list(items))


KAZ_AT = "/entities/%d/mentions/0" % entity_index(BASE, "KAZ")
case("mention-ok", v2(
    mentions("KAZ", mention(48, 58, "Kazakhstan")),
    mentions("xian", mention(62, 67, "Xi’an")),
    # a name inside a name, and a phrase shared by a group and China
    mentions("cku-railway", mention(189, 224, "China–Kyrgyzstan–Uzbekistan railway")),
    mentions("CHN", mention(69, 74, "China"), mention(158, 168, "Both sides"),
             mention(189, 194, "China")),
    mentions("KGZ", mention(195, 205, "Kyrgyzstan")),
    mentions("central-asia", mention(158, 168, "Both sides"))), "CAMTG_OK")
case("mention-ok-empty", v2(mentions("KAZ")), "CAMTG_OK")
case("mention-version-1-ignores-key", edited(mentions("KAZ", 42)), "CAMTG_OK")
case("mention-end-past-text", v2(mentions("KAZ", mention(320, 327, "x"))), "CAMTG_EEVIDENCE",
     path=KAZ_AT + "/end", message='end 327 is past the end of source "src-1" (326 characters)')
case("mention-end-before-start", v2(mentions("KAZ", mention(58, 48, "Kazakhstan"))),
     "CAMTG_EEVIDENCE", path=KAZ_AT + "/end", message="end 48 must be greater than start 58")
case("mention-start-negative", v2(mentions("KAZ", mention(-1, 58, "Kazakhstan"))),
     "CAMTG_EEVIDENCE", path=KAZ_AT + "/start", message="offsets cannot be negative")
case("mention-byte-offsets", v2(mentions("KAZ", mention(50, 60, "Kazakhstan"))),
     "CAMTG_EEVIDENCE", path=KAZ_AT + "/text",
     message='entity "KAZ": mention "Kazakhstan" differs from the text at [50, 60)')
case("mention-text-missing", v2(mentions("KAZ", {"source": SRC, "start": 48, "end": 58})),
     "CAMTG_ESCHEMA", path=KAZ_AT + "/text", message='missing required key "text"')
case("mention-unknown-source", v2(mentions("KAZ", mention(48, 58, "Kazakhstan", "src-9"))),
     "CAMTG_EREFERENCE", path=KAZ_AT + "/source", message='source "src-9" is not defined')
case("mention-not-object", v2(mentions("KAZ", "Kazakhstan")), "CAMTG_ESCHEMA", path=KAZ_AT,
     message="a mention must be an object, not a string")
case("mention-list-not-array", v2(setter("/entities/%d/mentions" % entity_index(BASE, "KAZ"),
                                         {})),
     "CAMTG_ESCHEMA", path="/entities/%d/mentions" % entity_index(BASE, "KAZ"),
     message='"mentions" must be an array, not an object')
case("mention-crossing", v2(mentions("xian", mention(62, 74, "Xi’an. China")),
                            mentions("CHN", mention(69, 79, "China will"))),
     "CAMTG_EEVIDENCE", path="/entities/%d/mentions/0" % entity_index(BASE, "CHN"),
     message='entity "CHN": mention [69, 79) crosses the mention [62, 74) of entity "xian"')
case("mention-overlap-same-entity", v2(mentions("CHN", mention(69, 74, "China"),
                                                mention(69, 79, "China will"))),
     "CAMTG_EEVIDENCE", path="/entities/%d/mentions/0" % entity_index(BASE, "CHN"),
     message='mention [69, 74) overlaps the mention [69, 79) of entity "CHN"')
case("mention-same-phrase-no-group", v2(mentions("CHN", mention(69, 74, "China")),
                                        mentions("KAZ", mention(69, 74, "China"))),
     "CAMTG_EEVIDENCE", path=KAZ_AT,
     message='is the same phrase as the mention [69, 74) of entity "CHN", and neither entity '
             "is a group")


# The lines of `expected` after code and path, in this order, each written
# only when the case gives it.
OPTIONAL_KEYS = ("message", "message2", "line", "column", "offset")


def write_all():
    if os.path.isdir(CASES):
        shutil.rmtree(CASES)
    os.makedirs(CASES)
    names = set()
    for name, data, exp in cases:
        if name in names:
            sys.exit("duplicate case name " + name)
        names.add(name)
        folder = os.path.join(CASES, name)
        os.makedirs(folder)
        with open(os.path.join(folder, "input"), "wb") as f:
            f.write(data)
        lines = ["code " + exp["code"], "path " + exp["path"] if exp["path"] else "path"]
        lines += ["%s %s" % (key, exp[key]) for key in OPTIONAL_KEYS if exp[key] is not None]
        with open(os.path.join(folder, "expected"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    print("%d cases written to %s" % (len(cases), CASES))


if __name__ == "__main__":
    write_all()
