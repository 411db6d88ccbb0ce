# cmake -DSOURCE_DIR= -DWORK_DIR= -DGENERATOR= -DCC= -P optional_parts.cmake
# Configures a fresh build with SWIG and Doxygen disabled and CUnit hidden
# from pkg-config (only the .pc files of the required Jansson and utf8proc
# are visible), as on a machine without
# them: configure must succeed, say which parts are off and why, register
# no C test, and build the library and the command line. Then once more
# without the Python headers.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/pc")

execute_process(COMMAND pkg-config --variable=pcfiledir jansson
                OUTPUT_VARIABLE _jansson_dir OUTPUT_STRIP_TRAILING_WHITESPACE
                RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0 OR NOT EXISTS "${_jansson_dir}/jansson.pc")
  message(FATAL_ERROR "cannot find jansson.pc (${_rc}: ${_jansson_dir})")
endif()
file(COPY "${_jansson_dir}/jansson.pc" DESTINATION "${WORK_DIR}/pc")
execute_process(COMMAND pkg-config --variable=pcfiledir libutf8proc
                OUTPUT_VARIABLE _utf8proc_dir OUTPUT_STRIP_TRAILING_WHITESPACE
                RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0 OR NOT EXISTS "${_utf8proc_dir}/libutf8proc.pc")
  message(FATAL_ERROR "cannot find libutf8proc.pc (${_rc}: ${_utf8proc_dir})")
endif()
file(COPY "${_utf8proc_dir}/libutf8proc.pc" DESTINATION "${WORK_DIR}/pc")
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
