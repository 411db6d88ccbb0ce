# SPDX-License-Identifier: MIT
# The ctest fixture "camtg_stage": a setup test, install.stage, that
# installs the build (runtime and development components) into
# ${CMAKE_BINARY_DIR}/stage, as a user's `cmake --install` would. Tests that
# check the installed copy require the fixture. Included from both
# tests/cli and examples; the test is added once.
get_property(_camtg_stage_done GLOBAL PROPERTY CAMTG_STAGE_TEST_ADDED)
if(NOT _camtg_stage_done)
  set_property(GLOBAL PROPERTY CAMTG_STAGE_TEST_ADDED TRUE)
  add_test(NAME install.stage
    COMMAND "${CMAKE_COMMAND}" -DBUILD_DIR=${CMAKE_BINARY_DIR}
            -DSTAGE_DIR=${CMAKE_BINARY_DIR}/stage
            -P "${CMAKE_CURRENT_LIST_DIR}/stage_install.cmake")
  set_tests_properties(install.stage PROPERTIES
    FIXTURES_SETUP camtg_stage
    LABELS "install")
endif()
# Where the staged copy keeps its libraries, for tests that run programs
# from it (a staged prefix is not on the loader's path).
set(CAMTG_STAGE_DIR "${CMAKE_BINARY_DIR}/stage")
set(CAMTG_STAGE_LIBDIR "${CMAKE_BINARY_DIR}/stage/${CMAKE_INSTALL_LIBDIR}")
