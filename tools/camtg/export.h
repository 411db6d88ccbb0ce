/* The export formats that are not plain JSON documents. */
#ifndef CAMTG_CLI_EXPORT_H
#define CAMTG_CLI_EXPORT_H

#include "cli.h"

/** One row per commitment (RFC 4180, CRLF line ends, a header row).
 *  @return 0, or -1 after reporting a failure. */
int cli_export_csv(cli_buf *out, const camtg_db *db);

/** A Graphviz digraph of the parties and their commitments.
 *  @return 0, or -1 after reporting a failure. */
int cli_export_dot(cli_buf *out, const camtg_db *db);

#endif
