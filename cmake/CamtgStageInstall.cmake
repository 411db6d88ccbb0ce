# SPDX-License-Identifier: MIT
# cmake -DBUILD_DIR=<build> -DSTAGE_DIR=<dir> -P CamtgStageInstall.cmake
# Installs a fresh copy of the build's runtime and development components
# under STAGE_DIR. Other components (the Python module) are left out: they
# may install to absolute paths outside any prefix.
file(REMOVE_RECURSE "${STAGE_DIR}")
foreach(_component IN ITEMS runtime development)
  execute_process(
    COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${STAGE_DIR}"
            --component ${_component}
    RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "installing the ${_component} component failed (${_rc})")
  endif()
endforeach()
