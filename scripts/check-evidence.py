#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Check (and optionally repair) the evidence of a camtg dataset.

The C loader already rejects a dataset whose quotes do not match their
offsets; this script is the coder's tool before that point.  It reports
every problem at once, not just the first, and with --fix it recomputes
start/end from the quotes so that offsets are never typed by hand.

Checks, in addition to the quote slices:
  * ids are unique and use [A-Za-z0-9._-];
  * every reference resolves (person country, place within, group members,
    event place, meeting fields, commitment meeting/actors/targets/objects,
    evidence source);
  * no name or alias (ASCII case ignored) belongs to two entities, so that
    every key a reader types finds one entity;
  * the PLOVER type agrees with the CAMEO code's root category;
  * every paragraph after the list of envoys (the first two paragraphs)
    holds the evidence of at least one commitment;
  * every entity whose name or alias occurs in a quote is linked from that
    commitment (actors, targets or objects); where names overlap, the
    longest one wins ("China-Kyrgyzstan-Uzbekistan railway" names the
    railway, not China);
  * the mentions of entities (camtg_mentions.py): each is its slice of the
    text; mentions of two entities never cross; every occurrence of a
    country's, person's or place's name is a mention of it; every entity
    the text names has a mention; a mention inside a quote is of an entity
    the commitment links.

With --fix it also recomputes the offsets of every mention from its text.
--add-mention ENTITY PATTERN codes every occurrence of PATTERN as a mention
of ENTITY (repeatable); "China-[Central Asia]" codes only the bracketed part
where the whole occurs. Offsets are never typed by hand.

Usage: check-evidence.py [--fix] [--add-mention ENTITY PATTERN]...
                         [--skip-paragraphs N] DATASET.json
Exit status 0 when clean, 1 when problems were found, 2 on bad usage.
"""
import argparse
import json
import re
import sys

from camtg_mentions import add_mentions, check_mentions, fix_mentions

ID_RE = re.compile(r"^[A-Za-z0-9._-]+$")

# CAMEO root category -> PLOVER type (after the OEDA CAMEO2PLOVER table).
# 08 splits into CONCEDE (080-083) and RETREAT (084-087); 01/02 are not
# coded in PLOVER at all, so they have no entry and are rejected.
CAMEO_ROOT = {
    "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE",
    "07": "AID", "09": "ACCUSE", "10": "DEMAND", "11": "ACCUSE",
    "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE",
    "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT",
    "20": "ASSAULT",
}


def plover_of(cameo):
    if not re.fullmatch(r"[0-9]{3,4}", cameo):
        return None
    if cameo[:2] == "08":
        return "CONCEDE" if cameo[2] in "0123" else "RETREAT"
    if cameo.startswith("163"):
        return "COERCE"  # the one CAMEO2PLOVER exception inside 16
    return CAMEO_ROOT.get(cameo[:2])


def word_spans(text, needle):
    """Case-insensitive occurrences of needle in text at word boundaries."""
    out = []
    low, n = text.lower(), needle.lower()
    start = 0
    while True:
        i = low.find(n, start)
        if i < 0:
            return out
        j = i + len(n)
        before = text[i - 1] if i > 0 else " "
        after = text[j] if j < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            out.append((i, j))
        start = i + 1


def named_entities(quote, entities):
    """Entities named in quote, longest mention winning on overlap."""
    hits = []
    for e in entities:
        for key in [e["name"]] + list(e.get("aliases", [])):
            for (i, j) in word_spans(quote, key):
                hits.append((i, j, e["id"]))
    kept = set()
    for (i, j, eid) in hits:
        covered = any(a <= i and j <= b and (b - a) > (j - i) and other != eid
                      for (a, b, other) in hits)
        if not covered:
            kept.add(eid)
    return kept


def paragraphs(text):
    spans, pos = [], 0
    for part in text.split("\n\n"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 2
    return spans


def check(doc, fix, skip):
    problems = []
    ids = {}
    for section in ("sources", "entities", "meetings", "commitments"):
        for k, rec in enumerate(doc.get(section, [])):
            rid = rec.get("id")
            where = f"/{section}/{k}"
            if not isinstance(rid, str) or not ID_RE.match(rid):
                problems.append(f"{where}/id: bad id {rid!r}")
            elif rid in ids:
                problems.append(f"{where}/id: duplicate id {rid!r} (first at {ids[rid][0]})")
            else:
                ids[rid] = (where, section, rec)

    def ref(where, value, section, etype=None):
        hit = ids.get(value)
        if hit is None or hit[1] != section:
            problems.append(f"{where}: {value!r} is not a known {section[:-1]}")
        elif etype and hit[2].get("type") not in etype:
            problems.append(f"{where}: {value!r} is a {hit[2].get('type')}, expected {'/'.join(etype)}")

    entities = doc.get("entities", [])
    for k, e in enumerate(entities):
        w = f"/entities/{k}"
        if e.get("type") == "person":
            ref(f"{w}/country", e.get("country"), "entities", ("country",))
        if "within" in e:
            ref(f"{w}/within", e["within"], "entities", ("place", "country"))
        if "place" in e:
            ref(f"{w}/place", e["place"], "entities", ("place", "country"))
        for m, member in enumerate(e.get("members", [])):
            ref(f"{w}/members/{m}", member, "entities")

    for k, m in enumerate(doc.get("meetings", [])):
        w = f"/meetings/{k}"
        ref(f"{w}/place", m.get("place"), "entities", ("place", "country"))
        ref(f"{w}/host", m.get("host"), "entities")
        for p, part in enumerate(m.get("participants", [])):
            ref(f"{w}/participants/{p}", part, "entities")
        ref(f"{w}/source", m.get("source"), "sources")
        if "context" in m:
            ref(f"{w}/context", m["context"], "entities")

    owner = {}
    for k, e in enumerate(entities):
        for key in {x.lower() for x in [e["id"], e["name"]] + list(e.get("aliases", []))}:
            if key in owner and owner[key] != e["id"]:
                problems.append(f"/entities/{k}: {e['id']} and {owner[key]} both answer to {key!r}")
            owner.setdefault(key, e["id"])

    texts = {s["id"]: s["text"] for s in doc.get("sources", [])}
    covered = {sid: [False] * len(paragraphs(t)) for sid, t in texts.items()}
    for k, c in enumerate(doc.get("commitments", [])):
        w = f"/commitments/{k}"
        cid = c.get("id")
        ref(f"{w}/meeting", c.get("meeting"), "meetings")
        for role in ("actors", "targets", "objects"):
            for r, value in enumerate(c.get(role, [])):
                ref(f"{w}/{role}/{r}", value, "entities")
        if not c.get("actors"):
            problems.append(f"{w}/actors: commitment {cid} has no actor")
        cameo = c.get("cameo")
        if cameo is not None and plover_of(cameo) != c.get("type"):
            problems.append(f"{w}/cameo: commitment {cid}: CAMEO {cameo} is "
                            f"{plover_of(cameo)} in PLOVER, not {c.get('type')}")
        ev = c.get("evidence", {})
        text = texts.get(ev.get("source"))
        if text is None:
            problems.append(f"{w}/evidence/source: unknown source {ev.get('source')!r}")
            continue
        quote = ev.get("quote", "")
        if fix:
            n = text.count(quote)
            if n == 0:
                problems.append(f"{w}/evidence/quote: commitment {cid}: quote not in text")
                continue
            if n > 1:
                # keep the occurrence nearest the old start
                occ = [m.start() for m in re.finditer(re.escape(quote), text)]
                start = min(occ, key=lambda o: abs(o - ev.get("start", 0)))
            else:
                start = text.index(quote)
            ev["start"], ev["end"] = start, start + len(quote)
        s, e = ev.get("start"), ev.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            problems.append(f"{w}/evidence: commitment {cid}: offsets {s}..{e} outside the text")
            continue
        if text[s:e] != quote:
            problems.append(f"{w}/evidence/quote: commitment {cid}: text[{s}:{e}] is "
                            f"{text[s:e]!r}, quote is {quote!r}")
        if quote != quote.strip():
            problems.append(f"{w}/evidence/quote: commitment {cid}: quote has surrounding space")
        for p, (a, b) in enumerate(paragraphs(text)):
            if a <= s and e <= b:
                covered[ev["source"]][p] = True
                break
        else:
            problems.append(f"{w}/evidence: commitment {cid}: quote crosses a paragraph break")
        linked = set(c.get("actors", [])) | set(c.get("targets", [])) | set(c.get("objects", []))
        for eid in sorted(named_entities(quote, entities) - linked):
            problems.append(f"{w}: commitment {cid} names entity {eid} in its quote but does not link it")

    for sid, flags in covered.items():
        for p, ok in enumerate(flags):
            if p >= skip and not ok:
                problems.append(f"source {sid}: paragraph {p + 1} carries no commitment")
    if fix:
        fix_mentions(doc, problems)
    problems += check_mentions(doc)
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset")
    ap.add_argument("--fix", action="store_true", help="recompute start/end from the quotes and rewrite the file")
    ap.add_argument("--skip-paragraphs", type=int, default=2,
                    help="leading paragraphs that need no commitment (default 2: dateline and envoy list)")
    ap.add_argument("--add-mention", nargs=2, action="append", default=[],
                    metavar=("ENTITY", "PATTERN"),
                    help="code every occurrence of PATTERN as a mention of ENTITY (implies --fix)")
    args = ap.parse_args()
    with open(args.dataset, encoding="utf-8") as f:
        doc = json.load(f)
    for entity_id, pattern in args.add_mention:
        added = add_mentions(doc, entity_id, pattern)
        print(f"{entity_id}: {added} mention(s) of {pattern!r} added")
        args.fix = True
    problems = check(doc, args.fix, args.skip_paragraphs)
    for p in problems:
        print(f"{args.dataset}: {p}", file=sys.stderr)
    if args.fix and not problems:
        with open(args.dataset, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")
    n = len(doc.get("commitments", []))
    m = sum(len(e.get("mentions", [])) for e in doc.get("entities", []))
    print(f"{args.dataset}: {len(doc.get('entities', []))} entities, {n} commitments, "
          f"{m} mentions, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
