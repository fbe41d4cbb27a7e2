// SPDX-License-Identifier: MIT
#include "totecontroller.h"

#include "productcontroller.h"

#include <totelimits.h>
#include <totestore.h>

#include <QLocale>

namespace Omnitote {

namespace {
constexpr int kUndoDepth = 10;
}

ToteController::ToteController(ToteStore *store, SyncEngine *sync, QObject *parent)
    : QObject(parent), m_store(store), m_sync(sync), m_model(store)
{
    for (auto signal : {&ToteStore::lineInserted, &ToteStore::lineChanged, &ToteStore::lineRemoved})
        connect(m_store, signal, this, &ToteController::linesChanged);
    connect(m_store, &ToteStore::linesReset, this, &ToteController::linesChanged);
    connect(m_store, &ToteStore::toteChanged, this, &ToteController::toteChanged);
    connect(m_sync, &SyncEngine::stateChanged, this, &ToteController::syncChanged);
}

int ToteController::maxLineQty()
{
    return ToteLimits::maxLineQty;
}

int ToteController::itemCount() const
{
    return m_store->itemCount();
}

int ToteController::lineCount() const
{
    return int(m_store->lines().size());
}

QString ToteController::money(qint64 amount) const
{
    return ProductController::formatPrice({amount, m_store->currency()}, QLocale());
}

QString ToteController::totalText() const
{
    return money(m_store->total());
}

QString ToteController::takeTotalText() const
{
    return money(m_store->total(Fulfilment::Take));
}

QString ToteController::pickupTotalText() const
{
    return money(m_store->total(Fulfilment::Pickup));
}

QString ToteController::shipTotalText() const
{
    return money(m_store->total(Fulfilment::Ship));
}

QString ToteController::pickupCode() const
{
    return m_store->activeTote().pickupCode;
}

QString ToteController::syncText() const
{
    const int pending = m_sync->pendingCount();
    switch (m_sync->state()) {
    case SyncEngine::State::Synced:
        return tr("Saved");
    case SyncEngine::State::Pending:
        return tr("Saving %n change(s)…", "", pending);
    case SyncEngine::State::Offline:
        return tr("Offline: %n change(s) will be saved when the connection is back", "", pending);
    case SyncEngine::State::Error:
        break;
    }
    return tr("Not saved: %1").arg(m_sync->lastError());
}

bool ToteController::check(bool ok, const QString &error)
{
    const QString message = ok ? QString() : error;
    if (message != m_errorMessage) {
        m_errorMessage = message;
        Q_EMIT errorChanged();
    }
    return ok;
}

QString ToteController::add(const Product &product, const QString &variantId, Fulfilment fulfilment,
                            LineSource source, const QString &imageUrl)
{
    NewToteLine line;
    line.productId = product.id;
    line.variantId = variantId;
    line.fulfilment = fulfilment;
    line.source = source;
    line.onlineOnly = product.onlineOnly;
    line.productName = product.name;
    line.imageUrl = imageUrl;
    line.unitPrice = product.price.amount;
    line.currency = product.price.currency;
    if (const Variant *variant = product.variant(variantId)) {
        line.unitPrice = variant->price.amount;
        line.currency = variant->price.currency.isEmpty() ? product.price.currency : variant->price.currency;
        QStringList parts;
        for (const QString &part : {variant->color, variant->size}) {
            if (!part.isEmpty())
                parts.append(part);
        }
        line.variantText = parts.join(QStringLiteral(" · "));
    }
    QString error;
    const QString lineId = m_store->add(line, &error);
    if (check(!lineId.isEmpty(), error))
        Q_EMIT added(lineId);
    return lineId;
}

bool ToteController::addCurrentProduct(const QString &fulfilment, const QString &source)
{
    const auto how = fulfilmentFromName(fulfilment);
    const auto from = lineSourceFromName(source);
    if (!m_products || m_products->status() != ProductController::Status::Ready)
        return check(false, tr("There is no product to add"));
    if (!how || !from)
        return check(false, tr("Unknown fulfilment or source: %1, %2").arg(fulfilment, source));
    return !add(m_products->product(), m_products->variantId(), *how, *from,
                m_products->imageUrl().toString())
                .isEmpty();
}

bool ToteController::setQty(const QString &lineId, int qty)
{
    QString error;
    return check(m_store->setQty(lineId, qty, &error), error);
}

bool ToteController::setFulfilment(const QString &lineId, const QString &fulfilment)
{
    const auto how = fulfilmentFromName(fulfilment);
    if (!how)
        return check(false, tr("Unknown fulfilment: %1").arg(fulfilment));
    QString error;
    return check(m_store->setFulfilment(lineId, *how, &error), error);
}

bool ToteController::remove(const QString &lineId)
{
    QString error;
    const auto removed = m_store->remove(lineId, &error);
    if (!check(removed.has_value(), error))
        return false;
    m_removed.append(*removed);
    if (m_removed.size() > kUndoDepth)
        m_removed.removeFirst();
    Q_EMIT undoChanged();
    return true;
}

bool ToteController::undo()
{
    if (m_removed.isEmpty())
        return check(false, tr("Nothing to undo"));
    QString error;
    const bool ok = !m_store->restore(m_removed.last(), &error).isEmpty();
    if (ok) {
        m_removed.removeLast();
        Q_EMIT undoChanged();
    }
    return check(ok, error);
}

void ToteController::endSession()
{
    m_removed.clear();
    Q_EMIT undoChanged();
    QString error;
    check(m_store->endSession(&error), error);
}

void ToteController::refreshFormatting()
{
    m_model.refreshFormatting();
    Q_EMIT linesChanged();
}

} // namespace Omnitote
