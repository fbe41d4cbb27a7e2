// SPDX-License-Identifier: MIT
#pragma once

#include "lumaimage.h"

#include <QString>

#include <cstddef>

namespace Omnitote {

/**
 * Frame pixels shared between the kiosk and omnitote-decoder, so only a small header goes down the
 * pipe. Copying a 720p frame through the pipe cost 3-6 ms per frame on a loaded 2-core machine
 * (QProcess writes it in chunks, each a wake-up of both processes); one memcpy into shared memory
 * costs about 0.1 ms (docs/PERFORMANCE.md).
 *
 * The kiosk side owns an anonymous memfd and only writes; the worker maps the same file read-only
 * and copies the frame out before decoding, so a worker can never change what the kiosk holds.
 * The memory is never shared with any other process: the fd is close-on-exec and only the decoder
 * child gets a copy (SupervisedDecoder clears the flag in the child between fork and exec).
 */
class SharedFrameMemory
{
public:
    /** Kiosk side: a new, empty memfd; isValid() is false (and `error` says why) when unsupported. */
    static SharedFrameMemory create(QString *error);
    /** Worker side: the fd inherited from the kiosk. */
    static SharedFrameMemory attach(int fd);

    SharedFrameMemory() = default;
    SharedFrameMemory(SharedFrameMemory &&other) noexcept;
    SharedFrameMemory &operator=(SharedFrameMemory &&other) noexcept;
    SharedFrameMemory(const SharedFrameMemory &) = delete;
    SharedFrameMemory &operator=(const SharedFrameMemory &) = delete;
    ~SharedFrameMemory();

    bool isValid() const { return m_fd >= 0; }
    int fd() const { return m_fd; }

    /** Kiosk side: grows the file when needed and copies the frame's pixels to its start. */
    bool write(const LumaImage &frame);
    /**
     * Worker side: copies width*height pixels from the start into `frame` (already sized). False
     * when the file is smaller than that: the request is then invalid, never read past the end.
     */
    bool read(LumaImage &frame);

private:
    bool mapAtLeast(std::size_t size, bool writable);
    void release();

    int m_fd = -1;
    void *m_map = nullptr;
    std::size_t m_mapped = 0;
};

} // namespace Omnitote
