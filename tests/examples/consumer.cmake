# SPDX-License-Identifier: MIT
# Builds examples/consumer against the staged install the way its files say,
# runs it and checks what it prints.
#   cmake -DWITH=<how> -DSTAGE= -DLIBDIR= -DINCLUDEDIR= -DCC= -DSRC= -DOUT=
#         [-DGENERATOR=] [-DMAKE= -DPKG_CONFIG=] [-DVALGRIND=] -P consumer.cmake
# WITH is one of
#   cmake          find_package(camtg) alone, the shared library
#   cmake-static   the same with -DCONSUMER_STATIC=ON: camtg::camtg_static,
#                  which must bring CAMTG_STATIC_DEFINE and its dependencies
#   cmake-no-pkgconfig  find_package(camtg) where pkg-config cannot run:
#                  must fail, saying so
#   make           the Makefile and pkg-config alone (under VALGRIND if given)
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")

function(configure_consumer)
  execute_process(
    COMMAND "${CMAKE_COMMAND}" -S "${SRC}" -B "${OUT}" -G "${GENERATOR}"
            "-DCMAKE_PREFIX_PATH=${STAGE}" "-DCMAKE_C_COMPILER=${CC}"
            -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF -DCMAKE_EXPORT_COMPILE_COMMANDS=ON ${ARGN}
    RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
  set(_rc "${_rc}" PARENT_SCOPE)
  set(_log "${_out}${_err}" PARENT_SCOPE)
endfunction()

if(WITH STREQUAL "cmake-no-pkgconfig")
  configure_consumer(-DPKG_CONFIG_EXECUTABLE=${OUT}/no-such-pkg-config)
  message("${_log}")
  if(_rc EQUAL 0)
    message(FATAL_ERROR "find_package(camtg) succeeded although pkg-config cannot run")
  endif()
  if(NOT _log MATCHES "camtg needs pkg-config to find its dependency jansson")
    message(FATAL_ERROR "find_package(camtg) failed without saying that pkg-config is missing")
  endif()
  return()
endif()

set(_program "${OUT}/consumer")
if(WITH MATCHES "^cmake")
  if(WITH STREQUAL "cmake-static")
    configure_consumer(-DCONSUMER_STATIC=ON)
  else()
    configure_consumer()
  endif()
  message("${_log}")
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
  set(_run "${_program}")
elseif(WITH STREQUAL "make")
  # camtg.pc holds the absolute paths of the configured prefix; a staged
  # copy lives elsewhere, so its directories are passed as pkg-config
  # variables, the way pkg-config relocates any package.
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
  set(_run "${_program}")
  if(VALGRIND)
    set(_run "${VALGRIND}" --quiet --error-exitcode=99 --leak-check=full
             --errors-for-leak-kinds=definite,indirect,possible "${_program}")
  endif()
else()
  message(FATAL_ERROR "WITH=${WITH}: expected cmake, cmake-static, cmake-no-pkgconfig or make")
endif()

if(WITH STREQUAL "cmake-static")
  # Compiled as a user of the static library, and linked without libcamtg.so.
  file(READ "${OUT}/compile_commands.json" _commands)
  if(NOT _commands MATCHES "-DCAMTG_STATIC_DEFINE")
    message(FATAL_ERROR "consumer.c was not compiled with -DCAMTG_STATIC_DEFINE:\n${_commands}")
  endif()
  file(GET_RUNTIME_DEPENDENCIES EXECUTABLES "${_program}"
       RESOLVED_DEPENDENCIES_VAR _found UNRESOLVED_DEPENDENCIES_VAR _missing
       DIRECTORIES "${STAGE}/${LIBDIR}")
  message(STATUS "the static consumer loads: ${_found} ${_missing}")
  if("${_found};${_missing}" MATCHES "libcamtg")
    message(FATAL_ERROR "the static consumer still loads the shared libcamtg")
  endif()
endif()

execute_process(COMMAND ${_run} OUTPUT_VARIABLE _out RESULT_VARIABLE _rc)
message("${_out}")
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "the consumer program failed (${_rc})")
endif()
foreach(_expect "ok: alias \"zheenbek kulubaev\" found" "\\(kulubaev-zheenbek\\)"
                "ok: a miss reported as CAMTG_ENOTFOUND"
                "ok: truncated buffer rejected with CAMTG_ESYNTAX"
                "ok: missing file rejected with CAMTG_EIO")
  if(NOT _out MATCHES "${_expect}")
    message(FATAL_ERROR "missing from the output: ${_expect}")
  endif()
endforeach()
