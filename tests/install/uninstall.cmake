# SPDX-License-Identifier: MIT
# cmake -DBUILD_DIR= -DPREFIX= -DSOURCE_DIR= -P uninstall.cmake
# Installs every component of the build into a fresh PREFIX, then runs the
# uninstall script for that prefix: no file may remain.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                OUTPUT_QUIET RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${_rc})")
endif()
file(GLOB_RECURSE _installed LIST_DIRECTORIES false "${PREFIX}/*")
list(LENGTH _installed _n)
if(_n LESS 10)
  message(FATAL_ERROR "the install wrote only ${_n} files into ${PREFIX}: ${_installed}")
endif()
message(STATUS "installed ${_n} files")

execute_process(COMMAND "${CMAKE_COMMAND}" -DBUILD_DIR=${BUILD_DIR} -DPREFIX=${PREFIX}
                        -P "${SOURCE_DIR}/cmake/CamtgUninstall.cmake"
                RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "the uninstall script failed (${_rc})")
endif()
file(GLOB_RECURSE _left LIST_DIRECTORIES false "${PREFIX}/*")
if(_left)
  message(FATAL_ERROR "uninstall left files behind: ${_left}")
endif()
# The folders named for camtg went too.
file(GLOB_RECURSE _dirs LIST_DIRECTORIES true "${PREFIX}/*")
list(FILTER _dirs INCLUDE REGEX "camtg")
if(_dirs)
  message(FATAL_ERROR "uninstall left folders behind: ${_dirs}")
endif()

# A second run has nothing to remove and says so.
execute_process(COMMAND "${CMAKE_COMMAND}" -DBUILD_DIR=${BUILD_DIR} -DPREFIX=${PREFIX}
                        -P "${SOURCE_DIR}/cmake/CamtgUninstall.cmake"
                RESULT_VARIABLE _rc ERROR_VARIABLE _err)
if(_rc EQUAL 0 OR NOT _err MATCHES "nothing to uninstall")
  message(FATAL_ERROR "a second uninstall should fail with 'nothing to uninstall': ${_rc} ${_err}")
endif()
