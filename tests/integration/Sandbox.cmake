# Included from tests/CMakeLists.txt: tests of keyturn-sandbox.
keyturn_test(TestSandbox integration/TestSandbox.cpp LABELS integration)
target_compile_definitions(TestSandbox PRIVATE KEYTURN_SANDBOX_PATH="$<TARGET_FILE:keyturn-sandbox>")
add_dependencies(TestSandbox keyturn-sandbox)
