# Included from tests/CMakeLists.txt: what users install (issue 9). Label packaging.
#   desktop_integration  desktop-file-validate and appstreamcli validate on packaging/'s desktop file and metainfo,
#                        the committed PNG icons' sizes
#   man_pages            the manual pages render without a groff warning and cover every command and option that
#                        the built programs' --help lists
#   package_deb          cpack -G DEB from this build tree (packaging/CPack.cmake): the three packages' fields,
#                        dependencies (installed here?), files, and their unpacked programs run with a scratch HOME
# The last two need the programs and the compressed manual pages built (the default target builds them); cpack
# builds nothing itself, it installs what the build made.
find_program(KEYTURN_BASH bash REQUIRED)
set(keyturn_packaging_env "LC_ALL=C.UTF-8" "LANG=C.UTF-8" "QT_QPA_PLATFORM=offscreen")

add_test(NAME desktop_integration
         COMMAND ${KEYTURN_BASH} ${CMAKE_CURRENT_LIST_DIR}/check-desktop-integration.sh desktop ${CMAKE_SOURCE_DIR}
                 ${PROJECT_VERSION})
add_test(NAME man_pages
         COMMAND ${KEYTURN_BASH} ${CMAKE_CURRENT_LIST_DIR}/check-desktop-integration.sh man ${CMAKE_SOURCE_DIR}
                 ${PROJECT_VERSION} $<TARGET_FILE:keyturn> $<TARGET_FILE:keyturnctl> $<TARGET_FILE:keyturn-sandbox>)
add_test(NAME package_deb
         COMMAND ${KEYTURN_BASH} ${CMAKE_CURRENT_LIST_DIR}/check-package.sh ${CMAKE_SOURCE_DIR} ${CMAKE_BINARY_DIR}
                 ${PROJECT_VERSION} ${CMAKE_CPACK_COMMAND} ${CMAKE_CURRENT_BINARY_DIR}/package-check)
set_tests_properties(desktop_integration man_pages package_deb PROPERTIES
                     LABELS packaging ENVIRONMENT "${keyturn_packaging_env}" TIMEOUT 300)
