// SPDX-License-Identifier: MIT
#pragma once

#include "latestcall.h"
#include "productsummarymodel.h"

namespace Omnitote {

/** Products related to the one on screen ("goes with", "similar"), in catalogue order. */
class RelatedModel : public ProductSummaryModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("RelatedModel belongs to the ProductPage")
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)
public:
    using ProductSummaryModel::ProductSummaryModel;

    /** Loads the relations of `productId`; the rows so far stay until the answer arrives. */
    void load(const QString &productId);
    void clear();

    bool loading() const { return m_call.isRunning(); }
    QString errorMessage() const { return m_errorMessage; }
    QString productId() const { return m_productId; }

Q_SIGNALS:
    void stateChanged();
    void loaded();

private:
    LatestCall m_call;
    QString m_productId;
    QString m_errorMessage;
};

} // namespace Omnitote
