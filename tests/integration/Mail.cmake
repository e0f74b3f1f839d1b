# Included from tests/CMakeLists.txt: tests of the mail transports.
keyturn_test(TestMimeMessage unit/TestMimeMessage.cpp LABELS unit)
# Starts aiosmtpd (Debian: python3-aiosmtpd) and uses the openssl command for its certificates.
keyturn_test(TestSmtpTransport integration/TestSmtpTransport.cpp LABELS integration)
