# SPDX-License-Identifier: MIT
# What the test folders (tests/*/CMakeLists.txt) share: the interpreter that
# runs the Python test scripts, the memory checker's command line, one way to
# register a unittest script, the environment an ASan-built extension module
# needs, and the "camtg_stage" fixture of tests that check an installed copy.
# Included once, from tests/CMakeLists.txt.

# Debian's interpreter: the python3 first on PATH may be another one (pyenv),
# without the system's packages. -DPython3_EXECUTABLE=... still decides.
if(EXISTS /usr/bin/python3)
  set(Python3_EXECUTABLE /usr/bin/python3 CACHE FILEPATH "Python interpreter for the tests")
endif()
find_package(Python3 REQUIRED COMPONENTS Interpreter)

# valgrind's memcheck as every "valgrind" test runs it: any error or leak
# fails the run. Empty when valgrind is missing or the build is sanitized
# (the two do not mix): then no valgrind test is registered.
find_program(CAMTG_VALGRIND valgrind)
set(CAMTG_MEMCHECK "")
if(CAMTG_VALGRIND AND NOT CAMTG_SANITIZE)
  set(CAMTG_MEMCHECK "${CAMTG_VALGRIND}" --quiet --error-exitcode=99 --leak-check=full
      --show-leak-kinds=definite,indirect,possible
      --errors-for-leak-kinds=definite,indirect,possible)
endif()

# camtg_add_unittest(<test> SCRIPT <file.py> [CLASS <TestClass>]
#                    LABELS <label>... ENVIRONMENT <VAR=value>...
#                    [PROPERTIES <property> <value>...])
# One ctest test that runs a unittest script, or one class of it, verbosely.
function(camtg_add_unittest test)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "SCRIPT;CLASS" "LABELS;ENVIRONMENT;PROPERTIES")
  add_test(NAME ${test} COMMAND "${Python3_EXECUTABLE}" "${arg_SCRIPT}" -v ${arg_CLASS})
  set_tests_properties(${test} PROPERTIES
    LABELS "${arg_LABELS}"
    ENVIRONMENT "PYTHONDONTWRITEBYTECODE=1;${arg_ENVIRONMENT}"
    ${arg_PROPERTIES})
endfunction()

# camtg_python_sanitizer_env(<variable>)
# Appends to <variable> what an ASan-built extension module needs to load
# into the uninstrumented interpreter: the ASan runtime preloaded, Python's
# own allocator out of the way so that ASan sees every block, and no leak
# check (the interpreter keeps memory until exit by design). Nothing for a
# build without AddressSanitizer.
function(camtg_python_sanitizer_env variable)
  if(NOT CAMTG_SANITIZE MATCHES "address")
    return()
  endif()
  if(CMAKE_C_COMPILER_ID STREQUAL "Clang")
    set(_asan_lib "libclang_rt.asan-${CMAKE_SYSTEM_PROCESSOR}.so")
  else()
    set(_asan_lib "libasan.so")
  endif()
  execute_process(
    COMMAND "${CMAKE_C_COMPILER}" "-print-file-name=${_asan_lib}"
    OUTPUT_VARIABLE _runtime OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT IS_ABSOLUTE "${_runtime}" OR NOT EXISTS "${_runtime}")
    message(FATAL_ERROR "camtg: cannot find the ASan runtime (${_asan_lib}) for the Python tests")
  endif()
  set(${variable} ${${variable}}
      "LD_PRELOAD=${_runtime}"
      "PYTHONMALLOC=malloc"
      "ASAN_OPTIONS=detect_leaks=0:abort_on_error=1"
      "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
      PARENT_SCOPE)
endfunction()

# The staged copy: `cmake --install` of the runtime and development
# components into ${CAMTG_STAGE_DIR}, as a user would install. A staged
# prefix is not on the loader's path: programs run from it need
# LD_LIBRARY_PATH=${CAMTG_STAGE_LIBDIR}.
set(CAMTG_STAGE_DIR "${PROJECT_BINARY_DIR}/stage")
set(CAMTG_STAGE_LIBDIR "${CAMTG_STAGE_DIR}/${CMAKE_INSTALL_LIBDIR}")

# camtg_require_stage(<test>...)
# The tests check the staged copy: they require the fixture "camtg_stage",
# whose setup test install.stage is added by the first call.
function(camtg_require_stage)
  get_property(_added GLOBAL PROPERTY CAMTG_STAGE_TEST_ADDED)
  if(NOT _added)
    set_property(GLOBAL PROPERTY CAMTG_STAGE_TEST_ADDED TRUE)
    add_test(NAME install.stage
      COMMAND "${CMAKE_COMMAND}" -DBUILD_DIR=${PROJECT_BINARY_DIR} -DSTAGE_DIR=${CAMTG_STAGE_DIR}
              -P "${PROJECT_SOURCE_DIR}/cmake/CamtgStageInstall.cmake")
    set_tests_properties(install.stage PROPERTIES FIXTURES_SETUP camtg_stage LABELS "install")
  endif()
  set_tests_properties(${ARGN} PROPERTIES FIXTURES_REQUIRED camtg_stage)
endfunction()
