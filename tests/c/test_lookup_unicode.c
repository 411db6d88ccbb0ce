/* SPDX-License-Identifier: MIT */
/* Entity lookup over tests/c/data/unicode-names.json: keys match after full
 * case folding and NFC normalisation, whatever the script and whichever
 * normal form the file or the caller uses; an exact id still wins first.
 * "\u0308" below is COMBINING DIAERESIS, written out so that the test's own
 * source cannot be normalised by an editor. */
#include <stdio.h>

#include "testsupport.h"

static camtg_db *db;

/* The id of the entity that answers to key, through both lookups, which
 * must agree; "" for a miss. */
static const char *found(const char *key)
{
    const camtg_entity *e = (const camtg_entity *)&e;
    camtg_error err;
    int rc = camtg_entity_find(db, key, &e, &err);
    CU_ASSERT_PTR_EQUAL(e, camtg_entity_lookup(db, key));
    if (rc == CAMTG_ENOTFOUND) {
        CU_ASSERT_PTR_NULL(e);
        CU_ASSERT_EQUAL(err.code, CAMTG_ENOTFOUND);
        return "";
    }
    CU_ASSERT_EQUAL(rc, CAMTG_OK);
    return e != NULL ? camtg_entity_id(e) : "(null)";
}

static void test_nfc_and_nfd_keys(void)
{
    /* stored NFC */
    CAMTG_ASSERT_STR(found("T\xc3\xbcrkmenistan"), "TKM");      /* ü precomposed */
    CAMTG_ASSERT_STR(found("Tu\xcc\x88rkmenistan"), "TKM");     /* u + U+0308 */
    CAMTG_ASSERT_STR(found("TU\xcc\x88RKMENISTAN"), "TKM");
    /* stored NFD (name and alias) */
    CAMTG_ASSERT_STR(found("\xc3\x9clemiste"), "lake");         /* Ü precomposed */
    CAMTG_ASSERT_STR(found("U\xcc\x88lemiste"), "lake");
    CAMTG_ASSERT_STR(found("\xc3\xbcLEMISTE"), "lake");
    CAMTG_ASSERT_STR(found("republiken finland \xc3\xa4r"), "FIN");
    /* a diaeresis is not nothing */
    CAMTG_ASSERT_STR(found("Ulemiste"), "");
}

static void test_cyrillic_case(void)
{
    CAMTG_ASSERT_STR(found("\xd0\x9a\xd0\xb0\xd0\xb7\xd0\xb0\xd1\x85\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd"),
                     "KAZ"); /* Казахстан, as stored */
    CAMTG_ASSERT_STR(found("\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd1\x85\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd"),
                     "KAZ"); /* казахстан */
    CAMTG_ASSERT_STR(found("\xd0\x9a\xd0\x90\xd0\x97\xd0\x90\xd0\xa5\xd0\xa1\xd0\xa2\xd0\x90\xd0\x9d"),
                     "KAZ"); /* КАЗАХСТАН */
}

static void test_latin_case(void)
{
    CAMTG_ASSERT_STR(found("H\xc3\x84MEENLINNA"), "hameenlinna"); /* HÄMEENLINNA */
    CAMTG_ASSERT_STR(found("h\xc3\xa4meenlinna"), "hameenlinna");
    CAMTG_ASSERT_STR(found("HA\xcc\x88MEENLINNA"), "hameenlinna"); /* decomposed upper case */
    /* full case folding: ß folds to ss */
    CAMTG_ASSERT_STR(found("STRASSE"), "strasse");
    CAMTG_ASSERT_STR(found("Stra\xc3\x9f" "e"), "strasse");
    CAMTG_ASSERT_STR(found("H\xc3\xa4meenlina"), ""); /* a letter short */
}

static void test_exact_id_first(void)
{
    /* "KAZ" and "kaz" are two entities: each exact id finds its own. */
    CAMTG_ASSERT_STR(found("KAZ"), "KAZ");
    CAMTG_ASSERT_STR(found("kaz"), "kaz");
    /* Ignoring case, both ids answer to "Kaz": the first in the file wins. */
    CAMTG_ASSERT_STR(found("Kaz"), "KAZ");
    /* An id ignoring case wins over an alias: "tkm" is also lake's alias. */
    CAMTG_ASSERT_STR(found("tkm"), "TKM");
    /* A name wins over an alias: "Turkmenistan" is TKM's alias, spelt
     * without the diaeresis, and no name. */
    CAMTG_ASSERT_STR(found("turkmenistan"), "TKM");
}

static void test_misses(void)
{
    CAMTG_ASSERT_STR(found("T\xc3\xbcrkmen"), "");
    CAMTG_ASSERT_STR(found("\xff\xfe"), "");          /* not UTF-8 */
    CAMTG_ASSERT_STR(found("Tu\xcc\x88\xff"), "");    /* starts well, then not UTF-8 */
    CAMTG_ASSERT_STR(found(" Suomi"), "");            /* white space is not ignored */
}

static void setup(void)
{
    db = camtg_test_open_file(CAMTG_TEST_DATA_DIR "/unicode-names.json");
}

static void teardown(void)
{
    camtg_close(db);
    db = NULL;
}

#define WITH_DB(fn)                                                                            \
    static void fn##_with_db(void)                                                             \
    {                                                                                          \
        setup();                                                                               \
        fn();                                                                                  \
        teardown();                                                                            \
    }
WITH_DB(test_nfc_and_nfd_keys)
WITH_DB(test_cyrillic_case)
WITH_DB(test_latin_case)
WITH_DB(test_exact_id_first)
WITH_DB(test_misses)

int main(void)
{
    static const camtg_test_case cases[] = {
        {"NFC and NFD spellings", test_nfc_and_nfd_keys_with_db},
        {"Cyrillic case", test_cyrillic_case_with_db},
        {"Latin case and full folding", test_latin_case_with_db},
        {"exact id first, then the documented priority", test_exact_id_first_with_db},
        {"misses", test_misses_with_db},
        {NULL, NULL},
    };
    return camtg_test_main("lookup_unicode", cases);
}
