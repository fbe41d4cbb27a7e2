# SPDX-License-Identifier: MIT
# The shopper's UI: product page models, search, and navigation, against the real server on loopback.
omnitote_add_test(NAME productpagetest SOURCES integration/productpagetest.cpp
    LIBS omnitote-testsupport omnitote-kiosk LABELS integration)
omnitote_add_test(NAME searchmodeltest SOURCES integration/searchmodeltest.cpp
    LIBS omnitote-testsupport omnitote-kiosk LABELS integration)

# A benchmark, not a test (docs/PERFORMANCE.md, "Kiosk UI"): built with the rest, run by hand.
qt_add_executable(kioskuibench bench/kioskuibench.cpp)
target_link_libraries(kioskuibench PRIVATE omnitote-testsupport omnitote-kiosk omnitote-kioskplugin omnitote-qml
    omnitote-qmlplugin Qt6::Quick)
omnitote_strict_warnings(kioskuibench)

# The same end-to-end test with Qt Virtual Keyboard as the input method, on a real X server (Xvfb),
# where the window takes focus and the keyboard opens for a tapped field.
add_test(NAME kioske2etest-keyboard COMMAND xvfb-run -a -s "-screen 0 1280x1024x24"
    $<TARGET_FILE:kioske2etest> onScreenKeyboardOpensForTextFields)
set_tests_properties(kioske2etest-keyboard PROPERTIES LABELS e2e TIMEOUT 120
    ENVIRONMENT "QT_QPA_PLATFORM=xcb;QT_IM_MODULE=qtvirtualkeyboard")

# Store IT's admin screen: PIN hashing, the gate, the settings file and models, and the real kiosk.
omnitote_add_test(NAME pinhashtest SOURCES unit/pinhashtest.cpp LIBS omnitote-core Qt6::Network LABELS unit)
omnitote_add_test(NAME kioskadmintest SOURCES unit/kioskadmintest.cpp LIBS omnitote-kiosk LABELS unit)
omnitote_add_test(NAME kioskadmine2etest SOURCES e2e/kioskadmine2etest.cpp
    LIBS omnitote-testsupport omnitote-kiosk omnitote-kioskplugin omnitote-qml omnitote-qmlplugin Qt6::Quick
    LABELS e2e TIMEOUT 180)

# Every string the shopper or store IT can see has zh_CN, et and pl translations (lupdate on copies).
add_test(NAME translationscheck COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check-translations.py
    $<TARGET_FILE:Qt6::lupdate> ${PROJECT_SOURCE_DIR})
set_tests_properties(translationscheck PROPERTIES LABELS unit)
