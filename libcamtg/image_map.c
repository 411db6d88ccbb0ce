/* SPDX-License-Identifier: MIT */
/* Where images live: address space reserved at a multiple of
 * CAMTG_IMAGE_ALIGN (so that a handle finds its image by rounding down),
 * a snapshot file mapped into it without a copy, a caller's buffer copied
 * into it, and the check of the header that opening does. */
/* MAP_ANONYMOUS and MAP_NORESERVE are not POSIX. */
#define _DEFAULT_SOURCE

#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "image.h"

#ifndef MAP_NORESERVE
#define MAP_NORESERVE 0
#endif

static size_t page_bytes(void)
{
    long page = sysconf(_SC_PAGESIZE);
    return page > 0 ? (size_t)page : 4096;
}

static size_t round_to_page(size_t n)
{
    size_t page = page_bytes();
    return (n + page - 1) / page * page;
}

int camtg_image_is(const void *data, size_t len)
{
    return data != NULL && len >= CAMTG_IMAGE_MAGIC_BYTES &&
           memcmp(data, CAMTG_IMAGE_MAGIC, CAMTG_IMAGE_MAGIC_BYTES) == 0;
}

/* Twice the room is asked for, with no access and no memory committed, so
 * that an aligned range of `capacity` bytes lies inside it; the rest is
 * given back at once. */
unsigned char *camtg_image_reserve_space(size_t capacity)
{
    if (capacity == 0 || capacity >= CAMTG_IMAGE_ALIGN)
        return NULL;
    capacity = round_to_page(capacity);
    if (capacity > CAMTG_IMAGE_ALIGN || capacity > SIZE_MAX - CAMTG_IMAGE_ALIGN)
        return NULL;
    size_t span = capacity + CAMTG_IMAGE_ALIGN;
    void *p = mmap(NULL, span, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    uintptr_t start = (uintptr_t)p;
    uintptr_t base = (start + CAMTG_IMAGE_ALIGN - 1) & ~(CAMTG_IMAGE_ALIGN - 1);
    if (base > start)
        munmap(p, base - start);
    if (start + span > base + capacity)
        munmap((void *)(base + capacity), start + span - (base + capacity));
    return (unsigned char *)base;
}

unsigned char *camtg_image_reserve(size_t capacity)
{
    unsigned char *base = camtg_image_reserve_space(capacity);
    size_t committed = 0;
    if (base != NULL && camtg_image_commit(base, capacity, &committed, capacity) != 0) {
        camtg_image_unmap(base, capacity);
        return NULL;
    }
    return base;
}

int camtg_image_commit(unsigned char *base, size_t capacity, size_t *committed, size_t need)
{
    if (need <= *committed)
        return 0;
    capacity = round_to_page(capacity);
    if (need > capacity)
        return -1;
    /* double what is committed (at least 1 MiB), and at least to need */
    size_t grow = *committed > ((size_t)1 << 20) ? *committed : (size_t)1 << 20;
    size_t target = grow < capacity - *committed ? *committed + grow : capacity;
    if (target < need)
        target = need;
    target = round_to_page(target);
    if (target > capacity)
        target = capacity;
    if (mprotect(base + *committed, target - *committed, PROT_READ | PROT_WRITE) != 0)
        return -1;
    *committed = target;
    return 0;
}

void camtg_image_unmap(void *base, size_t len)
{
    if (base != NULL && len > 0)
        munmap(base, round_to_page(len));
}

void camtg_image_seal(camtg_db *db, size_t capacity)
{
    unsigned char *base = (unsigned char *)db;
    size_t mapped = round_to_page(db->size), reserved = round_to_page(capacity);
    if (reserved > mapped)
        munmap(base + mapped, reserved - mapped);
    db->mapped = mapped;
    /* read-only is a defence, not a need: a refusal leaves it writable */
    mprotect(base, mapped, PROT_READ);
}

static int bad(camtg_error *err, size_t offset, const char *fmt, ...) CAMTG_PRINTF(3, 4);

static int bad(camtg_error *err, size_t offset, const char *fmt, ...)
{
    char message[CAMTG_ERROR_MESSAGE_LENGTH];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    camtg_error_set(err, CAMTG_ESNAPSHOT, "", "snapshot: %s at byte %zu", message, offset);
    if (err != NULL)
        err->offset = (long)offset;
    return CAMTG_ESNAPSHOT;
}

static int truncated(camtg_error *err, size_t len)
{
    return bad(err, len, "the file is %zu bytes, shorter than its header (%zu bytes)", len,
               sizeof(camtg_db));
}

const char *const camtg_image_section_names[CAMTG_SECTION_COUNT] = {
    [CAMTG_SECTION_STRINGS] = "strings",         [CAMTG_SECTION_WORDS] = "words",
    [CAMTG_SECTION_SOURCES] = "sources",         [CAMTG_SECTION_ENTITIES] = "entities",
    [CAMTG_SECTION_MEETINGS] = "meetings",       [CAMTG_SECTION_COMMITMENTS] = "commitments",
    [CAMTG_SECTION_FOLLOWUPS] = "followups",     [CAMTG_SECTION_MENTIONS] = "mentions",
    [CAMTG_SECTION_CITATIONS] = "citations",     [CAMTG_SECTION_IDS] = "ids",
    [CAMTG_SECTION_KEYS] = "keys",
};

const size_t camtg_image_element_bytes[CAMTG_SECTION_COUNT] = {
    [CAMTG_SECTION_STRINGS] = 1,
    [CAMTG_SECTION_WORDS] = sizeof(uint32_t),
    [CAMTG_SECTION_SOURCES] = sizeof(struct camtg_source),
    [CAMTG_SECTION_ENTITIES] = sizeof(struct camtg_entity),
    [CAMTG_SECTION_MEETINGS] = sizeof(struct camtg_meeting),
    [CAMTG_SECTION_COMMITMENTS] = sizeof(struct camtg_commitment),
    [CAMTG_SECTION_FOLLOWUPS] = sizeof(struct camtg_followup),
    [CAMTG_SECTION_MENTIONS] = sizeof(struct camtg_mention),
    [CAMTG_SECTION_CITATIONS] = sizeof(camtg_citation),
    [CAMTG_SECTION_IDS] = sizeof(uint32_t),
    [CAMTG_SECTION_KEYS] = sizeof(camtg_image_key),
};

#define AT(field) offsetof(struct camtg_db, field)

static int check_section(const camtg_db *db, camtg_image_section_id s, camtg_error *err)
{
    const camtg_image_section *sec = &db->sections[s];
    size_t at = AT(sections) + (size_t)s * sizeof *sec;
    if (sec->offset % CAMTG_IMAGE_SECTION_ALIGN != 0)
        return bad(err, at, "the %s section's offset %lu is not a multiple of %u",
                   camtg_image_section_names[s], (unsigned long)sec->offset, CAMTG_IMAGE_SECTION_ALIGN);
    if (sec->offset < db->header_bytes || sec->offset >= db->size)
        return bad(err, at, "the %s section's offset %lu is not inside the file (%lu to %lu)",
                   camtg_image_section_names[s], (unsigned long)sec->offset,
                   (unsigned long)db->header_bytes, (unsigned long)db->size);
    size_t bytes = camtg_image_element_bytes[s];
    if ((uint64_t)sec->count * bytes > (uint64_t)(db->size - sec->offset))
        return bad(err, at + offsetof(camtg_image_section, count),
                   "the %s section's %lu elements of %zu bytes run past the end of the file",
                   camtg_image_section_names[s], (unsigned long)sec->count, bytes);
    if ((s == CAMTG_SECTION_IDS || s == CAMTG_SECTION_KEYS) &&
        (sec->count & (sec->count - 1)) != 0)
        return bad(err, at + offsetof(camtg_image_section, count),
                   "the %s table's %lu slots are not a power of two", camtg_image_section_names[s],
                   (unsigned long)sec->count);
    return CAMTG_OK;
}

/* The fields in the order they lie, so that the first one at fault is
 * reported; a field is read only once the length shows it is there. */
int camtg_image_check_header(const camtg_db *db, size_t len, camtg_error *err)
{
    if (!camtg_image_is(db, len))
        return bad(err, 0, "the file does not start with the snapshot magic");
    if (len < AT(version) + sizeof db->version)
        return truncated(err, len);
    if (db->version == 1)
        return bad(err, AT(version), "format version 1 is no longer read; compile the "
                                     "JSON again with camtg compile");
    if (db->version != CAMTG_IMAGE_VERSION)
        return bad(err, AT(version), "format version %lu; this library reads version %u",
                   (unsigned long)db->version, CAMTG_IMAGE_VERSION);
    if (len < AT(byte_order) + sizeof db->byte_order)
        return truncated(err, len);
    if (db->byte_order == 0x04030201u)
        return bad(err, AT(byte_order), "it was written on a machine of the other byte order");
    if (db->byte_order != CAMTG_IMAGE_BYTE_ORDER)
        return bad(err, AT(byte_order), "the byte-order mark is 0x%08lx",
                   (unsigned long)db->byte_order);
    if (len < sizeof *db)
        return truncated(err, len);
    if (db->header_bytes != sizeof *db)
        return bad(err, AT(header_bytes), "the header is %lu bytes; format version %u has %zu",
                   (unsigned long)db->header_bytes, CAMTG_IMAGE_VERSION, sizeof *db);
    if (db->section_count != CAMTG_SECTION_COUNT)
        return bad(err, AT(section_count),
                   "the header lists %lu sections; format version %u has %d",
                   (unsigned long)db->section_count, CAMTG_IMAGE_VERSION, CAMTG_SECTION_COUNT);
    if (db->size != len)
        return bad(err, AT(size),
                   "the header gives the size as %lu bytes, the file has %zu (truncated or "
                   "extended)",
                   (unsigned long)db->size, len);
    if (db->schema_version != 1 && db->schema_version != 2)
        return bad(err, AT(schema_version), "schema version %lu; this library reads 1 and 2",
                   (unsigned long)db->schema_version);
    if (db->reserved != 0)
        return bad(err, AT(reserved), "the reserved field is %lu, not 0",
                   (unsigned long)db->reserved);
    for (int s = 0; s < CAMTG_SECTION_COUNT; s++) {
        int rc = check_section(db, (camtg_image_section_id)s, err);
        if (rc < 0)
            return rc;
    }
    if (db->mapped != 0)
        return bad(err, AT(mapped), "the in-memory field \"mapped\" is %llu in the file, not 0",
                   (unsigned long long)db->mapped);
    const camtg_image_section *strings = &db->sections[CAMTG_SECTION_STRINGS];
    if (strings->count == 0 ||
        camtg_image_section_base(db, CAMTG_SECTION_STRINGS)[strings->count - 1] != '\0')
        return bad(err, strings->offset, "the string section does not end with a NUL byte");
    if (db->followups_researched != CAMTG_IMAGE_NONE &&
        db->followups_researched >= strings->count)
        return bad(err, AT(followups_researched),
                   "\"followups_researched\" (%lu) is outside the string section",
                   (unsigned long)db->followups_researched);
    return CAMTG_OK;
}

/* Checks the image at base (len bytes, in `mapped` writable bytes) and
 * hands it over read-only; unmaps it on failure. */
static int finish_open(camtg_db **out, unsigned char *base, size_t len, size_t mapped,
                       camtg_error *err)
{
    camtg_db *db = (camtg_db *)(void *)base;
    int rc = camtg_image_check_header(db, len, err);
    if (rc < 0) {
        camtg_image_unmap(base, mapped);
        return rc;
    }
    db->mapped = mapped;
    if (mprotect(base, mapped, PROT_READ) != 0) {
        int e = errno;
        camtg_image_unmap(base, mapped);
        camtg_error_set(err, CAMTG_ENOMEM, "", "cannot make the snapshot read-only: %s",
                        strerror(e));
        return CAMTG_ENOMEM;
    }
    *out = db;
    return CAMTG_OK;
}

static int no_room(camtg_error *err, size_t len)
{
    return camtg_error_set(err, CAMTG_ENOMEM, "",
                           "out of address space for a snapshot of %zu bytes", len);
}

static int too_large(camtg_error *err, size_t len)
{
    return bad(err, (size_t)CAMTG_IMAGE_MAX_BYTES,
               "the file is %zu bytes; a snapshot is smaller than %llu bytes", len,
               (unsigned long long)CAMTG_IMAGE_MAX_BYTES);
}

/* Reserves an image for len bytes: at least a whole header, zero past
 * len, so that the header check of a short file reads no further than
 * memory goes (and no further than len says the bytes go). */
static int reserve_for(size_t len, unsigned char **base, size_t *mapped, camtg_error *err)
{
    if (len >= CAMTG_IMAGE_MAX_BYTES)
        return too_large(err, len);
    *mapped = round_to_page(len > sizeof(camtg_db) ? len : sizeof(camtg_db));
    *base = camtg_image_reserve(*mapped);
    return *base != NULL ? CAMTG_OK : no_room(err, len);
}

/* The header page is written once before it is checked, which gives the
 * process its own copy of it: a file changed under the mapping can then
 * change records, which every read checks, but not the checked header. The
 * other pages stay the file's, shared with the page cache. */
int camtg_image_map_fd(camtg_db **out, int fd, size_t len, camtg_error *err)
{
    *out = NULL;
    if (len == 0)
        return bad(err, 0, "the file is empty");
    unsigned char *base = NULL;
    size_t mapped = 0;
    int rc = reserve_for(len, &base, &mapped, err);
    if (rc < 0)
        return rc;
    if (mmap(base, len, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0) == MAP_FAILED) {
        int e = errno;
        camtg_image_unmap(base, mapped);
        camtg_error_set(err, CAMTG_EIO, "", "cannot map the snapshot: %s", strerror(e));
        if (err != NULL)
            err->sys_errno = e;
        return CAMTG_EIO;
    }
    size_t header_page = round_to_page(sizeof(camtg_db));
    if (mprotect(base, header_page, PROT_READ | PROT_WRITE) != 0) {
        camtg_image_unmap(base, mapped);
        return no_room(err, len);
    }
    volatile uint64_t *touch = &((camtg_db *)(void *)base)->mapped;
    *touch = *touch;
    return finish_open(out, base, len, mapped, err);
}

int camtg_image_copy(camtg_db **out, const void *data, size_t len, camtg_error *err)
{
    *out = NULL;
    unsigned char *base = NULL;
    size_t mapped = 0;
    int rc = reserve_for(len, &base, &mapped, err);
    if (rc < 0)
        return rc;
    memcpy(base, data, len);
    return finish_open(out, base, len, mapped, err);
}
