// SPDX-License-Identifier: MIT
#include "imagecache.h"

#include <QNetworkDiskCache>
#include <QNetworkRequest>

namespace Omnitote {

ImageCacheFactory::ImageCacheFactory(QString cacheDir, qint64 maxBytes)
    : m_cacheDir(std::move(cacheDir)), m_maxBytes(maxBytes)
{ }

QNetworkAccessManager *ImageCacheFactory::create(QObject *parent)
{
    return new CachingNetworkAccessManager(m_cacheDir, m_maxBytes, parent);
}

CachingNetworkAccessManager::CachingNetworkAccessManager(const QString &cacheDir, qint64 maxBytes,
                                                         QObject *parent)
    : QNetworkAccessManager(parent)
{
    // QNetworkDiskCache evicts the oldest files once the folder grows past maxBytes.
    auto *cache = new QNetworkDiskCache(this);
    cache->setCacheDirectory(cacheDir);
    cache->setMaximumCacheSize(maxBytes);
    setCache(cache);
}

QNetworkReply *CachingNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                          QIODevice *outgoingData)
{
    if (op != GetOperation)
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    // A product image does not change under its URL: a cached copy, even a stale one, is shown without
    // asking the network, and only images not yet cached are fetched.
    QNetworkRequest cached(request);
    cached.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    return QNetworkAccessManager::createRequest(op, cached, outgoingData);
}

} // namespace Omnitote
