# SPDX-License-Identifier: MIT
# Turns the style and script of `camtg html` into a C source file, so that
# the page is written by the program alone (no file to find at run time).
# Also records the script's SHA-256 in base64: the page's Content Security
# Policy allows exactly that script and no other.
#
# cmake -DCSS=view.css -DJS=view.js -DOUT=html_assets.c -P embed_assets.cmake

function(camtg_c_bytes file var)
  file(READ "${file}" hex HEX)
  string(LENGTH "${hex}" len)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  # Break the initialiser into lines of 16 bytes for compilers and diffs.
  string(REGEX REPLACE "((0x[0-9a-f][0-9a-f],){16})" "\\1\n  " bytes "${bytes}")
  set(${var} "${bytes}" PARENT_SCOPE)
endfunction()

# Base64 of the bytes given as a hex string (RFC 4648, with padding).
function(camtg_hex_to_base64 hex var)
  set(alphabet "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
  string(LENGTH "${hex}" len)
  set(out "")
  set(i 0)
  while(i LESS len)
    set(chunk "")
    set(n 0)
    foreach(k RANGE 0 2)
      math(EXPR at "${i} + ${k} * 2")
      if(at LESS len)
        string(SUBSTRING "${hex}" ${at} 2 byte)
        string(APPEND chunk "${byte}")
        math(EXPR n "${n} + 1")
      else()
        string(APPEND chunk "00")
      endif()
    endforeach()
    math(EXPR value "0x${chunk}")
    foreach(shift 18 12 6 0)
      math(EXPR idx "(${value} >> ${shift}) & 63")
      string(SUBSTRING "${alphabet}" ${idx} 1 c)
      string(APPEND out "${c}")
    endforeach()
    if(n EQUAL 1)
      string(REGEX REPLACE "..$" "==" out "${out}")
    elseif(n EQUAL 2)
      string(REGEX REPLACE ".$" "=" out "${out}")
    endif()
    math(EXPR i "${i} + 6")
  endwhile()
  set(${var} "${out}" PARENT_SCOPE)
endfunction()

# The script and style are written between <script> and <style> tags: an
# end tag or a comment opener inside them would cut them short.
foreach(asset IN ITEMS "${CSS}" "${JS}")
  file(READ "${asset}" text)
  string(TOLOWER "${text}" text)
  if(text MATCHES "</script|</style|<!--")
    message(FATAL_ERROR "${asset} contains '</script', '</style' or '<!--', "
                        "which would end its element in the page early")
  endif()
endforeach()

camtg_c_bytes("${CSS}" css_bytes)
camtg_c_bytes("${JS}" js_bytes)
file(SHA256 "${JS}" js_sha)
camtg_hex_to_base64("${js_sha}" js_hash)

file(WRITE "${OUT}.tmp"
"/* Generated from html_view.css and html_view.js by embed_assets.cmake. */
#include \"html.h\"

const unsigned char cli_html_css[] = {
  ${css_bytes}0x00};

const unsigned char cli_html_js[] = {
  ${js_bytes}0x00};

const char cli_html_js_sha256[] = \"${js_hash}\";
")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
