# SPDX-License-Identifier: MIT
# Issue 7, the shopper's side: the cart page behind the emailed link, a real browser on it, and the
# kiosk's "Email me my list" / "Use my account" dialogs.

# GET /cart/{token} and its forms over real HTTP on loopback, on SQLite and PostgreSQL.
omnitote_add_test(NAME cartpagetest SOURCES integration/cartpagetest.cpp
    LIBS omnitote-testsupport omnitote-net LABELS integration FIXTURES postgres
    ENVIRONMENT ${OMNITOTE_TEST_PG_ENV} TIMEOUT 120)

# Headless Chromium on the cart page over the DevTools protocol (skips when chromium is missing), opening
# the link of a list email received over SMTP.
# OMNITOTE_BROWSER_SHOTS=docs/images saves the README's screenshots.
find_package(Qt6 REQUIRED COMPONENTS WebSockets)
omnitote_add_test(NAME cartbrowsertest
    SOURCES integration/cartbrowsertest.cpp support/headlesschromium.cpp support/headlesschromium.h
    LIBS omnitote-testsupport omnitote-net Qt6::WebSockets Qt6::Gui LABELS integration TIMEOUT 120)

# The kiosk's email dialogs' controller against the real server's email endpoints (SQLite).
omnitote_add_test(NAME emailcontrollertest SOURCES integration/emailcontrollertest.cpp
    LIBS omnitote-testsupport omnitote-kiosk LABELS integration)
target_sources(emailcontrollertest PRIVATE support/outboxpeek.cpp support/outboxpeek.h)
