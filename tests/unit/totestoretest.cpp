// SPDX-License-Identifier: MIT
// ToteStore on a real SQLite file: lines and outbox ops change together, survive a reopen, and a
// finished session leaves nothing of the shopper on the device.
#include <totelimits.h>
#include <totestore.h>

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Omnitote;

namespace {

NewToteLine shirt(Fulfilment fulfilment = Fulfilment::Take, int qty = 1)
{
    NewToteLine line;
    line.productId = QStringLiteral("p-shirt");
    line.variantId = QStringLiteral("v-shirt-m");
    line.qty = qty;
    line.fulfilment = fulfilment;
    line.source = LineSource::Nfc;
    line.unitPrice = 1999;
    line.currency = QStringLiteral("EUR");
    line.productName = QStringLiteral("Linen Shirt Zanzibar");
    line.variantText = QStringLiteral("Blue · M");
    line.imageUrl = QStringLiteral("http://127.0.0.1/images/shirt.jpg");
    return line;
}

NewToteLine onlineOnlyLamp()
{
    NewToteLine line = shirt(Fulfilment::Ship);
    line.productId = QStringLiteral("p-lamp");
    line.variantId.clear();
    line.onlineOnly = true;
    line.unitPrice = 5000;
    line.productName = QStringLiteral("Lamp");
    return line;
}

QStringList opTypes(const ToteStore &store)
{
    QStringList types;
    for (const OutboxOp &op : store.nextBatch(1000))
        types.append(op.body.value(QLatin1String("type")).toString());
    return types;
}

} // namespace

class ToteStoreTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void addWritesTheLineAndItsOp()
    {
        ToteStore store;
        QString error;
        QVERIFY2(store.open(path("add.db"), &error), qPrintable(error));
        QSignalSpy inserted(&store, &ToteStore::lineInserted);
        const QString lineId = store.add(shirt(Fulfilment::Pickup, 2), &error);
        QVERIFY2(!lineId.isEmpty(), qPrintable(error));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(store.lines().size(), 1);
        QCOMPARE(store.lines().first().lineId, lineId);
        QCOMPARE(store.itemCount(), 2);
        QCOMPARE(store.pendingCount(), 1);

        const QList<OutboxOp> ops = store.nextBatch(10);
        QCOMPARE(ops.size(), 1);
        const QJsonObject expected {{QStringLiteral("opId"), ops.first().opId},
                                    {QStringLiteral("type"), QStringLiteral("add")},
                                    {QStringLiteral("lineId"), lineId},
                                    {QStringLiteral("productId"), QStringLiteral("p-shirt")},
                                    {QStringLiteral("variantId"), QStringLiteral("v-shirt-m")},
                                    {QStringLiteral("qty"), 2},
                                    {QStringLiteral("fulfilment"), QStringLiteral("pickup")}};
        QCOMPARE(ops.first().body, expected);
        QCOMPARE(ops.first().toteId, store.activeTote().localId);
    }

    void editsQueueOpsInOrderWithFreshIds()
    {
        ToteStore store;
        QString error;
        QVERIFY(store.open(path("edits.db"), &error));
        const QString lineId = store.add(shirt(), &error);
        QVERIFY(store.setQty(lineId, 3, &error));
        QVERIFY(store.setQty(lineId, 3, &error)); // unchanged: no op
        QVERIFY(store.setFulfilment(lineId, Fulfilment::Ship, &error));
        QVERIFY(store.remove(lineId, &error).has_value());
        QCOMPARE(opTypes(store),
                 QStringList({QStringLiteral("add"), QStringLiteral("setQty"),
                              QStringLiteral("setFulfilment"), QStringLiteral("remove")}));
        QSet<QString> ids;
        for (const OutboxOp &op : store.nextBatch(10)) {
            QCOMPARE(op.body.value(QLatin1String("lineId")).toString(), lineId);
            ids.insert(op.opId);
        }
        QCOMPARE(ids.size(), 4);
        QCOMPARE(store.nextBatch(10).at(1).body.value(QLatin1String("qty")).toInt(), 3);
        QCOMPARE(store.nextBatch(10).at(2).body.value(QLatin1String("fulfilment")).toString(),
                 QStringLiteral("ship"));
        QVERIFY(store.lines().isEmpty());
    }

    void badEditsChangeNothing()
    {
        ToteStore store;
        QString error;
        QVERIFY(store.open(path("bad.db"), &error));
        NewToteLine none = shirt();
        none.qty = 0;
        QVERIFY(store.add(none, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        none.qty = ToteLimits::maxLineQty + 1;
        QVERIFY(store.add(none, &error).isEmpty());
        NewToteLine noProduct = shirt();
        noProduct.productId.clear();
        QVERIFY(store.add(noProduct, &error).isEmpty());
        const QString lineId = store.add(shirt(), &error);
        QVERIFY(!store.setQty(lineId, 0, &error));
        QVERIFY(!store.setQty(lineId, -4, &error));
        QVERIFY(!store.setQty(QStringLiteral("no-such-line"), 2, &error));
        QVERIFY(!store.remove(QStringLiteral("no-such-line"), &error).has_value());
        QCOMPARE(store.pendingCount(), 1);
        QCOMPARE(store.lines().first().qty, 1);
    }

    void onlineOnlyItemsCanOnlyShip()
    {
        ToteStore store;
        QString error;
        QVERIFY(store.open(path("online.db"), &error));
        NewToteLine take = onlineOnlyLamp();
        take.fulfilment = Fulfilment::Take;
        QVERIFY(store.add(take, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("ship")), qPrintable(error));
        const QString lineId = store.add(onlineOnlyLamp(), &error);
        QVERIFY2(!lineId.isEmpty(), qPrintable(error));
        QVERIFY(!store.setFulfilment(lineId, Fulfilment::Pickup, &error));
        QCOMPARE(store.lines().first().fulfilment, Fulfilment::Ship);
        QCOMPARE(store.pendingCount(), 1);
    }

    void totalsByFulfilment()
    {
        ToteStore store;
        QString error;
        QVERIFY(store.open(path("totals.db"), &error));
        store.add(shirt(Fulfilment::Take, 2), &error);
        store.add(shirt(Fulfilment::Pickup, 1), &error);
        store.add(onlineOnlyLamp(), &error);
        QCOMPARE(store.total(Fulfilment::Take), 2 * 1999);
        QCOMPARE(store.total(Fulfilment::Pickup), 1999);
        QCOMPARE(store.total(Fulfilment::Ship), 5000);
        QCOMPARE(store.total(), 3 * 1999 + 5000);
        QCOMPARE(store.currency(), QStringLiteral("EUR"));
    }

    void undoIsANewAddAtTheOldPlace()
    {
        ToteStore store;
        QString error;
        QVERIFY(store.open(path("undo.db"), &error));
        const QString first = store.add(shirt(), &error);
        const QString second = store.add(onlineOnlyLamp(), &error);
        const QString third = store.add(shirt(Fulfilment::Pickup, 4), &error);
        const auto removed = store.remove(second, &error);
        QVERIFY(removed);
        const QString restored = store.restore(*removed, &error);
        QVERIFY2(!restored.isEmpty(), qPrintable(error));
        QVERIFY(restored != second);
        QCOMPARE(store.rowOf(restored), 1);
        QCOMPARE(store.lines().at(0).lineId, first);
        QCOMPARE(store.lines().at(2).lineId, third);
        QCOMPARE(store.lines().at(1).productId, QStringLiteral("p-lamp"));
        QCOMPARE(opTypes(store).mid(3), QStringList({QStringLiteral("remove"), QStringLiteral("add")}));
        QCOMPARE(store.nextBatch(10).last().body.value(QLatin1String("lineId")).toString(), restored);
    }

    void lookupsAndSumsFollowEveryEdit()
    {
        ToteStore store;
        QString error;
        QVERIFY(store.open(path("index.db"), &error));
        const QString a = store.add(shirt(Fulfilment::Take, 2), &error);
        const QString b = store.add(shirt(Fulfilment::Pickup, 1), &error);
        // b is the last line: removing it and adding another gives the new line b's old position,
        // which the restored b takes again. Both must still be found.
        const auto removed = store.remove(b, &error);
        QVERIFY(removed);
        const QString c = store.add(onlineOnlyLamp(), &error);
        const QString restored = store.restore(*removed, &error);
        QVERIFY2(!restored.isEmpty(), qPrintable(error));
        QCOMPARE(store.lines().size(), 3);
        QSet<int> rows;
        for (const QString &id : {a, c, restored}) {
            const int row = store.rowOf(id);
            QVERIFY(row >= 0);
            QCOMPARE(store.lines().at(row).lineId, id);
            rows.insert(row);
        }
        QCOMPARE(rows.size(), 3);
        QCOMPARE(store.rowOf(b), -1);
        QVERIFY(store.setQty(restored, 4, &error));
        QVERIFY(store.setFulfilment(a, Fulfilment::Ship, &error));
        QCOMPARE(store.itemCount(), 2 + 1 + 4);
        QCOMPARE(store.total(Fulfilment::Take), 0);
        QCOMPARE(store.total(Fulfilment::Pickup), 4 * 1999);
        QCOMPARE(store.total(Fulfilment::Ship), 2 * 1999 + 5000);
        QCOMPARE(store.total(), 6 * 1999 + 5000);
        QVERIFY(store.endSession(&error));
        QCOMPARE(store.itemCount(), 0);
        QCOMPARE(store.total(), 0);
        QCOMPARE(store.rowOf(a), -1);
    }

    void toteHoldsAtMostTheSharedLineLimit()
    {
        ToteStore store;
        QString error;
        QVERIFY(store.open(path("full.db"), &error));
        QString last;
        for (int i = 0; i < ToteLimits::maxLines; ++i) {
            last = store.add(shirt(), &error);
            QVERIFY2(!last.isEmpty(), qPrintable(error));
        }
        const int queued = store.pendingCount();
        // Refused before anything is queued: the server would refuse the op (409 tote-full).
        QVERIFY(store.add(shirt(), &error).isEmpty());
        QVERIFY2(error.contains(QString::number(ToteLimits::maxLines)), qPrintable(error));
        const auto removed = store.remove(last, &error);
        QVERIFY(removed);
        QVERIFY(!store.add(shirt(), &error).isEmpty());
        error.clear();
        QVERIFY(store.restore(*removed, &error).isEmpty()); // an undo is an add too
        QVERIFY(!error.isEmpty());
        QCOMPARE(store.pendingCount(), queued + 2);
        QCOMPARE(store.lines().size(), ToteLimits::maxLines);
    }

    void reopenGivesTheSameLinesAndOutbox()
    {
        QString error;
        QList<ToteLine> lines;
        QList<OutboxOp> ops;
        {
            ToteStore store;
            QVERIFY(store.open(path("reopen.db"), &error));
            const QString a = store.add(shirt(), &error);
            store.add(onlineOnlyLamp(), &error);
            store.setQty(a, 5, &error);
            QVERIFY(store.setServerTote(store.activeTote().localId, QStringLiteral("srv-1"),
                                        QStringLiteral("K7Q"), 3, &error));
            lines = store.lines();
            ops = store.nextBatch(100);
        }
        ToteStore store;
        QVERIFY(store.open(path("reopen.db"), &error));
        QCOMPARE(store.lines().size(), lines.size());
        for (int i = 0; i < lines.size(); ++i) {
            QCOMPARE(store.lines().at(i).lineId, lines.at(i).lineId);
            QCOMPARE(store.lines().at(i).qty, lines.at(i).qty);
            QCOMPARE(store.lines().at(i).productName, lines.at(i).productName);
            QCOMPARE(store.lines().at(i).unitPrice, lines.at(i).unitPrice);
            QCOMPARE(store.lines().at(i).source, lines.at(i).source);
        }
        const QList<OutboxOp> reopened = store.nextBatch(100);
        QCOMPARE(reopened.size(), ops.size());
        for (int i = 0; i < ops.size(); ++i) {
            QCOMPARE(reopened.at(i).opId, ops.at(i).opId);
            QCOMPARE(reopened.at(i).body, ops.at(i).body);
        }
        QCOMPARE(store.activeTote().serverId, QStringLiteral("srv-1"));
        QCOMPARE(store.activeTote().pickupCode, QStringLiteral("K7Q"));
    }

    void acknowledgeAndQuarantine()
    {
        ToteStore store;
        QString error;
        QVERIFY(store.open(path("ack.db"), &error));
        for (int i = 0; i < 5; ++i)
            store.add(shirt(), &error);
        QList<OutboxOp> batch = store.nextBatch(2);
        QCOMPARE(batch.size(), 2);
        QVERIFY(store.acknowledge(batch, 2, &error));
        QCOMPARE(store.pendingCount(), 3);
        QCOMPARE(store.activeTote().version, 2);
        const OutboxOp bad = store.nextBatch(1).first();
        QVERIFY(store.quarantine(bad, QStringLiteral("HTTP 400: unknown product"), &error));
        QCOMPARE(store.pendingCount(), 2);
        QCOMPARE(store.quarantinedCount(), 1);
        QVERIFY(store.nextBatch(10).first().seq > bad.seq);
        QCOMPARE(store.quarantinedOps().size(), 1);
        QCOMPARE(store.quarantinedOps().first().second, QStringLiteral("HTTP 400: unknown product"));
        QCOMPARE(store.quarantinedOps().first().first.opId, bad.opId);
    }

    void endSessionKeepsOpsButNothingAboutTheShopper()
    {
        QString error;
        const QString file = path("session.db");
        ToteStore store;
        QVERIFY(store.open(file, &error));
        const QString oldTote = store.activeTote().localId;
        store.add(shirt(), &error);
        QVERIFY(store.setServerTote(oldTote, QStringLiteral("srv-9"), QStringLiteral("PICKME"), 1, &error));
        QSignalSpy reset(&store, &ToteStore::linesReset);
        QVERIFY2(store.endSession(&error), qPrintable(error));
        QCOMPARE(reset.size(), 1);
        QVERIFY(store.lines().isEmpty());
        QVERIFY(store.activeTote().localId != oldTote);
        QCOMPARE(store.pendingCount(), 1); // still to be synced
        const auto old = store.tote(oldTote);
        QVERIFY(old);
        QVERIFY(!old->active);
        QVERIFY(old->pickupCode.isEmpty());
        QCOMPARE(old->serverId, QStringLiteral("srv-9"));

        // Nothing the shopper saw is left in the files: not the product name, not the pickup code.
        for (const QString &name : {file, file + QStringLiteral("-wal")}) {
            QFile f(name);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains("Linen Shirt Zanzibar"), qPrintable(name));
            QVERIFY2(!bytes.contains("PICKME"), qPrintable(name));
        }

        // The new shopper's ops follow the old tote's; once those are acknowledged the old tote goes.
        store.add(shirt(), &error);
        QList<OutboxOp> first = store.nextBatch(10);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().toteId, oldTote);
        QVERIFY(store.acknowledge(first, 2, &error));
        QVERIFY(!store.tote(oldTote));
        QCOMPARE(store.nextBatch(10).first().toteId, store.activeTote().localId);
    }

    void emptySessionLeavesNoTote()
    {
        ToteStore store;
        QString error;
        QVERIFY(store.open(path("empty.db"), &error));
        const QString first = store.activeTote().localId;
        QVERIFY(store.endSession(&error));
        QVERIFY(!store.tote(first));
        QCOMPARE(store.pendingCount(), 0);
    }

    void unusableFileIsAnError()
    {
        ToteStore store;
        QString error;
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("no/such/dir/tote.db")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(store.add(shirt(), &error).isEmpty());
        QVERIFY(!store.endSession(&error));

        QFile junk(path("junk.db"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(8192, 'x'));
        junk.close();
        ToteStore other;
        QVERIFY(!other.open(path("junk.db"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(ToteStoreTest)
#include "totestoretest.moc"
