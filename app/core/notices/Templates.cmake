# Included from app/CMakeLists.txt: notice templates (placeholders, built-in defaults, the Markdown renderer).
target_sources(keyturn_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/NoticeTemplate.h ${CMAKE_CURRENT_LIST_DIR}/NoticeTemplate.cpp
                                    ${CMAKE_CURRENT_LIST_DIR}/DefaultTemplates.cpp)
