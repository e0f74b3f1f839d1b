# Included from ui/CMakeLists.txt: the audit history for auditors (issue 7).
target_sources(keyturn_ui PRIVATE ${CMAKE_CURRENT_LIST_DIR}/AuditView.h ${CMAKE_CURRENT_LIST_DIR}/AuditView.cpp)
