// SPDX-License-Identifier: MIT
// omnitote-decoder: decodes frames sent by the kiosk over stdin and answers on stdout.
//
// It exists so that ZXing can crash: Debian's ZXing-C++ 1.4.0 keeps assert() on and aborts on some
// frames. When that happens only this process dies; the kiosk's SupervisedDecoder notices, saves
// the frame for support and starts a new worker.
#include "barcodedecoder.h"
#include "decodepipeline.h"
#include "decoderprotocol.h"
#include "sharedframememory.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace Omnitote;

namespace {

bool readExactly(void *buffer, std::size_t size)
{
    return std::fread(buffer, 1, size, stdin) == size;
}

DecoderProtocol::Response decode(const DecoderProtocol::RequestHeader &header, const LumaImage &frame)
{
    DecoderProtocol::Response response;
    response.id = header.id;
    if (header.mode == DecoderProtocol::Mode::PlainZXing) {
        response.barcodes = BarcodeDecoder::read(frame, ZXingSettings::plainZXing(), QStringLiteral("plain"));
        response.stepsTried = 1;
        if (!response.barcodes.isEmpty())
            response.step = QStringLiteral("plain");
        return response;
    }
    DecodePipeline::Options options;
    options.depth = header.mode == DecoderProtocol::Mode::Fast ? DecodePipeline::Depth::Fast
        : header.mode == DecoderProtocol::Mode::Stepped        ? DecodePipeline::Depth::CameraStep
                                                               : DecodePipeline::Depth::Full;
    options.cameraStep = header.step;
    options.safeMode = header.mode == DecoderProtocol::Mode::FullSafe;
    const auto outcome = DecodePipeline::decode(frame, options);
    response.barcodes = outcome.barcodes;
    response.step = outcome.step;
    response.stepsTried = outcome.stepsTried;
    return response;
}

} // namespace

int main(int argc, char *argv[])
{
    // --shm-fd N: the kiosk's frame memory (SharedFrameMemory), inherited across exec.
    SharedFrameMemory shared;
    if (argc == 3 && std::strcmp(argv[1], "--shm-fd") == 0)
        shared = SharedFrameMemory::attach(std::atoi(argv[2]));
    char headerBytes[DecoderProtocol::headerSize];
    while (readExactly(headerBytes, sizeof headerBytes)) {
        const auto header = DecoderProtocol::decodeRequestHeader(headerBytes);
        if (!header) {
            std::fputs("omnitote-decoder: invalid request header\n", stderr);
            return 2;
        }
        LumaImage frame(header->width, header->height);
        const bool inSharedMemory = (header->flags & DecoderProtocol::pixelsInSharedMemory) != 0;
        if (inSharedMemory ? !shared.read(frame) : !readExactly(frame.data(), frame.byteCount())) {
            std::fputs("omnitote-decoder: frame pixels missing\n", stderr);
            return 2;
        }
        const QByteArray answer = DecoderProtocol::encodeResponse(decode(*header, frame));
        if (std::fwrite(answer.constData(), 1, static_cast<std::size_t>(answer.size()), stdout)
                != static_cast<std::size_t>(answer.size())
            || std::fflush(stdout) != 0)
            return 3;
    }
    return 0;
}
