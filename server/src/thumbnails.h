// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCache>
#include <QString>

namespace Omnitote::Server {

/**
 * PNG renditions of the catalogue's SVG art, for email: many mail clients show no SVG at all.
 * Rendered with QtSvg at one fixed size on first request and kept in memory (bounded), so a burst of
 * opened emails costs one render per picture. Lives on the HTTP thread of the ApiServer that owns it.
 */
class Thumbnails
{
public:
    /** Pixels per side: twice the 64 CSS px the email shows, for high-density screens. */
    static constexpr int kSize = 128;

    Thumbnails();

    /** The URL path of the PNG for catalogue image `file` ("NAME.svg"); "/images/FILE" for other art. */
    static QString pathFor(const QString &file);
    /** The PNG for "NAME.png", from the compiled-in NAME.svg; empty when there is no such art. */
    QByteArray png(const QString &name);

private:
    QCache<QString, QByteArray> m_cache; // cost: bytes
};

} // namespace Omnitote::Server
