// SPDX-License-Identifier: MIT
#include "relatedmodel.h"

#include <QJsonArray>

namespace Omnitote {

void RelatedModel::load(const QString &productId)
{
    if (productId != m_productId)
        resetItems({}); // another product's relations would mislead while this one loads
    m_productId = productId;
    m_errorMessage.clear();
    auto *call = m_api->get(QStringLiteral("/v1/products/%1/related")
                                .arg(QString::fromLatin1(QUrl::toPercentEncoding(productId))));
    m_call.start(this, call, [this](ApiCall *done) {
        if (!done->ok()) {
            m_errorMessage = LatestCall::userMessage(*done);
            Q_EMIT stateChanged();
            return;
        }
        QList<ProductSummary> items;
        const auto entries = done->json().object().value(QStringLiteral("items")).toArray();
        for (const auto &entry : entries) {
            const auto object = entry.toObject();
            ProductSummary summary =
                ProductSummary::fromJson(object.value(QStringLiteral("product")).toObject());
            if (summary.id.isEmpty())
                continue;
            summary.relation = object.value(QStringLiteral("kind")).toString();
            items.append(summary);
        }
        resetItems(std::move(items));
        Q_EMIT stateChanged();
        Q_EMIT loaded();
    });
    Q_EMIT stateChanged();
}

void RelatedModel::clear()
{
    m_call.cancel();
    m_productId.clear();
    m_errorMessage.clear();
    resetItems({});
    Q_EMIT stateChanged();
}

} // namespace Omnitote
