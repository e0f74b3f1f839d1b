# Team mode: the store, rotation and notice suites run a second time against PostgreSQL.
# The fixture "pg" starts a throwaway server on loopback (tests/pg/pg-test-server.sh) before the first of them and
# stops it after the last; each test makes its own databases on it (TestSupport.h: newTestWorkspace()).
set(KEYTURN_PG_STATE ${CMAKE_CURRENT_BINARY_DIR}/pg-test-server)
add_test(NAME pg_server_start COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/pg/pg-test-server.sh start ${KEYTURN_PG_STATE})
set_tests_properties(pg_server_start PROPERTIES FIXTURES_SETUP pg LABELS pg TIMEOUT 120)
add_test(NAME pg_server_stop COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/pg/pg-test-server.sh stop ${KEYTURN_PG_STATE})
set_tests_properties(pg_server_stop PROPERTIES FIXTURES_CLEANUP pg LABELS pg TIMEOUT 120)

# keyturn_pg_variant(TestX [LABELS ...]): TestX again, as TestX_pg, against the fixture's server.
function(keyturn_pg_variant name)
    cmake_parse_arguments(arg "" "" "LABELS" ${ARGN})
    add_test(NAME ${name}_pg COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" "LANG=C.UTF-8" "KEYTURN_TEST_PG_DIR=${KEYTURN_PG_STATE}"
            "PGPASSFILE=${KEYTURN_PG_STATE}/pgpass")
    set_tests_properties(${name}_pg PROPERTIES ENVIRONMENT "${env}" LABELS "pg;${arg_LABELS}" TIMEOUT 300
                         FIXTURES_REQUIRED pg)
endfunction()

keyturn_pg_variant(TestDatabase LABELS unit)
keyturn_pg_variant(TestWorkspaceStore LABELS unit)
foreach(name TestAuditLog TestAuditQuery TestAuditVerification TestAuditExport TestEvidencePack TestNoticeStore
        TestNoticesModel TestAlertCenter TestScheduler TestInventoryImport TestInventoryModel TestRunsModel)
    keyturn_pg_variant(${name} LABELS unit)
endforeach()
foreach(name TestRotationEngine TestCampaign TestCampaignNotices TestNoticeDelivery)
    keyturn_pg_variant(${name} LABELS integration)
endforeach()

# keyturn_team_test(TestX SOURCE [LIBS ...] [LABELS ...]): a test of team mode alone, registered only as TestX_pg.
function(keyturn_team_test name source)
    cmake_parse_arguments(arg "" "" "LIBS;LABELS" ${ARGN})
    add_executable(${name} ${source})
    target_include_directories(${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(${name} PRIVATE keyturn_core Qt6::Test keyturn_warnings ${arg_LIBS})
    keyturn_pg_variant(${name} LABELS ${arg_LABELS})
endfunction()

# Roles enforced by the database.
keyturn_team_test(TestTeamRoles team/TestTeamRoles.cpp LABELS unit)

# Several processes on one team workspace.
add_executable(keyturn-team-worker team/TeamWorker.cpp)
target_link_libraries(keyturn-team-worker PRIVATE keyturn_core keyturn_warnings)
keyturn_team_test(TestTeamConcurrency team/TestTeamConcurrency.cpp LABELS integration)
set_tests_properties(TestTeamConcurrency_pg PROPERTIES TIMEOUT 600)
target_compile_definitions(TestTeamConcurrency PRIVATE KEYTURNCTL_PATH="$<TARGET_FILE:keyturnctl>"
    KEYTURN_SANDBOX_PATH="$<TARGET_FILE:keyturn-sandbox>" TEAM_WORKER_PATH="$<TARGET_FILE:keyturn-team-worker>")
add_dependencies(TestTeamConcurrency keyturnctl keyturn-sandbox keyturn-team-worker)

# Two windows on one team workspace, and a window's actions by role.
keyturn_team_test(TestTeamWindows team/TestTeamWindows.cpp LIBS keyturn_ui LABELS gui)
