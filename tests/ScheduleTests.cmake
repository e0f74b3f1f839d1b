# Rotation schedules, the scheduler behind run-due, and the rotation calendar.
keyturn_test(TestCronSchedule unit/TestCronSchedule.cpp LABELS unit)
keyturn_test(TestScheduler unit/TestScheduler.cpp LABELS unit)
keyturn_test(TestCalendarModel unit/TestCalendarModel.cpp LABELS unit)
keyturn_test(TestCalendarView gui/TestCalendarView.cpp LIBS keyturn_ui LABELS gui)
keyturn_test(TestRunDueSchedule cli/TestRunDueSchedule.cpp LABELS cli)
target_compile_definitions(TestRunDueSchedule PRIVATE KEYTURNCTL_PATH="$<TARGET_FILE:keyturnctl>"
    KEYTURN_SANDBOX_PATH="$<TARGET_FILE:keyturn-sandbox>")
add_dependencies(TestRunDueSchedule keyturnctl keyturn-sandbox)
# Benchmark: the calendar at 100,000 keys (label bench, like BenchInventory).
add_executable(BenchCalendar bench/BenchCalendar.cpp)
target_link_libraries(BenchCalendar PRIVATE keyturn_ui keyturn_core keyturn_warnings)
add_test(NAME BenchCalendar COMMAND BenchCalendar)
set_tests_properties(BenchCalendar PROPERTIES LABELS bench TIMEOUT 1800)
