// SPDX-License-Identifier: MIT
#pragma once

#include <QNetworkAccessManager>
#include <QQmlNetworkAccessManagerFactory>
#include <QString>

namespace Omnitote {

/**
 * The network access QML's Image elements use: a bounded disk cache in the kiosk's cache folder, read
 * before the network, so product photos seen once still show when the store's network is down.
 * TLS verification is Qt's default and stays on.
 */
// Thread affinity: QML calls create() on its loader threads; each manager lives on the thread that made it.
class ImageCacheFactory : public QQmlNetworkAccessManagerFactory
{
public:
    ImageCacheFactory(QString cacheDir, qint64 maxBytes);
    QNetworkAccessManager *create(QObject *parent) override;

private:
    QString m_cacheDir;
    qint64 m_maxBytes;
};

/** A QNetworkAccessManager that prefers its disk cache for plain GETs (product images). */
class CachingNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    CachingNetworkAccessManager(const QString &cacheDir, qint64 maxBytes, QObject *parent = nullptr);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;
};

} // namespace Omnitote
