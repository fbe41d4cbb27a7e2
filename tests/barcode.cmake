# SPDX-License-Identifier: MIT
# Barcode decoding (hardware/barcode): the supervised decoder process, the scene set that compares our
# pipeline with plain ZXing, ZXing's own sample photos, and `omnitote decode`.

# The camera-like scene generator (ZXing's writer + QPainter), used by tests and the benchmark.
# ZXing::ZXing comes from the top-level CMakeLists.txt (its config cannot be loaded twice).
add_library(omnitote-scenegen STATIC scenes/scenegenerator.cpp scenes/scenegenerator.h)
target_include_directories(omnitote-scenegen PUBLIC scenes)
target_link_libraries(omnitote-scenegen PUBLIC Qt6::Gui PRIVATE ZXing::ZXing)
omnitote_strict_warnings(omnitote-scenegen)
# Scenes are rendered on every test run; unoptimised pixel loops would cost seconds for nothing.
set_source_files_properties(scenes/scenegenerator.cpp PROPERTIES COMPILE_OPTIONS "-O2")
qt_add_executable(omnitote-scenegen-tool scenes/scenegenmain.cpp)
set_target_properties(omnitote-scenegen-tool PROPERTIES OUTPUT_NAME omnitote-scenegen)
target_link_libraries(omnitote-scenegen-tool PRIVATE omnitote-scenegen)
omnitote_strict_warnings(omnitote-scenegen-tool)

set(OMNITOTE_DECODER_ENV "OMNITOTE_DECODER=$<TARGET_FILE:omnitote-decoder>")

omnitote_add_test(NAME superviseddecodertest SOURCES integration/superviseddecodertest.cpp
    LIBS omnitote-barcode LABELS integration ENVIRONMENT ${OMNITOTE_DECODER_ENV})
add_dependencies(superviseddecodertest omnitote-decoder)

omnitote_add_test(NAME decodescenestest SOURCES integration/decodescenestest.cpp
    LIBS omnitote-barcode-engine omnitote-scenegen LABELS integration ENVIRONMENT ${OMNITOTE_DECODER_ENV} TIMEOUT 300)
target_compile_definitions(decodescenestest PRIVATE OMNITOTE_SCENE_DIR="${CMAKE_CURRENT_BINARY_DIR}/scenes")
add_dependencies(decodescenestest omnitote-decoder)

omnitote_add_test(NAME barcodecorpustest SOURCES integration/barcodecorpustest.cpp
    LIBS omnitote-barcode LABELS integration ENVIRONMENT ${OMNITOTE_DECODER_ENV} TIMEOUT 300)
add_dependencies(barcodecorpustest omnitote-decoder)

omnitote_add_test(NAME decodeclitest SOURCES integration/decodeclitest.cpp LABELS integration)
target_compile_definitions(decodeclitest PRIVATE OMNITOTE_KIOSK_BINARY="$<TARGET_FILE:omnitote>")
add_dependencies(decodeclitest omnitote)

# Decode-time benchmark (docs/PERFORMANCE.md): an executable, never a CTest test.
qt_add_executable(omnitote-decodebench bench/decodebench.cpp)
target_link_libraries(omnitote-decodebench PRIVATE omnitote-barcode-engine omnitote-scenegen)
omnitote_strict_warnings(omnitote-decodebench)
add_dependencies(omnitote-decodebench omnitote-decoder)
