# Included from ui/CMakeLists.txt: the rotation calendar.
target_sources(keyturn_ui PRIVATE ${CMAKE_CURRENT_LIST_DIR}/CalendarView.h ${CMAKE_CURRENT_LIST_DIR}/CalendarView.cpp)
