# Included from app/CMakeLists.txt: item models of the rotation views (target_sources(keyturn_core PRIVATE ...)).
target_sources(keyturn_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/RunsModel.h ${CMAKE_CURRENT_LIST_DIR}/RunsModel.cpp)
