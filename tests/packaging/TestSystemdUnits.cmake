# Included from tests/CMakeLists.txt: team mode's scheduled runner, the systemd service and timer in
# packaging/systemd. Their key settings are checked with grep; with systemd-analyze installed (Debian package
# 'systemd') they must also pass 'systemd-analyze verify' and keep a low exposure score. The installed copy of the
# service for the configured prefix (packaging/CMakeLists.txt writes it with the function that installs it, see
# packaging/systemd/RunDueService.cmake) must run this build's installed keyturnctl. The packaged copy, which names
# /usr/bin/keyturnctl, is checked by TestPackage.cmake's package_deb.
find_program(KEYTURN_BASH bash REQUIRED)
add_test(NAME systemd_units
         COMMAND ${KEYTURN_BASH} ${CMAKE_CURRENT_LIST_DIR}/check-systemd-units.sh ${CMAKE_SOURCE_DIR}
                 ${CMAKE_BINARY_DIR}/packaging/systemd/keyturn-run-due.service
                 ${CMAKE_INSTALL_FULL_BINDIR}/keyturnctl)
set_tests_properties(systemd_units PROPERTIES LABELS unit TIMEOUT 60)
