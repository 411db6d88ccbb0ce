/* SPDX-License-Identifier: MIT */
/*
 * The raw SWIG module camtg._capi: the public C API, one Python function per C
 * function. It is private: the records it returns are pointers borrowed from
 * a database, and nothing stops a caller from reading one after the database
 * is gone. Only the hand-written layer in camtg/ calls it, and turns it into
 * Python objects that keep their database alive.
 *
 * Kept deliberately boring. The only additions are the typemaps that turn C
 * out-parameters (the new database, the error record, the query cursor and
 * match, parsed vocabulary values) into extra return values, and that take
 * file names and documents as bytes. Error codes become exceptions in one
 * place on the Python side (camtg/_errors.py), not here.
 */
%module(package="camtg", threads="1",
        docstring="Raw SWIG wrapper of the libcamtg C API (private; use the camtg package).") _capi

/* The loads release the GIL: other threads run while a large file is parsed
 * or a FIFO waits for its writer. Every other call is short and keeps it
 * (releasing and taking it back costs more than a getter). */
%nothread;
%thread camtg_open_default;
%thread camtg_open_file;
%thread camtg_open_buffer;
%thread camtg_db_verify;

%{
#include <string.h>
#include <camtg/camtg.h>
%}

/* The export macro only matters to the C compiler. */
#define CAMTG_EXPORT

/* ---- Records are opaque and borrowed from their database. -------------- */
%nodefaultctor camtg_db;
%nodefaultctor camtg_source;
%nodefaultdtor camtg_source;
%nodefaultctor camtg_entity;
%nodefaultdtor camtg_entity;
%nodefaultctor camtg_meeting;
%nodefaultdtor camtg_meeting;
%nodefaultctor camtg_commitment;
%nodefaultdtor camtg_commitment;
%nodefaultctor camtg_followup;
%nodefaultdtor camtg_followup;

/* The error record never reaches Python as a struct: the typemaps below copy
 * it into a tuple. */
%ignore camtg_error;

/* ---- camtg_db **out: the new database becomes an extra return value. ----
 * The proxy owns the handle from the moment it exists, before any Python
 * code runs: a KeyboardInterrupt (or any exception) between the C call and
 * the Database object that adopts it drops the proxy, and dropping an owning
 * proxy runs the destructor below. Database.close() frees it early with
 * delete_camtg_db(), which disowns and closes in one call. */
/* The handle is opaque in C; SWIG needs a (member-less) declaration to hang
 * the destructor on. */
struct camtg_db {};
%extend camtg_db {
    ~camtg_db() {
        camtg_close($self);
    }
}
/* ...and only it: a raw camtg_close() would leave the owning proxy to free
 * the database a second time when it is dropped. */
%ignore camtg_close;
%typemap(in, numinputs=0) camtg_db **out (camtg_db *temp = NULL) {
    $1 = &temp;
}
%typemap(argout) camtg_db **out {
    $result = SWIG_Python_AppendOutput($result,
        *$1 ? SWIG_NewPointerObj(SWIG_as_voidptr(*$1), $*1_descriptor, SWIG_POINTER_OWN)
            : SWIG_Py_Void());
}

/* ---- camtg_error *err: a tuple when the call failed, None otherwise. ----
 * (code, line, column, offset, sys_errno, path, message). */
%typemap(in, numinputs=0) camtg_error *err (camtg_error temp) {
    memset(&temp, 0, sizeof temp);
    $1 = &temp;
}
%typemap(argout) camtg_error *err {
    PyObject *record;
    if ($1->code == CAMTG_OK) {
        record = SWIG_Py_Void();
    } else {
        /* The strings are fixed-size buffers; a message cut at the capacity
         * could end inside a UTF-8 sequence, so decode leniently. */
        PyObject *path = PyUnicode_DecodeUTF8($1->path,
            (Py_ssize_t)strnlen($1->path, sizeof $1->path), "replace");
        PyObject *message = PyUnicode_DecodeUTF8($1->message,
            (Py_ssize_t)strnlen($1->message, sizeof $1->message), "replace");
        record = (path && message)
            ? Py_BuildValue("(iiiliOO)", $1->code, $1->line, $1->column, $1->offset,
                            $1->sys_errno, path, message)
            : NULL;
        Py_XDECREF(path);
        Py_XDECREF(message);
        if (!record) {
            Py_XDECREF($result);
            SWIG_fail;
        }
    }
    $result = SWIG_Python_AppendOutput($result, record);
}

/* ---- Input bytes: file names (os.fsencode) and documents. ---------------
 * Bytes keep file names that are not UTF-8 intact and let a document carry
 * any byte, NUL included, for the library to judge. */
%typemap(in) const char *path {
    if (!PyBytes_Check($input)) {
        SWIG_exception_fail(SWIG_TypeError, "in method '$symname', argument $argnum: expected bytes");
    }
    $1 = PyBytes_AS_STRING($input);
}
%typemap(typecheck, precedence=SWIG_TYPECHECK_STRING) const char *path {
    $1 = PyBytes_Check($input) ? 1 : 0;
}
%typemap(in) (const char *json, size_t len) {
    if (!PyBytes_Check($input)) {
        SWIG_exception_fail(SWIG_TypeError, "in method '$symname', argument $argnum: expected bytes");
    }
    $1 = PyBytes_AS_STRING($input);
    $2 = (size_t)PyBytes_GET_SIZE($input);
}

/* ---- camtg_query_next: the cursor goes in and comes back out; the match
 * is an extra return value (None at the end). */
%typemap(in) size_t *cursor (size_t temp) {
    int res = SWIG_AsVal_size_t($input, &temp);
    if (!SWIG_IsOK(res)) {
        SWIG_exception_fail(SWIG_ArgError(res), "in method '$symname', argument $argnum: expected a cursor (int >= 0)");
    }
    $1 = &temp;
}
%typemap(argout, fragment="SWIG_From_size_t") size_t *cursor {
    $result = SWIG_Python_AppendOutput($result, SWIG_From_size_t(*$1));
}
%typemap(in, numinputs=0) const camtg_commitment **out ($*1_ltype temp = NULL) {
    $1 = &temp;
}
%typemap(argout) const camtg_commitment **out {
    $result = SWIG_Python_AppendOutput($result,
        *$1 ? SWIG_NewPointerObj(SWIG_as_voidptr(*$1), $*1_descriptor, 0)
            : SWIG_Py_Void());
}
/* The _find functions return their record the same way: (code, record or
 * None, error tuple or None). */
%apply const camtg_commitment **out {
    const camtg_entity **out, const camtg_meeting **out, const camtg_source **out
};

%typemap(in, numinputs=0) const camtg_followup **out ($*1_ltype temp = NULL) {
    $1 = &temp;
}
%typemap(argout) const camtg_followup **out {
    $result = SWIG_Python_AppendOutput($result,
        *$1 ? SWIG_NewPointerObj(SWIG_as_voidptr(*$1), $*1_descriptor, 0)
            : SWIG_Py_Void());
}

/* ---- camtg_compliance_compute: the rows become a list of tuples
 * (party, pledges, fulfilled, in_progress, pledged_only, lapsed, score),
 * and the C array is freed here. */
%typemap(in, numinputs=0) (camtg_compliance_row **rows, size_t *count)
    (camtg_compliance_row *rows_temp = NULL, size_t count_temp = 0) {
    $1 = &rows_temp;
    $2 = &count_temp;
}
%typemap(argout) (camtg_compliance_row **rows, size_t *count) {
    PyObject *list = PyList_New((Py_ssize_t)*$2);
    for (size_t i = 0; list != NULL && i < *$2; i++) {
        const camtg_compliance_row *r = &(*$1)[i];
        PyObject *party = SWIG_NewPointerObj(SWIG_as_voidptr(r->party),
                                             SWIGTYPE_p_camtg_entity, 0);
        PyObject *row = party ? Py_BuildValue("(Onnnnnd)", party, (Py_ssize_t)r->pledges,
                                              (Py_ssize_t)r->fulfilled, (Py_ssize_t)r->in_progress,
                                              (Py_ssize_t)r->pledged_only, (Py_ssize_t)r->lapsed,
                                              r->score)
                              : NULL;
        Py_XDECREF(party);
        if (row == NULL) {
            Py_CLEAR(list);
            break;
        }
        PyList_SET_ITEM(list, (Py_ssize_t)i, row);
    }
    camtg_compliance_free(*$1);
    if (list == NULL) {
        Py_XDECREF($result);
        SWIG_fail;
    }
    $result = SWIG_Python_AppendOutput($result, list);
}
%ignore camtg_compliance_row;

/* ---- Vocabulary parsing: `_from_string(s, &out)` returns (status, value).
 * The value is -1 when the string is not in the vocabulary. */
%define CAMTG_ENUM_OUT(TYPE)
%typemap(in, numinputs=0) TYPE *out (TYPE temp = (TYPE)-1) {
    $1 = &temp;
}
%typemap(argout) TYPE *out {
    $result = SWIG_Python_AppendOutput($result, PyLong_FromLong((long)*$1));
}
%enddef
CAMTG_ENUM_OUT(camtg_entity_type)
CAMTG_ENUM_OUT(camtg_kind)
CAMTG_ENUM_OUT(camtg_plover)
CAMTG_ENUM_OUT(camtg_sector)
CAMTG_ENUM_OUT(camtg_status)
CAMTG_ENUM_OUT(camtg_date_precision)

/* ---- Lookup keys: a str whose UTF-8 form has no NUL. ------------------
 * SWIG's default conversion would cut the key at an embedded NUL (so
 * 'KAZ\0junk' would find KAZ) and reports a lone surrogate in its own
 * words. The Python layer checks keys first and raises KeyError/TypeError;
 * this is the last line, so a prefix can never match. */
%typemap(in) const char *key, const char *id {
    Py_ssize_t size = 0;
    if (!PyUnicode_Check($input)) {
        SWIG_exception_fail(SWIG_TypeError, "in method '$symname', argument $argnum: expected str");
    }
    $1 = (char *)PyUnicode_AsUTF8AndSize($input, &size);
    if (!$1) {
        SWIG_fail;
    }
    if ((size_t)size != strlen($1)) {
        SWIG_exception_fail(SWIG_ValueError, "in method '$symname', argument $argnum: NUL in a key");
    }
}
%typemap(typecheck, precedence=SWIG_TYPECHECK_STRING) const char *key, const char *id {
    $1 = PyUnicode_Check($input) ? 1 : 0;
}

/* ---- Whole queries in one call. ------------------------------------------
 * The Python result sequences hold the matching positions in a bytes object
 * of size_t values (memoryview(...).cast("N") reads them) and make records
 * only when asked; building that list here costs what the C query costs. */
%{
/* Asks the cache for the commitment at number i of positions (a buffer
 * of size_t values) or, when want_id is set, for its id. */
static void camtg_ids_prefetch(const camtg_db *db, const void *positions, size_t i,
                               int want_id)
{
#if defined(__GNUC__) || defined(__clang__)
    size_t at;
    const camtg_commitment *c;
    memcpy(&at, (const char *)positions + i * sizeof at, sizeof at);
    c = camtg_commitment_at(db, at);
    if (c != NULL)
        __builtin_prefetch(want_id ? (const void *)camtg_commitment_id(c) : (const void *)c);
#else
    (void)db, (void)positions, (void)i, (void)want_id;
#endif
}
%}

%inline %{
/* (status, positions): the file-order positions of the commitments that
 * match @p filter, as native size_t values; positions is None on failure. */
PyObject *camtg_query_positions(const camtg_db *db, const camtg_filter *filter)
{
    size_t cursor = 0, used = 0, capacity = 64;
    size_t *found = PyMem_Malloc(capacity * sizeof *found);
    PyObject *positions;
    int rc;
    if (!found)
        return PyErr_NoMemory();
    for (;;) {
        const camtg_commitment *c = NULL;
        rc = camtg_query_next(db, filter, &cursor, &c);
        if (rc != CAMTG_OK)
            break;
        if (used == capacity) {
            size_t *grown = PyMem_Realloc(found, 2 * capacity * sizeof *found);
            if (!grown) {
                PyMem_Free(found);
                return PyErr_NoMemory();
            }
            found = grown;
            capacity *= 2;
        }
        found[used++] = camtg_commitment_index(c);
    }
    if (rc == CAMTG_ITEROVER) {
        positions = PyBytes_FromStringAndSize((const char *)found,
                                              (Py_ssize_t)(used * sizeof *found));
        PyMem_Free(found);
        return positions ? Py_BuildValue("(iN)", CAMTG_OK, positions) : NULL;
    }
    PyMem_Free(found);
    return Py_BuildValue("(iO)", rc, Py_None);
}

/* The ids of the commitments at @p positions (as from
 * camtg_query_positions), as a list of str; None when a position is out of
 * range. */
PyObject *camtg_commitment_ids_at(const camtg_db *db, PyObject *positions)
{
    Py_buffer view;
    PyObject *ids;
    size_t n;
    if (PyObject_GetBuffer(positions, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    n = (size_t)view.len / sizeof(size_t);
    ids = PyList_New((Py_ssize_t)n);
    for (size_t i = 0; ids && i < n; i++) {
        size_t at;
        const camtg_commitment *c;
        PyObject *id;
        /* The records lie apart in memory: ask for each one, and then its
         * id, a few rows ahead, so that their cache misses overlap. */
        if (i + 16 < n)
            camtg_ids_prefetch(db, view.buf, i + 16, 0);
        if (i + 8 < n)
            camtg_ids_prefetch(db, view.buf, i + 8, 1);
        memcpy(&at, (const char *)view.buf + i * sizeof at, sizeof at);
        c = camtg_commitment_at(db, at);
        if (!c) {
            Py_DECREF(ids);
            ids = Py_None;
            Py_INCREF(ids);
            break;
        }
        id = PyUnicode_FromString(camtg_commitment_id(c));
        if (!id) {
            Py_CLEAR(ids);
            break;
        }
        PyList_SET_ITEM(ids, (Py_ssize_t)i, id);
    }
    PyBuffer_Release(&view);
    return ids;
}
%}

/* The filter is a plain struct the Python layer fills in; SWIG's default
 * constructor allocates it zeroed and the proxy frees it. */

%include <camtg/version.h>
%include <camtg/error.h>
%include <camtg/vocab.h>
%include <camtg/db.h>
%include <camtg/source.h>
%include <camtg/entity.h>
%include <camtg/meeting.h>
%include <camtg/commitment.h>
%include <camtg/followup.h>
%include <camtg/mention.h>
