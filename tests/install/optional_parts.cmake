# SPDX-License-Identifier: MIT
# cmake -DSOURCE_DIR= -DWORK_DIR= -DGENERATOR= -DCC= -P optional_parts.cmake
# Configures a fresh build with SWIG and Doxygen disabled and CUnit hidden
# from pkg-config (every other .pc file stays visible), as on a machine
# without them: configure must succeed, say which parts are off and why, register
# no C test, and build the library and the command line. Then once more
# without the Python headers.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/pc")

# Every .pc file pkg-config sees, except CUnit's: whatever else the build
# requires stays visible.
execute_process(COMMAND pkg-config --variable pc_path pkg-config
                OUTPUT_VARIABLE _pc_path OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0 OR _pc_path STREQUAL "")
  message(FATAL_ERROR "pkg-config does not give its search path (${_rc})")
endif()
string(REPLACE ":" ";" _pc_path "$ENV{PKG_CONFIG_PATH}:${_pc_path}")
foreach(_dir IN LISTS _pc_path)
  file(GLOB _pcs "${_dir}/*.pc")
  list(FILTER _pcs EXCLUDE REGEX "/cunit\\.pc$")
  foreach(_pc IN LISTS _pcs)
    get_filename_component(_name "${_pc}" NAME)
    get_filename_component(_real "${_pc}" REALPATH)
    if(NOT EXISTS "${WORK_DIR}/pc/${_name}")  # the first on the path wins
      file(CREATE_LINK "${_real}" "${WORK_DIR}/pc/${_name}" SYMBOLIC)
    endif()
  endforeach()
endforeach()
if(EXISTS "${WORK_DIR}/pc/cunit.pc" OR NOT EXISTS "${WORK_DIR}/pc/jansson.pc")
  message(FATAL_ERROR "could not hide CUnit and keep Jansson in ${WORK_DIR}/pc")
endif()
set(ENV{PKG_CONFIG_LIBDIR} "${WORK_DIR}/pc")
set(ENV{PKG_CONFIG_PATH} "")

function(configure name)
  execute_process(
    COMMAND "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${WORK_DIR}/${name}" -G "${GENERATOR}"
            -DCMAKE_C_COMPILER=${CC} -DCAMTG_BUILD_EXAMPLES=OFF -DCAMTG_BUILD_BENCH=OFF
            ${ARGN}
    OUTPUT_VARIABLE _out ERROR_VARIABLE _err RESULT_VARIABLE _rc)
  message("${_out}${_err}")
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "configure (${name}) failed (${_rc})")
  endif()
  set(_log "${_out}${_err}" PARENT_SCOPE)
endfunction()

function(expect log what)
  string(REGEX REPLACE "[ \n]+" " " _flat "${log}")
  if(NOT _flat MATCHES "${what}")
    message(FATAL_ERROR "configure did not say: ${what}")
  endif()
endfunction()

configure(bare -DCMAKE_DISABLE_FIND_PACKAGE_SWIG=ON -DCMAKE_DISABLE_FIND_PACKAGE_Doxygen=ON)
expect("${_log}" "the Python binding is off: SWIG 4 with its Python support was not found")
expect("${_log}" "the C tests \\(tests/c, tests/hostile\\) are off: CUnit was not found")

execute_process(COMMAND "${CMAKE_CTEST_COMMAND}" -N --test-dir "${WORK_DIR}/bare"
                OUTPUT_VARIABLE _tests)
if(_tests MATCHES "c\\.test_|hostile\\.|python\\.")
  message(FATAL_ERROR "tests that need CUnit or the binding are registered:\n${_tests}")
endif()

execute_process(COMMAND "${CMAKE_COMMAND}" --build "${WORK_DIR}/bare" --parallel 2
                RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "the build without SWIG and CUnit failed (${_rc})")
endif()
foreach(_built libcamtg/libcamtg.a tools/camtg)
  if(NOT EXISTS "${WORK_DIR}/bare/${_built}")
    message(FATAL_ERROR "${_built} was not built")
  endif()
endforeach()
execute_process(COMMAND "${WORK_DIR}/bare/tools/camtg" summary
                OUTPUT_VARIABLE _summary RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0 OR _summary STREQUAL "")
  message(FATAL_ERROR "the command line built without SWIG and CUnit does not run (${_rc})")
endif()

configure(nopython -DCMAKE_DISABLE_FIND_PACKAGE_Python3=ON -DCAMTG_BUILD_TESTS=OFF)
expect("${_log}" "the Python binding is off: the headers of .* were not found")
file(REMOVE_RECURSE "${WORK_DIR}")
