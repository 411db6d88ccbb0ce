/* SPDX-License-Identifier: MIT */
/* Compiled with -Wall -Wextra -pedantic -Werror (and as C11 without GNU
 * extensions) to prove the public headers are clean for any C user. */
#include <camtg/camtg.h>
#include <camtg/camtg.h> /* include guards */

int main(void)
{
    camtg_filter f = CAMTG_FILTER_INIT;
    camtg_error err;
    (void)err;
    return f.version == CAMTG_FILTER_VERSION && camtg_version_number() == CAMTG_VERSION_NUMBER
               ? 0
               : 1;
}
