// SPDX-License-Identifier: MIT
#pragma once

#include "scanevent.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

namespace Omnitote {

/**
 * Turns the memory of a tapped Type 2 tag into the ScanEvent the app looks up.
 *
 * Anyone can write a tag, so NDEF content is untrusted: a URI counts only when it is a GS1 Digital Link
 * (its GTIN is what gets looked up) or starts with one of the retailer's product URL prefixes
 * (e.g. "https://shop.northfield.example/p/", compared as parsed URLs: scheme, host, port, no user
 * info, normalised path). A Text record counts only when it is a valid GTIN or GS1 element string.
 * Anything else, including a tag without NDEF or with a broken one, resolves by its UID as
 * "nfc:<UID hex>", which the backend maps to a product.
 */
class NfcTagResolver
{
public:
    struct Resolution
    {
        ScanEvent event;
        QString note; // why NDEF content was not used, when it was not ("" when it was, or there was none)
    };

    void setProductUrlPrefixes(const QStringList &prefixes) { m_prefixes = prefixes; }
    QStringList productUrlPrefixes() const { return m_prefixes; }

    bool isProductUrl(const QString &uri) const;

    // `uid` as the reader reported it (anticollision); `memory` from page 0. `sourceId` names the reader.
    Resolution resolve(const QByteArray &uid, QByteArrayView memory, const QString &sourceId,
                       qint64 capturedAtNs) const;

private:
    QStringList m_prefixes;
};

} // namespace Omnitote
