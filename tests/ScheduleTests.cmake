# Rotation schedules, the scheduler behind run-due, and the rotation calendar.
keyturn_test(TestCronSchedule unit/TestCronSchedule.cpp LABELS unit)
keyturn_test(TestScheduler unit/TestScheduler.cpp LABELS unit)
keyturn_test(TestCalendarModel unit/TestCalendarModel.cpp LABELS unit)
keyturn_test(TestCalendarView gui/TestCalendarView.cpp LIBS keyturn_ui LABELS gui)
keyturn_test(TestRunDueSchedule cli/TestRunDueSchedule.cpp LABELS cli)
target_compile_definitions(TestRunDueSchedule PRIVATE KEYTURNCTL_PATH="$<TARGET_FILE:keyturnctl>"
    KEYTURN_SANDBOX_PATH="$<TARGET_FILE:keyturn-sandbox>")
add_dependencies(TestRunDueSchedule keyturnctl keyturn-sandbox)
