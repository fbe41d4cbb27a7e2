# SPDX-License-Identifier: MIT
# Camera scanning (hardware/camera): frames into the same QVideoSink a camera uses, decoded by the
# real supervised decoder process; the luminance plane, voting, drop-while-busy, crash recovery.
omnitote_add_test(NAME videoframelumatest SOURCES unit/videoframelumatest.cpp LIBS omnitote-camera LABELS unit)
omnitote_add_test(NAME scanvotertest SOURCES unit/scanvotertest.cpp LIBS omnitote-camera LABELS unit)
omnitote_add_test(NAME camerascansourcetest SOURCES integration/camerascansourcetest.cpp
    LIBS omnitote-camera LABELS integration
    ENVIRONMENT "OMNITOTE_DECODER=$<TARGET_FILE:omnitote-decoder>" TIMEOUT 180)
add_dependencies(camerascansourcetest omnitote-decoder)
