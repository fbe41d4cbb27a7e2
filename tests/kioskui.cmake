# SPDX-License-Identifier: MIT
# The shopper's UI: product page models, search, and navigation, against the real server on loopback.
omnitote_add_test(NAME productpagetest SOURCES integration/productpagetest.cpp
    LIBS omnitote-testsupport omnitote-kiosk LABELS integration)
omnitote_add_test(NAME searchmodeltest SOURCES integration/searchmodeltest.cpp
    LIBS omnitote-testsupport omnitote-kiosk LABELS integration)
