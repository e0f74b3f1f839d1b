# Included from tests/CMakeLists.txt: the approval queue's model and view.
keyturn_test(TestNoticesModel unit/TestNoticesModel.cpp LABELS unit)
keyturn_test(TestApprovalQueueView gui/TestApprovalQueueView.cpp LIBS keyturn_ui LABELS gui)
