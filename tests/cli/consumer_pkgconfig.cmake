# SPDX-License-Identifier: MIT
# Builds examples/consumer-pkgconfig against the staged install with its
# Makefile and pkg-config alone, then runs it (under valgrind when given).
#   cmake -DSTAGE= -DLIBDIR= -DINCLUDEDIR= -DCC= -DSRC= -DOUT= -DMAKE=
#         -DPKG_CONFIG= [-DVALGRIND=] -P consumer_pkgconfig.cmake
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")

# camtg.pc holds the absolute paths of the configured prefix; a staged copy
# lives elsewhere, so its directories are passed as pkg-config variables,
# the way pkg-config relocates any package.
set(ENV{PKG_CONFIG_PATH} "${STAGE}/${LIBDIR}/pkgconfig")
set(_pc "${PKG_CONFIG} --define-variable=prefix=${STAGE} --define-variable=libdir=${STAGE}/${LIBDIR} --define-variable=includedir=${STAGE}/${INCLUDEDIR}")
separate_arguments(_pc_cmd UNIX_COMMAND "${_pc}")
execute_process(COMMAND ${_pc_cmd} --cflags --libs camtg
                OUTPUT_VARIABLE _flags RESULT_VARIABLE _rc OUTPUT_STRIP_TRAILING_WHITESPACE)
message(STATUS "pkg-config --cflags --libs camtg: ${_flags}")
if(NOT _rc EQUAL 0 OR NOT _flags MATCHES "-I${STAGE}/${INCLUDEDIR}" OR
   NOT _flags MATCHES "-L${STAGE}/${LIBDIR}" OR NOT _flags MATCHES "-lcamtg")
  message(FATAL_ERROR "pkg-config does not point into the staged prefix")
endif()

execute_process(COMMAND "${MAKE}" -C "${SRC}" "BUILD_DIR=${OUT}" "CC=${CC}" "PKG_CONFIG=${_pc}"
                RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "make failed (${_rc})")
endif()

# The staged library is not on the loader's path.
set(ENV{LD_LIBRARY_PATH} "${STAGE}/${LIBDIR}")
set(_run "${OUT}/consumer")
if(VALGRIND)
  set(_run "${VALGRIND}" --quiet --error-exitcode=99 --leak-check=full
           --errors-for-leak-kinds=definite,indirect,possible "${OUT}/consumer")
endif()
execute_process(COMMAND ${_run} OUTPUT_VARIABLE _out RESULT_VARIABLE _rc)
message("${_out}")
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "the consumer program failed (${_rc})")
endif()
foreach(_expect "ok: alias \"zheenbek kulubaev\" found" "\\(kulubaev-zheenbek\\)"
                "ok: truncated buffer rejected with CAMTG_ESYNTAX"
                "ok: missing file rejected with CAMTG_EIO")
  if(NOT _out MATCHES "${_expect}")
    message(FATAL_ERROR "missing from the output: ${_expect}")
  endif()
endforeach()
