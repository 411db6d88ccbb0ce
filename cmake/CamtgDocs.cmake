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
set(_camtg_docs_headers
  camtg.h commitment.h db.h entity.h error.h meeting.h source.h vocab.h)
list(TRANSFORM _camtg_docs_headers PREPEND "${PROJECT_SOURCE_DIR}/include/camtg/")
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
