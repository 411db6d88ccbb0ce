/* export --format csv: one row per commitment, for spreadsheets and
 * data frames. RFC 4180: CRLF line ends, fields quoted when they hold a
 * comma, a quote or a line break, quotes doubled. */
#include <string.h>

#include "export.h"

static const char *const csv_header[] = {
    "id", "meeting", "kind", "type", "cameo", "verb", "summary", "actors", "targets",
    "objects", "sectors", "status", "source", "start", "end", "quote",
};

static void csv_field(cli_buf *out, const char *s, int first)
{
    if (!first)
        cli_buf_addc(out, ',');
    if (!s)
        return;
    if (strpbrk(s, ",\"\r\n") == NULL) {
        cli_buf_add(out, s);
        return;
    }
    cli_buf_addc(out, '"');
    for (const char *p = s; *p; p++) {
        if (*p == '"')
            cli_buf_addc(out, '"');
        cli_buf_addc(out, *p);
    }
    cli_buf_addc(out, '"');
}

int cli_export_csv(cli_buf *out, const camtg_db *db)
{
    size_t ncols = sizeof csv_header / sizeof csv_header[0];
    for (size_t i = 0; i < ncols; i++)
        csv_field(out, csv_header[i], i == 0);
    cli_buf_add(out, "\r\n");
    cli_buf cell;
    cli_buf_init(&cell);
    for (size_t i = 0; i < camtg_commitment_count(db); i++) {
        const camtg_commitment *c = camtg_commitment_at(db, i);
        csv_field(out, camtg_commitment_id(c), 1);
        csv_field(out, camtg_meeting_id(camtg_commitment_meeting(c)), 0);
        csv_field(out, camtg_kind_to_string((camtg_kind)camtg_commitment_kind(c)), 0);
        csv_field(out, camtg_plover_to_string((camtg_plover)camtg_commitment_type(c)), 0);
        csv_field(out, camtg_commitment_cameo(c), 0);
        csv_field(out, camtg_commitment_verb(c), 0);
        csv_field(out, camtg_commitment_summary(c), 0);
        for (int role = CLI_ACTORS; role <= CLI_OBJECTS; role++) {
            cell.len = 0;
            cli_buf_add(&cell, "");
            for (size_t k = 0; k < cli_role_count(c, (cli_role)role); k++)
                cli_buf_addf(&cell, "%s%s", k ? ";" : "",
                             camtg_entity_id(cli_role_at(c, (cli_role)role, k)));
            csv_field(out, cli_buf_str(&cell), 0);
        }
        cell.len = 0;
        cli_buf_add(&cell, "");
        cli_add_sectors(&cell, c, ";");
        csv_field(out, cli_buf_str(&cell), 0);
        csv_field(out, camtg_status_value_to_string(
                           (camtg_status_value)camtg_commitment_status(c)), 0);
        csv_field(out, camtg_source_id(camtg_commitment_source(c)), 0);
        cli_buf_addf(out, ",%ld,%ld", camtg_commitment_start(c), camtg_commitment_end(c));
        csv_field(out, camtg_commitment_quote(c), 0);
        cli_buf_add(out, "\r\n");
    }
    int failed = cell.failed || out->failed;
    cli_buf_free(&cell);
    if (failed) {
        cli_error("out of memory");
        return -1;
    }
    return 0;
}
