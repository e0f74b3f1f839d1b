keyturn_test(TestDesktopIntegration gui/TestDesktopIntegration.cpp LIBS keyturn_ui LABELS gui)
keyturn_test(TestTranslatedViews gui/TestTranslatedViews.cpp LIBS keyturn_ui LABELS gui)
