# Notice store (campaigns, the gated send), campaign drafting and reminders, delivery.
target_sources(keyturn_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TextDiff.h ${CMAKE_CURRENT_LIST_DIR}/TextDiff.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NoticeStore.h ${CMAKE_CURRENT_LIST_DIR}/NoticeStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CampaignNotices.h ${CMAKE_CURRENT_LIST_DIR}/CampaignNotices.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NoticeSender.h ${CMAKE_CURRENT_LIST_DIR}/NoticeSender.cpp)
