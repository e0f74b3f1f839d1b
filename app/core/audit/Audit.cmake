# Included from app/CMakeLists.txt: the audit history beyond the log itself (AuditEvent and AuditLog are listed there):
# the raw row reader, filtered keyset pages, exports and the evidence pack.
target_sources(keyturn_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AuditRows.h ${CMAKE_CURRENT_LIST_DIR}/AuditRows.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AuditQuery.h ${CMAKE_CURRENT_LIST_DIR}/AuditQuery.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AuditExport.h ${CMAKE_CURRENT_LIST_DIR}/AuditExport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EvidencePack.h ${CMAKE_CURRENT_LIST_DIR}/EvidencePack.cpp)
