# Inventory import (YAML, CSV) and CSV export: the core, and the import wizard.
keyturn_test(TestInventoryImport unit/TestInventoryImport.cpp LABELS unit)
target_compile_definitions(TestInventoryImport PRIVATE KEYTURN_IMPORT_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data/import")
keyturn_test(TestImportWizard gui/TestImportWizard.cpp LIBS keyturn_ui LABELS gui)
target_compile_definitions(TestImportWizard PRIVATE KEYTURN_IMPORT_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data/import")
