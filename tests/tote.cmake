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
