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

static json_t *export_commitment(const camtg_db *db, size_t i)
{
    return cli_json_commitment(camtg_commitment_at(db, i), 0);
}

/* The sections of a dataset document, in the format's order. */
static const struct {
    const char *key;     /* "sources" */
    const char *record;  /* "source", the jsonl "record" field */
    size_t (*count)(const camtg_db *db);
    export_record_fn at;
} export_sections[] = {
    {"sources", "source", camtg_source_count, export_source},
    {"entities", "entity", camtg_entity_count, export_entity},
    {"meetings", "meeting", camtg_meeting_count, export_meeting},
    {"commitments", "commitment", camtg_commitment_count, export_commitment},
};

#define EXPORT_NSECTIONS (sizeof export_sections / sizeof export_sections[0])

json_t *cli_export_document(const camtg_db *db)
{
    json_t *doc = json_object();
    int ok = doc && json_object_set_new(doc, "camtg", json_integer(1)) == 0;
    for (size_t s = 0; ok && s < EXPORT_NSECTIONS; s++) {
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
    cli_buf_add(ctx->out, "{\n  \"camtg\": 1");
    for (size_t s = 0; s < EXPORT_NSECTIONS; s++) {
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
    if (head && json_object_set_new(head, "camtg", json_integer(1)) != 0) {
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

int cli_export_csv(cli_ctx *ctx, const camtg_db *db)
{
    cli_listing l;
    cli_listing_begin_as(&l, ctx, CLI_FORMAT_CSV, cli_commitment_columns, NULL);
    for (size_t i = 0; i < camtg_commitment_count(db); i++)
        if (cli_listing_add(&l, cli_json_commitment(camtg_commitment_at(db, i), 0)) < 0)
            return -1;
    return cli_listing_end(&l) == CLI_EXIT_OK ? 0 : -1;
}
