# Included from ui/CMakeLists.txt: the inventory view's parts beyond the table (target_sources(keyturn_ui PRIVATE ...)).
target_sources(keyturn_ui PRIVATE ${CMAKE_CURRENT_LIST_DIR}/KeyDetailsPanel.h ${CMAKE_CURRENT_LIST_DIR}/KeyDetailsPanel.cpp)
