/* The --help texts of the command line. */
#ifndef CAMTG_CLI_HELP_H
#define CAMTG_CLI_HELP_H

/** The help of @p command, or of the whole program when NULL; NULL when
 *  there is no such command. */
const char *cli_help(const char *command);

#endif
