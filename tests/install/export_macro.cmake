# SPDX-License-Identifier: MIT
# cmake -DEXPORT_H=<camtg/export.h> -DOBJECT_DEFS=<list> -DSTATIC_DEFS=<list>
#       -DSTATIC_INTERFACE_DEFS=<list> -P export_macro.cmake
# The generated export.h decides "building the library" by one macro: the
# library's objects must be compiled with exactly that macro, and every user
# of the static library must get CAMTG_STATIC_DEFINE.
cmake_minimum_required(VERSION 3.25)
file(READ "${EXPORT_H}" _text)
if(NOT _text MATCHES "#[ \t]*ifdef[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]*\n[ \t]*/\\* We are building this library \\*/")
  message(FATAL_ERROR "${EXPORT_H}: no \"building this library\" test found")
endif()
set(_building "${CMAKE_MATCH_1}")
message(STATUS "export.h tests ${_building}; the objects are compiled with: ${OBJECT_DEFS}")
if(NOT _building IN_LIST OBJECT_DEFS)
  message(FATAL_ERROR "export.h tests ${_building}, which the library's objects are not compiled with")
endif()
if(NOT "CAMTG_STATIC_DEFINE" IN_LIST STATIC_DEFS OR
   NOT "CAMTG_STATIC_DEFINE" IN_LIST STATIC_INTERFACE_DEFS)
  message(FATAL_ERROR "CAMTG_STATIC_DEFINE is not a PUBLIC definition of camtg_static "
                      "(own: ${STATIC_DEFS}; for its users: ${STATIC_INTERFACE_DEFS})")
endif()
