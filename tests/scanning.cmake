# SPDX-License-Identifier: MIT
# Scanning tests. Each source area keeps its own block so branches merge cleanly.

# --- USB/HID scanners (hardware/hid) and scan routing in the kiosk (ScanController) -------------------
omnitote_add_test(NAME hidburstparsertest SOURCES unit/hidburstparsertest.cpp LIBS omnitote-hid LABELS unit)
omnitote_add_test(NAME hidwedgescannertest SOURCES integration/hidwedgescannertest.cpp
    LIBS omnitote-hid Qt6::Quick Qt6::Qml LABELS integration)
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    omnitote_add_test(NAME evdevkeydecodertest SOURCES unit/evdevkeydecodertest.cpp LIBS omnitote-hid LABELS unit)
    omnitote_add_test(NAME evdevscannertest SOURCES integration/evdevscannertest.cpp
        LIBS omnitote-hid LABELS integration)
endif()
omnitote_add_test(NAME scancontrollertest SOURCES integration/scancontrollertest.cpp
    LIBS omnitote-testsupport omnitote-kiosk LABELS integration)
# Scan-to-product latency in the real kiosk (docs/PERFORMANCE.md). A benchmark, not a timed test: the
# smoke run only checks that it works (label bench).
qt_add_executable(scanlatencybench bench/scanlatencybench.cpp)
target_link_libraries(scanlatencybench PRIVATE Qt6::Test Qt6::Quick omnitote-testsupport omnitote-kiosk
    omnitote-kioskplugin omnitote-qml omnitote-qmlplugin)
omnitote_strict_warnings(scanlatencybench)
add_test(NAME scanlatencybench-smoke COMMAND scanlatencybench --scans 5 --warmup 1)
set_tests_properties(scanlatencybench-smoke PROPERTIES LABELS bench TIMEOUT 120
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
# --- end USB/HID ----------------------------------------------------------------------------------
