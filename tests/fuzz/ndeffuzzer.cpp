// SPDX-License-Identifier: MIT
// libFuzzer target: everything an untrusted tag or tag file reaches, on the same bytes. Built only with
// clang and -DOMNITOTE_FUZZ=ON (see tests/fuzz/README.md); no assertion beyond "no crash, no sanitizer
// report, no runaway allocation".
#include <ndef.h>
#include <nfcdump.h>
#include <nfctagresolver.h>
#include <type2tag.h>

#include <cstddef>
#include <cstdint>

using namespace Omnitote;

namespace {

void decodeRecords(const NdefParseResult &message)
{
    for (const NdefRecord &record : message.records) {
        (void)ndefRecordUri(record);
        if (record.isWellKnown("T"))
            (void)decodeNdefText(record.payload);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // As tag memory from page 0, the way the reader hands it over.
    const Type2TagContent tag = parseType2Tag(bytes);
    if (tag.hasNdef)
        decodeRecords(parseNdefMessage(tag.ndef));
    NfcTagResolver resolver;
    resolver.setProductUrlPrefixes({QStringLiteral("https://shop.northfield.example/p/")});
    (void)resolver.resolve({}, bytes, QStringLiteral("fuzz"), 1);

    // As a bare NDEF message, and as a smart poster payload.
    decodeRecords(parseNdefMessage(bytes));
    (void)decodeNdefSmartPoster(bytes);

    // As a tag file.
    QString error;
    (void)parseFlipperNfc(bytes, &error);
    (void)parseRawTagDump(bytes, &error);
    return 0;
}
