/* SPDX-License-Identifier: MIT */
/* One-line descriptions of records for human output. */
#ifndef CAMTG_CLI_DESCRIBE_H
#define CAMTG_CLI_DESCRIBE_H

#include "cli.h"

/** Appends what sets @p e apart, by type: a person's country and offices,
 *  a group's members, where a place lies, an event's date and place;
 *  otherwise its description. Appends nothing when there is nothing. */
void cli_describe_entity(cli_buf *out, const camtg_entity *e);

/** Appends a person's positions joined by "; " (nothing for others). */
void cli_describe_positions(cli_buf *out, const camtg_entity *e);

/** Appends "Name (ID)" of @p e followed by the places it lies within:
 *  "Xi'an (XIAN), Shaanxi (SHAANXI), China (CHN)". */
void cli_describe_place(cli_buf *out, const camtg_entity *e);

#endif
