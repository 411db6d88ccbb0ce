/* SPDX-License-Identifier: MIT */
#include "value_rules.h"

#include <string.h>

int camtg_is_wikidata_id(const char *s)
{
    if (s[0] != 'Q' || s[1] < '1' || s[1] > '9')
        return 0;
    for (const char *p = s + 2; *p != '\0'; p++)
        if (*p < '0' || *p > '9')
            return 0;
    return 1;
}

int camtg_is_web_url(const char *s)
{
    return strncmp(s, "https://", 8) == 0 || strncmp(s, "http://", 7) == 0;
}
