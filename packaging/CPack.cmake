# The Debian packages, made with CPack from the install rules (included at the end of the top-level CMakeLists.txt,
# after every install()):  cpack -G DEB --config BUILD/CPackConfig.cmake -B OUTPUT_DIR
# One package per install component:
#   keyturn          (gui)      the desktop console, its launcher, AppStream metainfo, icons and manual page
#   keyturnctl       (cli)      the command line, team mode's systemd service and timer with their settings example
#   keyturn-sandbox  (sandbox)  the local platform + vault + mail service
# Each depends on the shared libraries dpkg-shlibdeps finds in its programs, plus the Qt plugins that are loaded at
# run time and so invisible to it: the SQLite and PostgreSQL drivers of QtSql (a workspace file, a team workspace),
# and for the GUI the platform plugins and the SVG icon engine.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME keyturn)
set(CPACK_PACKAGE_VENDOR "The Keyturn developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL https://keyturn.org)
set(CPACK_PACKAGE_CONTACT "Keyturn maintainers <maintainers@keyturn.org>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# The CI build is RelWithDebInfo: the packages carry stripped programs.
set(CPACK_STRIP_FILES ON)
# Folders the packages create are 0755 whatever the umask of the build.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL gui cli sandbox)
# An install() rule of another component (or of none: "Unspecified") would silently be in no package.
get_cmake_property(keyturn_install_components COMPONENTS)
foreach(component IN LISTS keyturn_install_components)
    if(NOT component IN_LIST CPACK_COMPONENTS_ALL)
        message(FATAL_ERROR "An install() rule has the component '${component}', which no Debian package holds: give "
                            "it COMPONENT gui (package keyturn), cli (keyturnctl) or sandbox (keyturn-sandbox); see "
                            "packaging/CPack.cmake.")
    endif()
endforeach()
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${CPACK_PACKAGE_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Each package's Description is its component's description below: the synopsis line, then the long description.
# No package-wide summary: CPack would put it (by default the project's DESCRIPTION) before every one of them.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")

set(keyturn_sql_drivers "libqt6sql6-sqlite, libqt6sql6-psql")

set(CPACK_DEBIAN_GUI_PACKAGE_NAME keyturn)
set(CPACK_DEBIAN_GUI_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_GUI_PACKAGE_DEPENDS "${keyturn_sql_drivers}, qt6-qpa-plugins, libqt6svg6, hicolor-icon-theme")
set(CPACK_DEBIAN_GUI_PACKAGE_SUGGESTS "keyturnctl")
# Qt's own strings (dialog buttons, the file dialog) in the person's language; Keyturn's are built in.
set(CPACK_DEBIAN_GUI_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_COMPONENT_GUI_DESCRIPTION
    "rotate API keys without breaking the integrations that use them
Keyturn is a desktop console for security teams that rotate API keys. It keeps
the inventory of every credential with its age, rotation policy, last use and
status, and rotates held keys with the dual-key pattern through a secrets vault
(HashiCorp Vault): the old key is revoked only after the new one is seen in use.

Keys issued to API consumers rotate as campaigns whose notices nobody can send
without a second person's approval. Every action lands in a hash-chained audit
history that exports as evidence for auditors. A team shares one workspace on
PostgreSQL; a workspace of one is a file.

This package holds the graphical console (Qt 6). The command line is in the
package keyturnctl.")

set(CPACK_DEBIAN_CLI_PACKAGE_NAME keyturnctl)
set(CPACK_DEBIAN_CLI_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_CLI_PACKAGE_DEPENDS "${keyturn_sql_drivers}")
# systemctl daemon-reload after installing and removing the units (what dh_installsystemd would add).
set(CPACK_DEBIAN_CLI_PACKAGE_CONTROL_EXTRA ${CMAKE_CURRENT_LIST_DIR}/debian/keyturnctl/postinst
    ${CMAKE_CURRENT_LIST_DIR}/debian/keyturnctl/postrm)
set(CPACK_COMPONENT_CLI_DESCRIPTION
    "rotate API keys without breaking integrations - command line
keyturnctl does every action of the Keyturn console headless: the key
inventory (import and export), dual-key rotations of held keys, consumer
campaigns with their approval queue of notices, monitoring alerts and the
audit history with its exports and evidence packs.

It includes team mode's scheduled runner: a systemd service and timer
(keyturn-run-due) that run 'keyturnctl run-due' every 5 minutes against a
shared PostgreSQL workspace, and the example of its settings file.")

set(CPACK_DEBIAN_SANDBOX_PACKAGE_NAME keyturn-sandbox)
set(CPACK_DEBIAN_SANDBOX_PACKAGE_SECTION utils)
set(CPACK_COMPONENT_SANDBOX_DESCRIPTION
    "local API platform, vault and mail service for Keyturn
keyturn-sandbox serves on a loopback port what Keyturn talks to: a platform
admin API with consumers and their issued keys, simulated key providers, a
HashiCorp Vault compatible KV v2 store and an HTTP mail API, with simulated
traffic and injectable faults.

It is meant for demonstrations, tests and rehearsing a rotation before doing
it for real; it is not a production service.")

include(CPack)
