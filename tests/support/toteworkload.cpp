// SPDX-License-Identifier: MIT
#include "toteworkload.h"

#include "democatalog.h"

#include <totelimits.h>
#include <totestore.h>

#include <QStringList>

namespace Omnitote::Testing {

QList<ToteItem> toteItems(const DemoCatalog &catalog, int max)
{
    QList<ToteItem> items;
    QList<ToteItem> onlineOnly;
    for (const QJsonObject &product : catalog.products) {
        const QJsonObject variant = DemoCatalog::firstVariant(product);
        ToteItem item {product.value(QStringLiteral("id")).toString(),
                       variant.value(QStringLiteral("id")).toString(),
                       product.value(QStringLiteral("name")).toString(),
                       variant.value(QStringLiteral("price")).toInteger(),
                       product.value(QStringLiteral("onlineOnly")).toBool()};
        (item.onlineOnly ? onlineOnly : items).append(item);
    }
    items = items.mid(0, max - qMin<int>(max / 4, int(onlineOnly.size())));
    items += onlineOnly.mid(0, max - items.size());
    return items;
}

ToteWorkload::ToteWorkload(QList<ToteItem> items, quint32 seed)
    : m_items(std::move(items)), m_random(seed) { }

QString ToteWorkload::randomLine()
{
    const QList<QString> ids = m_expected.keys();
    return ids.at(int(m_random.bounded(quint32(ids.size()))));
}

bool ToteWorkload::add(ToteStore &store, QString *error)
{
    const ToteItem &item = m_items.at(int(m_random.bounded(quint32(m_items.size()))));
    NewToteLine line;
    line.productId = item.productId;
    line.variantId = item.variantId;
    line.productName = item.name;
    line.unitPrice = item.price;
    line.currency = QStringLiteral("EUR");
    line.onlineOnly = item.onlineOnly;
    line.qty = int(m_random.bounded(1, 4));
    line.fulfilment = item.onlineOnly ? Fulfilment::Ship : Fulfilment(m_random.bounded(3));
    const QString lineId = store.add(line, error);
    if (lineId.isEmpty())
        return false;
    m_expected.insert(lineId, {line.productId, line.variantId, line.qty, line.fulfilment});
    return true;
}

bool ToteWorkload::step(ToteStore &store, QString *error)
{
    const quint32 dice = m_random.bounded(100);
    if (m_expected.isEmpty() || dice < 35)
        return add(store, error);
    if (dice < 40 && !m_removed.isEmpty()) {
        const QString lineId = store.restore(m_removed.takeLast(), error);
        if (lineId.isEmpty())
            return false;
        const ToteLine &line = store.lines().at(store.rowOf(lineId));
        m_expected.insert(lineId, {line.productId, line.variantId, line.qty, line.fulfilment});
        return true;
    }
    const QString lineId = randomLine();
    Expected &expected = m_expected[lineId];
    if (dice < 65) {
        const int qty = int(m_random.bounded(1, 10));
        if (!store.setQty(lineId, qty, error))
            return false;
        expected.qty = qty;
        return true;
    }
    if (dice < 85) {
        const bool onlineOnly = store.lines().at(store.rowOf(lineId)).onlineOnly;
        const Fulfilment fulfilment = onlineOnly ? Fulfilment::Ship : Fulfilment(m_random.bounded(3));
        if (!store.setFulfilment(lineId, fulfilment, error))
            return false;
        expected.fulfilment = fulfilment;
        return true;
    }
    const auto removed = store.remove(lineId, error);
    if (!removed)
        return false;
    m_removed.append(*removed);
    m_expected.remove(lineId);
    return true;
}

bool ToteWorkload::fill(ToteStore &store, int count, QString *error)
{
    // A fifth of the ops add lines, up to what one tote may hold; the rest change quantities.
    const int adds = qBound(1, count / 5, ToteLimits::maxLines);
    for (int i = 0; i < count; ++i) {
        if (i < adds) {
            if (!add(store, error))
                return false;
            continue;
        }
        const QString lineId = randomLine();
        const int next = m_expected[lineId].qty % 9 + 1; // always a change, so always an op
        if (!store.setQty(lineId, next, error))
            return false;
        m_expected[lineId].qty = next;
    }
    return true;
}

namespace {

template<typename Line, typename Describe>
QString compare(const QMap<QString, ToteWorkload::Expected> &expected, const QList<Line> &lines,
                Describe describe)
{
    QStringList problems;
    QSet<QString> seen;
    for (const Line &line : lines) {
        const auto [lineId, productId, variantId, qty, fulfilment] = describe(line);
        if (seen.contains(lineId))
            problems.append(QStringLiteral("line %1 twice").arg(lineId));
        seen.insert(lineId);
        const auto it = expected.find(lineId);
        if (it == expected.end()) {
            problems.append(QStringLiteral("unexpected line %1 (%2 x%3)").arg(lineId, productId).arg(qty));
            continue;
        }
        if (it->productId != productId || it->variantId != variantId || it->qty != qty
            || fulfilmentName(it->fulfilment) != fulfilment)
            problems.append(QStringLiteral("line %1: %2/%3 x%4 %5, expected %6/%7 x%8 %9")
                                .arg(lineId, productId, variantId)
                                .arg(qty)
                                .arg(fulfilment, it->productId, it->variantId)
                                .arg(it->qty)
                                .arg(fulfilmentName(it->fulfilment)));
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!seen.contains(it.key()))
            problems.append(
                QStringLiteral("missing line %1 (%2 x%3)").arg(it.key(), it->productId).arg(it->qty));
    }
    return problems.join(QStringLiteral("; "));
}

} // namespace

QString ToteWorkload::diff(const QList<ToteLine> &lines) const
{
    return compare(m_expected, lines, [](const ToteLine &line) {
        return std::make_tuple(line.lineId, line.productId, line.variantId, line.qty,
                               fulfilmentName(line.fulfilment));
    });
}

QString ToteWorkload::diff(const QList<ServerToteLine> &lines) const
{
    return compare(m_expected, lines, [](const ServerToteLine &line) {
        return std::make_tuple(line.lineId, line.productId, line.variantId, line.qty, line.fulfilment);
    });
}

} // namespace Omnitote::Testing
