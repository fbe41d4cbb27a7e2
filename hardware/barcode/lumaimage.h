// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace Omnitote {

/**
 * An 8-bit luminance image with tightly packed rows: the one image type the decoder works on.
 * A camera frame's Y plane is copied in as it is (no RGB conversion); files are converted once.
 */
class LumaImage
{
public:
    LumaImage() = default;
    LumaImage(int width, int height, std::uint8_t fill = 0);

    /** Copies a plane with any row stride (e.g. a mapped QVideoFrame's plane 0). */
    static LumaImage fromPlane(const std::uint8_t *data, int width, int height, int bytesPerLine);
    /** Loads PNG, JPEG, PGM, ... via QImage; nullopt with `error` set when unreadable. */
    static std::optional<LumaImage> load(const QString &path, QString *error);

    /** Writes a binary PGM (P5): lossless and readable by every image tool, for support files. */
    bool savePgm(const QString &path) const;

    int width() const { return m_width; }
    int height() const { return m_height; }
    bool isNull() const { return m_width <= 0 || m_height <= 0; }
    std::uint8_t *row(int y) { return m_pixels.data() + static_cast<std::size_t>(y) * m_width; }
    const std::uint8_t *row(int y) const { return m_pixels.data() + static_cast<std::size_t>(y) * m_width; }
    const std::uint8_t *data() const { return m_pixels.data(); }
    std::uint8_t *data() { return m_pixels.data(); }
    std::size_t byteCount() const { return m_pixels.size(); }

    // Largest frame we accept anywhere (8K UHD); bigger claims are treated as corrupt input.
    static constexpr int maxDimension = 8192;

private:
    int m_width = 0;
    int m_height = 0;
    std::vector<std::uint8_t> m_pixels;
};

} // namespace Omnitote
