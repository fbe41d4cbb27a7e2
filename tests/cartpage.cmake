# SPDX-License-Identifier: MIT
# Issue 7, the shopper's side: the cart page behind the emailed link, a real browser on it, and the
# kiosk's "Email me my list" / "Use my account" dialogs.

# GET /cart/{token} and its forms over real HTTP on loopback, on SQLite and PostgreSQL.
omnitote_add_test(NAME cartpagetest SOURCES integration/cartpagetest.cpp
    LIBS omnitote-testsupport omnitote-net LABELS integration FIXTURES postgres
    ENVIRONMENT ${OMNITOTE_TEST_PG_ENV} TIMEOUT 120)
