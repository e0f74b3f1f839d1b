# Included from ui/CMakeLists.txt: the dashboard's chart cards.
target_sources(keyturn_ui PRIVATE ${CMAKE_CURRENT_LIST_DIR}/ChartCard.h ${CMAKE_CURRENT_LIST_DIR}/ChartCard.cpp)
