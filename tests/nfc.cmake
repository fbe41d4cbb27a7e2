# SPDX-License-Identifier: MIT
# NFC: Type 2 tag / NDEF parsers, dumps, the PN532 emulator fixture and the libnfc reader.
omnitote_add_test(NAME ndefvectorstest SOURCES nfc/ndefvectorstest.cpp LIBS omnitote-core LABELS unit)
