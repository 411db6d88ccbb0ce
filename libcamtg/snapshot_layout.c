/* SPDX-License-Identifier: MIT */
/* What a snapshot stores of each record: one row per field, read by both
 * the writer and the reader. What the loader derives from these fields
 * (group lists, per-entity and per-meeting commitment lists, timelines,
 * lookup keys, offsets in bytes) is derived again on open by the same code,
 * so a snapshot cannot contradict its own data. */
#include <stddef.h>

#include "snapshot.h"

#define STR(type, name, member, req) {name, CAMTG_SF_STRING, req, 0, offsetof(type, member), 0}
#define DATE(type, name, member, req) {name, CAMTG_SF_DATE, req, 0, offsetof(type, member), 0}
#define REF(type, name, member, req, kind)                                                     \
    {name, CAMTG_SF_REF, req, kind, offsetof(type, member), 0}
#define SIZE(type, name, member) {name, CAMTG_SF_SIZE, 0, 0, offsetof(type, member), 0}
#define ENUM(type, name, member, count) {name, CAMTG_SF_ENUM, 0, count, offsetof(type, member), 0}
#define LIST(type, ftype, name, member, count_member, kind)                                    \
    {name, ftype, 0, kind, offsetof(type, member), offsetof(type, count_member)}

static const camtg_snapshot_field SOURCE_FIELDS[] = {
    STR(camtg_source, "id", rec.id, 1),
    STR(camtg_source, "title", title, 1),
    STR(camtg_source, "publisher", publisher, 1),
    DATE(camtg_source, "published", published, 1),
    STR(camtg_source, "dateline", dateline, 1),
    STR(camtg_source, "language", language, 1),
    STR(camtg_source, "url", url, 0),
    STR(camtg_source, "text", text, 1),
};

static const camtg_snapshot_field ENTITY_FIELDS[] = {
    STR(camtg_entity, "id", rec.id, 1),
    ENUM(camtg_entity, "type", type, CAMTG_ENTITY_TYPE_COUNT),
    STR(camtg_entity, "name", name, 1),
    STR(camtg_entity, "wikidata", wikidata, 0),
    STR(camtg_entity, "description", description, 0),
    LIST(camtg_entity, CAMTG_SF_STRINGS, "aliases", aliases, alias_count, 0),
    REF(camtg_entity, "country", country, 0, CAMTG_RECORD_ENTITY),
    LIST(camtg_entity, CAMTG_SF_STRINGS, "positions", positions, position_count, 0),
    REF(camtg_entity, "within", within, 0, CAMTG_RECORD_ENTITY),
    LIST(camtg_entity, CAMTG_SF_REFS, "members", members, member_count, CAMTG_RECORD_ENTITY),
    DATE(camtg_entity, "date", date, 0),
    REF(camtg_entity, "place", place, 0, CAMTG_RECORD_ENTITY),
    LIST(camtg_entity, CAMTG_SF_MENTIONS, "mentions", mentions, mention_count, 0),
};

static const camtg_snapshot_field MEETING_FIELDS[] = {
    STR(camtg_meeting, "id", rec.id, 1),
    STR(camtg_meeting, "title", title, 1),
    DATE(camtg_meeting, "date", date, 1),
    STR(camtg_meeting, "format", format, 1),
    REF(camtg_meeting, "place", place, 1, CAMTG_RECORD_ENTITY),
    REF(camtg_meeting, "host", host, 1, CAMTG_RECORD_ENTITY),
    REF(camtg_meeting, "context", context, 0, CAMTG_RECORD_ENTITY),
    REF(camtg_meeting, "source", source, 1, CAMTG_RECORD_SOURCE),
    LIST(camtg_meeting, CAMTG_SF_REFS, "participants", participants, participant_count,
         CAMTG_RECORD_ENTITY),
};

static const camtg_snapshot_field COMMITMENT_FIELDS[] = {
    STR(camtg_commitment, "id", rec.id, 1),
    REF(camtg_commitment, "meeting", meeting, 1, CAMTG_RECORD_MEETING),
    ENUM(camtg_commitment, "kind", kind, CAMTG_KIND_COUNT),
    ENUM(camtg_commitment, "type", type, CAMTG_PLOVER_COUNT),
    ENUM(camtg_commitment, "status", status, CAMTG_STATUS_COUNT),
    STR(camtg_commitment, "cameo", cameo, 0),
    STR(camtg_commitment, "verb", verb, 1),
    STR(camtg_commitment, "summary", summary, 1),
    LIST(camtg_commitment, CAMTG_SF_REFS, "actors", actors, actor_count, CAMTG_RECORD_ENTITY),
    LIST(camtg_commitment, CAMTG_SF_REFS, "targets", targets, target_count, CAMTG_RECORD_ENTITY),
    LIST(camtg_commitment, CAMTG_SF_REFS, "objects", objects, object_count, CAMTG_RECORD_ENTITY),
    LIST(camtg_commitment, CAMTG_SF_SECTORS, "sectors", sectors, sector_count,
         CAMTG_SECTOR_COUNT),
    REF(camtg_commitment, "source", source, 1, CAMTG_RECORD_SOURCE),
    SIZE(camtg_commitment, "start", start),
    SIZE(camtg_commitment, "end", end),
    STR(camtg_commitment, "quote", quote, 1),
};

static const camtg_snapshot_field FOLLOWUP_FIELDS[] = {
    STR(camtg_followup, "id", rec.id, 1),
    REF(camtg_followup, "commitment", commitment, 1, CAMTG_RECORD_COMMITMENT),
    DATE(camtg_followup, "date", date, 1),
    DATE(camtg_followup, "date_end", date_end, 0),
    ENUM(camtg_followup, "date_precision", precision, CAMTG_DATE_PRECISION_COUNT),
    ENUM(camtg_followup, "status", status, CAMTG_STATUS_COUNT),
    STR(camtg_followup, "summary", summary, 1),
    LIST(camtg_followup, CAMTG_SF_CITATIONS, "citations", citations, citation_count, 0),
};

static const camtg_snapshot_field MENTION_FIELDS[] = {
    REF(camtg_mention, "source", span.source, 1, CAMTG_RECORD_SOURCE),
    SIZE(camtg_mention, "start", span.start),
    SIZE(camtg_mention, "end", span.end),
    STR(camtg_mention, "text", span.text, 1),
};

static const camtg_snapshot_field CITATION_FIELDS[] = {
    STR(camtg_citation, "url", url, 1),
    STR(camtg_citation, "publisher", publisher, 1),
    DATE(camtg_citation, "published", published, 0),
    STR(camtg_citation, "title", title, 0),
};

#define TABLE(name, type, fields) {name, sizeof(type), fields, sizeof fields / sizeof fields[0]}

const camtg_snapshot_table
    camtg_snapshot_tables[CAMTG_SNAPSHOT_SECTION_COUNT - CAMTG_SNAPSHOT_TABLES] = {
        TABLE("source", camtg_source, SOURCE_FIELDS),
        TABLE("entity", camtg_entity, ENTITY_FIELDS),
        TABLE("meeting", camtg_meeting, MEETING_FIELDS),
        TABLE("commitment", camtg_commitment, COMMITMENT_FIELDS),
        TABLE("follow-up", camtg_followup, FOLLOWUP_FIELDS),
        TABLE("mention", camtg_mention, MENTION_FIELDS),
        TABLE("citation", camtg_citation, CITATION_FIELDS),
};

int camtg_snapshot_field_is_list(const camtg_snapshot_field *f)
{
    return f->type >= CAMTG_SF_REFS;
}

size_t camtg_snapshot_record_words(const camtg_snapshot_table *t)
{
    size_t words = 0;
    for (size_t i = 0; i < t->field_count; i++)
        words += camtg_snapshot_field_is_list(&t->fields[i]) ? 2 : 1;
    return words;
}
