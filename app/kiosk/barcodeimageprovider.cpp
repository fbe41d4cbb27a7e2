// SPDX-License-Identifier: MIT
#include "barcodeimageprovider.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcBarcodeRenderer)

namespace Omnitote {

BarcodeImageProvider::BarcodeImageProvider()
    : QQuickImageProvider(QQuickImageProvider::Image, QQuickImageProvider::ForceAsynchronousImageLoading)
{ }

QUrl BarcodeImageProvider::url(BarcodeRenderer::Kind kind, const QString &payload)
{
    // Every reserved character (including '/') is encoded, so the payload is exactly one path segment.
    return QUrl(QStringLiteral("image://%1/%2/%3")
                    .arg(QLatin1String(providerId), BarcodeRenderer::kindName(kind),
                         QString::fromLatin1(QUrl::toPercentEncoding(payload))),
                QUrl::StrictMode);
}

bool BarcodeImageProvider::parseId(const QString &id, BarcodeRenderer::Kind *kind, QString *payload)
{
    const qsizetype slash = id.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return false;
    const auto parsed = BarcodeRenderer::kindFromName(QStringView(id).left(slash));
    if (!parsed)
        return false;
    *kind = *parsed;
    *payload = QUrl::fromPercentEncoding(id.mid(slash + 1).toUtf8());
    return true;
}

QImage BarcodeImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    BarcodeRenderer::Kind kind {};
    QString payload;
    QString error;
    QImage image;
    if (!parseId(id, &kind, &payload))
        error = QStringLiteral("not a barcode image id: %1").arg(id);
    else
        image = BarcodeRenderer::render(kind, payload, requestedSize, &error);
    if (image.isNull())
        qCWarning(lcBarcodeRenderer) << error;
    if (size)
        *size = image.size();
    return image;
}

} // namespace Omnitote
