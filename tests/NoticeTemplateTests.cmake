# Notice template tests.
keyturn_test(TestNoticeTemplate unit/TestNoticeTemplate.cpp LABELS unit)
