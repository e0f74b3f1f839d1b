# Notice store, campaign notices and delivery tests.
keyturn_test(TestNoticeStore unit/TestNoticeStore.cpp LABELS unit)
keyturn_test(TestCampaignNotices integration/TestCampaignNotices.cpp LIBS keyturn_sandbox LABELS integration)
