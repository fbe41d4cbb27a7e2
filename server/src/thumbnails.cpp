// SPDX-License-Identifier: MIT
#include "thumbnails.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>

namespace Omnitote::Server {

namespace {

// About 4 KB each: the whole demo catalogue's art fits several times over.
constexpr qsizetype kCacheBytes = 8 * 1024 * 1024;

} // namespace

Thumbnails::Thumbnails() : m_cache(kCacheBytes) { }

QString Thumbnails::pathFor(const QString &file)
{
    if (file.endsWith(QLatin1String(".svg")))
        return QStringLiteral("/images/thumb/") + file.chopped(4) + QStringLiteral(".png");
    return QStringLiteral("/images/") + file;
}

QByteArray Thumbnails::png(const QString &name)
{
    // Only plain file names of the compiled-in art: no paths, no other resources.
    static const QRegularExpression safeName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.png$"));
    if (!safeName.match(name).hasMatch())
        return {};
    if (const QByteArray *cached = m_cache.object(name))
        return *cached;
    const QString source =
        QStringLiteral(":/omnitote/catalog/images/") + name.chopped(4) + QStringLiteral(".svg");
    if (!QFile::exists(source))
        return {};
    QSvgRenderer svg(source);
    if (!svg.isValid())
        return {};
    svg.setAspectRatioMode(Qt::KeepAspectRatio);
    QImage image(kSize, kSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    QByteArray encoded;
    QBuffer buffer(&encoded);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
        return {};
    m_cache.insert(name, new QByteArray(encoded), encoded.size());
    return encoded;
}

} // namespace Omnitote::Server
