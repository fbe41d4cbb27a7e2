// SPDX-License-Identifier: MIT
#pragma once

#include "decodedbarcode.h"
#include "lumaimage.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <optional>

namespace Omnitote::DecoderProtocol {

// The pipe protocol between the kiosk (SupervisedDecoder) and omnitote-decoder. Both ends are the same
// build on the same machine, so integers travel in host byte order. Each side still validates what it
// reads: a worker that dies mid-answer must read as "crashed", never as a wrong result.
//
//   request:  "OTDQ" u32 id, u32 width, u32 height, u32 mode, u32 step, u32 flags, then
//             width*height luminance bytes - unless flags has pixelsInSharedMemory: then the pixels
//             are already at the start of the shared memory the kiosk handed the worker at start
//             (--shm-fd), and only this header travels down the pipe
//   response: "OTDR" u32 id, u32 length, then `length` bytes of JSON
//             {"barcodes":[DecodedBarcode::toJson()...],"step":..,"stepsTried":n}

enum class Mode : std::uint32_t {
    Fast = 0, // the pipeline's first step only
    Full = 1, // every pipeline step until one reads
    FullSafe = 2, // Full without the ZXing settings known to abort (the retry after a crash)
    PlainZXing = 3, // ZXing's ReadBarcodes with its default hints: the baseline we compare against
    Stepped = 4, // the first step, then only camera step number `step` (a camera's bounded harder pass)
};

constexpr std::uint32_t pixelsInSharedMemory = 1;
constexpr int headerSize = 28;
constexpr std::uint32_t maxResponseLength = 16 * 1024 * 1024;

struct RequestHeader
{
    std::uint32_t id = 0;
    int width = 0;
    int height = 0;
    Mode mode = Mode::Full;
    int step = 0; // Stepped: which camera step (DecodePipeline::cameraStepCount())
    std::uint32_t flags = 0;
};

struct Response
{
    std::uint32_t id = 0;
    QList<DecodedBarcode> barcodes;
    QString step;
    int stepsTried = 0;
};

QByteArray encodeRequestHeader(const RequestHeader &header);
/** nullopt for a bad magic, mode or size (the worker then exits rather than guess). */
std::optional<RequestHeader> decodeRequestHeader(const char *bytes);

QByteArray encodeResponse(const Response &response);
/** Length of the JSON that follows a response header, or nullopt when the header is invalid. */
std::optional<std::uint32_t> responseLength(const char *header, std::uint32_t *id);
std::optional<Response> decodeResponseBody(std::uint32_t id, const QByteArray &json);

} // namespace Omnitote::DecoderProtocol
