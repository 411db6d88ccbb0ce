# SPDX-License-Identifier: MIT
"""Mentions of entities in the source text: coding, repair and checks.

A mention is {"source", "start", "end", "text"} in an entity's "mentions"
list (schema version 2): code-point offsets into the source's text, end
exclusive, and the exact text of that slice. Offsets are never typed by
hand: add_mentions() finds them, fix_mentions() recomputes them from the
text, check_mentions() reports every problem (docs/coding-guide.md,
section 12, states the rules).
"""
import re

# Entity types whose every name in the text must be covered by a mention.
NAMED_TYPES = ("country", "person", "place")


def _bounded(text, i, j):
    """No letter or digit glued to either end of text[i:j]."""
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def keys_of(entity):
    return [entity["name"]] + list(entity.get("aliases", []))


def occurrences(text, needle, fold_case=True):
    """Word-bounded occurrences of needle in text, as (start, end)."""
    hay, n = (text.lower(), needle.lower()) if fold_case else (text, needle)
    out, start = [], 0
    while True:
        i = hay.find(n, start)
        if i < 0:
            return out
        if _bounded(text, i, i + len(n)):
            out.append((i, i + len(n)))
        start = i + 1


def add_mentions(doc, entity_id, pattern, source_id=None):
    """Codes as mentions of entity_id every occurrence of pattern in the
    source text. The pattern is matched exactly (case included); a part in
    square brackets, "China-[Central Asia]", is the mention and the rest its
    required context. Returns the number of mentions added."""
    m = re.fullmatch(r"(.*)\[(.+)\](.*)", pattern)
    before, inner, after = m.groups() if m else ("", pattern, "")
    whole = before + inner + after
    entity = next((e for e in doc["entities"] if e["id"] == entity_id), None)
    if entity is None:
        raise SystemExit(f"--add-mention: no entity {entity_id!r}")
    sources = doc["sources"] if source_id is None else [s for s in doc["sources"] if s["id"] == source_id]
    mentions = entity.setdefault("mentions", [])
    have = {(x["source"], x["start"], x["end"]) for x in mentions}
    added = 0
    for src in sources:
        for (i, j) in occurrences(src["text"], whole, fold_case=False):
            s, e = i + len(before), i + len(before) + len(inner)
            if (src["id"], s, e) not in have:
                mentions.append({"source": src["id"], "start": s, "end": e, "text": inner})
                have.add((src["id"], s, e))
                added += 1
    mentions.sort(key=lambda x: (x["source"], x["start"], x["end"]))
    return added


def fix_mentions(doc, problems):
    """Recomputes start/end of every mention from its text: the occurrence
    nearest the old start is kept."""
    texts = {s["id"]: s["text"] for s in doc.get("sources", [])}
    for k, e in enumerate(doc.get("entities", [])):
        for n, x in enumerate(e.get("mentions", [])):
            text = texts.get(x.get("source"))
            if text is None or not x.get("text"):
                continue  # reported by check_mentions
            occ = [m.start() for m in re.finditer(re.escape(x["text"]), text)]
            if not occ:
                problems.append(f"/entities/{k}/mentions/{n}/text: entity {e['id']}: "
                                f"{x['text']!r} is not in the text")
                continue
            start = min(occ, key=lambda o: abs(o - x.get("start", 0)))
            x["start"], x["end"] = start, start + len(x["text"])


def _spans(doc):
    """Every mention as (source, start, end, entity id, JSON Pointer)."""
    out = []
    for k, e in enumerate(doc.get("entities", [])):
        for n, x in enumerate(e.get("mentions", [])):
            out.append((x.get("source"), x.get("start"), x.get("end"), e["id"],
                        f"/entities/{k}/mentions/{n}"))
    return out


def check_mentions(doc):
    problems = []
    texts = {s["id"]: s["text"] for s in doc.get("sources", [])}
    types = {e["id"]: e.get("type") for e in doc.get("entities", [])}
    spans = []
    for (sid, s, e, eid, where) in _spans(doc):
        text = texts.get(sid)
        if text is None:
            problems.append(f"{where}/source: entity {eid}: unknown source {sid!r}")
            continue
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            problems.append(f"{where}: entity {eid}: offsets {s}..{e} outside the text")
            continue
        x = doc["entities"][int(where.split("/")[2])]["mentions"][int(where.split("/")[4])]
        if text[s:e] != x.get("text"):
            problems.append(f"{where}/text: entity {eid}: text[{s}:{e}] is {text[s:e]!r}, "
                            f"mention is {x.get('text')!r}")
        elif x["text"] != x["text"].strip():
            problems.append(f"{where}/text: entity {eid}: mention has surrounding space")
        spans.append((sid, s, e, eid, where))

    # Overlaps: one entity's mentions never overlap; mentions of two
    # entities are disjoint, or one lies inside the other (a name inside a
    # name), or they are the same phrase naming a group and another party.
    spans.sort(key=lambda x: (x[0], x[1], -x[2]))  # outer before inner at one start
    for a in range(len(spans)):
        sa, a0, a1, ea, wa = spans[a]
        for b in range(a + 1, len(spans)):
            sb, b0, b1, eb, wb = spans[b]
            if sb != sa or b0 >= a1:
                break
            if ea == eb:
                problems.append(f"{wb}: entity {eb}: mention [{b0}, {b1}) overlaps its mention [{a0}, {a1})")
            elif (a0, a1) == (b0, b1):
                if "group" not in (types.get(ea), types.get(eb)):
                    problems.append(f"{wb}: mentions of {ea} and {eb} are the same phrase, "
                                    f"and neither is a group")
            elif not (a0 <= b0 and b1 <= a1):
                problems.append(f"{wb}: mention of {eb} [{b0}, {b1}) crosses mention of {ea} [{a0}, {a1})")

    # Coverage: every occurrence of a country's, person's or place's name in
    # the text is inside a mention of that entity, or is exactly a mention of
    # a group (a region's name standing for the states in it).
    by_source = {}
    for (sid, s, e, eid, _) in spans:
        by_source.setdefault(sid, []).append((s, e, eid))
    for ent in doc.get("entities", []):
        named = False
        for sid, text in texts.items():
            mine = by_source.get(sid, [])
            for key in keys_of(ent):
                for (i, j) in occurrences(text, key):
                    named = True
                    if ent.get("type") not in NAMED_TYPES:
                        continue
                    if any(eid == ent["id"] and s <= i and j <= e for (s, e, eid) in mine):
                        continue
                    if any((s, e) == (i, j) and types.get(eid) == "group" for (s, e, eid) in mine):
                        continue
                    problems.append(f"source {sid}: {text[i:j]!r} at [{i}, {j}) names {ent['id']} "
                                    f"but is not a mention of it")
        if named and not ent.get("mentions"):
            problems.append(f"entity {ent['id']}: named in the text but has no mention")

    # A mention inside a commitment's quote is of an entity the commitment
    # links, or lies inside a mention of one (the China in the railway's name).
    for k, c in enumerate(doc.get("commitments", [])):
        ev = c.get("evidence", {})
        linked = set(c.get("actors", [])) | set(c.get("targets", [])) | set(c.get("objects", []))
        mine = by_source.get(ev.get("source"), [])
        q0, q1 = ev.get("start"), ev.get("end")
        if not (isinstance(q0, int) and isinstance(q1, int)):
            continue
        for (s, e, eid) in mine:
            if q0 <= s and e <= q1 and eid not in linked and not any(
                    o in linked and os <= s and e <= oe and (os, oe) != (s, e)
                    for (os, oe, o) in mine):
                problems.append(f"/commitments/{k}: commitment {c.get('id')} quotes a mention of "
                                f"{eid} at [{s}, {e}) but does not link it")
    return problems
