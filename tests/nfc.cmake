# SPDX-License-Identifier: MIT
# NFC: Type 2 tag / NDEF parsers, dumps, the PN532 emulator fixture and the libnfc reader.
omnitote_add_test(NAME ndefvectorstest SOURCES nfc/ndefvectorstest.cpp LIBS omnitote-core LABELS unit)

# The fuzz target's entry point replayed over the seed corpus with every build (gcc, asan): seconds.
add_executable(ndeffuzzreplay fuzz/ndeffuzzer.cpp fuzz/corpusreplay.cpp)
target_link_libraries(ndeffuzzreplay PRIVATE omnitote-core)
omnitote_strict_warnings(ndeffuzzreplay)
add_test(NAME ndeffuzzreplay COMMAND ndeffuzzreplay ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus)
set_tests_properties(ndeffuzzreplay PROPERTIES LABELS unit TIMEOUT 60)

# libFuzzer proper: `cmake --preset fuzz && cmake --build build/fuzz --target ndeffuzzer`, then
# build/fuzz/tests/ndeffuzzer -max_total_time=600 NEWDIR tests/fuzz/corpus  (see tests/fuzz/README.md).
if(OMNITOTE_FUZZ)
    add_executable(ndeffuzzer fuzz/ndeffuzzer.cpp)
    target_link_libraries(ndeffuzzer PRIVATE omnitote-core)
    target_link_options(ndeffuzzer PRIVATE -fsanitize=fuzzer)
    omnitote_strict_warnings(ndeffuzzer)
endif()

# The PN532 emulator (a pseudo-terminal that libnfc's real pn532_uart driver talks to) and virtual
# NTAG213/215/216 tags: a reusable fixture for every NFC test.
add_library(omnitote-pn532emulator STATIC support/pn532emulator.cpp support/pn532emulator.h
    support/virtualntag.cpp support/virtualntag.h)
target_include_directories(omnitote-pn532emulator PUBLIC support)
target_link_libraries(omnitote-pn532emulator PUBLIC omnitote-core Qt6::Core PRIVATE util)
omnitote_strict_warnings(omnitote-pn532emulator)

omnitote_add_test(NAME nfcdumptest SOURCES nfc/nfcdumptest.cpp LIBS omnitote-core omnitote-pn532emulator
    LABELS unit)

# Real libnfc + our reader thread against the emulator: tags in, ScanEvents out.
omnitote_add_test(NAME libnfcreadertest SOURCES nfc/libnfcreadertest.cpp
    LIBS omnitote-nfc omnitote-pn532emulator LABELS integration TIMEOUT 120)

# `omnitote ndef` / `omnitote nfc-read` as the real executable.
omnitote_add_test(NAME nfcclitest SOURCES nfc/nfcclitest.cpp LIBS omnitote-pn532emulator LABELS integration)
target_compile_definitions(nfcclitest PRIVATE OMNITOTE_KIOSK_BINARY="$<TARGET_FILE:omnitote>")
add_dependencies(nfcclitest omnitote)

# Tap to product on screen: emulator + libnfc + reader thread + ProductController + real server.
omnitote_add_test(NAME nfcproducte2etest SOURCES nfc/nfcproducte2etest.cpp
    LIBS omnitote-testsupport omnitote-kiosk omnitote-nfc omnitote-pn532emulator LABELS e2e TIMEOUT 120)

# Benchmarks (run by hand; see docs/PERFORMANCE.md): not a CTest test.
add_executable(nfcbench nfc/nfcbench.cpp)
target_link_libraries(nfcbench PRIVATE omnitote-nfc omnitote-pn532emulator)
target_compile_definitions(nfcbench PRIVATE OMNITOTE_SHARED_TESTDATA="${OMNITOTE_SHARED_TESTDATA}")
omnitote_strict_warnings(nfcbench)

# The emulator fixture driven by libnfc directly (InAutoPoll, InCommunicateThru, out-of-range pages).
pkg_check_modules(TEST_LIBNFC REQUIRED IMPORTED_TARGET libnfc)
omnitote_add_test(NAME pn532emulatortest SOURCES nfc/pn532emulatortest.cpp
    LIBS omnitote-pn532emulator PkgConfig::TEST_LIBNFC LABELS unit)

# The whole kiosk (QML offscreen, embedded backend) with --nfc-device on the emulator: tap -> product page.
omnitote_add_test(NAME kiosknfce2etest SOURCES nfc/kiosknfce2etest.cpp
    LIBS omnitote-testsupport omnitote-kiosk omnitote-kioskplugin omnitote-qml omnitote-qmlplugin
         omnitote-pn532emulator Qt6::Quick
    LABELS e2e TIMEOUT 120)
