# SPDX-License-Identifier: MIT
# Associates, the checkout queue, picking and the till hand-off (issue 8, server side): the API over
# real HTTP on loopback, on SQLite and PostgreSQL (one server per back end for the whole binary).
omnitote_add_test(NAME associateapitest SOURCES associate/associateapitest.cpp
    LIBS omnitote-testsupport omnitote-net LABELS integration FIXTURES postgres
    ENVIRONMENT ${OMNITOTE_TEST_PG_ENV} TIMEOUT 300)

# Benchmark (not a CTest test): PIN hash cost, the server's responsiveness during a sign-in, and the
# queue long-poll's wake-up latency; see docs/PERFORMANCE.md.
qt_add_executable(associatebench bench/associatebench.cpp)
target_link_libraries(associatebench PRIVATE omnitote-testsupport omnitote-net)
omnitote_strict_warnings(associatebench)

# Associate mode and "finish at checkout" (issue 8, app side): the models on the documented answers,
# the barcode image provider read back by our own decoder, and both apps end to end on a real server.
omnitote_add_test(NAME associatemodelstest SOURCES associate/associatemodelstest.cpp
    LIBS omnitote-kiosk LABELS unit)

omnitote_add_test(NAME barcodeimageprovidertest SOURCES associate/barcodeimageprovidertest.cpp
    LIBS omnitote-testsupport omnitote-kiosk omnitote-barcode LABELS integration
    ENVIRONMENT ${OMNITOTE_DECODER_ENV})
add_dependencies(barcodeimageprovidertest omnitote-decoder)

# Both apps and the server, end to end (needs the associate endpoints of the server, branch assoc-server).
omnitote_add_test(NAME associatee2etest SOURCES associate/associatee2etest.cpp
    LIBS omnitote-testsupport omnitote-kiosk omnitote-kioskplugin omnitote-qml omnitote-qmlplugin omnitote-barcode
        Qt6::Quick
    LABELS e2e ENVIRONMENT ${OMNITOTE_DECODER_ENV} TIMEOUT 180)
target_compile_definitions(associatee2etest PRIVATE OMNITOTE_SERVER_BINARY="$<TARGET_FILE:omnitote-server>")
add_dependencies(associatee2etest omnitote-decoder omnitote-server)
