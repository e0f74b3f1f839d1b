# Monitoring alerts: the rules, the alert center, its model and the dashboard's alert panel.
keyturn_test(TestAlertRules unit/TestAlertRules.cpp LABELS unit)
keyturn_test(TestAlertCenter unit/TestAlertCenter.cpp LABELS unit)
keyturn_test(TestAlertsModel unit/TestAlertsModel.cpp LABELS unit)
keyturn_test(TestAlertsPanel gui/TestAlertsPanel.cpp LIBS keyturn_ui LABELS gui)
