/* The --help texts, kept together so that they read as one document and
 * stay in step with camtg(1). */
#include "help.h"

#include <string.h>

static const char help_main[] =
    "Usage: camtg [--data FILE] COMMAND [OPTIONS]\n"
    "       camtg validate FILE\n"
    "       camtg --version | --help\n"
    "\n"
    "Query a knowledge base of diplomatic meetings and the commitments made there.\n"
    "Without --data, camtg reads the dataset built into libcamtg.\n"
    "\n"
    "Commands:\n"
    "  summary          the meeting at a glance: source, place, host, participants,\n"
    "                   commitments grouped by country\n"
    "  entities         list countries, people, places, groups and other entities\n"
    "  show KEY         one entity and the commitments involving it\n"
    "  commitments      list commitments, filtered by party, sector, type, kind, meeting\n"
    "  export           write the dataset as json, jsonl, csv or dot (Graphviz)\n"
    "  validate FILE    check a dataset file and report the first error\n"
    "  help [COMMAND]   show this help or a command's help\n"
    "\n"
    "Options:\n"
    "  --data FILE      read the dataset FILE instead of the built-in one\n"
    "  --version        print the version and exit\n"
    "  -h, --help       print this help and exit\n"
    "\n"
    "KEY is an entity id, name or alias, ignoring case: KAZ, kazakhstan, \"Qin Gang\".\n"
    "Exit status: 0 on success, 1 for bad data or an unknown key or value,\n"
    "2 for bad usage. Run 'camtg COMMAND --help' for a command's options.\n";

static const char help_summary[] =
    "Usage: camtg [--data FILE] summary\n"
    "\n"
    "Print each meeting at a glance: the source and its date, place, host,\n"
    "participants with their office and country, then the commitments grouped\n"
    "by the countries (or groups of countries) they involve, with the number of\n"
    "commitments per sector.\n";

static const char help_entities[] =
    "Usage: camtg [--data FILE] entities [--type TYPE] [--json]\n"
    "\n"
    "List the entities of the dataset in file order: id, type, name and details.\n"
    "\n"
    "Options:\n"
    "  --type TYPE   only entities of this type: country, person, organization,\n"
    "                place, initiative, project, event, group, topic\n"
    "  --json        print a JSON array of entities shaped as in the data format\n";

static const char help_show[] =
    "Usage: camtg [--data FILE] show KEY [--json]\n"
    "\n"
    "Show one entity and the commitments it takes part in: as an actor or a\n"
    "target, directly or through a group it belongs to, or as an object.\n"
    "KEY is an id, name or alias, ignoring case.\n"
    "\n"
    "Options:\n"
    "  --json        print a JSON array: the entity first, then those commitments\n";

static const char help_commitments[] =
    "Usage: camtg [--data FILE] commitments [--involving K] [--actor K] [--target K]\n"
    "                                 [--sector S] [--type T] [--kind K]\n"
    "                                 [--meeting M] [--json]\n"
    "\n"
    "List the commitments, in file order, that pass every filter given.\n"
    "An entity filter also matches through groups: --involving KAZ finds what\n"
    "the Central Asian countries do together as well.\n"
    "\n"
    "Options:\n"
    "  --involving K  K (or a group K belongs to) is among the actors or targets\n"
    "  --actor K      ... among the actors\n"
    "  --target K     ... among the targets\n"
    "  --sector S     has sector S (repeat for any of several), e.g. connectivity\n"
    "  --type T       PLOVER type T (repeatable), e.g. AGREE, SUPPORT, COOPERATE\n"
    "  --kind K       pledge, position or assessment (repeatable)\n"
    "  --meeting M    made at the meeting with id M\n"
    "  --json         print a JSON array of commitments shaped as in the data\n"
    "                 format, each with its quote\n";

static const char help_export[] =
    "Usage: camtg [--data FILE] export --format json|jsonl|csv|dot\n"
    "\n"
    "Write the whole dataset to stdout.\n"
    "\n"
    "Formats:\n"
    "  json    one dataset document that 'camtg validate' accepts and --data reads\n"
    "  jsonl   one record per line, each with a \"record\" field naming its kind\n"
    "          (dataset, source, entity, meeting, commitment)\n"
    "  csv     one row per commitment with a header row (RFC 4180); lists of\n"
    "          ids and sectors are joined with ';'\n"
    "  dot     a Graphviz graph: countries and groups as nodes, commitments as\n"
    "          edges labelled by verb and coloured by sector\n"
    "          (camtg export --format dot | dot -Tsvg > graph.svg)\n";

static const char help_validate[] =
    "Usage: camtg validate FILE\n"
    "\n"
    "Load FILE as a dataset and check it completely. Prints one line and exits 0\n"
    "when it is valid; otherwise prints the first error on stderr and exits 1:\n"
    "  FILE:LINE:COLUMN: message        for a JSON syntax error\n"
    "  FILE: /json/pointer: message     for a value that breaks the format\n";

static const struct {
    const char *command;
    const char *text;
} help_texts[] = {
    {"summary", help_summary},       {"entities", help_entities},
    {"show", help_show},             {"commitments", help_commitments},
    {"export", help_export},         {"validate", help_validate},
};

const char *cli_help(const char *command)
{
    if (!command)
        return help_main;
    for (size_t i = 0; i < sizeof help_texts / sizeof help_texts[0]; i++)
        if (strcmp(help_texts[i].command, command) == 0)
            return help_texts[i].text;
    return NULL;
}
