# The inventory import wizard and the CSV export helper.
target_sources(keyturn_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ImportWizard.h ${CMAKE_CURRENT_LIST_DIR}/ImportWizard.cpp)
