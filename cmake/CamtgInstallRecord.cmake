# SPDX-License-Identifier: MIT
# Run at the end of every `cmake --install` (install(CODE ... ALL_COMPONENTS)):
# adds the files this run wrote to a record kept per destination
# (DESTDIR + prefix) in the build folder, which the uninstall target reads.
# CMake's own install_manifest.txt only holds the last run, and the test
# suite installs into scratch prefixes: uninstalling from it could remove the
# wrong copy. Expects CAMTG_RECORD_DIR.
string(MAKE_C_IDENTIFIER "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}" _key)
set(_record "${CAMTG_RECORD_DIR}/${_key}.txt")
set(_files ${CMAKE_INSTALL_MANIFEST_FILES})
if(EXISTS "${_record}")
  file(STRINGS "${_record}" _old)
  list(APPEND _files ${_old})
endif()
list(REMOVE_DUPLICATES _files)
list(SORT _files)
list(JOIN _files "\n" _content)
file(MAKE_DIRECTORY "${CAMTG_RECORD_DIR}")
file(WRITE "${_record}" "${_content}\n")
