# SPDX-License-Identifier: MIT
# The tote: local store + outbox, the sync engine, the kiosk's tote model and controller, and the
# fault-injection proof against the real server behind a misbehaving proxy.
omnitote_add_test(NAME totestoretest SOURCES unit/totestoretest.cpp LIBS omnitote-tote LABELS unit)
omnitote_add_test(NAME syncenginetest SOURCES unit/syncenginetest.cpp
    LIBS omnitote-tote Qt6::HttpServer LABELS unit)
omnitote_add_test(NAME totecontrollertest SOURCES unit/totecontrollertest.cpp LIBS omnitote-kiosk LABELS unit)

# Totes, customers and carts (issue 6, server side).

# Cart merge rules and the customer QR code, without a database.
omnitote_add_test(NAME cartmergetest SOURCES unit/cartmergetest.cpp LIBS omnitote-server-lib LABELS unit)
omnitote_add_test(NAME customerqrtest SOURCES unit/customerqrtest.cpp LIBS omnitote-server-lib LABELS unit)
# The cart-page links in emails, on a real SQLite file.
omnitote_add_test(NAME cartlinkstest SOURCES unit/cartlinkstest.cpp LIBS omnitote-server-lib LABELS unit)

# The tote and cart API over real HTTP on loopback, on SQLite and PostgreSQL.
omnitote_add_test(NAME toteapitest SOURCES integration/toteapitest.cpp
    LIBS omnitote-testsupport omnitote-net LABELS integration FIXTURES postgres
    ENVIRONMENT ${OMNITOTE_TEST_PG_ENV} TIMEOUT 300)

# `omnitote-server customer add/qr`, run as the real executable.
omnitote_add_test(NAME customerclitest SOURCES integration/customerclitest.cpp LIBS omnitote-net LABELS integration)
target_compile_definitions(customerclitest PRIVATE OMNITOTE_SERVER_BINARY="$<TARGET_FILE:omnitote-server>")
add_dependencies(customerclitest omnitote-server)

# A 10,000-op outbox flushed to a real server: opt-in (OMNITOTE_BENCH=1), figures in docs/PERFORMANCE.md.
omnitote_add_test(NAME toteopsbench SOURCES bench/toteopsbench.cpp
    LIBS omnitote-testsupport omnitote-net LABELS bench FIXTURES postgres
    ENVIRONMENT ${OMNITOTE_TEST_PG_ENV} TIMEOUT 600)

# Op-batch latency with 500 tablets at once against one server: opt-in (OMNITOTE_BENCH=1), figures in
# docs/PERFORMANCE.md.
omnitote_add_test(NAME totetabletsbench SOURCES bench/totetabletsbench.cpp
    LIBS omnitote-testsupport omnitote-net LABELS bench FIXTURES postgres
    ENVIRONMENT ${OMNITOTE_TEST_PG_ENV} TIMEOUT 900)

# Shared by the fault-injection tests and the benchmark: the misbehaving proxy and a seeded shopper.
add_library(omnitote-totetestsupport STATIC support/faultproxy.cpp support/faultproxy.h
    support/toteworkload.cpp support/toteworkload.h)
target_include_directories(omnitote-totetestsupport PUBLIC support)
# omnitote-tote first: server/src has its own totestore.h/totetypes.h, and the first include dir wins.
target_link_libraries(omnitote-totetestsupport PUBLIC omnitote-tote omnitote-testsupport Qt6::Network)
omnitote_strict_warnings(omnitote-totetestsupport)

# The client's and the server's SQLite files go to tmpfs when there is one: the runs exercise the
# protocol, and an fsync per edit on a shared CI disk would make 200 runs take minutes.
if(EXISTS /dev/shm)
    set(OMNITOTE_TOTE_TMP "TMPDIR=/dev/shm")
endif()
omnitote_add_test(NAME totefaulttest SOURCES integration/totefaulttest.cpp
    LIBS omnitote-totetestsupport LABELS integration FIXTURES postgres
    ENVIRONMENT ${OMNITOTE_TEST_PG_ENV} ${OMNITOTE_TOTE_TMP} TIMEOUT 600)

# The client process killed with SIGKILL: a helper executable that opens the store and syncs or adds.
qt_add_executable(totesyncclient support/totesyncclient.cpp)
target_link_libraries(totesyncclient PRIVATE omnitote-tote)
omnitote_strict_warnings(totesyncclient)
omnitote_add_test(NAME totekilltest SOURCES integration/totekilltest.cpp
    LIBS omnitote-totetestsupport LABELS integration ENVIRONMENT ${OMNITOTE_TOTE_TMP} TIMEOUT 300)
target_compile_definitions(totekilltest PRIVATE OMNITOTE_TOTESYNCCLIENT="$<TARGET_FILE:totesyncclient>")
add_dependencies(totekilltest totesyncclient)

# Benchmark (not a CTest test): 10,000 queued ops flushed after an offline period; see docs/PERFORMANCE.md.
qt_add_executable(totesyncbench bench/totesyncbench.cpp)
target_link_libraries(totesyncbench PRIVATE omnitote-totetestsupport)
omnitote_strict_warnings(totesyncbench)
