# SPDX-License-Identifier: MIT
# CAMTG_SANITIZE=address,undefined builds every target with those sanitizers,
# aborting on the first report (-fno-sanitize-recover=all) so that a test
# cannot pass with a finding.
if(CAMTG_SANITIZE)
  set(_camtg_san "-fsanitize=${CAMTG_SANITIZE}" -fno-sanitize-recover=all
      -fno-omit-frame-pointer)
  add_compile_options(${_camtg_san})
  add_link_options(${_camtg_san})
  message(STATUS "camtg: sanitizers ${CAMTG_SANITIZE}")
endif()
