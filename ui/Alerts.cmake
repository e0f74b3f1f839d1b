# Included from ui/CMakeLists.txt: the dashboard's alert panel.
target_sources(keyturn_ui PRIVATE ${CMAKE_CURRENT_LIST_DIR}/AlertsPanel.h ${CMAKE_CURRENT_LIST_DIR}/AlertsPanel.cpp)
