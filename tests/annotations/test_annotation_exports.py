# SPDX-License-Identifier: MIT
"""The annotation exports of `camtg export`: brat, webanno and plover.

Each is checked against the dataset as the library reads it (`camtg export
--format json`), for the embedded dataset, for a dataset with non-ASCII and
astral text, and for one whose text has CRLF line ends and quotes that run
over a line break or a U+2028.

brat: read back with a reader that follows brat's own (server/src/
annotation.py): lines split as Python's str.splitlines() splits them, ids
unique, T lines as `Type START END[;START END]*<TAB>text` with the text
equal to the fragments of NAME.txt read with universal newlines and joined
by one space, E lines whose trigger is a T of the event's type and whose
arguments are T lines that are not triggers, A and N lines that point at
existing annotations.
"""
import json
import os
import subprocess
import tempfile
import unittest
from typing import Callable

CLI = os.environ["CAMTG_CLI"]
SECOND = os.environ["CAMTG_SECOND_DATASET"]
BASE = os.environ["CAMTG_HOSTILE_BASE"]

W3C_MOTIVATIONS = {"assessing", "bookmarking", "classifying", "commenting", "describing",
                   "editing", "highlighting", "identifying", "linking", "moderating",
                   "questioning", "replying", "tagging"}
PLOVER_TYPES = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2,
                "RETREAT": 2, "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
                "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}


def run(*args, ok=True):
    proc = subprocess.run([CLI, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if ok and proc.returncode != 0:
        raise AssertionError("camtg %s: %s" % (" ".join(args), proc.stderr.decode()))
    return proc


def linebreak_dataset(tmp):
    """The small CLI dataset with CRLF paragraph breaks, a U+2028 and an
    astral character, plus commitments quoting across the breaks."""
    with open(BASE, encoding="utf-8") as f:
        d = json.load(f)
    s = d["sources"][0]
    text = s["text"].replace("\n\n", "\r\n\r\n").replace("Almaty.", "Almaty\u2028\U0001F30D.")
    s["text"] = text
    for c in d["commitments"]:
        q = c["evidence"]["quote"]
        start = text.index(q)
        c["evidence"]["start"], c["evidence"]["end"] = start, start + len(q)
    first = dict(d["commitments"][0])
    start = text.index("Almaty\u2028")
    end = text.index("Kazakhstan will") + len("Kazakhstan will")
    first["id"] = "across-breaks"
    first["evidence"] = {"source": s["id"], "start": start, "end": end, "quote": text[start:end]}
    d["commitments"].append(first)
    path = os.path.join(tmp, "linebreaks.json")
    with open(path, "w", encoding="utf-8", newline="") as f:
        json.dump(d, f, ensure_ascii=False)
    return path


def setUpModule():
    global TMP, DATASETS
    TMP = tempfile.mkdtemp(prefix="camtg-annot-")
    DATASETS = {"embedded": [], "second": ["--data", SECOND],
                "linebreaks": ["--data", linebreak_dataset(TMP)]}


def dataset(name):
    return json.loads(run(*DATASETS[name], "export", "--format", "json").stdout)


def mentions_of(doc):
    out = [dict(m) for m in doc.get("mentions", [])]
    for e in doc["entities"]:
        for m in e.get("mentions", []):
            out.append(dict(m, entity=e["id"]))
    return out


def brat_read(txt_path, ann_path):
    """brat's reading of a document: the text with universal newlines, the
    annotations line by line as str.splitlines() cuts them."""
    with open(txt_path, encoding="utf-8", newline=None) as f:
        text = f.read()
    with open(ann_path, encoding="utf-8", newline="") as f:
        lines = f.read().splitlines()
    anns = {}
    for n, line in enumerate(lines, 1):
        ident, _, rest = line.partition("\t")
        assert ident and rest, "line %d has no tab: %r" % (n, line)
        assert ident not in anns, "duplicate id %s" % ident
        data, _, tail = rest.partition("\t")
        anns[ident] = (data, tail, n)
    return text, anns


class EveryDataset:
    """The tests of every format's class: its check(name) on each dataset of
    DATASETS (a mixin, so that unittest does not run it on its own)."""

    check: Callable[[str], None]

    def test_embedded(self):
        self.check("embedded")

    def test_second_dataset(self):
        self.check("second")

    def test_line_breaks(self):
        self.check("linebreaks")


class BratTests(EveryDataset, unittest.TestCase):
    def export(self, name):
        out = os.path.join(TMP, "brat-" + name)
        run(*DATASETS[name], "export", "--format", "brat", "-o", out)
        return out

    def check(self, name):
        doc = dataset(name)
        out = self.export(name)
        mentions = mentions_of(doc)
        self.assertEqual(sorted(os.listdir(out)),
                         sorted(s["id"] + ext for s in doc["sources"] for ext in (".txt", ".ann")))
        seen_commitments = []
        for s in doc["sources"]:
            with open(os.path.join(out, s["id"] + ".txt"), encoding="utf-8", newline="") as f:
                self.assertEqual(f.read(), s["text"])
            text, anns = brat_read(os.path.join(out, s["id"] + ".txt"),
                                   os.path.join(out, s["id"] + ".ann"))
            triggers = {}
            spans = {}
            for ident, (data, tail, n) in anns.items():
                kind = ident[0]
                if kind == "T":
                    typ, _, frags = data.partition(" ")
                    parts = []
                    for frag in frags.split(";"):
                        a, b = frag.split(" ")
                        a, b = int(a), int(b)
                        self.assertTrue(0 <= a < b <= len(text), (ident, a, b))
                        parts.append(text[a:b])
                        self.assertNotIn("\n", text[a:b])
                    self.assertEqual(tail, " ".join(parts), ident)
                    spans[ident] = (typ, frags, tail)
            for ident, (data, tail, n) in anns.items():
                if ident[0] == "E":
                    args = data.split(" ")
                    typ, _, trig = args[0].partition(":")
                    self.assertEqual(spans[trig][0], typ)
                    triggers[trig] = ident
                    for arg in args[1:]:
                        role, _, target = arg.partition(":")
                        self.assertRegex(role, r"^(Actor|Target)\d*$")
                        self.assertIn(target, spans)
            for ident, (data, tail, n) in anns.items():
                if ident[0] == "E":
                    for arg in data.split(" ")[1:]:
                        self.assertNotIn(arg.partition(":")[2], triggers, "argument is a trigger")
                elif ident[0] == "A":
                    words = data.split(" ")
                    self.assertIn(words[1], {e for e in anns if e[0] == "E"})
                elif ident[0] == "N":
                    ref, target, norm = data.split(" ")
                    self.assertEqual(ref, "Reference")
                    self.assertIn(target, spans)
                    self.assertNotIn(target, triggers)
                elif ident[0] == "#":
                    self.assertTrue(data.startswith("AnnotatorNotes E"))
                else:
                    self.assertEqual(ident[0], "T")
            # Every commitment of this source: one trigger with its quote,
            # its kind, PLOVER type and sectors as attributes.
            by_id = {}
            for ident, (data, tail, n) in anns.items():
                if ident[0] == "#":
                    cid = tail.split(";")[0].split(": ")[1]
                    by_id[cid] = data.split(" ")[1]
            for c in doc["commitments"]:
                if c["evidence"]["source"] != s["id"]:
                    continue
                seen_commitments.append(c["id"])
                event = by_id[c["id"]]
                trig = anns[event][0].split(" ")[0].partition(":")[2]
                quote = c["evidence"]["quote"].replace("\r\n", "\n").replace("\r", "\n")
                pieces = [p for p in quote.replace("\u2028", "\n").split("\n") if p]
                self.assertEqual(spans[trig][2], " ".join(pieces), c["id"])
                attrs = {tuple(d.split(" ")) for i, (d, t, n) in anns.items() if i[0] == "A"}
                self.assertIn(("Kind", event, c["kind"]), attrs)
                self.assertIn(("PLOVER", event, c["type"]), attrs)
                for sector in c["sectors"]:
                    self.assertIn(("Sector_" + sector, event), attrs)
            # Every mention of this source is a T line with its text.
            texts = sorted(t for (typ, f, t) in spans.values() if typ != "Commitment")
            want = sorted(m["text"] for m in mentions if m["source"] == s["id"])
            self.assertEqual(texts, want)
        self.assertEqual(sorted(seen_commitments), sorted(c["id"] for c in doc["commitments"]))

    def test_line_breaks(self):
        super().test_line_breaks()
        # The quote across CRLF and U+2028 is cut into fragments.
        text, anns = brat_read(os.path.join(TMP, "brat-linebreaks", "test-agency-2031-03-04.txt"),
                               os.path.join(TMP, "brat-linebreaks", "test-agency-2031-03-04.ann"))
        self.assertTrue(any(";" in d for i, (d, t, n) in anns.items() if i[0] == "T"))

    def test_offsets_count_astral_characters_once(self):
        doc = dataset("second")
        out = self.export("second")
        for s in doc["sources"]:
            text, anns = brat_read(os.path.join(out, s["id"] + ".txt"),
                                   os.path.join(out, s["id"] + ".ann"))
            for c in doc["commitments"]:
                if c["evidence"]["source"] == s["id"] and "\n" not in c["evidence"]["quote"]:
                    frags = [d for i, (d, t, n) in anns.items()
                             if i[0] == "T" and t == c["evidence"]["quote"]]
                    self.assertIn("Commitment %d %d" % (c["evidence"]["start"], c["evidence"]["end"]),
                                  frags)

    def test_needs_a_folder(self):
        proc = run("export", "--format", "brat", ok=False)
        self.assertEqual(proc.returncode, 2)
        self.assertIn("-o DIR", proc.stderr.decode())
        self.assertEqual(proc.stdout, b"")


class WebAnnoTests(EveryDataset, unittest.TestCase):
    def check(self, name):
        doc = dataset(name)
        coll = json.loads(run(*DATASETS[name], "export", "--format", "webanno").stdout)
        ctx = coll["@context"]
        self.assertEqual(ctx[0] if isinstance(ctx, list) else ctx, "http://www.w3.org/ns/anno.jsonld")
        self.assertEqual(coll["type"], "AnnotationCollection")
        page = coll["first"]
        self.assertEqual(page["type"], "AnnotationPage")
        items = page["items"]
        self.assertEqual(coll["total"], len(items))
        mentions = mentions_of(doc)
        self.assertEqual(len(items), len(mentions) + len(doc["commitments"]))
        self.assertEqual(len({a["id"] for a in items}), len(items))
        sources = {s["id"]: s for s in doc["sources"]}
        by_target = {s.get("url") or "urn:camtg:source:" + s["id"]: s for s in doc["sources"]}
        commitments = {c["id"]: c for c in doc["commitments"]}
        seen = []
        for a in items:
            with self.subTest(annotation=a["id"]):
                self.assertEqual(a["type"], "Annotation")
                self.assertIn(a["motivation"], W3C_MOTIVATIONS)
                self.assertTrue(a["body"])
                src = by_target[a["target"]["source"]]
                text = src["text"]   # Python str: code points, as the selectors count
                sel = {s["type"]: s for s in a["target"]["selector"]}
                pos, quote = sel["TextPositionSelector"], sel["TextQuoteSelector"]
                self.assertEqual(quote["exact"], text[pos["start"]:pos["end"]])
                self.assertTrue(text[:pos["start"]].endswith(quote["prefix"]))
                self.assertTrue(text[pos["end"]:].startswith(quote["suffix"]))
                self.assertEqual(len(quote["prefix"]), min(32, pos["start"]))
                self.assertEqual(len(quote["suffix"]), min(32, len(text) - pos["end"]))
                coding = [b for b in a["body"] if "coding" in b]
                self.assertEqual(len(coding), 1)
                if a["motivation"] == "classifying":
                    c = commitments[coding[0]["coding"]["id"]]
                    self.assertEqual(coding[0]["coding"], c)   # the record round-trips
                    self.assertEqual((pos["start"], pos["end"]),
                                     (c["evidence"]["start"], c["evidence"]["end"]))
                    self.assertEqual(quote["exact"], c["evidence"]["quote"])
                    seen.append(c["id"])
                else:
                    self.assertEqual(a["motivation"], "identifying")
                    self.assertIn(coding[0]["coding"]["id"], {e["id"] for e in doc["entities"]})
        self.assertEqual(sorted(seen), sorted(commitments))
        self.assertTrue(set(sources))

    def test_output_file(self):
        path = os.path.join(TMP, "anno.jsonld")
        proc = run("export", "--format", "webanno", "-o", path)
        self.assertEqual(proc.stdout, b"")
        with open(path, encoding="utf-8") as f:
            self.assertEqual(json.load(f), json.loads(run("export", "--format", "webanno").stdout))


class PloverTests(EveryDataset, unittest.TestCase):
    def expected_codes(self, doc, ids):
        ents = {e["id"]: e for e in doc["entities"]}

        def country(e):
            for _ in range(64):
                if e is None:
                    return None
                if e["type"] == "country":
                    return e["id"]
                nxt = e.get("country") if e["type"] == "person" else e.get("within") if e["type"] == "place" else None
                e = ents.get(nxt) if nxt else None
            return None

        out = []
        for i in ids:
            e = ents[i]
            if e["type"] == "group":
                out += self.expected_codes(doc, e["members"])
            else:
                out.append(country(e))
        return out

    def check(self, name):
        doc = dataset(name)
        lines = run(*DATASETS[name], "export", "--format", "plover").stdout.decode().splitlines()
        records = [json.loads(line) for line in lines]
        self.assertEqual([r["id"] for r in records], [c["id"] for c in doc["commitments"]])
        commitments = {c["id"]: c for c in doc["commitments"]}
        meetings = {m["id"]: m for m in doc["meetings"]}
        sources = {s["id"]: s for s in doc["sources"]}
        for r in records:
            with self.subTest(record=r["id"]):
                c = commitments[r["id"]]
                self.assertRegex(r["date"], r"^\d{4}-\d{2}-\d{2}$")
                self.assertEqual(r["date"], meetings[c["meeting"]]["date"])
                self.assertEqual(r["event"], [c["type"]])
                self.assertEqual(r["quad_code"], PLOVER_TYPES[c["type"]])
                self.assertEqual([a.get("code") for a in r["actor"]],
                                 self.expected_codes(doc, c["actors"]))
                self.assertEqual([a.get("code") for a in r.get("recipient", [])],
                                 self.expected_codes(doc, c["targets"]))
                for a in r["actor"] + r.get("recipient", []):
                    if "code" in a:
                        self.assertRegex(a["code"], r"^[A-Z]{3}$")
                text = sources[c["evidence"]["source"]]["text"]
                info = r["text_info"]
                self.assertEqual(r["text"], text[info["start"]:info["end"]])
                self.assertIn(c["evidence"]["quote"], r["text"])
                self.assertLessEqual(info["start"], c["evidence"]["start"])
                self.assertGreaterEqual(info["end"], c["evidence"]["end"])
                self.assertEqual(r["camtg"]["evidence"], c["evidence"])
                self.assertEqual(r["event_text"], [c["verb"]])
                if "mode" in r:
                    self.assertEqual(c["type"], "CONSULT")


if __name__ == "__main__":
    unittest.main()
