/* SPDX-License-Identifier: MIT */
/*
 * A program built against an installed libcamtg, either with CMake's
 * find_package(camtg) (the CMakeLists.txt beside it) or with pkg-config
 * alone (the Makefile). It opens the built-in dataset, finds a person by an
 * alias typed in lower case, and checks that bad input is refused with an
 * error code rather than a crash.
 * Exit status 0 when every check holds.
 */
#include <stdio.h>
#include <string.h>

#include <camtg/camtg.h>

static int failures;

static void check(int ok, const char *what)
{
    printf("%s: %s\n", ok ? "ok" : "FAILED", what);
    if (!ok)
        failures++;
}

int main(void)
{
    printf("libcamtg %s (headers %s)\n", camtg_version(), CAMTG_VERSION_STRING);
    check(strcmp(camtg_version(), CAMTG_VERSION_STRING) == 0, "library matches headers");

    camtg_db *db = NULL;
    camtg_error err;
    if (camtg_open_default(&db, &err) < 0) {
        printf("FAILED: cannot open the built-in dataset: %s\n", err.message);
        return 1;
    }
    const camtg_entity *e;
    int found = camtg_entity_find(db, "zheenbek kulubaev", &e, &err);
    check(found == CAMTG_OK, "alias \"zheenbek kulubaev\" found");
    if (found == CAMTG_OK)
        printf("  -> %s (%s)\n", camtg_entity_name(e), camtg_entity_id(e));
    found = camtg_entity_find(db, "no such person", &e, &err);
    check(found == CAMTG_ENOTFOUND && e == NULL, "a miss reported as CAMTG_ENOTFOUND");
    camtg_close(db);

    /* A document cut short is a syntax error with a position. */
    static const char cut[] = "{\"camtg\": 1, \"sources\": [";
    db = NULL;
    int rc = camtg_open_buffer(&db, cut, strlen(cut), &err);
    check(rc == CAMTG_ESYNTAX && db == NULL && err.code == rc && err.line == 1,
          "truncated buffer rejected with CAMTG_ESYNTAX");
    printf("  -> %s, line %d, column %d: %s\n", camtg_error_code_name(rc), err.line, err.column,
           err.message);

    /* A missing file is an I/O error that keeps errno. */
    rc = camtg_open_file(&db, "/nonexistent/camtg-dataset.json", &err);
    check(rc == CAMTG_EIO && db == NULL && err.sys_errno != 0,
          "missing file rejected with CAMTG_EIO");
    printf("  -> %s: %s\n", camtg_error_code_name(rc), err.message);

    return failures ? 1 : 0;
}
