/* SPDX-License-Identifier: MIT */
/* Standard output as the commands write it: through a cli_buf whose sink
 * writes to file descriptor 1 as the buffer fills (bounded memory), and
 * which, for text meant for people, shows control, bidi and invisible
 * characters as '?' on the way out (see cli_text_defang()). */
#ifndef CAMTG_CLI_OUT_H
#define CAMTG_CLI_OUT_H

#include "cli.h"

/** Makes @p out write to standard output for @p ctx: exact bytes when
 *  ctx->exact is set when the bytes go out, defanged text otherwise. */
void cli_out_attach(cli_buf *out, const cli_ctx *ctx);

#endif
