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
# --- end USB/HID ----------------------------------------------------------------------------------
