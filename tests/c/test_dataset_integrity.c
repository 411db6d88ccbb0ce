/* SPDX-License-Identifier: MIT */
/*
 * Integrity of the coded meeting, as docs/coding-guide.md promises it:
 *   - every quote is exactly its slice of the source text, in bytes and in
 *     code points, and lies inside one paragraph;
 *   - every paragraph after the dateline and the list of envoys carries at
 *     least one commitment;
 *   - every entity the article names inside a commitment's quote is linked
 *     from that commitment (actor, target or object);
 *   - every id, name and alias looks up its own entity (no collisions);
 *   - every alias names the entity's own referent: no generic noun, no part
 *     of a set, no series name without the number of the event;
 *   - every occurrence of a country's, person's or place's name in the text
 *     is coded as a mention of it (or, by a documented hard case, exactly as
 *     a mention of a group), and a mention inside a quote is of an entity
 *     the commitment links;
 *   - the PLOVER type agrees with the CAMEO code's category;
 *   - every entity is used by something, and every record is complete.
 *
 * Each check is a function that counts problems and prints them, so that
 * the checks themselves are tested on small datasets built to break them.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "testsupport.h"

/* Paragraphs before the first that must carry a commitment: the dateline
 * paragraph (the talks themselves) and the list of envoys. */
enum { UNCOMMITTED_PARAGRAPHS = 2, MAX_PARAGRAPHS = 64, MAX_HITS = 256 };

/* Prints one problem, on its own line, after the id of the record at fault;
 * returns 1, to be added to the count of problems. */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 2, 3)))
#endif
static int problem(const char *id, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    printf("\n  %s: ", id);
    vprintf(fmt, ap);
    va_end(ap);
    return 1;
}

/* A check of one record, given by its index among the records of its kind:
 * the number of problems found there, each printed. */
typedef int (*record_check)(const camtg_db *db, size_t index);

/* A check of a dataset: a record check run on every record of one kind. */
typedef struct check {
    size_t (*count)(const camtg_db *db);
    record_check record;
} check;

static int problems_in(const camtg_db *db, check chk)
{
    int problems = 0;
    for (size_t i = 0; i < chk.count(db); i++)
        problems += chk.record(db, i);
    return problems;
}

typedef struct span {
    size_t start, end; /* bytes, end exclusive */
} span;

/* Splits @p text at blank lines ("\n\n"); returns the number of paragraphs. */
static size_t paragraphs_of(const char *text, span *out, size_t max)
{
    size_t n = 0, start = 0;
    const char *p = text;
    while (n < max) {
        const char *brk = strstr(p, "\n\n");
        size_t end = brk ? (size_t)(brk - text) : strlen(text);
        out[n++] = (span){start, end};
        if (brk == NULL)
            break;
        start = end + 2;
        p = text + start;
    }
    return n;
}

static long code_points(const char *s, size_t bytes)
{
    long n = 0;
    for (size_t i = 0; i < bytes; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* Quotes equal their slices, in bytes and code points, inside one
 * paragraph. */
static int quote_problems(const camtg_db *db, size_t index)
{
    const camtg_commitment *c = camtg_commitment_at(db, index);
    const char *text = camtg_source_text(camtg_commitment_source(c));
    const char *quote = camtg_commitment_quote(c);
    long b0 = camtg_commitment_byte_start(c), b1 = camtg_commitment_byte_end(c);
    size_t len = strlen(quote);
    if (b0 < 0 || b1 < b0 || (size_t)b1 > strlen(text) || (size_t)(b1 - b0) != len ||
        memcmp(text + b0, quote, len) != 0)
        return problem(camtg_commitment_id(c), "quote differs from bytes [%ld, %ld)", b0, b1);
    int problems = 0;
    if (code_points(text, (size_t)b0) != camtg_commitment_start(c) ||
        code_points(text, (size_t)b1) != camtg_commitment_end(c))
        problems += problem(camtg_commitment_id(c), "code point offsets disagree with byte offsets");
    if (len == 0 || isspace((unsigned char)quote[0]) || isspace((unsigned char)quote[len - 1]))
        problems += problem(camtg_commitment_id(c), "quote is empty or has surrounding space");
    span para[MAX_PARAGRAPHS];
    size_t np = paragraphs_of(text, para, MAX_PARAGRAPHS);
    int inside = 0;
    for (size_t p = 0; p < np; p++)
        inside |= para[p].start <= (size_t)b0 && (size_t)b1 <= para[p].end;
    if (!inside)
        problems += problem(camtg_commitment_id(c), "quote crosses a paragraph break");
    return problems;
}
static const check check_quotes = {camtg_commitment_count, quote_problems};

/* Every paragraph from the third on carries a commitment's evidence. */
static int coverage_problems(const camtg_db *db, size_t index)
{
    const camtg_source *src = camtg_source_at(db, index);
    int problems = 0;
    span para[MAX_PARAGRAPHS];
    size_t np = paragraphs_of(camtg_source_text(src), para, MAX_PARAGRAPHS);
    for (size_t p = UNCOMMITTED_PARAGRAPHS; p < np; p++) {
        int covered = 0;
        for (size_t i = 0; i < camtg_commitment_count(db) && !covered; i++) {
            const camtg_commitment *c = camtg_commitment_at(db, i);
            covered = camtg_commitment_source(c) == src &&
                      para[p].start <= (size_t)camtg_commitment_byte_start(c) &&
                      (size_t)camtg_commitment_byte_end(c) <= para[p].end;
        }
        if (!covered)
            problems += problem(camtg_source_id(src), "paragraph %zu carries no commitment", p + 1);
    }
    return problems;
}
static const check check_coverage = {camtg_source_count, coverage_problems};

typedef struct hit {
    size_t start, end;
    const camtg_entity *entity;
} hit;

/* strncmp ignoring ASCII case; names outside ASCII must match exactly. */
static int ascii_ncasecmp(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        int x = tolower((unsigned char)a[i]), y = tolower((unsigned char)b[i]);
        if (x != y || x == 0)
            return x - y;
    }
    return 0;
}

static int is_word_char(char ch)
{
    return isalnum((unsigned char)ch) || ((unsigned char)ch & 0x80);
}

/* Records where @p key occurs in @p quote (ASCII case ignored) with no
 * letter or digit glued to either side. */
static size_t find_mentions(const char *quote, const char *key, const camtg_entity *e, hit *hits,
                            size_t n, size_t max)
{
    size_t qlen = strlen(quote), klen = strlen(key);
    if (klen == 0)
        return n;
    for (size_t i = 0; i + klen <= qlen && n < max; i++) {
        if (ascii_ncasecmp(quote + i, key, klen) != 0)
            continue;
        if ((i > 0 && is_word_char(quote[i - 1])) || (i + klen < qlen && is_word_char(quote[i + klen])))
            continue;
        hits[n++] = (hit){i, i + klen, e};
    }
    return n;
}

/* Appends to @p hits where the name or an alias of @p e occurs in @p text;
 * hits must not run out (MAX_HITS is far above what a text holds). */
static size_t find_keys(const char *text, const camtg_entity *e, hit *hits, size_t n)
{
    n = find_mentions(text, camtg_entity_name(e), e, hits, n, MAX_HITS);
    for (size_t a = 0; a < camtg_entity_alias_count(e); a++)
        n = find_mentions(text, camtg_entity_alias(e, a), e, hits, n, MAX_HITS);
    CU_ASSERT(n < MAX_HITS);
    return n;
}

/* Whether @p c links @p e in one of its three roles: actor, target, object. */
static int is_linked(const camtg_commitment *c, const camtg_entity *e)
{
    static size_t (*const count[])(const camtg_commitment *) = {
        camtg_commitment_actor_count, camtg_commitment_target_count,
        camtg_commitment_object_count};
    static const camtg_entity *(*const linked[])(const camtg_commitment *, size_t) = {
        camtg_commitment_actor, camtg_commitment_target, camtg_commitment_object};
    int found = 0;
    for (size_t role = 0; role < sizeof count / sizeof *count; role++)
        for (size_t k = 0; k < count[role](c) && !found; k++)
            found = linked[role](c, k) == e;
    return found;
}

/* Every entity named (by name or alias) in a quote is linked from the
 * commitment. Where two names overlap, the longer one is the mention:
 * "China-Kyrgyzstan-Uzbekistan railway" names the railway, and the China
 * inside it is not a separate mention. */
static int mention_problems(const camtg_db *db, size_t index)
{
    const camtg_commitment *c = camtg_commitment_at(db, index);
    const char *quote = camtg_commitment_quote(c);
    static hit hits[MAX_HITS];
    size_t n = 0;
    for (size_t k = 0; k < camtg_entity_count(db); k++)
        n = find_keys(quote, camtg_entity_at(db, k), hits, n);
    int problems = 0;
    for (size_t h = 0; h < n; h++) {
        int inside_longer = 0;
        for (size_t o = 0; o < n && !inside_longer; o++)
            inside_longer = hits[o].entity != hits[h].entity && hits[o].start <= hits[h].start &&
                            hits[h].end <= hits[o].end &&
                            hits[o].end - hits[o].start > hits[h].end - hits[h].start;
        if (!inside_longer && !is_linked(c, hits[h].entity))
            problems += problem(camtg_commitment_id(c),
                                "quote names %s (\"%.*s\") but does not link it",
                                camtg_entity_id(hits[h].entity),
                                (int)(hits[h].end - hits[h].start), quote + hits[h].start);
    }
    return problems;
}
static const check check_mentions = {camtg_commitment_count, mention_problems};

/* Whether a mention of @p e in @p src covers bytes [b0, b1): any mention
 * of e containing them, or, when @p group_exact, a mention of a group on
 * exactly these bytes (a region's name standing for its states). */
static int mentioned_at(const camtg_db *db, const camtg_entity *e, const camtg_source *src,
                        long b0, long b1)
{
    for (size_t k = 0; k < camtg_entity_count(db); k++) {
        const camtg_entity *o = camtg_entity_at(db, k);
        for (size_t i = 0; i < camtg_entity_mention_count(o); i++) {
            const camtg_mention *m = camtg_entity_mention(o, i);
            if (camtg_mention_source(m) != src)
                continue;
            long m0 = camtg_mention_byte_start(m), m1 = camtg_mention_byte_end(m);
            if (o == e && m0 <= b0 && b1 <= m1)
                return 1;
            if (o != e && camtg_entity_type_of(o) == CAMTG_ENTITY_GROUP && m0 == b0 && m1 == b1)
                return 1;
        }
    }
    return 0;
}

/* Every occurrence of the name or an alias of a country, a person or a
 * place in a source text (ASCII case ignored, whole words) is inside a
 * mention of that entity; the one exception is a phrase coded as a group's
 * mention ("Central Asia" in "China-Central Asia relations" names the five
 * states, coding guide section 12). */
static int name_coverage_problems(const camtg_db *db, size_t index)
{
    const camtg_source *src = camtg_source_at(db, index);
    const char *text = camtg_source_text(src);
    static hit hits[MAX_HITS];
    int problems = 0;
    for (size_t k = 0; k < camtg_entity_count(db); k++) {
        const camtg_entity *e = camtg_entity_at(db, k);
        int type = camtg_entity_type_of(e);
        if (type != CAMTG_ENTITY_COUNTRY && type != CAMTG_ENTITY_PERSON &&
            type != CAMTG_ENTITY_PLACE)
            continue;
        size_t n = find_keys(text, e, hits, 0);
        for (size_t h = 0; h < n; h++) {
            if (mentioned_at(db, e, src, (long)hits[h].start, (long)hits[h].end))
                continue;
            problems += problem(camtg_source_id(src),
                                "\"%.*s\" at byte %zu names %s but is not a mention of it",
                                (int)(hits[h].end - hits[h].start), text + hits[h].start,
                                hits[h].start, camtg_entity_id(e));
        }
    }
    return problems;
}
static const check check_name_coverage = {camtg_source_count, name_coverage_problems};

/* A mention inside a commitment's quote is of an entity the commitment
 * links, or lies inside a mention of one (the China inside the railway's
 * name): the coding guide's hard case of a mention inside a quote. */
static int quoted_mention_problems(const camtg_db *db, size_t index)
{
    const camtg_commitment *c = camtg_commitment_at(db, index);
    long q0 = camtg_commitment_byte_start(c), q1 = camtg_commitment_byte_end(c);
    int problems = 0;
    for (size_t k = 0; k < camtg_entity_count(db); k++) {
        const camtg_entity *e = camtg_entity_at(db, k);
        for (size_t j = 0; j < camtg_entity_mention_count(e); j++) {
            const camtg_mention *m = camtg_entity_mention(e, j);
            long m0 = camtg_mention_byte_start(m), m1 = camtg_mention_byte_end(m);
            if (camtg_mention_source(m) != camtg_commitment_source(c) || m0 < q0 || m1 > q1 ||
                is_linked(c, e))
                continue;
            int inside_linked = 0;
            for (size_t o = 0; o < camtg_entity_count(db) && !inside_linked; o++) {
                const camtg_entity *oe = camtg_entity_at(db, o);
                for (size_t x = 0; x < camtg_entity_mention_count(oe) && is_linked(c, oe); x++) {
                    const camtg_mention *om = camtg_entity_mention(oe, x);
                    long o0 = camtg_mention_byte_start(om), o1 = camtg_mention_byte_end(om);
                    inside_linked |= o0 <= m0 && m1 <= o1 && (o1 - o0) > (m1 - m0);
                }
            }
            if (!inside_linked)
                problems += problem(camtg_commitment_id(c),
                                    "quote holds a mention of %s (\"%s\") but does not link it",
                                    camtg_entity_id(e), camtg_mention_text(m));
        }
    }
    return problems;
}
static const check check_quoted_mentions_linked = {camtg_commitment_count,
                                                   quoted_mention_problems};

/* Every key of an entity finds that entity, so no two entities answer to
 * the same name or alias. */
static int lookup_key_problems(const camtg_db *db, size_t index)
{
    const camtg_entity *e = camtg_entity_at(db, index);
    size_t nkeys = 2 + camtg_entity_alias_count(e);
    int problems = 0;
    for (size_t i = 0; i < nkeys; i++) {
        const char *key = i == 0   ? camtg_entity_id(e)
                          : i == 1 ? camtg_entity_name(e)
                                   : camtg_entity_alias(e, i - 2);
        const camtg_entity *found = camtg_entity_lookup(db, key);
        if (found != e)
            problems += problem(camtg_entity_id(e), "key \"%s\" finds %s", key,
                                found ? camtg_entity_id(found) : "nothing");
    }
    return problems;
}
static const check check_lookup_keys = {camtg_entity_count, lookup_key_problems};

/* Aliases that name a class of things, not one thing: as a key belongs to
 * one entity only, each would claim the consulates, partnerships and
 * "five countries" of every later meeting. Compared ignoring ASCII case.
 * (An unnamed project keeps the article's phrase as its name, and that
 * name's spellings, such as "cultural centres"; an alias never drops a
 * qualifier the name has, as "consulates" drops "in Xi'an and Aktobe".) */
static const char *const generic_aliases[] = {
    "agreement", "consulate", "consulates", "cultural activities", "cultural center",
    "cultural centre", "five countries", "the five countries", "the countries", "two sides",
    "the two sides", "global initiatives", "global initiatives and proposals", "industrial park",
    "initiative", "meeting", "partnership", "strategic partnership",
    "comprehensive strategic partnership", "comprehensive strategic partnership in the new era",
    "project", "railway", "summit", "talks", "Luban", "terrorism", "separatism", "extremism",
    "visa exemption", "workshop",
};

static int ascii_strcaseeq(const char *a, const char *b)
{
    size_t n = strlen(a);
    return n == strlen(b) && ascii_ncasecmp(a, b, n) == 0;
}

/* Whether @p s holds a number: a digit, or an ordinal word ("fourth"). */
static int carries_number(const char *s)
{
    static const char *const ordinals[] = {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth",
    };
    for (const char *p = s; *p != '\0'; p++) {
        if (isdigit((unsigned char)*p))
            return 1;
        if (p > s && is_word_char(p[-1]))
            continue;
        for (size_t k = 0; k < sizeof ordinals / sizeof *ordinals; k++) {
            size_t n = strlen(ordinals[k]);
            if (ascii_ncasecmp(p, ordinals[k], n) == 0 && !is_word_char(p[n]))
                return 1;
        }
    }
    return 0;
}

/* Whether @p alias is one item of the list that @p key spells out
 * ("terrorism" in "terrorism, separatism, and extremism"), or the singular
 * of a plural @p key ("cultural center" of "cultural centers"): a part of
 * the set that the entity is, not a name of it. */
static int is_part_of(const char *alias, const char *key)
{
    size_t alen = strlen(alias), klen = strlen(key);
    if (klen == alen + 1 && key[alen] == 's' && ascii_ncasecmp(key, alias, alen) == 0)
        return 1;
    if (alen >= klen)
        return 0;
    static const char *const separators[] = {", and ", ", ", " and "};
    /* the alias as a whole item: bounded by the key's ends or a separator,
     * and with a separator on at least one side */
    for (size_t i = 0; i + alen <= klen; i++) {
        if (ascii_ncasecmp(key + i, alias, alen) != 0)
            continue;
        int sep_left = 0, sep_right = 0;
        for (size_t k = 0; k < sizeof separators / sizeof *separators; k++) {
            size_t n = strlen(separators[k]);
            sep_left |= i >= n && strncmp(key + i - n, separators[k], n) == 0;
            sep_right |= strncmp(key + i + alen, separators[k], n) == 0;
        }
        if ((i == 0 || sep_left) && (i + alen == klen || sep_right))
            return 1;
    }
    return 0;
}

/* Alias hygiene: an alias is another name of the same referent. It is not
 * a generic noun (the list above), not a part of the set the entity is,
 * and, for an event whose name carries its number in a series ("fourth"),
 * it carries a number too: "China-Central Asia Foreign Ministers' Meeting"
 * names the series, and would claim the fifth meeting. */
static int alias_problems(const camtg_db *db, size_t index)
{
    const camtg_entity *e = camtg_entity_at(db, index);
    int numbered = camtg_entity_type_of(e) == CAMTG_ENTITY_EVENT &&
                   carries_number(camtg_entity_name(e));
    size_t n = camtg_entity_alias_count(e);
    int problems = 0;
    for (size_t a = 0; a < n; a++) {
        const char *alias = camtg_entity_alias(e, a);
        for (size_t g = 0; g < sizeof generic_aliases / sizeof *generic_aliases; g++)
            if (ascii_strcaseeq(alias, generic_aliases[g]))
                problems += problem(camtg_entity_id(e), "alias \"%s\" is a generic noun", alias);
        if (numbered && !carries_number(alias))
            problems += problem(camtg_entity_id(e),
                                "alias \"%s\" names the series, not the numbered event", alias);
        for (size_t o = 0; o <= n; o++) {
            const char *key = o == n ? camtg_entity_name(e) : camtg_entity_alias(e, o);
            if (o != a && is_part_of(alias, key)) {
                problems += problem(camtg_entity_id(e), "alias \"%s\" is a part of \"%s\"",
                                    alias, key);
                break;
            }
        }
    }
    return problems;
}
static const check check_alias_hygiene = {camtg_entity_count, alias_problems};

/* The PLOVER type of a CAMEO code, after the OEDA CAMEO-to-PLOVER table:
 * by root category, except that 08 splits into verbal CONCEDE (080-083) and
 * material RETREAT (084-087), and 163 (embargo, sanctions) is COERCE.
 * CAMEO 01 and 02 (statements, appeals) have no PLOVER type. */
static int plover_of_cameo(const char *cameo)
{
    size_t len = strlen(cameo);
    if (len < 3 || len > 4 || strspn(cameo, "0123456789") != len)
        return -1;
    int root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
    if (root == 8)
        return cameo[2] <= '3' ? CAMTG_PLOVER_CONCEDE : CAMTG_PLOVER_RETREAT;
    if (strncmp(cameo, "163", 3) == 0)
        return CAMTG_PLOVER_COERCE;
    switch (root) {
    case 3: return CAMTG_PLOVER_AGREE;
    case 4: return CAMTG_PLOVER_CONSULT;
    case 5: return CAMTG_PLOVER_SUPPORT;
    case 6: return CAMTG_PLOVER_COOPERATE;
    case 7: return CAMTG_PLOVER_AID;
    case 9: case 11: return CAMTG_PLOVER_ACCUSE;
    case 10: return CAMTG_PLOVER_REQUEST; /* PLOVER's DEMAND */
    case 12: return CAMTG_PLOVER_REJECT;
    case 13: return CAMTG_PLOVER_THREATEN;
    case 14: return CAMTG_PLOVER_PROTEST;
    case 15: return CAMTG_PLOVER_MOBILIZE;
    case 16: return CAMTG_PLOVER_SANCTION;
    case 17: return CAMTG_PLOVER_COERCE;
    case 18: case 19: case 20: return CAMTG_PLOVER_ASSAULT;
    default: return -1;
    }
}

static int code_problems(const camtg_db *db, size_t index)
{
    const camtg_commitment *c = camtg_commitment_at(db, index);
    const char *cameo = camtg_commitment_cameo(c);
    if (cameo != NULL && plover_of_cameo(cameo) == camtg_commitment_type(c))
        return 0;
    return problem(camtg_commitment_id(c), "CAMEO %s does not fall under PLOVER %s",
                   cameo ? cameo : "(none)", camtg_plover_to_string(camtg_commitment_type(c)));
}
static const check check_codes = {camtg_commitment_count, code_problems};

/* Every record complete. */
static int record_problems(const camtg_db *db, size_t index)
{
    const camtg_commitment *c = camtg_commitment_at(db, index);
    if (camtg_commitment_actor_count(c) == 0 || camtg_commitment_sector_count(c) == 0 ||
        *camtg_commitment_verb(c) == '\0' || *camtg_commitment_summary(c) == '\0' ||
        /* positions and assessments have no fulfilment; pledges do */
        (camtg_commitment_status(c) == CAMTG_STATUS_STATED) !=
            (camtg_commitment_kind(c) != CAMTG_KIND_PLEDGE))
        return problem(camtg_commitment_id(c), "incomplete record");
    return 0;
}
static const check check_records_complete = {camtg_commitment_count, record_problems};

/* Every entity used by a commitment, the meeting, or another entity. */
static int use_problems(const camtg_db *db, size_t index)
{
    const camtg_entity *e = camtg_entity_at(db, index);
    int used = 0;
    for (size_t i = 0; i < camtg_commitment_count(db) && !used; i++)
        used = is_linked(camtg_commitment_at(db, i), e);
    for (size_t m = 0; m < camtg_meeting_count(db) && !used; m++) {
        const camtg_meeting *mt = camtg_meeting_at(db, m);
        used = camtg_meeting_place(mt) == e || camtg_meeting_host(mt) == e ||
               camtg_meeting_context(mt) == e;
        for (size_t p = 0; p < camtg_meeting_participant_count(mt); p++)
            used |= camtg_meeting_participant(mt, p) == e;
    }
    for (size_t j = 0; j < camtg_entity_count(db) && !used; j++) {
        const camtg_entity *o = camtg_entity_at(db, j);
        used = camtg_entity_within(o) == e || camtg_entity_country(o) == e ||
               camtg_entity_place(o) == e || (o != e && camtg_entity_in_group(e, o) == 1);
    }
    return used ? 0 : problem(camtg_entity_id(e), "entity is not used by anything");
}
static const check check_entities_used = {camtg_entity_count, use_problems};

/* Runs one check over the embedded dataset, which must pass it. */
static void expect_no_problems(check chk)
{
    camtg_db *db = camtg_test_open_default();
    CU_ASSERT_EQUAL(problems_in(db, chk), 0);
    camtg_close(db);
}

static void test_default_quotes(void)
{
    expect_no_problems(check_quotes);
}

static void test_default_coverage(void)
{
    expect_no_problems(check_coverage);
}

static void test_default_mentions(void)
{
    expect_no_problems(check_mentions);
}

static void test_default_lookup_keys(void)
{
    expect_no_problems(check_lookup_keys);
}

static void test_default_codes(void)
{
    expect_no_problems(check_codes);
}

static void test_default_alias_hygiene(void)
{
    expect_no_problems(check_alias_hygiene);
}

static void test_default_name_coverage(void)
{
    expect_no_problems(check_name_coverage);
    expect_no_problems(check_quoted_mentions_linked);
}

static void test_default_completeness(void)
{
    expect_no_problems(check_records_complete);
    expect_no_problems(check_entities_used);
}

/* One fault of each kind the alias rule forbids, as the first edition of
 * the dataset had them. */
static const char unhygienic[] =
    "{\"camtg\":1,"
    "\"sources\":[{\"id\":\"s\",\"title\":\"t\",\"publisher\":\"p\",\"published\":\"2023-04-27\","
    "\"dateline\":\"d\",\"language\":\"en\",\"text\":\"Text.\"}],"
    "\"entities\":["
    "{\"id\":\"fmm-4\",\"type\":\"event\",\"name\":\"fourth China-Central Asia Foreign Ministers' Meeting\","
    "\"aliases\":[\"4th China-Central Asia Foreign Ministers' Meeting\","
    "\"China-Central Asia Foreign Ministers' Meeting\"]},"
    "{\"id\":\"forces\",\"type\":\"topic\",\"name\":\"three forces\","
    "\"aliases\":[\"terrorism, separatism, and extremism\",\"separatism\"]},"
    "{\"id\":\"centers\",\"type\":\"project\",\"name\":\"cultural centres\","
    "\"aliases\":[\"cultural centre\"]},"
    "{\"id\":\"consulates\",\"type\":\"project\",\"name\":\"consulates in Xi'an and Aktobe\","
    "\"aliases\":[\"Consulates\",\"Aktobe\"]}],"
    "\"meetings\":[],\"commitments\":[]}";

/* Mentions that miss names: "Kyrgyzstan" is not coded at all, "China"
 * inside the railway's name is not coded as China, and the quote holds a
 * mention of the railway, which the commitment does not link. */
static const char unmentioned[] =
    "{\"camtg\":2,"
    "\"sources\":[{\"id\":\"s\",\"title\":\"t\",\"publisher\":\"p\",\"published\":\"2023-04-27\","
    "\"dateline\":\"d\",\"language\":\"en\","
    "\"text\":\"China and Kyrgyzstan build the China-Kyrgyzstan railway.\"}],"
    "\"entities\":["
    "{\"id\":\"CHN\",\"type\":\"country\",\"name\":\"China\","
    "\"mentions\":[{\"source\":\"s\",\"start\":0,\"end\":5,\"text\":\"China\"}]},"
    "{\"id\":\"KGZ\",\"type\":\"country\",\"name\":\"Kyrgyzstan\","
    "\"mentions\":[{\"source\":\"s\",\"start\":37,\"end\":47,\"text\":\"Kyrgyzstan\"}]},"
    "{\"id\":\"rail\",\"type\":\"project\",\"name\":\"China-Kyrgyzstan railway\","
    "\"mentions\":[{\"source\":\"s\",\"start\":31,\"end\":55,"
    "\"text\":\"China-Kyrgyzstan railway\"}]}],"
    "\"meetings\":[{\"id\":\"m\",\"title\":\"m\",\"date\":\"2023-04-26\",\"place\":\"CHN\","
    "\"host\":\"CHN\",\"participants\":[],\"format\":\"talks\",\"source\":\"s\"}],"
    "\"commitments\":[{\"id\":\"c1\",\"meeting\":\"m\",\"kind\":\"pledge\",\"type\":\"AGREE\","
    "\"cameo\":\"031\",\"verb\":\"build\",\"summary\":\"s\",\"actors\":[\"CHN\",\"KGZ\"],"
    "\"targets\":[],\"objects\":[],\"sectors\":[\"connectivity\"],"
    "\"evidence\":{\"source\":\"s\",\"start\":0,\"end\":55,"
    "\"quote\":\"China and Kyrgyzstan build the China-Kyrgyzstan railway\"}}]}";

/* A small dataset whose single commitment breaks the checks on purpose:
 * its quote names China and the railway but links only Kyrgyzstan, the
 * fourth paragraph has no commitment, the CAMEO code is SUPPORT's while the
 * type is AGREE, and the projects "orphan" and (being unlinked) the
 * railway are used by nothing, and the orphan's alias collides with
 * the name of the meeting's city. */
static const char broken[] =
    "{\"camtg\":1,"
    "\"sources\":[{\"id\":\"s\",\"title\":\"t\",\"publisher\":\"p\",\"published\":\"2023-04-27\","
    "\"dateline\":\"d\",\"language\":\"en\","
    "\"text\":\"Dateline.\\n\\nEnvoys.\\n\\nKyrgyzstan will work with China on the CKU railway.\\n\\nMore.\"}],"
    "\"entities\":["
    "{\"id\":\"CHN\",\"type\":\"country\",\"name\":\"China\"},"
    "{\"id\":\"KGZ\",\"type\":\"country\",\"name\":\"Kyrgyzstan\"},"
    "{\"id\":\"rail\",\"type\":\"project\",\"name\":\"China-Kyrgyzstan-Uzbekistan railway\","
    "\"aliases\":[\"CKU railway\"]},"
    "{\"id\":\"orphan\",\"type\":\"project\",\"name\":\"Orphan\",\"aliases\":[\"city\"]},"
    "{\"id\":\"city\",\"type\":\"place\",\"name\":\"City\",\"within\":\"CHN\"}],"
    "\"meetings\":[{\"id\":\"m\",\"title\":\"m\",\"date\":\"2023-04-26\",\"place\":\"city\","
    "\"host\":\"CHN\",\"participants\":[\"KGZ\"],\"format\":\"talks\",\"source\":\"s\"}],"
    "\"commitments\":[{\"id\":\"c1\",\"meeting\":\"m\",\"kind\":\"pledge\",\"type\":\"AGREE\","
    "\"cameo\":\"057\",\"verb\":\"work\",\"summary\":\"s\",\"actors\":[\"KGZ\"],\"targets\":[],"
    "\"objects\":[],\"sectors\":[\"connectivity\"],\"status\":\"pledged\","
    "\"evidence\":{\"source\":\"s\",\"start\":20,\"end\":70,"
    "\"quote\":\"Kyrgyzstan will work with China on the CKU railway\"}}]}";

/* What each check must find in each faulty dataset above. */
static const struct faulty_case {
    const char *dataset_name;
    const char *dataset;
    const check *check;
    int problems;
} faulty_cases[] = {
    /* the series name; "separatism" and "cultural centre" (each generic,
     * and a part of a list or of a plural); "Consulates" (generic) and
     * "Aktobe" (a part of the name's "Xi'an and Aktobe") */
    {"unhygienic", unhygienic, &check_alias_hygiene, 7},
    {"unmentioned", unmentioned, &check_name_coverage, 2}, /* Kyrgyzstan at 10, China at 31 */
    {"unmentioned", unmentioned, &check_quoted_mentions_linked, 1}, /* the railway */
    {"broken", broken, &check_quotes, 0},
    {"broken", broken, &check_coverage, 1},          /* paragraph 4 */
    {"broken", broken, &check_mentions, 2},          /* China, the railway */
    {"broken", broken, &check_codes, 1},             /* 057 is SUPPORT */
    {"broken", broken, &check_lookup_keys, 1},       /* orphan's alias is the city's name */
    {"broken", broken, &check_records_complete, 0},
    {"broken", broken, &check_entities_used, 2},     /* orphan, and the unlinked railway */
};

static void test_checks_catch_faults(void)
{
    for (size_t i = 0; i < sizeof faulty_cases / sizeof *faulty_cases; i++) {
        const struct faulty_case *fc = &faulty_cases[i];
        camtg_db *db = camtg_test_expect_load(fc->dataset);
        if (db == NULL)
            continue;
        printf("\n  (expected below: %d problem(s) in \"%s\")", fc->problems, fc->dataset_name);
        int found = problems_in(db, *fc->check);
        CU_ASSERT_EQUAL(found, fc->problems);
        if (found != fc->problems)
            printf("\n  case %zu: %d problems in \"%s\", expected %d", i, found,
                   fc->dataset_name, fc->problems);
        camtg_close(db);
    }
}

/* The parts of the alias rule, on their own. */
static void test_alias_rule_parts(void)
{
    CU_ASSERT(is_part_of("terrorism", "terrorism, separatism and extremism"));
    CU_ASSERT(is_part_of("extremism", "terrorism, separatism, and extremism"));
    CU_ASSERT(!is_part_of("Road", "Belt and Roadside"));
    CU_ASSERT(!is_part_of("terror", "terrorism, separatism"));
    CU_ASSERT(carries_number("4th meeting") && carries_number("the Fourth meeting"));
    CU_ASSERT(!carries_number("the fourthcoming meeting"));
}


static void test_longest_mention_wins(void)
{
    /* The railway's full name contains "China" and "Kyrgyzstan": linking
     * only the railway is enough when its full name is quoted. */
    const char *quote = "speed up the China-Kyrgyzstan-Uzbekistan railway project";
    camtg_db *db = camtg_test_expect_load(broken);
    if (db == NULL)
        return;
    hit hits[MAX_HITS];
    size_t n = 0;
    for (size_t k = 0; k < camtg_entity_count(db); k++) {
        const camtg_entity *e = camtg_entity_at(db, k);
        n = find_mentions(quote, camtg_entity_name(e), e, hits, n, MAX_HITS);
    }
    CU_ASSERT_EQUAL(n, 3); /* China, Kyrgyzstan, and the railway around them */
    size_t outer = 0;
    for (size_t h = 0; h < n; h++)
        outer += strcmp(camtg_entity_id(hits[h].entity), "rail") == 0;
    CU_ASSERT_EQUAL(outer, 1);
    /* Glued letters are not a mention: "Chinas" does not name China. */
    CU_ASSERT_EQUAL(find_mentions("Chinas", "China", NULL, hits, 0, MAX_HITS), 0);
    CU_ASSERT_EQUAL(find_mentions("China's", "china", NULL, hits, 0, MAX_HITS), 1);
    camtg_close(db);
}

int main(void)
{
    static const camtg_test_case cases[] = {
        {"quotes equal their slices", test_default_quotes},
        {"every commitment paragraph is covered", test_default_coverage},
        {"every named entity is linked", test_default_mentions},
        {"every key finds its own entity", test_default_lookup_keys},
        {"aliases: no generic noun, no part, no series name", test_default_alias_hygiene},
        {"the parts of the alias rule", test_alias_rule_parts},
        {"every country, person and place name is a mention", test_default_name_coverage},
        {"PLOVER types agree with CAMEO codes", test_default_codes},
        {"records complete, entities used", test_default_completeness},
        {"the checks catch faults in small datasets", test_checks_catch_faults},
        {"overlapping names: the longest wins", test_longest_mention_wins},
        {NULL, NULL},
    };
    return camtg_test_main("dataset_integrity", cases);
}
