# SPDX-License-Identifier: MIT
# Camera scanning (hardware/camera): frames into the same QVideoSink a camera uses, decoded by the
# real supervised decoder process; the luminance plane, voting, drop-while-busy, crash recovery.
omnitote_add_test(NAME videoframelumatest SOURCES unit/videoframelumatest.cpp LIBS omnitote-camera LABELS unit)
omnitote_add_test(NAME cameraformatchoosertest SOURCES unit/cameraformatchoosertest.cpp LIBS omnitote-camera
    LABELS unit)
omnitote_add_test(NAME scanvotertest SOURCES unit/scanvotertest.cpp LIBS omnitote-camera LABELS unit)
omnitote_add_test(NAME camerascansourcetest SOURCES integration/camerascansourcetest.cpp
    LIBS omnitote-camera LABELS integration
    ENVIRONMENT "OMNITOTE_DECODER=$<TARGET_FILE:omnitote-decoder>" TIMEOUT 180)
add_dependencies(camerascansourcetest omnitote-decoder)
omnitote_add_test(NAME cameracontrollertest SOURCES integration/cameracontrollertest.cpp
    LIBS omnitote-kiosk LABELS integration
    ENVIRONMENT "OMNITOTE_DECODER=$<TARGET_FILE:omnitote-decoder>" TIMEOUT 120)
add_dependencies(cameracontrollertest omnitote-decoder)
# Frame-into-sink to ScanEvent latency and dropped frames at 30 fps (docs/PERFORMANCE.md): an
# executable, never a CTest test.
qt_add_executable(omnitote-camerabench bench/camerabench.cpp)
target_link_libraries(omnitote-camerabench PRIVATE omnitote-camera omnitote-scenegen)
target_compile_definitions(omnitote-camerabench PRIVATE OMNITOTE_SHARED_TESTDATA="${OMNITOTE_SHARED_TESTDATA}"
    OMNITOTE_DECODER_PATH="$<TARGET_FILE:omnitote-decoder>")
omnitote_strict_warnings(omnitote-camerabench)
add_dependencies(omnitote-camerabench omnitote-decoder)
