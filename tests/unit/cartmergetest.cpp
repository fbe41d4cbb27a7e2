// SPDX-License-Identifier: MIT
// The cart merge rules one by one, on a single cart line (no database).
#include <cartmerge.h>

#include <QTest>

using namespace Omnitote::Server;

class CartMergeTest : public QObject
{
    Q_OBJECT

    static CartLine fresh()
    {
        CartLine line;
        line.id = QStringLiteral("c1");
        line.isNew = true;
        line.removed = true; // as ToteStore makes a line that is not in the cart yet
        return line;
    }

private Q_SLOTS:
    void storeAddsCombine()
    {
        CartLine line = fresh();
        CartMerge::storeAdd(line, 2, Fulfilment::Take, 1000);
        CartMerge::storeAdd(line, 3, Fulfilment::Pickup, 1200);
        QCOMPARE(line.qty, 5);
        QCOMPARE(line.storeQty, 5);
        QCOMPARE(line.fulfilment, Fulfilment::Pickup);
        QCOMPARE(line.unitPrice, 1000); // a live line keeps the price it was first added at
        QCOMPARE(line.origin, QStringLiteral("store"));
    }

    void storeQtyIsADeltaAndNeverBelowOne()
    {
        CartLine line = fresh();
        CartMerge::storeAdd(line, 2, Fulfilment::Take, 1000);
        CartMerge::customerSetQty(line, 5);
        CartMerge::storeSetQty(line, 2, 3);
        QCOMPARE(line.qty, 6);
        QCOMPARE(line.storeQty, 3);
        CartMerge::customerSetQty(line, 1);
        QCOMPARE(line.storeQty, 1);
        CartMerge::storeSetQty(line, 3, 1);
        QCOMPARE(line.qty, 1);
        QVERIFY(!line.removed);
    }

    void storeRemoveTakesOnlyItsPart()
    {
        CartLine line = fresh();
        CartMerge::customerAdd(line, 2, Fulfilment::Ship, 500);
        CartMerge::storeAdd(line, 3, Fulfilment::Ship, 500);
        CartMerge::storeRemove(line, 3);
        QCOMPARE(line.qty, 2);
        QCOMPARE(line.storeQty, 0);
        QVERIFY(!line.removed);
        CartMerge::storeRemove(line, 2);
        QVERIFY(line.removed);
        QCOMPARE(line.removedBy, QStringLiteral("store"));
    }

    void removedLinesRevive()
    {
        CartLine line = fresh();
        CartMerge::storeAdd(line, 2, Fulfilment::Take, 700);
        CartMerge::customerRemove(line);
        QVERIFY(line.removed);
        QCOMPARE(line.removedBy, QStringLiteral("customer"));
        CartMerge::setFulfilment(line, Fulfilment::Pickup); // no effect on a removed line
        QCOMPARE(line.fulfilment, Fulfilment::Take);
        CartMerge::storeAdd(line, 1, Fulfilment::Pickup, 800);
        QVERIFY(!line.removed);
        QCOMPARE(line.qty, 1);
        QCOMPARE(line.unitPrice, 800);
        QCOMPARE(line.origin, QStringLiteral("store")); // who first added it does not change
    }

    void quantitiesAreCapped()
    {
        CartLine line = fresh();
        CartMerge::storeAdd(line, maxLineQty, Fulfilment::Take, 1);
        CartMerge::customerAdd(line, 5, Fulfilment::Ship, 1);
        QCOMPARE(line.qty, maxLineQty);
        QVERIFY(line.storeQty <= line.qty);
    }
};

QTEST_GUILESS_MAIN(CartMergeTest)
#include "cartmergetest.moc"
