# Included from app/CMakeLists.txt: the mail transports of keyturn_core.
# (MailTransport.h, the interface, is listed with the core's sources.)
find_package(CURL REQUIRED)
target_sources(keyturn_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MailTransport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MimeMessage.h ${CMAKE_CURRENT_LIST_DIR}/MimeMessage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SmtpTransport.h ${CMAKE_CURRENT_LIST_DIR}/SmtpTransport.cpp
)
target_link_libraries(keyturn_core PRIVATE CURL::libcurl)
