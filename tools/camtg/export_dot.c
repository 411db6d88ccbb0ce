/* SPDX-License-Identifier: MIT */
/* export --format dot: the map of who committed what to whom. Countries
 * and groups are nodes (group membership as dashed lines); each commitment
 * is an edge from its actors to its targets, labelled by its verb and
 * drawn in the colours of its sectors. */
#include "exporters.h"

/* One colour per sector, in vocabulary order (Tableau 20: distinct
 * enough for twenty classes and readable on white). */
static const char *const dot_palette[CAMTG_SECTOR_COUNT] = {
    "#1f77b4", "#aec7e8", "#ff7f0e", "#ffbb78", "#2ca02c", "#98df8a", "#d62728",
    "#ff9896", "#9467bd", "#c5b0d5", "#8c564b", "#c49c94", "#e377c2", "#f7b6d2",
    "#7f7f7f", "#c7c7c7", "#bcbd22", "#dbdb8d", "#17becf", "#9edae5",
};

/* Appends @p s as a DOT quoted string: quotes and backslashes escaped,
 * line breaks as \n so that they survive in labels. */
static void dot_string(cli_buf *out, const char *s)
{
    cli_buf_addc(out, '"');
    for (const char *p = s ? s : ""; *p; p++) {
        if (*p == '"' || *p == '\\')
            cli_buf_addc(out, '\\');
        if (*p == '\n')
            cli_buf_add(out, "\\n");
        else if (*p != '\r')
            cli_buf_addc(out, *p);
    }
    cli_buf_addc(out, '"');
}

static int dot_is_node(const camtg_entity *e)
{
    camtg_entity_type type = camtg_entity_type_of(e);
    return type == CAMTG_ENTITY_COUNTRY || type == CAMTG_ENTITY_GROUP;
}

/* The node an actor or target is drawn as: a person stands for their
 * country; entities that are neither are left off the map. */
static const camtg_entity *dot_node_of(const camtg_entity *e)
{
    if (e && camtg_entity_type_of(e) == CAMTG_ENTITY_PERSON)
        e = camtg_entity_country(e);
    return e && dot_is_node(e) ? e : NULL;
}

static void dot_edge(cli_buf *out, const camtg_commitment *c, const camtg_entity *from,
                     const camtg_entity *to, int undirected, cli_buf *s)
{
    cli_buf_add(out, "  ");
    dot_string(out, camtg_entity_id(from));
    cli_buf_add(out, " -> ");
    dot_string(out, camtg_entity_id(to));
    cli_buf_add(out, " [label=");
    dot_string(out, camtg_commitment_verb(c));
    s->len = 0;
    cli_buf_add(s, "");
    for (size_t i = 0; i < camtg_commitment_sector_count(c); i++) {
        camtg_sector sector = camtg_commitment_sector(c, i);
        if (sector != CAMTG_SECTOR_INVALID)
            cli_buf_addf(s, "%s%s", s->len ? ":" : "", dot_palette[sector]);
    }
    cli_buf_add(out, ", color=");
    dot_string(out, s->len ? cli_buf_str(s) : "black");
    s->len = 0;
    cli_buf_addf(s, "%s: %s", camtg_commitment_id(c), camtg_commitment_summary(c));
    cli_buf_add(out, ", tooltip=");
    dot_string(out, cli_buf_str(s));
    if (undirected)
        cli_buf_add(out, ", dir=none");
    cli_buf_add(out, "];\n");
}

/* Edges of one commitment: every actor to every target; with no targets,
 * joint actors are linked to the first one without arrows, and a lone
 * actor gets a loop. */
static void dot_commitment(cli_buf *out, const camtg_commitment *c, cli_buf *s)
{
    size_t na = camtg_commitment_actor_count(c), nt = camtg_commitment_target_count(c);
    size_t drawn = 0;
    for (size_t a = 0; a < na; a++) {
        const camtg_entity *from = dot_node_of(camtg_commitment_actor(c, a));
        for (size_t t = 0; from && t < nt; t++) {
            const camtg_entity *to = dot_node_of(camtg_commitment_target(c, t));
            if (to && to != from) {
                dot_edge(out, c, from, to, 0, s);
                drawn++;
            }
        }
    }
    if (drawn)
        return;
    const camtg_entity *first = NULL;
    for (size_t a = 0; a < na; a++) {
        const camtg_entity *e = dot_node_of(camtg_commitment_actor(c, a));
        if (!e || e == first)
            continue;
        if (!first) {
            first = e;
        } else {
            dot_edge(out, c, first, e, 1, s);
            drawn++;
        }
    }
    if (first && !drawn)
        dot_edge(out, c, first, first, 0, s);
}

int cli_export_dot(cli_ctx *ctx, const camtg_db *db)
{
    cli_buf *out = ctx->out;
    cli_buf s;
    cli_buf_init(&s);
    cli_buf_add(out, "digraph camtg {\n");
    cli_buf_add(out, "  graph [rankdir=LR, labelloc=t, fontname=\"Helvetica\", label=");
    for (size_t i = 0; i < camtg_meeting_count(db); i++) {
        const camtg_meeting *m = camtg_meeting_at(db, i);
        cli_buf_addf(&s, "%s%s, %s", i ? "\n" : "", camtg_meeting_title(m),
                     camtg_meeting_date(m));
    }
    dot_string(out, cli_buf_str(&s));
    cli_buf_add(out, "];\n");
    cli_buf_add(out, "  node [fontname=\"Helvetica\", style=filled, fillcolor=\"#f2f2f2\"];\n");
    cli_buf_add(out, "  edge [fontname=\"Helvetica\", fontsize=10];\n");

    for (size_t i = 0; i < camtg_entity_count(db); i++) {
        const camtg_entity *e = camtg_entity_at(db, i);
        if (!dot_is_node(e))
            continue;
        s.len = 0;
        cli_buf_addf(&s, "%s\n(%s)", camtg_entity_name(e), camtg_entity_id(e));
        cli_buf_add(out, "  ");
        dot_string(out, camtg_entity_id(e));
        cli_buf_add(out, " [label=");
        dot_string(out, cli_buf_str(&s));
        cli_buf_add(out, camtg_entity_type_of(e) == CAMTG_ENTITY_GROUP
                             ? ", shape=box];\n" : ", shape=ellipse];\n");
    }
    for (size_t i = 0; i < camtg_entity_count(db); i++) {
        const camtg_entity *g = camtg_entity_at(db, i);
        for (size_t k = 0; k < camtg_entity_member_count(g); k++) {
            const camtg_entity *m = camtg_entity_member(g, k);
            if (!dot_is_node(g) || !dot_is_node(m))
                continue;
            cli_buf_add(out, "  ");
            dot_string(out, camtg_entity_id(m));
            cli_buf_add(out, " -> ");
            dot_string(out, camtg_entity_id(g));
            cli_buf_add(out, " [style=dashed, color=\"#999999\", arrowhead=none, "
                             "tooltip=\"member of\"];\n");
        }
    }

    unsigned used = 0;
    for (size_t i = 0; i < camtg_commitment_count(db); i++) {
        const camtg_commitment *c = camtg_commitment_at(db, i);
        used |= camtg_commitment_sector_mask(c);
        dot_commitment(out, c, &s);
    }
    /* The legend is one node with an HTML-like table, which keeps it
     * compact. Its name has a space, which no entity id can have. */
    if (used) {
        cli_buf_add(out, "  \"sector legend\" [shape=plaintext, style=\"\", fontsize=10, label=<"
                         "<table border=\"0\" cellborder=\"0\" cellspacing=\"0\">"
                         "<tr><td align=\"left\"><b>sectors</b></td></tr>");
        for (int k = 0; k < CAMTG_SECTOR_COUNT; k++)
            if (used & CAMTG_BIT(k))
                cli_buf_addf(out, "<tr><td align=\"left\"><font color=\"%s\">%s</font>"
                                  "</td></tr>", dot_palette[k],
                             camtg_sector_to_string((camtg_sector)k));
        cli_buf_add(out, "</table>>];\n");
    }
    cli_buf_add(out, "}\n");
    int failed = s.failed || out->failed;
    cli_buf_free(&s);
    if (failed) {
        cli_error("out of memory");
        return -1;
    }
    return 0;
}
