# keyturn_write_run_due_service(TEMPLATE OUTPUT KEYTURNCTL): writes keyturn-run-due.service from TEMPLATE (the unit in
# this folder) to OUTPUT, with ExecStart running the keyturnctl at the absolute path KEYTURNCTL. The source unit says
# /usr/bin/keyturnctl; nothing else changes.
function(keyturn_write_run_due_service template output keyturnctl)
    file(READ "${template}" unit)
    string(FIND "${unit}" "\nExecStart=/usr/bin/keyturnctl " at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${template} has no line 'ExecStart=/usr/bin/keyturnctl ...' to point at ${keyturnctl}")
    endif()
    string(REPLACE "\nExecStart=/usr/bin/keyturnctl " "\nExecStart=${keyturnctl} " unit "${unit}")
    file(WRITE "${output}" "${unit}")
endfunction()

# keyturn_install_run_due_service(TEMPLATE BINDIR SCRATCH_DIR): run by 'cmake --install' and by cpack. Installs the
# service into <prefix>/lib/systemd/system with ExecStart naming <prefix>/BINDIR/keyturnctl, where <prefix> is the
# prefix of this install, not the one configured: /usr/bin/keyturnctl in the Debian package (cpack installs with
# prefix /usr under a DESTDIR), /opt/kt/bin/keyturnctl after 'cmake --install BUILD --prefix /opt/kt'.
function(keyturn_install_run_due_service template bindir scratch_dir)
    if(IS_ABSOLUTE "${bindir}")
        set(keyturnctl "${bindir}/keyturnctl")
    else()
        set(keyturnctl "${CMAKE_INSTALL_PREFIX}/${bindir}/keyturnctl")
    endif()
    # A folder of its own, so that two installs at once (a package build and an install) do not share a file.
    string(RANDOM LENGTH 12 token)
    set(dir "${scratch_dir}/install-${token}")
    keyturn_write_run_due_service("${template}" "${dir}/keyturn-run-due.service" "${keyturnctl}")
    file(INSTALL DESTINATION "${CMAKE_INSTALL_PREFIX}/lib/systemd/system" TYPE FILE
         PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ FILES "${dir}/keyturn-run-due.service")
    file(REMOVE_RECURSE "${dir}")
endfunction()
