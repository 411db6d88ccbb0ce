/* SPDX-License-Identifier: MIT */
#include <camtg/version.h>

const char *camtg_version(void)
{
    return CAMTG_VERSION_STRING;
}

int camtg_version_number(void)
{
    return CAMTG_VERSION_NUMBER;
}
