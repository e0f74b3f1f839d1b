# Included from app/CMakeLists.txt: the monitoring rules and the alerts they raise (target_sources(keyturn_core ...)).
target_sources(keyturn_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AlertRules.h ${CMAKE_CURRENT_LIST_DIR}/AlertRules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AlertCenter.h ${CMAKE_CURRENT_LIST_DIR}/AlertCenter.cpp)
