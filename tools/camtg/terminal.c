/* SPDX-License-Identifier: MIT */
/* Terminal detection. Kept apart because it is the one file that needs
 * POSIX and BSD extensions (isatty, TIOCGWINSZ). */
#define _DEFAULT_SOURCE 1
#define _POSIX_C_SOURCE 200809L

#include "cli.h"

#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>

size_t cli_terminal_width(void)
{
    if (!isatty(STDOUT_FILENO))
        return 0;
    /* COLUMNS wins, as in ls(1): it lets a user (or a test) pick a width. */
    const char *env = getenv("COLUMNS");
    if (env && *env) {
        char *end;
        long cols = strtol(env, &end, 10);
        if (*end == '\0' && cols > 0 && cols < 100000)
            return (size_t)cols;
    }
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return 80;
}
