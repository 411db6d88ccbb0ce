# SPDX-License-Identifier: MIT
# Run at the end of `cmake --install` (install(CODE)): makes the freshly
# installed shared library findable by programs, or says exactly what to do.
#   - the library directory is on the dynamic linker's search path and we are
#     root installing for real (no DESTDIR): run ldconfig, as `make install`
#     of most libraries does, so that the README's quick start runs at once;
#   - on the search path but not root: say to run `sudo ldconfig`;
#   - elsewhere: give the two ways to run programs against it.
# Staged installs (DESTDIR, as dpkg-buildpackage does) say nothing: the
# package system runs ldconfig on the target machine.
# Expects CAMTG_LDCONFIG (the ldconfig program, may be empty) and
# CAMTG_INSTALL_LIBDIR (relative to the prefix, or absolute).
if(NOT "$ENV{DESTDIR}" STREQUAL "")
  return()
endif()
if(IS_ABSOLUTE "${CAMTG_INSTALL_LIBDIR}")
  set(_libdir "${CAMTG_INSTALL_LIBDIR}")
else()
  set(_libdir "${CMAKE_INSTALL_PREFIX}/${CAMTG_INSTALL_LIBDIR}")
endif()
get_filename_component(_libdir_real "${_libdir}" REALPATH)

# The directories the dynamic linker searches: ldconfig's configured ones
# (-v lists them, -N -X change nothing) and the built-in trusted ones.
set(_searched /lib /usr/lib /lib64 /usr/lib64)
if(CAMTG_LDCONFIG)
  execute_process(COMMAND "${CAMTG_LDCONFIG}" -v -N -X
                  OUTPUT_VARIABLE _out ERROR_QUIET RESULT_VARIABLE _rc)
  string(REGEX MATCHALL "(^|\n)/[^:\n]*:" _dirs "${_out}")
  foreach(_d IN LISTS _dirs)
    string(REGEX REPLACE "^\n?(.*):$" "\\1" _d "${_d}")
    list(APPEND _searched "${_d}")
  endforeach()
endif()
set(_on_path FALSE)
foreach(_d IN LISTS _searched)
  get_filename_component(_d "${_d}" REALPATH)
  if(_d STREQUAL _libdir_real)
    set(_on_path TRUE)
  endif()
endforeach()

execute_process(COMMAND id -u OUTPUT_VARIABLE _uid OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
if(_on_path AND _uid STREQUAL "0" AND CAMTG_LDCONFIG)
  execute_process(COMMAND "${CAMTG_LDCONFIG}" RESULT_VARIABLE _rc)
  if(_rc EQUAL 0)
    message(STATUS "camtg: ran ldconfig: programs find libcamtg in ${_libdir} now")
    return()
  endif()
endif()
if(_on_path)
  message(NOTICE
    "camtg: ${_libdir} is on the dynamic linker's search path, but its cache must be\n"
    "camtg: refreshed before programs find the new libcamtg: run  sudo ldconfig")
else()
  message(NOTICE
    "camtg: ${_libdir} is not on the dynamic linker's search path. Programs linked with\n"
    "camtg: libcamtg find it when either\n"
    "camtg:   run with   LD_LIBRARY_PATH=${_libdir}\n"
    "camtg:   linked with   -Wl,-rpath,${_libdir}   (the folder is `pkg-config --variable=libdir camtg`)\n"
    "camtg: or install to /usr/local (as root) instead. The README's \"Installing elsewhere\" shows both.")
endif()
