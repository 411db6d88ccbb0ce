/* SPDX-License-Identifier: MIT */
/**
 * @file camtg/db.h
 * @brief Opening, checking and closing a meeting database.
 *
 * A ::camtg_db is built once, by one of the `camtg_open_*` functions, and is
 * immutable afterwards: any number of threads may query one database at the
 * same time without locking. Every pointer the query API returns (records,
 * strings, arrays) is owned by the database and stays valid until
 * camtg_close(); the library keeps no global state.
 */
#ifndef CAMTG_DB_H
#define CAMTG_DB_H

#include <stddef.h>

#include <camtg/export.h>
#include <camtg/error.h>

#ifdef __cplusplus
extern "C" {
#endif

/** A loaded, validated, read-only meeting database (opaque). */
typedef struct camtg_db camtg_db;

/**
 * Loads the dataset compiled into the library (the Xi'an talks of
 * 26 April 2023, as shipped in `data/`).
 * @param[out] out receives the new database on success, NULL on failure.
 * @param[out] err optional; filled on failure.
 * @return ::CAMTG_OK, ::CAMTG_EINVAL when @p out is NULL, or ::CAMTG_ENOMEM.
 *         Free the database with camtg_close().
 */
CAMTG_EXPORT int camtg_open_default(camtg_db **out, camtg_error *err);

/**
 * Loads and validates a dataset file (the JSON format, schema version 1).
 * @param[out] out receives the new database on success, NULL on failure.
 * @param path the file to read.
 * @param[out] err optional; filled on failure. A syntax error sets line,
 *             column and offset; a semantic error sets path (a JSON Pointer)
 *             and a message naming the id or value at fault; an I/O error
 *             sets sys_errno and a message naming the file.
 * @return ::CAMTG_OK; ::CAMTG_EINVAL when @p out or @p path is NULL;
 *         ::CAMTG_EIO when the file cannot be read (missing, a directory,
 *         no permission); otherwise the codes of camtg_open_buffer().
 *         Nothing is allocated when the call fails.
 */
CAMTG_EXPORT int camtg_open_file(camtg_db **out, const char *path, camtg_error *err);

/**
 * Loads and validates a dataset held in memory: a JSON document, or a
 * compiled snapshot (see camtg_snapshot_write()).
 * @param[out] out receives the new database on success, NULL on failure.
 * @param json the bytes of the document; need not be NUL-terminated and is
 *             not retained after the call.
 * @param len the number of bytes at @p json.
 * @param[out] err optional; filled on failure.
 * @return ::CAMTG_OK; ::CAMTG_EINVAL when @p out is NULL or @p json is NULL
 *         with a non-zero @p len; ::CAMTG_ESYNTAX (malformed JSON, invalid
 *         UTF-8, duplicate keys in an object, empty input);
 *         ::CAMTG_ESCHEMA; ::CAMTG_EDUPLICATE; ::CAMTG_EREFERENCE;
 *         ::CAMTG_EVOCAB; ::CAMTG_EEVIDENCE; ::CAMTG_ECYCLE; ::CAMTG_ELIMIT;
 *         ::CAMTG_ENOMEM; for a snapshot, ::CAMTG_ESNAPSHOT when its
 *         header or section table is damaged, it is truncated, or it is of
 *         another format version or byte order (offset is the byte at
 *         fault). The first problem found is reported.
 *
 * A snapshot opens without reading its records: camtg_open_file() maps the
 * file and shares its pages with the system's file cache, so opening takes
 * the same time whatever the size, and the process owns only the header's
 * page. Its records are checked when read: a damaged record makes the
 * getters that read it answer as for an absent value (NULL, 0, an
 * `_INVALID` member), never read outside the file. Call camtg_db_verify()
 * once to check a snapshot from an untrusted place completely. The file
 * must not be changed or truncated while it is open (as with any mapped
 * file, a truncation makes later reads fault).
 */
CAMTG_EXPORT int camtg_open_buffer(camtg_db **out, const char *json, size_t len,
                                   camtg_error *err);

/**
 * Writes @p db as a compiled snapshot (docs/snapshot.md): a binary file that
 * camtg_open_file() and camtg_open_buffer() recognise by its first bytes and
 * open without parsing JSON. A snapshot answers every query as the database
 * it was written from. It is read by libraries of the same snapshot format
 * version and byte order; others refuse it with ::CAMTG_ESNAPSHOT.
 * @param db the database to write.
 * @param path the file to create or replace.
 * @param[out] err optional; filled on failure.
 * @return ::CAMTG_OK; ::CAMTG_EINVAL when @p db or @p path is NULL;
 *         ::CAMTG_EIO when the file cannot be written (sys_errno set);
 *         ::CAMTG_ELIMIT when a count or offset does not fit in 32 bits;
 *         ::CAMTG_ENOMEM.
 */
CAMTG_EXPORT int camtg_snapshot_write(const camtg_db *db, const char *path, camtg_error *err);

/**
 * Frees a database and everything it owns. Every pointer obtained from it
 * becomes invalid. Passing NULL does nothing. Must not be called while
 * another thread is still using @p db.
 */
CAMTG_EXPORT void camtg_close(camtg_db *db);

/**
 * Checks the whole database: its checksum, every field of every record
 * (strings, references, lists, vocabulary values, dates), the id and lookup
 * tables, the commitment lists queries walk, the follow-up timelines, and
 * every commitment's evidence and entity's mention against the source
 * text. A database loaded from JSON passes by construction; for a snapshot
 * this is the check that opening leaves out (see camtg_open_buffer()).
 * Costs time in proportion to the database; allocates nothing.
 * @return ::CAMTG_OK; ::CAMTG_EINVAL for a NULL @p db; ::CAMTG_ESNAPSHOT
 *         naming the record (path) and the byte (offset) at fault;
 *         ::CAMTG_EEVIDENCE with the path of the first commitment or
 *         mention whose text no longer matches its source.
 */
CAMTG_EXPORT int camtg_db_verify(const camtg_db *db, camtg_error *err);

#ifdef __cplusplus
}
#endif

#endif /* CAMTG_DB_H */
