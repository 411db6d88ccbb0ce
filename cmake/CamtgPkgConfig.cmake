# SPDX-License-Identifier: MIT
# Run at install time (install(SCRIPT)): writes camtg.pc with absolute paths
# under the prefix actually installed to, so `cmake --install --prefix P`
# gives a .pc file that points into P.
foreach(_dir LIBDIR INCLUDEDIR)
  if(IS_ABSOLUTE "${CAMTG_INSTALL_${_dir}}")
    set(CAMTG_PC_${_dir} "${CAMTG_INSTALL_${_dir}}")
  else()
    set(CAMTG_PC_${_dir} "${CMAKE_INSTALL_PREFIX}/${CAMTG_INSTALL_${_dir}}")
  endif()
endforeach()
set(CAMTG_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
configure_file("${CAMTG_PC_TEMPLATE}" "${CAMTG_PC_OUTPUT}" @ONLY)
file(INSTALL "${CAMTG_PC_OUTPUT}" DESTINATION "${CMAKE_INSTALL_PREFIX}/${CAMTG_INSTALL_LIBDIR}/pkgconfig")
