keyturn_test(TestDesktopIntegration gui/TestDesktopIntegration.cpp LIBS keyturn_ui LABELS gui)
keyturn_test(TestGermanViews gui/TestGermanViews.cpp LIBS keyturn_ui LABELS gui)
