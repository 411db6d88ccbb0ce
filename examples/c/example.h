/* SPDX-License-Identifier: MIT */
/*
 * What every example program here does first, kept in one place so that
 * each program's file shows only what it is about: check the command line
 * and open the dataset it names, or the one built into libcamtg.
 *
 * Header-only, so that `cc PROGRAM.c $(pkg-config --cflags --libs camtg)`
 * still builds a program from its folder.
 */
#ifndef CAMTG_EXAMPLE_H
#define CAMTG_EXAMPLE_H

#include <stdio.h>

#include <camtg/camtg.h>

/*
 * Opens the dataset of a program called as `PROGRAM ARG... [DATASET]`
 * with @p nargs ARGs, whose words @p usage spells: the file DATASET when
 * given, else the built-in dataset. Returns 0 with @p *db set, or the exit
 * status the program should end with after the message printed here: 2 for
 * a wrong number of words, 1 when the dataset cannot be loaded.
 */
static int example_open(camtg_db **db, int argc, char **argv, int nargs, const char *usage)
{
    if (argc < 1 + nargs || argc > 2 + nargs) {
        fprintf(stderr, "usage: %s %s\n", argv[0], usage);
        return 2;
    }
    camtg_error err;
    int rc = argc == 2 + nargs ? camtg_open_file(db, argv[1 + nargs], &err)
                               : camtg_open_default(db, &err);
    if (rc < 0) {
        fprintf(stderr, "cannot load the dataset: %s\n", err.message);
        return 1;
    }
    return 0;
}

#endif
