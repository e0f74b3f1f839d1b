# Included from app/CMakeLists.txt: cron schedules, blackout windows and the scheduler behind run-due and the calendar.
target_sources(keyturn_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CronSchedule.h ${CMAKE_CURRENT_LIST_DIR}/CronSchedule.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Blackout.h ${CMAKE_CURRENT_LIST_DIR}/Blackout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Scheduler.h ${CMAKE_CURRENT_LIST_DIR}/Scheduler.cpp)
