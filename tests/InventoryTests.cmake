# Included from tests/CMakeLists.txt: the inventory view (TestInventoryModel is registered there).
keyturn_test(TestInventoryView gui/TestInventoryView.cpp LIBS keyturn_ui LABELS gui)
