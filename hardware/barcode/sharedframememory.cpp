// SPDX-License-Identifier: MIT
#include "sharedframememory.h"

#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace Omnitote {

namespace {

// Grow in whole megabytes so a camera switching resolutions does not resize on every frame.
constexpr std::size_t growthStep = 1024 * 1024;

} // namespace

SharedFrameMemory SharedFrameMemory::create(QString *error)
{
    SharedFrameMemory memory;
    memory.m_fd = memfd_create("omnitote-frames", MFD_CLOEXEC);
    if (memory.m_fd < 0 && error)
        *error = QStringLiteral("memfd_create: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    return memory;
}

SharedFrameMemory SharedFrameMemory::attach(int fd)
{
    SharedFrameMemory memory;
    memory.m_fd = fd;
    return memory;
}

SharedFrameMemory::SharedFrameMemory(SharedFrameMemory &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_map(std::exchange(other.m_map, nullptr)),
      m_mapped(std::exchange(other.m_mapped, 0))
{ }

SharedFrameMemory &SharedFrameMemory::operator=(SharedFrameMemory &&other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
        m_map = std::exchange(other.m_map, nullptr);
        m_mapped = std::exchange(other.m_mapped, 0);
    }
    return *this;
}

SharedFrameMemory::~SharedFrameMemory()
{
    release();
}

void SharedFrameMemory::release()
{
    if (m_map)
        munmap(m_map, m_mapped);
    if (m_fd >= 0)
        ::close(m_fd);
    m_map = nullptr;
    m_mapped = 0;
    m_fd = -1;
}

bool SharedFrameMemory::mapAtLeast(std::size_t size, bool writable)
{
    if (m_map && m_mapped >= size)
        return true;
    struct stat info
    {
    };
    if (fstat(m_fd, &info) != 0)
        return false;
    std::size_t fileSize = static_cast<std::size_t>(info.st_size);
    if (fileSize < size) {
        if (!writable)
            return false; // the worker never grows the kiosk's file
        fileSize = (size + growthStep - 1) / growthStep * growthStep;
        if (ftruncate(m_fd, static_cast<off_t>(fileSize)) != 0)
            return false;
    }
    if (m_map)
        munmap(m_map, m_mapped);
    m_map = mmap(nullptr, fileSize, writable ? PROT_READ | PROT_WRITE : PROT_READ, MAP_SHARED, m_fd, 0);
    if (m_map == MAP_FAILED) {
        m_map = nullptr;
        m_mapped = 0;
        return false;
    }
    m_mapped = fileSize;
    return true;
}

bool SharedFrameMemory::write(const LumaImage &frame)
{
    if (!isValid() || frame.isNull() || !mapAtLeast(frame.byteCount(), true))
        return false;
    std::memcpy(m_map, frame.data(), frame.byteCount());
    return true;
}

bool SharedFrameMemory::read(LumaImage &frame)
{
    if (!isValid() || frame.isNull() || !mapAtLeast(frame.byteCount(), false))
        return false;
    std::memcpy(frame.data(), m_map, frame.byteCount());
    return true;
}

} // namespace Omnitote
