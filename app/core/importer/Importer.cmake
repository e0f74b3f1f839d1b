# target_sources(keyturn_core PRIVATE ...) for this folder
