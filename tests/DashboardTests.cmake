# Included from tests/CMakeLists.txt: the dashboard's chart models and view.
keyturn_test(TestChartModels unit/TestChartModels.cpp LABELS unit)
keyturn_test(TestDashboardView gui/TestDashboardView.cpp LIBS keyturn_ui LABELS gui)
