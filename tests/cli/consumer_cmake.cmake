# SPDX-License-Identifier: MIT
# Configures, builds and runs examples/consumer-cmake against the staged
# install with find_package(camtg) alone.
#   cmake -DSTAGE= -DLIBDIR= -DINCLUDEDIR= -DCC= -DSRC= -DOUT= -DGENERATOR=
#         -P consumer_cmake.cmake
file(REMOVE_RECURSE "${OUT}")
execute_process(
  COMMAND "${CMAKE_COMMAND}" -S "${SRC}" -B "${OUT}" -G "${GENERATOR}"
          "-DCMAKE_PREFIX_PATH=${STAGE}" "-DCMAKE_C_COMPILER=${CC}"
          -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
  RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "configuring the consumer failed (${_rc})")
endif()
# The package must come from the stage, not from some other installation.
file(STRINGS "${OUT}/CMakeCache.txt" _dir REGEX "^camtg_DIR:")
message(STATUS "${_dir}")
if(NOT _dir MATCHES "=${STAGE}/")
  message(FATAL_ERROR "find_package(camtg) did not use the staged prefix")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --build "${OUT}" RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "building the consumer failed (${_rc})")
endif()
# CMake's build rpath points at the staged library directory.
execute_process(COMMAND "${OUT}/consumer" OUTPUT_VARIABLE _out RESULT_VARIABLE _rc)
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
