#include "entity_key.h"

/* ASCII letters fold to lower case; every other byte stays as it is. */
int camtg_entity_key_fold(const char *key, char buf[CAMTG_ENTITY_KEY_MAX + 1])
{
    int len = 0;
    for (; key[len] != '\0'; len++) {
        if (len == CAMTG_ENTITY_KEY_MAX)
            return -1;
        char ch = key[len];
        buf[len] = (ch >= 'A' && ch <= 'Z') ? (char)(ch - 'A' + 'a') : ch;
    }
    buf[len] = '\0';
    return len;
}
