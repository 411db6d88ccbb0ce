# SPDX-License-Identifier: MIT
# cmake -DINPUT=file -DOUTPUT=file.c -DSYMBOL=name -P CamtgEmbed.cmake
# Writes a C source that defines `const unsigned char SYMBOL[]` holding the
# bytes of INPUT and `const size_t SYMBOL_size` (the count, no NUL added).
file(READ "${INPUT}" _hex HEX)
string(LENGTH "${_hex}" _len)
math(EXPR _size "${_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," _bytes "${_hex}")
string(REGEX REPLACE "((0x..,){16})" "\\1\n  " _bytes "${_bytes}")
file(WRITE "${OUTPUT}.tmp"
"/* Generated from ${INPUT} by CamtgEmbed.cmake; do not edit. */\n"
"#include <stddef.h>\n"
"extern const unsigned char ${SYMBOL}[];\n"
"extern const size_t ${SYMBOL}size;\n"
"const unsigned char ${SYMBOL}[] = {\n  ${_bytes}0x00\n};\n"
"const size_t ${SYMBOL}size = ${_size};\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
