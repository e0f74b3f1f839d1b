# Included from app/CMakeLists.txt: item models of the rotation and consumer views (target_sources(keyturn_core PRIVATE ...)).
target_sources(keyturn_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/RunsModel.h ${CMAKE_CURRENT_LIST_DIR}/RunsModel.cpp)
target_sources(keyturn_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/ConsumersModel.h ${CMAKE_CURRENT_LIST_DIR}/ConsumersModel.cpp)
target_sources(keyturn_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/NoticesModel.h ${CMAKE_CURRENT_LIST_DIR}/NoticesModel.cpp)
target_sources(keyturn_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/CalendarModel.h ${CMAKE_CURRENT_LIST_DIR}/CalendarModel.cpp)
target_sources(keyturn_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/ChartModels.h ${CMAKE_CURRENT_LIST_DIR}/ChartModels.cpp)
target_sources(keyturn_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/AlertsModel.h ${CMAKE_CURRENT_LIST_DIR}/AlertsModel.cpp)
target_sources(keyturn_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/AuditModel.h ${CMAKE_CURRENT_LIST_DIR}/AuditModel.cpp)
