# SPDX-License-Identifier: MIT
# cmake -DBUILD_DIR=... -DPREFIX=... -DOUTSIDE=... -DSCRIPT=... -DDATA=... -P install_prefix.cmake
# Installs the build into a fresh PREFIX the way a user would, and puts the
# check script and its dataset in a folder outside the source tree.
# -DSTALE=FILE|FILE...: files an older version installed, planted (as junk)
# before the install, which must remove them.
foreach(_var BUILD_DIR PREFIX OUTSIDE SCRIPT DATA)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "install_prefix.cmake: ${_var} is not set")
  endif()
endforeach()
file(REMOVE_RECURSE "${PREFIX}" "${OUTSIDE}")
string(REPLACE "|" ";" _stale "${STALE}")
foreach(_file IN LISTS _stale)
  file(WRITE "${_file}" "left by an older install\n")
endforeach()
execute_process(
  COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
  RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${_rc})")
endif()
foreach(_file IN LISTS _stale)
  if(EXISTS "${_file}")
    message(FATAL_ERROR "cmake --install left ${_file}, which an older version installed")
  endif()
endforeach()
file(MAKE_DIRECTORY "${OUTSIDE}")
file(COPY "${SCRIPT}" "${DATA}" DESTINATION "${OUTSIDE}")
