/* SPDX-License-Identifier: MIT */
/**
 * @file camtg/error.h
 * @brief Status codes and the error record that every fallible call fills.
 *
 * libcamtg reports errors as data, never through global state: a function
 * that can fail returns an `int` that is 0 (::CAMTG_OK) on success and one of
 * the negative ::camtg_error_code values otherwise, and fills an optional
 * ::camtg_error that the caller owns (usually on its stack).
 */
#ifndef CAMTG_ERROR_H
#define CAMTG_ERROR_H

#include <camtg/export.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Result codes. 0 is success; every failure is negative so that
 * `if (rc < 0)` is always the right test. New codes may be added in later
 * minor versions; treat an unknown negative code as ::CAMTG_ERROR.
 */
typedef enum camtg_error_code {
    CAMTG_OK = 0,            /**< Success. */
    CAMTG_ERROR = -1,        /**< Failure not covered by a more precise code. */
    CAMTG_EINVAL = -2,       /**< API misuse: a NULL or out-of-range argument. */
    CAMTG_ENOMEM = -3,       /**< An allocation failed. */
    CAMTG_EIO = -4,          /**< A file could not be opened or read; see camtg_error::sys_errno. */
    CAMTG_ESYNTAX = -5,      /**< The input is not well-formed JSON (or not UTF-8); line and column are set. */
    CAMTG_ESCHEMA = -6,      /**< A key is missing, has the wrong JSON type or a malformed value, or the schema version is unknown. */
    CAMTG_EDUPLICATE = -7,   /**< An id is defined twice. */
    CAMTG_EREFERENCE = -8,   /**< A reference names no record, or one of the wrong kind. */
    CAMTG_EVOCAB = -9,       /**< A value is outside its closed vocabulary (entity type, kind, type, sector, status). */
    CAMTG_EEVIDENCE = -10,   /**< Evidence or mention offsets are out of range, the quote or mention differs from its slice of the text, or two mentions cross. */
    CAMTG_ECYCLE = -11,      /**< A `within` chain or group membership loops back on itself. */
    CAMTG_ELIMIT = -12,      /**< The input exceeds a limit of the library (size, count, nesting). */
    CAMTG_ENOTFOUND = -13,   /**< A lookup matched nothing. */
    CAMTG_ITEROVER = -14,    /**< An iteration has no more items (not an error). */
    CAMTG_ESNAPSHOT = -15    /**< A compiled snapshot is truncated, corrupt, or of another format version or byte order; camtg_error::offset is the byte at fault. */
} camtg_error_code;

/** Capacity of camtg_error::path, terminating NUL included. */
#define CAMTG_ERROR_PATH_LENGTH 160
/** Capacity of camtg_error::message, terminating NUL included. */
#define CAMTG_ERROR_MESSAGE_LENGTH 320

/**
 * What went wrong and where. Allocated by the caller; every fallible function
 * accepts NULL when the caller wants only the status code. On success the
 * record is left with `code == CAMTG_OK`, `line == column == -1` and empty
 * strings.
 *
 * The record is a plain value with no pointers: copy it freely. Its size is
 * part of the ABI, so spare room is reserved for later fields.
 */
typedef struct camtg_error {
    int code;      /**< The ::camtg_error_code also returned by the call. */
    int line;      /**< 1-based line of a syntax error, or -1 when no position applies. */
    /** 1-based column, counted in characters (not bytes), where the parser
     *  stopped: the last character of the offending token (for invalid
     *  UTF-8, the last valid character before it; 0 when the input ends
     *  just after a newline; 1 for empty input); -1 when no position
     *  applies. */
    int column;
    long offset;   /**< 0-based byte offset just past the offending token, or -1. */
    int sys_errno; /**< `errno` for ::CAMTG_EIO (ENOENT, EACCES, EISDIR, ...), otherwise 0. */
    /** JSON Pointer (RFC 6901) to the value at fault, e.g. `/commitments/7/actors/1`;
     *  empty when no value applies (syntax and I/O errors). */
    char path[CAMTG_ERROR_PATH_LENGTH];
    /** A sentence a person can act on; it names the id or value at fault. */
    char message[CAMTG_ERROR_MESSAGE_LENGTH];
    char reserved_[64]; /**< Reserved for later fields; do not use. */
} camtg_error;

/**
 * A short, static description of a result code ("JSON syntax error").
 * @param code a ::camtg_error_code value (any int is accepted).
 * @return a string with static storage; never NULL. Unknown codes give
 *         "unknown error".
 */
CAMTG_EXPORT const char *camtg_strerror(int code);

/**
 * The name of a result code's constant ("CAMTG_ESYNTAX"), for logs and
 * bindings.
 * @return a static string, or NULL when @p code is not a ::camtg_error_code.
 */
CAMTG_EXPORT const char *camtg_error_code_name(int code);

#ifdef __cplusplus
}
#endif

#endif /* CAMTG_ERROR_H */
