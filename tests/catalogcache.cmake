# SPDX-License-Identifier: MIT
# The offline store (issue 6, kiosk side): the catalogue cache and its sync, lookups from the cache when
# the server is gone, and linking a tote to a customer by the QR code on their phone.
# The loader killed with SIGKILL mid-load: a helper executable that fills a cache file and says per page.
qt_add_executable(catalogsyncclient support/catalogsyncclient.cpp)
target_link_libraries(catalogsyncclient PRIVATE omnitote-catalogcache)
omnitote_strict_warnings(catalogsyncclient)
# Cache files go to tmpfs when there is one: the runs exercise ordering and transactions (a SIGKILL does
# not lose the page cache), and an fsync per page on a shared CI disk would take seconds.
if(EXISTS /dev/shm)
    set(OMNITOTE_CATALOG_TMP "TMPDIR=/dev/shm")
endif()
omnitote_add_test(NAME catalogcachetest SOURCES integration/catalogcachetest.cpp
    LIBS omnitote-testsupport omnitote-catalogcache Qt6::HttpServer LABELS integration
    ENVIRONMENT ${OMNITOTE_CATALOG_TMP} TIMEOUT 300)
target_compile_definitions(catalogcachetest PRIVATE OMNITOTE_CATALOGSYNCCLIENT="$<TARGET_FILE:catalogsyncclient>")
add_dependencies(catalogcachetest catalogsyncclient)
omnitote_add_test(NAME offlinelookuptest SOURCES integration/offlinelookuptest.cpp
    LIBS omnitote-testsupport omnitote-kiosk LABELS integration TIMEOUT 300)
# Search and NFC taps from the cache (server stopped, hanging, back), the cache's upgrade to version 2.
omnitote_add_test(NAME offlinesearchtest SOURCES integration/offlinesearchtest.cpp
    LIBS omnitote-testsupport omnitote-kiosk LABELS integration TIMEOUT 300)
omnitote_add_test(NAME customerlinktest SOURCES integration/customerlinktest.cpp
    LIBS omnitote-kiosk omnitote-testsupport LABELS integration TIMEOUT 300)

# First load and delta apply, demo catalogue and a generated 50,000-product one: opt-in
# (OMNITOTE_BENCH=1), figures in docs/PERFORMANCE.md.
omnitote_add_test(NAME catalogcachebench SOURCES bench/catalogcachebench.cpp
    LIBS omnitote-testsupport omnitote-catalogcache LABELS bench TIMEOUT 1800)
