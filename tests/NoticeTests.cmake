# Notice store, campaign notices and delivery tests.
keyturn_test(TestNoticeStore unit/TestNoticeStore.cpp LABELS unit)
