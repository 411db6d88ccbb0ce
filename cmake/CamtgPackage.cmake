# Installs the pkg-config file and the CMake package (find_package(camtg)).
include(CMakePackageConfigHelpers)

set(CAMTG_CMAKE_INSTALL_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/camtg"
    CACHE STRING "Where the CMake package files are installed (below the prefix)")

configure_file("${PROJECT_SOURCE_DIR}/pkgconfig/camtg.pc.in"
               "${PROJECT_BINARY_DIR}/pkgconfig/camtg.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/pkgconfig/camtg.pc"
        DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig" COMPONENT development)

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
  COMPATIBILITY SameMajorVersion)
install(FILES "${PROJECT_BINARY_DIR}/camtgConfig.cmake"
              "${PROJECT_BINARY_DIR}/camtgConfigVersion.cmake"
        DESTINATION "${CAMTG_CMAKE_INSTALL_DIR}" COMPONENT development)
