# Included from tests/CMakeLists.txt: the gated send end to end, against aiosmtpd (Debian: python3-aiosmtpd).
keyturn_test(TestNoticeDelivery integration/TestNoticeDelivery.cpp LABELS integration)
keyturn_test(TestNoticeCrash cli/TestNoticeCrash.cpp LABELS cli)
target_compile_definitions(TestNoticeCrash PRIVATE KEYTURNCTL_PATH="$<TARGET_FILE:keyturnctl>")
add_dependencies(TestNoticeCrash keyturnctl)
