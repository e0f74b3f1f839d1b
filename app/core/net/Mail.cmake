# Included from app/CMakeLists.txt: the mail transports of keyturn_core.
# (MailTransport.h, the interface, is listed with the core's sources.)
