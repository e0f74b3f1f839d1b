# Included from tests/CMakeLists.txt: the main window and the Rotate wizard driven by the keyboard alone (views,
# tab chains and accessible names, shortcuts shown in menus and tooltips), against an in-process keyturn-sandbox.
keyturn_test(TestKeyboard gui/TestKeyboard.cpp LIBS keyturn_ui keyturn_sandbox LABELS gui)
