# SPDX-License-Identifier: MIT
# cmake -DBUILD_DIR=... -DPREFIX=... -DOUTSIDE=... -DSCRIPT=... -DDATA=... -P install_prefix.cmake
# Installs the build into a fresh PREFIX the way a user would, and puts the
# check script and its dataset in a folder outside the source tree.
foreach(_var BUILD_DIR PREFIX OUTSIDE SCRIPT DATA)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "install_prefix.cmake: ${_var} is not set")
  endif()
endforeach()
file(REMOVE_RECURSE "${PREFIX}" "${OUTSIDE}")
execute_process(
  COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
  RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${_rc})")
endif()
file(MAKE_DIRECTORY "${OUTSIDE}")
file(COPY "${SCRIPT}" "${DATA}" DESTINATION "${OUTSIDE}")
