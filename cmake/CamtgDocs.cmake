# SPDX-License-Identifier: MIT
# The API reference: `cmake --build build --target docs` runs Doxygen over
# the public headers (docs/Doxyfile.in) and writes <build>/docs/html. Any
# warning, an undocumented public declaration or a broken reference, fails
# the target. The HTML is installed under share/doc/camtg/html when it has
# been built. Without Doxygen the target is left out, and configure says so.
find_package(Doxygen)
if(NOT DOXYGEN_FOUND)
  message(STATUS "camtg: the API reference (docs target) is off: Doxygen was not found "
                 "(Debian: apt-get install doxygen)")
  return()
endif()

set(CAMTG_DOCS_OUTPUT "${PROJECT_BINARY_DIR}/docs")
file(GLOB _camtg_docs_headers CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/include/camtg/*.h")
# The library's own export.h (visibility macros) is left out: it is generated
# by CMake and documents nothing a caller uses.
list(APPEND _camtg_docs_headers "${PROJECT_BINARY_DIR}/include/camtg/version.h")
set(_camtg_docs_mainpage "${PROJECT_SOURCE_DIR}/docs/api-mainpage.md")
list(JOIN _camtg_docs_headers " " CAMTG_DOCS_INPUT)
string(APPEND CAMTG_DOCS_INPUT " ${_camtg_docs_mainpage}")
configure_file("${PROJECT_SOURCE_DIR}/docs/Doxyfile.in" "${CAMTG_DOCS_OUTPUT}/Doxyfile" @ONLY)

add_custom_command(
  OUTPUT "${CAMTG_DOCS_OUTPUT}/html/index.html"
  COMMAND "${CMAKE_COMMAND}" -E rm -rf "${CAMTG_DOCS_OUTPUT}/html"
  COMMAND Doxygen::doxygen "${CAMTG_DOCS_OUTPUT}/Doxyfile"
  DEPENDS ${_camtg_docs_headers} "${_camtg_docs_mainpage}"
          "${PROJECT_SOURCE_DIR}/docs/Doxyfile.in" "${CAMTG_DOCS_OUTPUT}/Doxyfile"
  WORKING_DIRECTORY "${CAMTG_DOCS_OUTPUT}"
  COMMENT "Writing the API reference to ${CAMTG_DOCS_OUTPUT}/html (Doxygen, warnings are errors)"
  VERBATIM)
add_custom_target(docs DEPENDS "${CAMTG_DOCS_OUTPUT}/html/index.html")

install(DIRECTORY "${CAMTG_DOCS_OUTPUT}/html/"
        DESTINATION "${CMAKE_INSTALL_DOCDIR}/html"
        COMPONENT docs OPTIONAL)

# ctest keeps the reference whole: a public declaration without its comment,
# or a comment naming something that does not exist, fails this test.
if(CAMTG_BUILD_TESTS)
  add_test(NAME docs.reference
    COMMAND "${CMAKE_COMMAND}" --build "${PROJECT_BINARY_DIR}" --target docs)
  set_tests_properties(docs.reference PROPERTIES LABELS "docs")
endif()
