# Included from ui/CMakeLists.txt: connecting to a team workspace (PostgreSQL), its password in the OS keychain.
target_sources(keyturn_ui PRIVATE ${CMAKE_CURRENT_LIST_DIR}/ConnectTeamDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ConnectTeamDialog.cpp)
target_link_libraries(keyturn_ui PRIVATE qt6keychain)
