/* SPDX-License-Identifier: MIT */
/* export --format json and jsonl: the dataset again, streamed record by
 * record (listing.h) rather than built as one document in memory. */
#include "exporters.h"
#include "listing.h"
#include "records.h"

/* Every record of one kind as a JSON object; NULL when memory ran out. */
typedef json_t *(*export_record_fn)(const camtg_db *db, size_t i);

static json_t *export_source(const camtg_db *db, size_t i)
{
    return cli_json_source(camtg_source_at(db, i));
}

static json_t *export_entity(const camtg_db *db, size_t i)
{
    return cli_json_entity(camtg_entity_at(db, i));
}

static json_t *export_meeting(const camtg_db *db, size_t i)
{
    return cli_json_meeting(camtg_meeting_at(db, i));
}

/* Version 2 derives the status from the follow-ups, so a dataset in it
 * leaves the status out. */
static json_t *export_commitment(const camtg_db *db, size_t i)
{
    json_t *o = cli_json_commitment(camtg_commitment_at(db, i), 0);
    if (o && camtg_db_schema_version(db) >= 2)
        json_object_del(o, "status");
    return o;
}

static json_t *export_followup(const camtg_db *db, size_t i)
{
    return cli_json_followup(camtg_followup_at(db, i));
}

/* The sections of a dataset document, in the format's order. */
static const struct {
    const char *key;     /* "sources" */
    const char *record;  /* "source", the jsonl "record" field */
    size_t (*count)(const camtg_db *db);
    export_record_fn at;
    int since_version; /* the schema version that has the section */
} export_sections[] = {
    {"sources", "source", camtg_source_count, export_source, 1},
    {"entities", "entity", camtg_entity_count, export_entity, 1},
    {"meetings", "meeting", camtg_meeting_count, export_meeting, 1},
    {"commitments", "commitment", camtg_commitment_count, export_commitment, 1},
    {"followups", "followup", camtg_followup_count, export_followup, 2},
};

#define EXPORT_NSECTIONS (sizeof export_sections / sizeof export_sections[0])

json_t *cli_export_document(const camtg_db *db)
{
    json_t *doc = json_object();
    int version = camtg_db_schema_version(db);
    const char *researched = camtg_followups_researched(db);
    int ok = doc && json_object_set_new(doc, "camtg", json_integer(version)) == 0;
    for (size_t s = 0; ok && s < EXPORT_NSECTIONS; s++) {
        if (export_sections[s].since_version > version)
            continue;
        if (export_sections[s].since_version == 2 && researched)
            ok = json_object_set_new(doc, "followups_researched", json_string(researched)) == 0;
        json_t *list = json_array();
        ok = json_object_set_new(doc, export_sections[s].key, list) == 0;
        for (size_t i = 0; ok && i < export_sections[s].count(db); i++)
            ok = json_array_append_new(list, export_sections[s].at(db, i)) == 0;
    }
    if (!ok) {
        json_decref(doc);
        return NULL;
    }
    return doc;
}

int cli_export_json(cli_ctx *ctx, const camtg_db *db)
{
    int version = camtg_db_schema_version(db);
    cli_buf_addf(ctx->out, "{\n  \"camtg\": %d", version);
    for (size_t s = 0; s < EXPORT_NSECTIONS; s++) {
        if (export_sections[s].since_version > version)
            continue;
        /* the research date stands just before the follow-ups it bounds
         * (a date: nothing in it needs escaping) */
        if (export_sections[s].since_version == 2 && camtg_followups_researched(db))
            cli_buf_addf(ctx->out, ",\n  \"followups_researched\": \"%s\"",
                         camtg_followups_researched(db));
        cli_buf_addf(ctx->out, ",\n  \"%s\": ", export_sections[s].key);
        cli_listing l;
        cli_listing_begin_nested(&l, ctx, 1);
        for (size_t i = 0; i < export_sections[s].count(db); i++)
            if (cli_listing_add(&l, export_sections[s].at(db, i)) < 0)
                return -1;
        cli_listing_end(&l);
    }
    cli_buf_add(ctx->out, "\n}\n");
    return 0;
}

/* {"record": kind, ...fields of @p obj (stolen)}; NULL on failure. */
static json_t *export_line(const char *kind, json_t *obj)
{
    json_t *line = json_object();
    if (!line || !obj || json_object_set_new(line, "record", json_string(kind)) != 0 ||
        json_object_update(line, obj) != 0) {
        json_decref(line);
        line = NULL;
    }
    json_decref(obj);
    return line;
}

int cli_export_jsonl(cli_ctx *ctx, const camtg_db *db)
{
    cli_listing l;
    cli_listing_begin_as(&l, ctx, CLI_FORMAT_JSONL, NULL, NULL);
    json_t *head = json_object();
    const char *researched = camtg_followups_researched(db);
    if (head &&
        (json_object_set_new(head, "camtg", json_integer(camtg_db_schema_version(db))) != 0 ||
         (researched &&
          json_object_set_new(head, "followups_researched", json_string(researched)) != 0))) {
        json_decref(head);
        head = NULL;
    }
    int rc = cli_listing_add(&l, export_line("dataset", head));
    for (size_t s = 0; rc == 0 && s < EXPORT_NSECTIONS; s++)
        for (size_t i = 0; rc == 0 && i < export_sections[s].count(db); i++)
            rc = cli_listing_add(&l, export_line(export_sections[s].record,
                                                 export_sections[s].at(db, i)));
    return rc;
}

/* A commitment's follow-ups as "DATE STATUS ID" items in date order; the
 * JSON export has the rest. */
static json_t *export_timeline(const camtg_commitment *c)
{
    json_t *items = json_array();
    for (size_t k = 0; items && k < camtg_commitment_followup_count(c); k++) {
        const camtg_followup *f = camtg_commitment_followup(c, k);
        json_t *item = json_sprintf("%s %s %s", camtg_followup_date(f),
                                    camtg_status_to_string(camtg_followup_status(f)),
                                    camtg_followup_id(f));
        if (json_array_append_new(items, item) != 0) {
            json_decref(items);
            items = NULL;
        }
    }
    return items;
}

int cli_export_csv(cli_ctx *ctx, const camtg_db *db)
{
    int timeline = camtg_db_schema_version(db) >= 2;
    cli_listing l;
    cli_listing_begin_as(&l, ctx, CLI_FORMAT_CSV,
                         timeline ? cli_commitment_timeline_columns : cli_commitment_columns, NULL);
    for (size_t i = 0; i < camtg_commitment_count(db); i++) {
        const camtg_commitment *c = camtg_commitment_at(db, i);
        json_t *row = cli_json_commitment(c, 0);
        if (row && timeline && json_object_set_new(row, "followups", export_timeline(c)) != 0) {
            json_decref(row);
            row = NULL;
        }
        if (cli_listing_add(&l, row) < 0)
            return -1;
    }
    return cli_listing_end(&l) == CLI_EXIT_OK ? 0 : -1;
}
