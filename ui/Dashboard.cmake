# target_sources(keyturn_ui PRIVATE ...)
