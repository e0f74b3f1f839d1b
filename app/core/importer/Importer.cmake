# Inventory import (YAML, CSV) and CSV export.
# GLOBAL: keyturn_core is static, so every executable linking it links yaml-cpp too.
find_package(yaml-cpp REQUIRED GLOBAL)
target_sources(keyturn_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Csv.h ${CMAKE_CURRENT_LIST_DIR}/Csv.cpp
    ${CMAKE_CURRENT_LIST_DIR}/InventoryImport.h ${CMAKE_CURRENT_LIST_DIR}/InventoryImport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/InventoryExport.h ${CMAKE_CURRENT_LIST_DIR}/InventoryExport.cpp
)
target_link_libraries(keyturn_core PRIVATE yaml-cpp)
