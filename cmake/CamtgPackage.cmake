# SPDX-License-Identifier: MIT
# Installs the pkg-config file and the CMake package (find_package(camtg)).
include(CMakePackageConfigHelpers)

set(CAMTG_CMAKE_INSTALL_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/camtg"
    CACHE STRING "Where the CMake package files are installed (below the prefix)")

# The .pc file is written at install time: its paths must name the prefix
# given to `cmake --install --prefix`, which configure time cannot know.
install(CODE "
  set(CAMTG_INSTALL_LIBDIR \"${CMAKE_INSTALL_LIBDIR}\")
  set(CAMTG_INSTALL_INCLUDEDIR \"${CMAKE_INSTALL_INCLUDEDIR}\")
  set(CAMTG_PC_TEMPLATE \"${PROJECT_SOURCE_DIR}/pkgconfig/camtg.pc.in\")
  set(CAMTG_PC_OUTPUT \"${PROJECT_BINARY_DIR}/pkgconfig/camtg.pc\")
  set(PROJECT_DESCRIPTION \"${PROJECT_DESCRIPTION}\")
  set(PROJECT_VERSION \"${PROJECT_VERSION}\")
  include(\"${PROJECT_SOURCE_DIR}/cmake/CamtgPkgConfig.cmake\")
" COMPONENT development)

install(EXPORT camtgTargets
        NAMESPACE camtg::
        FILE camtgTargets.cmake
        DESTINATION "${CAMTG_CMAKE_INSTALL_DIR}" COMPONENT development)
configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/camtgConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/camtgConfig.cmake"
  INSTALL_DESTINATION "${CAMTG_CMAKE_INSTALL_DIR}")
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/camtgConfigVersion.cmake"
  VERSION "${PROJECT_VERSION}"
  # Before 1.0 a minor release may break the API (CHANGELOG.md), so
  # find_package(camtg 0.2) must not accept 0.3; from 1.0 on, SameMajorVersion.
  COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/camtgConfig.cmake"
              "${PROJECT_BINARY_DIR}/camtgConfigVersion.cmake"
        DESTINATION "${CAMTG_CMAKE_INSTALL_DIR}" COMPONENT development)
