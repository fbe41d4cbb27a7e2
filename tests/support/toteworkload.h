// SPDX-License-Identifier: MIT
#pragma once

#include <apitypes.h>
#include <totetypes.h>

#include <QList>
#include <QMap>
#include <QRandomGenerator>

namespace Omnitote {
class ToteStore;
}

namespace Omnitote::Testing {

struct DemoCatalog;

/** A product variant the workload can add, taken from the demo catalogue. */
struct ToteItem
{
    QString productId;
    QString variantId;
    QString name;
    qint64 price = 0;
    bool onlineOnly = false;
};

/** Up to `max` items from the catalogue, with online-only ones among them when it has any. */
QList<ToteItem> toteItems(const DemoCatalog &catalog, int max);

/**
 * Random shopper edits (add, quantity, fulfilment, remove, undo) on a ToteStore, seeded, and the
 * contents the shopper intends, tracked independently of the store from what each edit asked for.
 */
class ToteWorkload
{
public:
    struct Expected
    {
        QString productId;
        QString variantId;
        int qty = 0;
        Fulfilment fulfilment = Fulfilment::Take;
    };

    ToteWorkload(QList<ToteItem> items, quint32 seed);

    /** One random edit; false with a reason when the store refused something valid. */
    bool step(ToteStore &store, QString *error);
    /** Edits for the benchmark: adds, then quantity changes, `count` ops in all. */
    bool fill(ToteStore &store, int count, QString *error);
    const QMap<QString, Expected> &expected() const { return m_expected; }

    /** "" when the lines match the intended contents exactly, else what differs. */
    QString diff(const QList<ToteLine> &lines) const;
    QString diff(const QList<ServerToteLine> &lines) const;

private:
    bool add(ToteStore &store, QString *error);
    QString randomLine();

    QList<ToteItem> m_items;
    QRandomGenerator m_random;
    QMap<QString, Expected> m_expected;
    QList<ToteLine> m_removed;
};

} // namespace Omnitote::Testing
