# SPDX-License-Identifier: MIT
# The `uninstall` target: removes every file `cmake --install` wrote from
# this build folder into DESTDIR + PREFIX (the record CamtgInstallRecord.cmake
# keeps), then the folders named for camtg once they are empty, then
# refreshes the dynamic linker's cache when root. For a prefix given to
# `cmake --install --prefix P`:
#   cmake -DBUILD_DIR=<build> -DPREFIX=P [-DLDCONFIG=<ldconfig>] -P cmake/CamtgUninstall.cmake
if(NOT DEFINED PREFIX)
  message(FATAL_ERROR "camtg: CamtgUninstall.cmake needs -DPREFIX=<the install prefix>")
endif()
string(MAKE_C_IDENTIFIER "$ENV{DESTDIR}${PREFIX}" _key)
set(_record "${BUILD_DIR}/install-records/${_key}.txt")
if(NOT EXISTS "${_record}")
  message(FATAL_ERROR "camtg: nothing to uninstall: this build folder has not installed into "
                      "$ENV{DESTDIR}${PREFIX} (no ${_record})")
endif()
file(STRINGS "${_record}" _files)

set(_dirs "")
set(_removed 0)
foreach(_f IN LISTS _files)
  if(EXISTS "${_f}" OR IS_SYMLINK "${_f}")
    message(STATUS "Removing: ${_f}")
    file(REMOVE "${_f}")
    if(EXISTS "${_f}" OR IS_SYMLINK "${_f}")
      message(FATAL_ERROR "camtg: could not remove ${_f}")
    endif()
    math(EXPR _removed "${_removed} + 1")
  endif()
  get_filename_component(_d "${_f}" DIRECTORY)
  list(APPEND _dirs "${_d}")
endforeach()

# Folders whose path names camtg (include/camtg, lib/cmake/camtg,
# share/doc/camtg/html, the Python package) go once empty, with the byte
# code Python wrote next to the installed modules. Shared folders (lib, bin)
# stay.
list(REMOVE_DUPLICATES _dirs)
list(SORT _dirs ORDER DESCENDING)
foreach(_d IN LISTS _dirs)
  while(_d MATCHES "camtg" AND IS_DIRECTORY "${_d}")
    if(IS_DIRECTORY "${_d}/__pycache__")
      file(REMOVE_RECURSE "${_d}/__pycache__")
    endif()
    file(GLOB _left LIST_DIRECTORIES true "${_d}/*" "${_d}/.*")
    if(_left)
      break()
    endif()
    message(STATUS "Removing folder: ${_d}")
    file(REMOVE_RECURSE "${_d}")
    get_filename_component(_d "${_d}" DIRECTORY)
  endwhile()
endforeach()
message(STATUS "camtg: removed ${_removed} installed file(s) from $ENV{DESTDIR}${PREFIX}")
file(REMOVE "${_record}")

execute_process(COMMAND id -u OUTPUT_VARIABLE _uid OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
if(LDCONFIG AND _uid STREQUAL "0" AND "$ENV{DESTDIR}" STREQUAL "")
  execute_process(COMMAND "${LDCONFIG}")
endif()
