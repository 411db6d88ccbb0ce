/* SPDX-License-Identifier: MIT */
/*
 * The coded meeting, asked through the public API the way a reader would
 * ask it: one or more questions for every paragraph of the article, each
 * answered from the embedded default dataset. Expected answers are the
 * article's facts as the coding guide (docs/coding-guide.md) records them;
 * the library itself knows none of them.
 *
 * Answers that are lists are compared as one comma-joined string of ids in
 * file order, so a missing, extra or reordered record shows in the
 * failure message.
 */
#include <stdio.h>
#include <string.h>

#include "testsupport.h"

static camtg_db *db;

enum { LIST_MAX = 2048 };

/* Appends @p id to the comma-separated list @p out. */
static void list_add(char *out, const char *id)
{
    size_t used = strlen(out);
    snprintf(out + used, LIST_MAX - used, "%s%s", used ? "," : "", id ? id : "(null)");
}

/* The ids of the commitments matching @p f, in file order. */
static const char *query_ids(const camtg_filter *f)
{
    static char out[LIST_MAX];
    out[0] = '\0';
    size_t cursor = 0;
    const camtg_commitment *c;
    int rc;
    while ((rc = camtg_query_next(db, f, &cursor, &c)) == CAMTG_OK)
        list_add(out, camtg_commitment_id(c));
    CU_ASSERT_EQUAL(rc, CAMTG_ITEROVER);
    return out;
}

static const camtg_entity *entity(const char *key)
{
    const camtg_entity *e = camtg_entity_lookup(db, key);
    CU_ASSERT_PTR_NOT_NULL(e);
    return e;
}

static const camtg_commitment *commitment(const char *id)
{
    const camtg_commitment *c = camtg_commitment_lookup(db, id);
    CU_ASSERT_PTR_NOT_NULL(c);
    return c;
}

/* Which role list of a commitment to read. */
typedef enum role { ACTORS, TARGETS, OBJECTS } role;

static const char *role_ids(const camtg_commitment *c, role r)
{
    static char out[LIST_MAX];
    out[0] = '\0';
    size_t n = r == ACTORS    ? camtg_commitment_actor_count(c)
               : r == TARGETS ? camtg_commitment_target_count(c)
                              : camtg_commitment_object_count(c);
    for (size_t i = 0; i < n; i++) {
        const camtg_entity *e = r == ACTORS    ? camtg_commitment_actor(c, i)
                                : r == TARGETS ? camtg_commitment_target(c, i)
                                               : camtg_commitment_object(c, i);
        list_add(out, camtg_entity_id(e));
    }
    return out;
}

static const char *sector_names(const camtg_commitment *c)
{
    static char out[LIST_MAX];
    out[0] = '\0';
    for (size_t i = 0; i < camtg_commitment_sector_count(c); i++)
        list_add(out, camtg_sector_to_string(camtg_commitment_sector(c, i)));
    return out;
}

/* The commitments that name @p e among their objects (the filter has no
 * object criterion, so this walks them all). */
static const char *with_object(const camtg_entity *e)
{
    static char out[LIST_MAX];
    out[0] = '\0';
    for (size_t i = 0; i < camtg_commitment_count(db); i++) {
        const camtg_commitment *c = camtg_commitment_at(db, i);
        for (size_t k = 0; k < camtg_commitment_object_count(c); k++)
            if (camtg_commitment_object(c, k) == e)
                list_add(out, camtg_commitment_id(c));
    }
    return out;
}

static const char *positions(const camtg_entity *e)
{
    static char out[LIST_MAX];
    out[0] = '\0';
    for (size_t i = 0; i < camtg_entity_position_count(e); i++) {
        size_t used = strlen(out);
        snprintf(out + used, LIST_MAX - used, "%s%s", used ? "|" : "", camtg_entity_position(e, i));
    }
    return out;
}

/* The place chain of @p e, "xian<shaanxi<CHN". */
static const char *within_chain(const camtg_entity *e)
{
    static char out[LIST_MAX];
    out[0] = '\0';
    for (; e != NULL; e = camtg_entity_within(e)) {
        size_t used = strlen(out);
        snprintf(out + used, LIST_MAX - used, "%s%s", used ? "<" : "", camtg_entity_id(e));
    }
    return out;
}

/* The meeting participant who serves @p country. */
static const camtg_entity *envoy_of(const char *country)
{
    const camtg_meeting *m = camtg_meeting_at(db, 0);
    const camtg_entity *found = NULL;
    for (size_t i = 0; i < camtg_meeting_participant_count(m); i++) {
        const camtg_entity *p = camtg_meeting_participant(m, i);
        if (camtg_entity_country(p) == entity(country)) {
            CU_ASSERT_PTR_NULL(found); /* one envoy per country */
            found = p;
        }
    }
    CU_ASSERT_PTR_NOT_NULL(found);
    return found;
}

static void test_loads(void)
{
    camtg_error err;
    camtg_db *fresh = NULL;
    CU_ASSERT_EQUAL(camtg_open_default(&fresh, &err), CAMTG_OK);
    CU_ASSERT_EQUAL(camtg_db_verify(fresh, &err), CAMTG_OK);
    camtg_close(fresh);
    CU_ASSERT_EQUAL(camtg_source_count(db), 1);
    CU_ASSERT_EQUAL(camtg_meeting_count(db), 1);
    CU_ASSERT_EQUAL(camtg_entity_count(db), 39);
    CU_ASSERT_EQUAL(camtg_commitment_count(db), 29);
}

/* Title line and dateline: what was published, when, and about which day. */
static void test_source(void)
{
    const camtg_source *s = camtg_source_at(db, 0);
    CAMTG_ASSERT_STR(camtg_source_id(s), "xinhua-2023-04-27");
    CAMTG_ASSERT_STR(camtg_source_title(s),
                     "Chinese FM holds talks with senior diplomats from Central Asian countries");
    CAMTG_ASSERT_STR(camtg_source_publisher(s), "Xinhua");
    CAMTG_ASSERT_STR(camtg_source_published(s), "2023-04-27");
    CAMTG_ASSERT_STR(camtg_source_dateline(s), "XI'AN, April 26");
    CAMTG_ASSERT_STR(camtg_source_language(s), "en");
    CU_ASSERT_PTR_NULL(camtg_source_url(s));
    const char *text = camtg_source_text(s);
    CU_ASSERT_EQUAL(strncmp(text, "XI'AN, April 26 (Xinhua) -- ", 28), 0);
    size_t n = strlen(text);
    CU_ASSERT(n > 45 && strcmp(text + n - 45, "traditional medicine centers in Turkmenistan.") == 0);
    CU_ASSERT_EQUAL(camtg_source_text_bytes(s), n);
    CU_ASSERT_EQUAL(camtg_source_text_chars(s), n); /* the article is plain ASCII */
}

/* Paragraph 1: who held talks, when, where, in what format, and why there. */
static void test_paragraph1_meeting(void)
{
    const camtg_meeting *m = camtg_meeting_at(db, 0);
    CAMTG_ASSERT_STR(camtg_meeting_date(m), "2023-04-26");
    CAMTG_ASSERT_STR(camtg_meeting_format(m), "separate talks");
    CU_ASSERT_PTR_EQUAL(camtg_meeting_source(m), camtg_source_at(db, 0));
    CU_ASSERT_PTR_EQUAL(camtg_meeting_place(m), entity("Xi'an"));
    CAMTG_ASSERT_STR(within_chain(camtg_meeting_place(m)), "xian<shaanxi<CHN");
    CAMTG_ASSERT_STR(camtg_entity_name(camtg_entity_within(entity("Xian"))), "Shaanxi Province");

    const camtg_entity *host = camtg_meeting_host(m);
    CU_ASSERT_PTR_EQUAL(host, entity("Qin Gang"));
    CU_ASSERT_PTR_EQUAL(camtg_entity_country(host), entity("China"));
    CAMTG_ASSERT_STR(positions(host), "State Councilor|Foreign Minister");
    CU_ASSERT_PTR_EQUAL(entity("gang qin"), host);

    const camtg_entity *ctx = camtg_meeting_context(m);
    CU_ASSERT_PTR_EQUAL(ctx, entity("4th China-Central Asia Foreign Ministers' Meeting"));
    /* The series name without a number is no key: it would claim every
     * later meeting of the series. */
    CU_ASSERT_PTR_NULL(camtg_entity_lookup(db, "China-Central Asia Foreign Ministers' Meeting"));
    CU_ASSERT_EQUAL(camtg_entity_type_of(ctx), CAMTG_ENTITY_EVENT);
    CAMTG_ASSERT_STR(camtg_entity_name(ctx), "fourth China-Central Asia Foreign Ministers' Meeting");
    CU_ASSERT_PTR_EQUAL(camtg_entity_place(ctx), entity("xian"));
    CU_ASSERT_PTR_NULL(camtg_entity_date(ctx)); /* "coming": the article gives no date */
    CU_ASSERT_EQUAL(camtg_meeting_commitment_count(m), 29);
}

/* Paragraph 2: the envoys, each with country and every office. */
static void test_paragraph2_envoys(void)
{
    const camtg_meeting *m = camtg_meeting_at(db, 0);
    CU_ASSERT_EQUAL(camtg_meeting_participant_count(m), 6);

    const camtg_entity *tkm = envoy_of("Turkmenistan");
    CAMTG_ASSERT_STR(camtg_entity_name(tkm), "Vepa Hajiyev");
    CAMTG_ASSERT_STR(positions(tkm), "First Deputy Minister of Foreign Affairs");

    const camtg_entity *kaz = envoy_of("KAZ");
    CAMTG_ASSERT_STR(camtg_entity_name(kaz), "Murat Nurtleu");
    CAMTG_ASSERT_STR(positions(kaz), "Deputy Prime Minister|Minister of Foreign Affairs");

    const camtg_entity *kgz = envoy_of("Kyrgyzstan");
    CAMTG_ASSERT_STR(camtg_entity_name(kgz), "Kulubaev Zheenbek Moldokanovich");
    CAMTG_ASSERT_STR(positions(kgz), "Minister of Foreign Affairs");
    CU_ASSERT_PTR_EQUAL(entity("zheenbek kulubaev"), kgz);

    CAMTG_ASSERT_STR(camtg_entity_name(envoy_of("Tajikistan")), "Sirojiddin Muhriddin");
    CAMTG_ASSERT_STR(positions(envoy_of("TJK")), "Minister of Foreign Affairs");
    CAMTG_ASSERT_STR(camtg_entity_name(envoy_of("Uzbekistan")), "Bakhtiyor Saidov");
    CAMTG_ASSERT_STR(positions(envoy_of("UZB")), "Minister of Foreign Affairs");

    /* The names readers type: surname first or last, other spellings. */
    CU_ASSERT_PTR_EQUAL(entity("Nurtleu Murat"), kaz);
    CU_ASSERT_PTR_EQUAL(entity("saidov bakhtiyor"), envoy_of("UZB"));
    CU_ASSERT_PTR_EQUAL(entity("Hadjiyev"), tkm);
    CU_ASSERT_PTR_EQUAL(entity("Muhriddin Sirojiddin"), envoy_of("TJK"));

    /* The five countries form the group; China is not in it. */
    const camtg_entity *c5 = entity("Central Asian countries");
    CU_ASSERT_EQUAL(camtg_entity_type_of(c5), CAMTG_ENTITY_GROUP);
    CU_ASSERT_EQUAL(camtg_entity_member_count(c5), 5);
    const char *members[] = {"KAZ", "KGZ", "TJK", "UZB", "TKM"};
    for (size_t i = 0; i < 5; i++) {
        CU_ASSERT_PTR_EQUAL(camtg_entity_member(c5, i), entity(members[i]));
        CU_ASSERT_EQUAL(camtg_entity_in_group(entity(members[i]), c5), 1);
    }
    CU_ASSERT_EQUAL(camtg_entity_in_group(entity("CHN"), c5), 0);
    CAMTG_ASSERT_STR(camtg_entity_wikidata(entity("Turkmenistan")), "Q874");
    CAMTG_ASSERT_STR(camtg_entity_wikidata(entity("Kyrgyzstan")), "Q813");
}

/* Paragraph 3: what China says it stands for towards Central Asia. */
static void test_paragraph3_china_support(void)
{
    camtg_filter f = CAMTG_FILTER_INIT;
    f.actor = entity("China");
    f.sectors = CAMTG_BIT(CAMTG_SECTOR_SOVEREIGNTY);
    f.target = entity("Tajikistan"); /* through the group */
    CAMTG_ASSERT_STR(query_ids(&f), "p3-sovereignty,p3-development-paths,p3-non-interference");
    const camtg_commitment *c = commitment("p3-non-interference");
    CU_ASSERT_EQUAL(camtg_commitment_kind(c), CAMTG_KIND_POSITION);
    /* "will ... oppose": a cooperative stance in the future tense is an
     * intention, AGREE (PLOVER's future-tense rule). */
    CU_ASSERT_EQUAL(camtg_commitment_type(c), CAMTG_PLOVER_AGREE);
    CAMTG_ASSERT_STR(camtg_commitment_cameo(c), "032");
    CAMTG_ASSERT_STR(camtg_commitment_verb(c), "oppose");
    CAMTG_ASSERT_STR(role_ids(c, TARGETS), "C5");
    CAMTG_ASSERT_STR(sector_names(commitment("p3-sovereignty")), "sovereignty,security");
}

/* Paragraph 4: the multilateral frameworks. */
static void test_paragraph4_multilateral(void)
{
    CAMTG_ASSERT_STR(with_object(entity("UN")), "p4-un-sco-cooperation,p4-international-order");
    CAMTG_ASSERT_STR(with_object(entity("Shanghai Cooperation Organization")), "p4-un-sco-cooperation");
    CU_ASSERT_PTR_EQUAL(entity("sco"), entity("SCO"));
    CAMTG_ASSERT_STR(camtg_entity_wikidata(entity("United Nations")), "Q1065");
    CAMTG_ASSERT_STR(camtg_entity_wikidata(entity("SCO")), "Q485207");
    const camtg_commitment *c = commitment("p4-un-sco-cooperation");
    CAMTG_ASSERT_STR(role_ids(c, ACTORS), "CHN");
    CAMTG_ASSERT_STR(role_ids(c, TARGETS), "C5");
    CAMTG_ASSERT_STR(role_ids(c, OBJECTS), "UN,SCO");
    CU_ASSERT_EQUAL(camtg_commitment_kind(c), CAMTG_KIND_PLEDGE);

    camtg_filter f = CAMTG_FILTER_INIT;
    f.sectors = CAMTG_BIT(CAMTG_SECTOR_MULTILATERALISM);
    CAMTG_ASSERT_STR(query_ids(&f), "p4-un-sco-cooperation,p4-international-order,p6-global-initiatives");
}

/* Paragraph 5, and the question of the issue: which commitments Kazakhstan
 * takes part in, directly and through the group. */
static void test_paragraph5_kazakhstan(void)
{
    camtg_filter f = CAMTG_FILTER_INIT;
    f.involving = entity("Kazakhstan");
    CAMTG_ASSERT_STR(query_ids(&f),
                     "p3-sovereignty,p3-development-paths,p3-non-interference,"
                     "p4-un-sco-cooperation,p4-international-order,"
                     "p5-ties-priority,p5-heads-of-state-consensus,p5-high-level-exchanges,"
                     "p5-belt-and-road,p5-people-to-people,p5-three-forces,p5-golden-years,"
                     "p6-china-influence,p6-chinese-modernization,p6-global-initiatives,"
                     "p6-taiwan-xinjiang-tibet,p6-human-rights,"
                     "p7-pragmatic-cooperation,p7-cooperation-areas,"
                     "p8-visa-exemption,p8-consulates");

    /* Directly, by name, Kazakhstan is only in paragraph 8. */
    size_t direct = 0;
    for (size_t i = 0; i < camtg_commitment_count(db); i++) {
        const camtg_commitment *c = camtg_commitment_at(db, i);
        for (size_t k = 0; k < camtg_commitment_actor_count(c); k++)
            direct += camtg_commitment_actor(c, k) == entity("KAZ");
        for (size_t k = 0; k < camtg_commitment_target_count(c); k++)
            direct += camtg_commitment_target(c, k) == entity("KAZ");
    }
    CU_ASSERT_EQUAL(direct, 2);

    /* What the five pledge towards China in paragraph 5. */
    camtg_filter g = CAMTG_FILTER_INIT;
    g.actor = entity("five Central Asian countries");
    g.target = entity("PRC");
    g.kinds = CAMTG_BIT(CAMTG_KIND_PLEDGE);
    CAMTG_ASSERT_STR(query_ids(&g),
                     "p5-heads-of-state-consensus,p5-high-level-exchanges,p5-belt-and-road,"
                     "p5-people-to-people,p5-three-forces,p5-golden-years");

    const camtg_entity *bri = entity("BRI");
    CAMTG_ASSERT_STR(camtg_entity_name(bri), "Belt and Road Initiative");
    CAMTG_ASSERT_STR(with_object(bri), "p5-belt-and-road");
    CAMTG_ASSERT_STR(sector_names(commitment("p5-belt-and-road")), "connectivity");

    const camtg_entity *forces = entity("three evil forces");
    CU_ASSERT_PTR_EQUAL(forces, entity("three forces"));
    /* A part of the set is not a name of the set. */
    CU_ASSERT_PTR_NULL(camtg_entity_lookup(db, "terrorism"));
    CAMTG_ASSERT_STR(with_object(forces), "p5-three-forces");
    CAMTG_ASSERT_STR(sector_names(commitment("p5-three-forces")), "security");
    /* The five's own policy priority: a stance, not a judgement of China. */
    CU_ASSERT_EQUAL(camtg_commitment_kind(commitment("p5-ties-priority")), CAMTG_KIND_POSITION);
}

/* Paragraph 6: judgements of China and support for its positions. */
static void test_paragraph6_positions(void)
{
    camtg_filter f = CAMTG_FILTER_INIT;
    f.kinds = CAMTG_BIT(CAMTG_KIND_ASSESSMENT);
    CAMTG_ASSERT_STR(query_ids(&f), "p6-china-influence,p6-chinese-modernization");

    const camtg_commitment *c = commitment("p6-taiwan-xinjiang-tibet");
    CAMTG_ASSERT_STR(role_ids(c, ACTORS), "C5");
    CAMTG_ASSERT_STR(role_ids(c, TARGETS), "CHN");
    CAMTG_ASSERT_STR(role_ids(c, OBJECTS), "taiwan,xinjiang,tibet");
    CU_ASSERT_EQUAL(camtg_commitment_kind(c), CAMTG_KIND_POSITION);
    CAMTG_ASSERT_STR(with_object(entity("Taiwan")), "p6-taiwan-xinjiang-tibet");
    CAMTG_ASSERT_STR(with_object(entity("issues related to Tibet")), "p6-taiwan-xinjiang-tibet");

    const camtg_commitment *hr = commitment("p6-human-rights");
    CU_ASSERT_EQUAL(camtg_commitment_type(hr), CAMTG_PLOVER_ACCUSE);
    CAMTG_ASSERT_STR(camtg_commitment_quote(hr), "oppose politicizing human rights");
    CU_ASSERT_EQUAL(camtg_commitment_target_count(hr), 0);
    /* the practice opposed is not a name of the topic */
    CAMTG_ASSERT_STR(role_ids(hr, OBJECTS), "human-rights");
    CU_ASSERT_PTR_NULL(camtg_entity_lookup(db, "politicizing human rights"));

    CAMTG_ASSERT_STR(with_object(entity("Chinese modernization")), "p6-chinese-modernization");
    CAMTG_ASSERT_STR(with_object(entity("China's global initiatives")), "p6-global-initiatives");
    CAMTG_ASSERT_STR(role_ids(commitment("p6-chinese-modernization"), OBJECTS),
                     "chinese-modernization,central-asia");
}

/* Paragraph 7: the seven areas of pragmatic cooperation. */
static void test_paragraph7_cooperation_areas(void)
{
    camtg_filter f = CAMTG_FILTER_INIT;
    f.sectors = CAMTG_BIT(CAMTG_SECTOR_AGRICULTURE);
    f.involving = entity("Uzbekistan");
    CAMTG_ASSERT_STR(query_ids(&f), "p7-cooperation-areas");
    /* The consensus is one act of diplomacy; its areas are counted once,
     * on the record that lists them. */
    const camtg_commitment *consensus = commitment("p7-pragmatic-cooperation");
    CAMTG_ASSERT_STR(sector_names(consensus), "diplomacy");
    CAMTG_ASSERT_STR(camtg_commitment_verb(consensus), "reach");
    const camtg_commitment *c = commitment("p7-cooperation-areas");
    CAMTG_ASSERT_STR(role_ids(c, ACTORS), "CHN,C5");
    CAMTG_ASSERT_STR(sector_names(c),
                     "trade_investment,connectivity,agriculture,health,energy_minerals,"
                     "ports_shipping,local_cooperation");
    /* as the article leaves it; what followed is in test_followups.c */
    camtg_status status = CAMTG_STATUS_INVALID;
    CU_ASSERT_EQUAL(camtg_commitment_status_on(
                        c, camtg_meeting_date(camtg_commitment_meeting(c)), &status),
                    CAMTG_OK);
    CU_ASSERT_EQUAL(status, CAMTG_STATUS_PLEDGED);
}

/* Paragraph 8: China and Kazakhstan; where the consulates are. */
static void test_paragraph8_kazakhstan(void)
{
    const camtg_entity *consulates = entity("consulates in Xi'an and Aktobe");
    CAMTG_ASSERT_STR(with_object(consulates), "p8-consulates");
    const camtg_commitment *c = commitment("p8-consulates");
    CAMTG_ASSERT_STR(role_ids(c, ACTORS), "CHN,KAZ");
    CAMTG_ASSERT_STR(role_ids(c, OBJECTS), "consulates-xian-aktobe,xian,aktobe");
    CAMTG_ASSERT_STR(within_chain(entity("Aktobe")), "aktobe<KAZ");
    CAMTG_ASSERT_STR(within_chain(entity("Xi'an")), "xian<shaanxi<CHN");
    CAMTG_ASSERT_STR(sector_names(c), "consular");

    const camtg_commitment *visa = commitment("p8-visa-exemption");
    CAMTG_ASSERT_STR(role_ids(visa, OBJECTS), "visa-exemption-agreement");
    CAMTG_ASSERT_STR(camtg_commitment_verb(visa), "sign");
    CU_ASSERT_EQUAL(camtg_commitment_type(visa), CAMTG_PLOVER_AGREE);
    CAMTG_ASSERT_STR(sector_names(visa), "mobility");
    CAMTG_ASSERT_STR(with_object(entity("visa exemption agreement")), "p8-visa-exemption");
}

/* Paragraph 9: cultural centers with three of the five. */
static void test_paragraph9_cultural_centers(void)
{
    const camtg_commitment *c = commitment("p9-cultural-centers");
    CAMTG_ASSERT_STR(role_ids(c, ACTORS), "CHN");
    CAMTG_ASSERT_STR(role_ids(c, TARGETS), "KGZ,TJK,TKM");
    CAMTG_ASSERT_STR(role_ids(c, OBJECTS), "cultural-centers");

    camtg_filter f = CAMTG_FILTER_INIT;
    f.sectors = CAMTG_BIT(CAMTG_SECTOR_CULTURE);
    f.involving = entity("Turkmenistan");
    CAMTG_ASSERT_STR(query_ids(&f), "p9-cultural-centers,p11-cultural-activities");
    f.involving = entity("Kazakhstan");
    CAMTG_ASSERT_STR(query_ids(&f), "");
}

/* Paragraph 10: Tajikistan and Uzbekistan. */
static void test_paragraph10_tajikistan_uzbekistan(void)
{
    camtg_filter f = CAMTG_FILTER_INIT;
    f.actor = entity("Tajikistan");
    f.kinds = CAMTG_BIT(CAMTG_KIND_PLEDGE);
    /* Tajikistan's own pledges with China, besides the group's. */
    f.sectors = CAMTG_BIT(CAMTG_SECTOR_INDUSTRY) | CAMTG_BIT(CAMTG_SECTOR_EDUCATION);
    CAMTG_ASSERT_STR(query_ids(&f), "p10-industrial-parks,p10-luban-workshop");
    CAMTG_ASSERT_STR(role_ids(commitment("p10-luban-workshop"), OBJECTS), "luban-workshop");
    CU_ASSERT_PTR_EQUAL(entity("luban workshop"), entity("Luban Workshop"));

    camtg_filter g = CAMTG_FILTER_INIT;
    g.sectors = CAMTG_BIT(CAMTG_SECTOR_POVERTY_REDUCTION) | CAMTG_BIT(CAMTG_SECTOR_INNOVATION);
    CAMTG_ASSERT_STR(query_ids(&g), "p10-poverty-innovation");
    CAMTG_ASSERT_STR(role_ids(commitment("p10-poverty-innovation"), ACTORS), "CHN,UZB");
    CAMTG_ASSERT_STR(with_object(entity("China Uzbekistan comprehensive strategic partnership")), "p10-strategic-partnership");
}

/* Paragraph 11: the parties of the railway; Turkmenistan's pledges. */
static void test_paragraph11_railway_turkmenistan(void)
{
    const camtg_entity *rail = entity("China Kyrgyzstan Uzbekistan railway");
    CU_ASSERT_PTR_EQUAL(rail, entity("China-Kyrgyzstan-Uzbekistan railway"));
    CU_ASSERT_EQUAL(camtg_entity_type_of(rail), CAMTG_ENTITY_PROJECT);
    CAMTG_ASSERT_STR(with_object(rail), "p11-railway");
    const camtg_commitment *c = commitment("p11-railway");
    CAMTG_ASSERT_STR(role_ids(c, ACTORS), "KGZ,UZB");
    CAMTG_ASSERT_STR(role_ids(c, TARGETS), "CHN");
    CAMTG_ASSERT_STR(sector_names(c), "connectivity");

    camtg_filter f = CAMTG_FILTER_INIT;
    f.actor = entity("Turkmenistan");
    f.involving = entity("China");
    f.sectors = CAMTG_BIT(CAMTG_SECTOR_HEALTH) | CAMTG_BIT(CAMTG_SECTOR_CULTURE);
    /* Through the group, the seven areas of paragraph 7 (health among them)
     * are Turkmenistan's too. */
    CAMTG_ASSERT_STR(query_ids(&f), "p7-cooperation-areas,p11-cultural-activities,"
                                    "p11-traditional-medicine");
    /* "in each other's countries": both are where the activities are held. */
    CAMTG_ASSERT_STR(role_ids(commitment("p11-cultural-activities"), OBJECTS),
                     "annual-cultural-activities,CHN,TKM");
    /* Where the centers will be: Turkmenistan, a party and the place. */
    CAMTG_ASSERT_STR(role_ids(commitment("p11-traditional-medicine"), OBJECTS),
                     "traditional-medicine-centers,TKM");
}

/* One tally a summary reports: a vocabulary member and its count. */
typedef struct total {
    int word;
    size_t count;
} total;

/* Checks the tallies @p want names (an array ending with {-1, 0}) against
 * @p got, indexed by vocabulary member; @p word spells a member. */
static void expect_totals(const size_t *got, const total *want, const char *(*word)(int))
{
    for (const total *t = want; t->word >= 0; t++) {
        CU_ASSERT_EQUAL(got[t->word], t->count);
        if (got[t->word] != t->count)
            fprintf(stderr, "\n  %s: %zu, expected %zu\n", word(t->word), got[t->word], t->count);
    }
}

static const char *kind_word(int k) { return camtg_kind_to_string((camtg_kind)k); }
static const char *plover_word(int k) { return camtg_plover_to_string((camtg_plover)k); }
static const char *sector_word(int k) { return camtg_sector_to_string((camtg_sector)k); }
static const char *type_word(int k) { return camtg_entity_type_to_string((camtg_entity_type)k); }

/* The totals a summary of the meeting reports. */
static void test_totals(void)
{
    static const total want_kinds[] = {
        {CAMTG_KIND_PLEDGE, 20}, {CAMTG_KIND_POSITION, 7}, {CAMTG_KIND_ASSESSMENT, 2}, {-1, 0},
    };
    static const total want_types[] = {
        {CAMTG_PLOVER_AGREE, 23}, {CAMTG_PLOVER_SUPPORT, 5}, {CAMTG_PLOVER_ACCUSE, 1}, {-1, 0},
    };
    /* Sector totals count each area of cooperation once: the seven areas of
     * paragraph 7 come from the one record that lists them, plus the later
     * pledges whose own quotes name the field (railway, medicine). */
    static const total want_sectors[] = {
        {CAMTG_SECTOR_TRADE_INVESTMENT, 1}, {CAMTG_SECTOR_CONNECTIVITY, 3},
        {CAMTG_SECTOR_AGRICULTURE, 1},      {CAMTG_SECTOR_HEALTH, 2},
        {CAMTG_SECTOR_ENERGY_MINERALS, 1},  {CAMTG_SECTOR_PORTS_SHIPPING, 1},
        {CAMTG_SECTOR_LOCAL_COOPERATION, 1}, {CAMTG_SECTOR_DIPLOMACY, 8},
        {CAMTG_SECTOR_SOVEREIGNTY, 4},      {-1, 0},
    };
    static const total want_entity_types[] = {
        {CAMTG_ENTITY_COUNTRY, 6},      {CAMTG_ENTITY_PERSON, 6},  {CAMTG_ENTITY_GROUP, 1},
        {CAMTG_ENTITY_PLACE, 4},        {CAMTG_ENTITY_ORGANIZATION, 2},
        {CAMTG_ENTITY_EVENT, 1},        {CAMTG_ENTITY_INITIATIVE, 2},
        {CAMTG_ENTITY_PROJECT, 8},      {CAMTG_ENTITY_TOPIC, 9},   {-1, 0},
    };
    size_t kinds[CAMTG_KIND_COUNT] = {0};
    size_t types[CAMTG_PLOVER_COUNT] = {0};
    size_t sectors[CAMTG_SECTOR_COUNT] = {0};
    for (size_t i = 0; i < camtg_commitment_count(db); i++) {
        const camtg_commitment *c = camtg_commitment_at(db, i);
        kinds[camtg_commitment_kind(c)]++;
        types[camtg_commitment_type(c)]++;
        for (size_t k = 0; k < camtg_commitment_sector_count(c); k++)
            sectors[camtg_commitment_sector(c, k)]++;
    }
    size_t entity_types[CAMTG_ENTITY_TYPE_COUNT] = {0};
    for (size_t i = 0; i < camtg_entity_count(db); i++)
        entity_types[camtg_entity_type_of(camtg_entity_at(db, i))]++;

    expect_totals(kinds, want_kinds, kind_word);
    expect_totals(types, want_types, plover_word);
    expect_totals(sectors, want_sectors, sector_word);
    expect_totals(entity_types, want_entity_types, type_word);
}

static void run_with_db(void (*body)(void))
{
    db = camtg_test_open_default();
    if (db != NULL)
        body();
    camtg_close(db);
    db = NULL;
}

#define WRAP(fn) \
    static void fn##_run(void) { run_with_db(fn); }
WRAP(test_loads)
WRAP(test_source)
WRAP(test_paragraph1_meeting)
WRAP(test_paragraph2_envoys)
WRAP(test_paragraph3_china_support)
WRAP(test_paragraph4_multilateral)
WRAP(test_paragraph5_kazakhstan)
WRAP(test_paragraph6_positions)
WRAP(test_paragraph7_cooperation_areas)
WRAP(test_paragraph8_kazakhstan)
WRAP(test_paragraph9_cultural_centers)
WRAP(test_paragraph10_tajikistan_uzbekistan)
WRAP(test_paragraph11_railway_turkmenistan)
WRAP(test_totals)

int main(void)
{
    static const camtg_test_case cases[] = {
        {"the default dataset loads and verifies", test_loads_run},
        {"source: title line and dateline", test_source_run},
        {"p1: the talks, host, place and context", test_paragraph1_meeting_run},
        {"p2: the envoys and their offices", test_paragraph2_envoys_run},
        {"p3: China's support for Central Asia", test_paragraph3_china_support_run},
        {"p4: UN and SCO frameworks", test_paragraph4_multilateral_run},
        {"p5: Kazakhstan directly and through the group", test_paragraph5_kazakhstan_run},
        {"p6: assessments and positions on China", test_paragraph6_positions_run},
        {"p7: the seven cooperation areas", test_paragraph7_cooperation_areas_run},
        {"p8: visa exemption and consulates", test_paragraph8_kazakhstan_run},
        {"p9: cultural centers", test_paragraph9_cultural_centers_run},
        {"p10: Tajikistan and Uzbekistan", test_paragraph10_tajikistan_uzbekistan_run},
        {"p11: the railway and Turkmenistan", test_paragraph11_railway_turkmenistan_run},
        {"totals by kind, type and entity type", test_totals_run},
        {NULL, NULL},
    };
    return camtg_test_main("dataset", cases);
}
