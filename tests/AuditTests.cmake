# Included from tests/CMakeLists.txt: the audit history (issue 7): queries, model, exports, evidence pack, tampering,
# keyturnctl audit, and the benchmark at 1,000,000 events.
keyturn_test(TestAuditQuery unit/TestAuditQuery.cpp LABELS unit)
keyturn_test(TestAuditVerification unit/TestAuditVerification.cpp LABELS unit)
keyturn_test(TestAuditExport unit/TestAuditExport.cpp LABELS unit)
keyturn_test(TestAuditModel unit/TestAuditModel.cpp LABELS unit)
keyturn_test(TestEvidencePack unit/TestEvidencePack.cpp LABELS unit)
keyturn_test(TestCliAudit cli/TestCliAudit.cpp LABELS cli)
target_compile_definitions(TestCliAudit PRIVATE KEYTURNCTL_PATH="$<TARGET_FILE:keyturnctl>")
add_dependencies(TestCliAudit keyturnctl)

# Benchmark: prints figures, asserts nothing (label bench, left out of the default run).
add_executable(BenchAudit bench/BenchAudit.cpp)
target_link_libraries(BenchAudit PRIVATE keyturn_core keyturn_warnings SQLite::SQLite3)
add_test(NAME BenchAudit COMMAND BenchAudit)
set_tests_properties(BenchAudit PROPERTIES LABELS bench TIMEOUT 3600)
keyturn_test(TestAuditView gui/TestAuditView.cpp LIBS keyturn_ui LABELS gui)
