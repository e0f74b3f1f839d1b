# Included from tests/CMakeLists.txt: tests of the rotation views and wizards.
keyturn_test(TestRunsModel unit/TestRunsModel.cpp LABELS unit)
keyturn_test(TestRotationsView gui/TestRotationsView.cpp LIBS keyturn_ui keyturn_sandbox LABELS gui)
keyturn_test(TestRotateWizard gui/TestRotateWizard.cpp LIBS keyturn_ui keyturn_sandbox LABELS gui)
