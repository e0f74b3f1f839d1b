# Included from tests/CMakeLists.txt: tests of keyturn-sandbox. TestSandbox runs the executable; the others run the
# keyturn_sandbox library in-process (on a manual clock) and talk to it over loopback.
keyturn_test(TestSandbox integration/TestSandbox.cpp LIBS keyturn_sandbox LABELS integration)
target_compile_definitions(TestSandbox PRIVATE KEYTURN_SANDBOX_PATH="$<TARGET_FILE:keyturn-sandbox>")
add_dependencies(TestSandbox keyturn-sandbox)

foreach(name AdminApi Vault Mail Faults World)
    keyturn_test(TestSandbox${name} integration/TestSandbox${name}.cpp LIBS keyturn_sandbox LABELS integration)
endforeach()
