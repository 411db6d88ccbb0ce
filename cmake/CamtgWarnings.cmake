# SPDX-License-Identifier: MIT
# Warning flags for the project's own targets: camtg_set_warnings(<target>).
function(camtg_set_warnings target)
  if(CMAKE_C_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE
      $<$<COMPILE_LANGUAGE:C>:-Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes
        -Wmissing-prototypes -Wformat=2 -Wcast-qual -Wconversion -Wno-sign-conversion>)
    if(CAMTG_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()
