/* SPDX-License-Identifier: MIT */
// The public headers must compile as C++ and link with C linkage.
#include <camtg/camtg.h>

#include <cstdio>

int main()
{
    camtg_filter f = CAMTG_FILTER_INIT;
    camtg_db *db = nullptr;
    camtg_error err;
    if (camtg_open_default(&db, &err) != CAMTG_OK) {
        std::fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    size_t cursor = 0;
    const camtg_commitment *c = nullptr;
    int n = 0;
    while (camtg_query_next(db, &f, &cursor, &c) == CAMTG_OK)
        n++;
    camtg_close(db);
    return n > 0 ? 0 : 1;
}
