/* SPDX-License-Identifier: MIT */
/*
 * The hostile-input suite. Every case is fed to the library twice, through
 * camtg_open_buffer() and through camtg_open_file(), and each time the whole
 * answer is checked: the status code, the code in the error record, the JSON
 * Pointer, a part of the message, the position of a syntax error (or -1 when
 * none applies), sys_errno, and that no database escaped.
 *
 * Usage: hostile_runner SUITE, where SUITE is one of
 *   case NAME  the committed folder tests/hostile/cases/NAME (one ctest test
 *              a folder, so that a failing case names itself)
 *   cases   every committed folder under tests/hostile/cases/, in one run
 *   types   a wrong JSON type for every value of base.json, derived here
 *   files   paths that are directories, missing or unreadable
 *   huge    a 100 MB string, built in memory at run time (huge N: N MB)
 */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <jansson.h>

#include "testsupport.h"

/* What a case expects; strings point into the `expected` file's buffer. */
typedef struct expectation {
    int code;
    const char *path;     /* exact JSON Pointer ("" for none) */
    const char *message;  /* required substring, or NULL */
    const char *message2; /* a second required substring, or NULL */
    int line, column;     /* exact position; -1 when no position applies */
    long offset;          /* exact byte offset, or -2 for "not checked" */
    int sys_errno;
} expectation;

static int failures_in_case;

/* Reports one mismatch with the case's name, so a failure says which input
 * broke and how, not just which assertion. */
static void mismatch(const char *name, const char *how, const char *field, const char *want,
                     const char *got)
{
    fprintf(stderr, "\n  %s (%s): %s: expected \"%s\", got \"%s\"", name, how, field, want, got);
    failures_in_case++;
}

static void mismatch_int(const char *name, const char *how, const char *field, long want,
                         long got)
{
    fprintf(stderr, "\n  %s (%s): %s: expected %ld, got %ld", name, how, field, want, got);
    failures_in_case++;
}

/* Whether @p s is well-formed UTF-8 (no overlong forms, no surrogates):
 * messages and paths are text that bindings decode. */
static int utf8_valid(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        unsigned c = *p, cp;
        size_t n;
        if (c < 0x80) {
            p++;
            continue;
        }
        if (c >= 0xc2 && c <= 0xdf)
            n = 1, cp = c & 0x1f;
        else if (c >= 0xe0 && c <= 0xef)
            n = 2, cp = c & 0x0f;
        else if (c >= 0xf0 && c <= 0xf4)
            n = 3, cp = c & 0x07;
        else
            return 0;
        for (size_t i = 1; i <= n; i++) {
            if ((p[i] & 0xc0) != 0x80)
                return 0;
            cp = (cp << 6) | (p[i] & 0x3f);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10ffff)) ||
            (cp >= 0xd800 && cp <= 0xdfff))
            return 0;
        p += n + 1;
    }
    return 1;
}

/* Checks one answer of the library against @p exp. @p how names the entry
 * point ("buffer" or "file"). */
static void check_answer(const char *name, const char *how, int rc, const camtg_db *db,
                         const camtg_error *err, const expectation *exp)
{
    int before = failures_in_case;
    const char *want_code = camtg_error_code_name(exp->code);
    const char *got_code = camtg_error_code_name(rc);
    if (rc != exp->code)
        mismatch(name, how, "code", want_code, got_code ? got_code : "(not a status)");
    if (err->code != rc)
        mismatch_int(name, how, "err.code vs return", rc, err->code);
    if (rc == CAMTG_OK) {
        if (db == NULL)
            mismatch(name, how, "database", "returned", "NULL");
    } else if (db != NULL) {
        mismatch(name, how, "database", "NULL", "a database");
    }
    if (strcmp(err->path, exp->path) != 0)
        mismatch(name, how, "path", exp->path, err->path);
    if (exp->message != NULL && strstr(err->message, exp->message) == NULL)
        mismatch(name, how, "message containing", exp->message, err->message);
    if (exp->message2 != NULL && strstr(err->message, exp->message2) == NULL)
        mismatch(name, how, "message containing", exp->message2, err->message);
    if (rc != CAMTG_OK && err->message[0] == '\0')
        mismatch(name, how, "message", "(not empty)", "");
    if (memchr(err->message, '\0', sizeof err->message) == NULL || !utf8_valid(err->message))
        mismatch(name, how, "message", "(terminated UTF-8)", "(not UTF-8)");
    if (memchr(err->path, '\0', sizeof err->path) == NULL || !utf8_valid(err->path))
        mismatch(name, how, "path", "(terminated UTF-8)", "(not UTF-8)");
    if (err->line != exp->line)
        mismatch_int(name, how, "line", exp->line, err->line);
    if (err->column != exp->column)
        mismatch_int(name, how, "column", exp->column, err->column);
    if (exp->offset != -2 && err->offset != exp->offset)
        mismatch_int(name, how, "offset", exp->offset, err->offset);
    if (err->sys_errno != exp->sys_errno)
        mismatch_int(name, how, "sys_errno", exp->sys_errno, err->sys_errno);
    CU_ASSERT_EQUAL(failures_in_case, before);
}

/* Loads @p data both ways (through @p file_path for the file, which must
 * hold the same bytes) and checks both answers. A loaded database also has
 * to pass camtg_db_verify(). */
static void run_case(const char *name, const char *data, size_t len, const char *file_path,
                     const expectation *exp)
{
    camtg_error err;
    camtg_db *db = (camtg_db *)&err; /* a sentinel a failing call must clear */
    memset(&err, 0x5a, sizeof err);
    int rc = camtg_open_buffer(&db, data, len, &err);
    check_answer(name, "buffer", rc, db, &err, exp);
    if (rc == CAMTG_OK) {
        CU_ASSERT_EQUAL(camtg_db_verify(db, NULL), CAMTG_OK);
        camtg_close(db);
    }

    db = (camtg_db *)&err;
    memset(&err, 0x5a, sizeof err);
    rc = camtg_open_file(&db, file_path, &err);
    check_answer(name, "file", rc, db, &err, exp);
    if (rc == CAMTG_OK) {
        CU_ASSERT_EQUAL(camtg_db_verify(db, NULL), CAMTG_OK);
        camtg_close(db);
    }
}

static char *read_all(const char *path, size_t *len)
{
    char *text = camtg_test_read_file(path, len);
    if (text == NULL)
        fprintf(stderr, "\n  cannot read %s: %s", path, strerror(errno));
    return text;
}

/* Parses an `expected` file (see make_cases.py). Returns 0, or -1 with a
 * message when the file is malformed: a broken case must fail, not pass. */
static int parse_expected(char *text, expectation *exp, const char *name)
{
    memset(exp, 0, sizeof *exp);
    exp->code = 1; /* not a status: "code" is required */
    exp->path = NULL;
    exp->line = exp->column = -1;
    exp->offset = -2;
    int have_line = 0, have_column = 0;
    for (char *line = strtok(text, "\n"); line != NULL; line = strtok(NULL, "\n")) {
        char *value = strchr(line, ' ');
        if (value != NULL)
            *value++ = '\0';
        else
            value = line + strlen(line);
        if (strcmp(line, "code") == 0) {
            for (int c = 0; c >= CAMTG_ITEROVER; c--)
                if (camtg_error_code_name(c) != NULL && strcmp(camtg_error_code_name(c), value) == 0)
                    exp->code = c;
        } else if (strcmp(line, "path") == 0) {
            exp->path = value;
        } else if (strcmp(line, "message") == 0) {
            exp->message = value;
        } else if (strcmp(line, "message2") == 0) {
            exp->message2 = value;
        } else if (strcmp(line, "line") == 0) {
            exp->line = atoi(value);
            have_line = 1;
        } else if (strcmp(line, "column") == 0) {
            exp->column = atoi(value);
            have_column = 1;
        } else if (strcmp(line, "offset") == 0) {
            exp->offset = atol(value);
        } else {
            fprintf(stderr, "\n  %s: unknown key \"%s\" in expected", name, line);
            return -1;
        }
    }
    if (exp->code > 0 || exp->path == NULL) {
        fprintf(stderr, "\n  %s: expected needs a known code and a path", name);
        return -1;
    }
    /* A syntax error without its position would test nothing about it. */
    if ((exp->code == CAMTG_ESYNTAX || exp->code == CAMTG_ELIMIT) && exp->path[0] == '\0' &&
        (!have_line || !have_column)) {
        fprintf(stderr, "\n  %s: a syntax case must give line and column", name);
        return -1;
    }
    if (exp->code != CAMTG_OK && exp->message == NULL) {
        fprintf(stderr, "\n  %s: a failing case must give a message part", name);
        return -1;
    }
    return 0;
}

/* Runs the committed case @p name (a folder under cases/); returns the
 * number of mismatches, each already reported with the case's name. */
static int run_committed_case(const char *name)
{
    char input[4096], expected[4096];
    snprintf(input, sizeof input, "%s/%s/input", CAMTG_HOSTILE_CASES, name);
    snprintf(expected, sizeof expected, "%s/%s/expected", CAMTG_HOSTILE_CASES, name);
    size_t len = 0, elen = 0;
    char *data = read_all(input, &len);
    char *exp_text = read_all(expected, &elen);
    expectation exp;
    failures_in_case = 0;
    if (data == NULL || exp_text == NULL || parse_expected(exp_text, &exp, name) != 0) {
        CU_FAIL("unreadable case");
        failures_in_case = 1;
    } else {
        run_case(name, data, len, input, &exp);
    }
    free(data);
    free(exp_text);
    return failures_in_case;
}

/* The case that `hostile_runner case NAME` runs: one ctest test a case. */
static const char *one_case;

static void test_one_case(void)
{
    run_committed_case(one_case);
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every committed case in one process: the memcheck run, where starting
 * valgrind once per case would cost minutes. */
static void test_committed_cases(void)
{
    DIR *dir = opendir(CAMTG_HOSTILE_CASES);
    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    char *names[1024];
    size_t count = 0;
    struct dirent *ent;
    while ((ent = readdir(dir)) != NULL && count < sizeof names / sizeof *names)
        if (ent->d_name[0] != '.')
            names[count++] = strdup(ent->d_name);
    closedir(dir);
    qsort(names, count, sizeof *names, compare_names);
    CU_ASSERT(count >= 100);

    size_t failed = 0;
    for (size_t i = 0; i < count; i++) {
        failed += run_committed_case(names[i]) != 0;
        free(names[i]);
    }
    fprintf(stderr, "\n  %zu committed cases, %zu failed\n", count, failed);
}

/* ----------------------------------------------------------------------
 * Wrong JSON types, derived from base.json: every value (record, field,
 * list item) is replaced in turn by each JSON type it is not, and the
 * library must answer CAMTG_ESCHEMA at exactly that value's pointer, with a
 * message that names what it found.
 */

/* One value of each JSON type, and the words the loader uses for them. */
static const struct replacement {
    const char *json;
    const char *found;
} REPLACEMENTS[] = {
    { "\"text\"", "not a string" },
    { "7", "not an integer" },
    { "2.5", "not a number" },
    { "true", "not a boolean" },
    { "null", "not null" },
    { "[]", "not an array" },
    { "{}", "not an object" },
};

static int same_type_class(const json_t *a, const json_t *b)
{
    if (json_is_boolean(a) && json_is_boolean(b))
        return 1;
    return json_typeof(a) == json_typeof(b);
}

typedef struct type_run {
    json_t *root;
    const char *tmp_path;
    size_t cases, failed;
} type_run;

/* The singular record name of a top-level section, as messages use it. */
static const char *record_word(const char *section)
{
    if (strcmp(section, "sources") == 0)
        return "each source";
    if (strcmp(section, "entities") == 0)
        return "each entity";
    if (strcmp(section, "meetings") == 0)
        return "each meeting";
    return "each commitment";
}

static int write_file(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (f == NULL)
        return -1;
    size_t put = fwrite(data, 1, len, f);
    return (fclose(f) == 0 && put == len) ? 0 : -1;
}

/* Tries every wrong type at one slot: @p parent[@p key] or
 * @p parent[@p index]. @p path is the slot's pointer, @p name what the
 * message must mention (the key, or the list's key for an item). */
static void try_slot(type_run *run, json_t *parent, const char *key, size_t index,
                     const char *path, const char *name)
{
    json_t *original = key ? json_object_get(parent, key) : json_array_get(parent, index);
    json_incref(original);
    for (size_t r = 0; r < sizeof REPLACEMENTS / sizeof *REPLACEMENTS; r++) {
        json_t *value = json_loads(REPLACEMENTS[r].json, JSON_DECODE_ANY, NULL);
        CU_ASSERT_PTR_NOT_NULL_FATAL(value);
        if (same_type_class(value, original)) {
            json_decref(value);
            continue;
        }
        if (key)
            json_object_set_new(parent, key, value);
        else
            json_array_set_new(parent, index, value);
        char *doc = json_dumps(run->root, JSON_INDENT(1));
        CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
        char name_buf[256];
        snprintf(name_buf, sizeof name_buf, "type %s = %s", path, REPLACEMENTS[r].json);
        expectation exp = { CAMTG_ESCHEMA, path, REPLACEMENTS[r].found, name, -1, -1, -1, 0 };
        failures_in_case = 0;
        if (write_file(run->tmp_path, doc, strlen(doc)) != 0) {
            CU_FAIL("cannot write the temporary case file");
            failures_in_case = 1;
        } else {
            run_case(name_buf, doc, strlen(doc), run->tmp_path, &exp);
        }
        run->failed += failures_in_case != 0;
        run->cases++;
        free(doc);
    }
    if (key)
        json_object_set(parent, key, original);
    else
        json_array_set(parent, index, original);
    json_decref(original);
}

/* Visits every value below @p node (depth first) and tries each slot. */
static void walk(type_run *run, json_t *node, char *path, size_t path_len, size_t cap,
                 const char *section)
{
    if (json_is_object(node)) {
        const char *key;
        json_t *child;
        json_object_foreach(node, key, child) {
            int n = snprintf(path + path_len, cap - path_len, "/%s", key);
            CU_ASSERT_FATAL(n > 0 && (size_t)n < cap - path_len);
            /* "camtg" and the sections live at the top; the wrong-type
             * slot is the key itself. */
            try_slot(run, node, key, 0, path, key);
            walk(run, child, path, path_len + (size_t)n, cap, path_len == 0 ? key : section);
            path[path_len] = '\0';
        }
    } else if (json_is_array(node)) {
        /* The list's own key is the last segment of the path. */
        const char *slash = strrchr(path, '/');
        char list_key[64];
        snprintf(list_key, sizeof list_key, "%s", slash ? slash + 1 : "");
        size_t i;
        json_t *child;
        json_array_foreach(node, i, child) {
            int n = snprintf(path + path_len, cap - path_len, "/%zu", i);
            CU_ASSERT_FATAL(n > 0 && (size_t)n < cap - path_len);
            /* Items of a section are records; items of other lists are ids
             * or words named after their list. */
            const char *name = strchr(path + 1, '/') == path + path_len ? record_word(section)
                               : strcmp(list_key, "sectors") == 0 ? "sector" /* one sector */
                                                                  : list_key;
            try_slot(run, node, NULL, i, path, name);
            walk(run, child, path, path_len + (size_t)n, cap, section);
            path[path_len] = '\0';
        }
    }
}

static void test_wrong_types(void)
{
    json_error_t jerr;
    json_t *root = json_load_file(CAMTG_TEST_BASE, 0, &jerr);
    if (root == NULL)
        fprintf(stderr, "\n  %s:%d: %s", CAMTG_TEST_BASE, jerr.line, jerr.text);
    CU_ASSERT_PTR_NOT_NULL_FATAL(root);

    /* The base itself must load, or every case below would prove nothing. */
    char *doc = json_dumps(root, JSON_INDENT(1));
    camtg_db *db = camtg_test_expect_load(doc);
    free(doc);
    CU_ASSERT_PTR_NOT_NULL_FATAL(db);
    camtg_close(db);

    char tmp_path[4096];
    snprintf(tmp_path, sizeof tmp_path, "%s/wrong-type-%ld.json", CAMTG_HOSTILE_TMP,
             (long)getpid());
    type_run run = { root, tmp_path, 0, 0 };
    char path[CAMTG_ERROR_PATH_LENGTH] = "";
    walk(&run, root, path, 0, sizeof path, "");
    remove(tmp_path);
    json_decref(root);
    fprintf(stderr, "\n  %zu wrong-type cases, %zu failed\n", run.cases, run.failed);
    /* base.json has well over a hundred values; a walk that visits few of
     * them is itself broken. */
    CU_ASSERT(run.cases >= 500);
}

/* ----------------------------------------------------------------------
 * Paths that cannot be read. */

static void expect_io(const char *name, const char *path, int sys_errno)
{
    camtg_error err;
    camtg_db *db = (camtg_db *)&err;
    memset(&err, 0x5a, sizeof err);
    int rc = camtg_open_file(&db, path, &err);
    expectation exp = { CAMTG_EIO, "", path, strerror(sys_errno), -1, -1, -1, sys_errno };
    failures_in_case = 0;
    check_answer(name, "file", rc, db, &err, &exp);
    if (rc == CAMTG_OK)
        camtg_close(db);
}

static void test_path_is_directory(void)
{
    expect_io("directory", CAMTG_HOSTILE_CASES, EISDIR);
    expect_io("root directory", "/", EISDIR);
}

static void test_path_missing(void)
{
    expect_io("missing file", CAMTG_HOSTILE_TMP "/no-such-file.json", ENOENT);
    expect_io("missing directory", CAMTG_HOSTILE_TMP "/no-such-dir/x.json", ENOENT);
    /* A path through a regular file as if it were a directory. */
    expect_io("file as directory", CAMTG_TEST_BASE "/x.json", ENOTDIR);
}

/* Runs the EACCES check in a child that has given up root: permissions do
 * not bind root, so as root a chmod 000 file would simply be read. The
 * child's exit status carries the verdict (CUnit state does not cross fork). */
static int unreadable_as_nobody(const char *path)
{
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        /* 65534 is "nobody" on Debian; any unprivileged id would do. */
        if (setgid(65534) != 0 || setuid(65534) != 0 || geteuid() == 0)
            _exit(3);
        camtg_error err;
        camtg_db *db = (camtg_db *)&err;
        int rc = camtg_open_file(&db, path, &err);
        int ok = rc == CAMTG_EIO && err.code == CAMTG_EIO && err.sys_errno == EACCES &&
                 db == NULL && strstr(err.message, path) != NULL &&
                 strstr(err.message, strerror(EACCES)) != NULL && err.path[0] == '\0' &&
                 err.line == -1 && err.column == -1;
        if (!ok)
            fprintf(stderr, "\n  unreadable as nobody: %s, errno %d: %s\n", camtg_error_code_name(rc),
                    err.sys_errno, err.message);
        _exit(ok ? 0 : 1);
    }
    int status = 0;
    if (waitpid(pid, &status, 0) != pid)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* A chmod 000 file: EACCES for anyone but root. Run as root (as in the CI
 * container), the suite checks both sides honestly: root reads the file and
 * it loads, and a child that drops to "nobody" gets EACCES. */
static void test_path_unreadable(void)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/unreadable-%ld.json", CAMTG_HOSTILE_TMP, (long)getpid());
    size_t len;
    char *text = read_all(CAMTG_TEST_BASE, &len);
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    CU_ASSERT_EQUAL_FATAL(write_file(path, text, len), 0);
    free(text);
    CU_ASSERT_EQUAL_FATAL(chmod(path, 0), 0);
    if (geteuid() != 0) {
        expect_io("unreadable file", path, EACCES);
    } else {
        camtg_db *db = NULL;
        camtg_error err;
        CU_ASSERT_EQUAL(camtg_open_file(&db, path, &err), CAMTG_OK);
        camtg_close(db);
        CU_ASSERT_EQUAL(unreadable_as_nobody(path), 0);
    }
    remove(path);
}

/* Device files: /dev/null reads as an empty document. */
static void test_path_special(void)
{
    camtg_error err;
    camtg_db *db = (camtg_db *)&err;
    int rc = camtg_open_file(&db, "/dev/null", &err);
    expectation exp = { CAMTG_ESYNTAX, "", "empty", NULL, 1, 1, 0, 0 };
    failures_in_case = 0;
    check_answer("/dev/null", "file", rc, db, &err, &exp);
}

/* ----------------------------------------------------------------------
 * A 100 MB string: in an entity's description, where nothing limits a
 * string's length, it loads and reads back whole; as a source text it loads
 * and evidence offsets past its first code points are still checked. */

/* 100 MB by default; the valgrind twin passes a smaller size (memcheck
 * takes minutes over 100 MB), which runs the same code paths. A multiple
 * of 4 so that the text is whole "abé" units. */
static size_t huge_bytes = (size_t)100 * 1000 * 1000;

static char *huge_document(size_t *len, const char *before, const char *after)
{
    size_t a = strlen(before), b = strlen(after);
    char *doc = malloc(a + huge_bytes + b + 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    memcpy(doc, before, a);
    /* Cycle through a two-byte character and ASCII so that code point and
     * byte counts differ over the whole string. */
    for (size_t i = 0; i < huge_bytes; i += 4)
        memcpy(doc + a + i, "ab\xc3\xa9", 4);
    memcpy(doc + a + huge_bytes, after, b + 1);
    *len = a + huge_bytes + b;
    return doc;
}

static const char HUGE_HEAD[] =
    "{\"camtg\": 1,\n"
    " \"sources\": [{\"id\": \"s\", \"title\": \"t\", \"publisher\": \"p\", "
    "\"published\": \"2023-04-27\", \"dateline\": \"d\", \"language\": \"en\", "
    "\"text\": \"";
static const char HUGE_MID[] =
    " end\"}],\n"
    " \"entities\": [{\"id\": \"CHN\", \"type\": \"country\", \"name\": \"China\"}],\n"
    " \"meetings\": [{\"id\": \"m\", \"title\": \"t\", \"date\": \"2023-04-26\", "
    "\"place\": \"CHN\", \"host\": \"CHN\", \"participants\": [], \"format\": \"f\", "
    "\"source\": \"s\"}],\n"
    " \"commitments\": [{\"id\": \"c\", \"meeting\": \"m\", \"kind\": \"pledge\", "
    "\"type\": \"AGREE\", \"verb\": \"v\", \"summary\": \"s\", \"actors\": [\"CHN\"], "
    "\"targets\": [], \"objects\": [], \"sectors\": [\"diplomacy\"], \"status\": \"pledged\", "
    "\"evidence\": {\"source\": \"s\", ";

static void test_huge_source_text(void)
{
    /* The text is 100 MB of "abé" (3 code points, 4 bytes) and " end": the
     * quote "end" starts at code point 75,000,001. */
    size_t chars = huge_bytes / 4 * 3;
    char tail[1024];
    snprintf(tail, sizeof tail, "%s\"start\": %zu, \"end\": %zu, \"quote\": \"end\"}}]}\n",
             HUGE_MID, chars + 1, chars + 4);
    size_t len;
    char *doc = huge_document(&len, HUGE_HEAD, tail);
    camtg_db *db = NULL;
    camtg_error err;
    int rc = camtg_open_buffer(&db, doc, len, &err);
    if (rc != CAMTG_OK)
        fprintf(stderr, "\n  huge text: %s at %s: %s", camtg_error_code_name(rc), err.path,
                err.message);
    CU_ASSERT_EQUAL_FATAL(rc, CAMTG_OK);
    const camtg_source *s = camtg_source_at(db, 0);
    CU_ASSERT_EQUAL(camtg_source_text_bytes(s), huge_bytes + 4);
    CU_ASSERT_EQUAL(camtg_source_text_chars(s), chars + 4);
    const camtg_commitment *c = camtg_commitment_at(db, 0);
    CU_ASSERT_EQUAL(camtg_commitment_byte_start(c), (long)huge_bytes + 1);
    CU_ASSERT_EQUAL(camtg_commitment_byte_end(c), (long)huge_bytes + 4);
    CAMTG_ASSERT_STR(camtg_commitment_quote(c), "end");
    CU_ASSERT_EQUAL(camtg_db_verify(db, NULL), CAMTG_OK);
    camtg_close(db);
    free(doc);

    /* One code point further and the quote no longer matches. */
    snprintf(tail, sizeof tail, "%s\"start\": %zu, \"end\": %zu, \"quote\": \"end\"}}]}\n",
             HUGE_MID, chars, chars + 3);
    doc = huge_document(&len, HUGE_HEAD, tail);
    db = (camtg_db *)&err;
    rc = camtg_open_buffer(&db, doc, len, &err);
    expectation exp = { CAMTG_EEVIDENCE, "/commitments/0/evidence/quote", "commitment \"c\"",
                        "differs", -1, -1, -1, 0 };
    failures_in_case = 0;
    check_answer("huge text, quote off by one", "buffer", rc, db, &err, &exp);
    free(doc);
}

static void test_huge_description(void)
{
    static const char head[] =
        "{\"camtg\": 1, \"sources\": [], \"meetings\": [], \"commitments\": [],\n"
        " \"entities\": [{\"id\": \"x\", \"type\": \"topic\", \"name\": \"X\", \"description\": \"";
    size_t len;
    char *doc = huge_document(&len, head, "\"}]}");
    char path[4096];
    snprintf(path, sizeof path, "%s/huge-%ld.json", CAMTG_HOSTILE_TMP, (long)getpid());
    CU_ASSERT_EQUAL_FATAL(write_file(path, doc, len), 0);
    for (int way = 0; way < 2; way++) {
        camtg_db *db = NULL;
        camtg_error err;
        int rc = way == 0 ? camtg_open_buffer(&db, doc, len, &err)
                          : camtg_open_file(&db, path, &err);
        if (rc != CAMTG_OK)
            fprintf(stderr, "\n  huge description: %s: %s", camtg_error_code_name(rc), err.message);
        CU_ASSERT_EQUAL_FATAL(rc, CAMTG_OK);
        const char *d = camtg_entity_description(camtg_entity_at(db, 0));
        CU_ASSERT_PTR_NOT_NULL_FATAL(d);
        CU_ASSERT_EQUAL(strlen(d), huge_bytes);
        CU_ASSERT(memcmp(d, doc + strlen(head), huge_bytes) == 0);
        camtg_close(db);
    }
    remove(path);
    free(doc);
}

int main(int argc, char **argv)
{
    static const camtg_test_case cases_suite[] = {
        { "committed cases", test_committed_cases },
        { NULL, NULL },
    };
    static const camtg_test_case types_suite[] = {
        { "wrong JSON type for every value", test_wrong_types },
        { NULL, NULL },
    };
    static const camtg_test_case files_suite[] = {
        { "path is a directory", test_path_is_directory },
        { "path is missing", test_path_missing },
        { "path is unreadable", test_path_unreadable },
        { "path is a device", test_path_special },
        { NULL, NULL },
    };
    static const camtg_test_case huge_suite[] = {
        { "100 MB source text", test_huge_source_text },
        { "100 MB description", test_huge_description },
        { NULL, NULL },
    };
    const char *which = argc > 1 ? argv[1] : "";
    if (strcmp(which, "case") == 0 && argc == 3 && strchr(argv[2], '/') == NULL &&
        argv[2][0] != '.') {
        one_case = argv[2];
        const camtg_test_case one_suite[] = {
            { one_case, test_one_case },
            { NULL, NULL },
        };
        return camtg_test_main("hostile case", one_suite);
    }
    if (strcmp(which, "cases") == 0)
        return camtg_test_main("hostile cases", cases_suite);
    if (strcmp(which, "types") == 0)
        return camtg_test_main("hostile wrong types", types_suite);
    if (strcmp(which, "files") == 0)
        return camtg_test_main("hostile paths", files_suite);
    if (strcmp(which, "huge") == 0) {
        if (argc > 2)
            huge_bytes = (size_t)strtoul(argv[2], NULL, 10) * 1000 * 1000;
        if (huge_bytes == 0) {
            fprintf(stderr, "huge: the size is a positive number of megabytes\n");
            return 2;
        }
        return camtg_test_main("hostile huge input", huge_suite);
    }
    fprintf(stderr, "usage: %s case NAME | cases | types | files | huge [MEGABYTES]\n", argv[0]);
    return 2;
}
