# Included from tests/CMakeLists.txt: tests of the mail transports.
