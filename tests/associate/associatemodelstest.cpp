// SPDX-License-Identifier: MIT
// The associate screens' models on the server's documented answers (docs/API.md), each under
// QAbstractItemModelTester: the pick list in walking order as picks count up, the checkout queue as
// totes come and go, and the scan-to-till stepper.
#include <associatetypes.h>
#include <checkoutqueuemodel.h>
#include <picklistmodel.h>
#include <tillhandoff.h>

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Omnitote;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

// Two lines in walking order, one partly picked, one substituted; one ship line.
const char *const kPickList = R"({"toteId": "t-1", "pickupCode": "K7HQ", "status": "picking",
 "claim": {"associateId": "a-1", "staffNumber": "1042", "name": "Mari Tamm", "expiresAt": "2026-11-23T15:00:00.000Z", "mine": true},
 "lines": [
  {"lineId": "l-1", "productId": "P1", "variantId": "P1-01", "name": "Alder Mug", "color": "Ocean", "size": "350 ml",
   "image": "/images/p1.svg", "gtin": "04740168000110", "fulfilment": "take", "qty": 2, "picked": 1, "short": 0,
   "state": "partial", "aisle": "1", "aisleName": "Kitchen", "bay": "F8", "stockOnHand": 5, "substitute": null},
  {"lineId": "l-2", "productId": "P2", "variantId": "P2-01", "name": "Birch Board", "color": "", "size": "L",
   "image": "", "gtin": "04740168000127", "fulfilment": "pickup", "qty": 1, "picked": 0, "short": 0,
   "state": "open", "aisle": "3", "aisleName": "", "bay": "A1", "stockOnHand": 0,
   "substitute": {"variantId": "P2-02", "color": "", "size": "M", "gtin": "04740168000134", "shopperConsent": true}}],
 "ship": [{"lineId": "l-3", "productId": "P3", "variantId": "P3-01", "name": "Sofa", "qty": 1}],
 "complete": false})";

} // namespace

class AssociateModelsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pickListDecodesTheDocumentedAnswer()
    {
        QString error;
        const auto list = PickList::fromJson(json(kPickList), &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->lines.size(), 2);
        QCOMPARE(list->shipLines, 1);
        QVERIFY(list->claim && list->claim->mine);
        QVERIFY(list->lines.at(1).substitute && list->lines.at(1).substitute->shopperConsent);
        // A pick's answer wraps the list.
        QJsonObject wrapped {{QStringLiteral("result"), QStringLiteral("picked")},
                             {QStringLiteral("pickList"), json(kPickList)}};
        QVERIFY(PickList::fromJson(wrapped, &error));
        // Without a tote id it is refused with a reason, not half-shown.
        QVERIFY(!PickList::fromJson(json(R"({"lines": []})"), &error));
        QVERIFY(!error.isEmpty());
    }

    void pickListModelShowsLinesAndCountsUp()
    {
        PickListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUrlResolver(
            [](const QString &path) { return QUrl(QStringLiteral("http://127.0.0.1:1") + path); });
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QString error;
        auto list = *PickList::fromJson(json(kPickList), &error);
        model.setLines(list.lines);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(reset.size(), 1);
        const QModelIndex mug = model.index(0);
        QCOMPARE(mug.data(PickListModel::NameRole).toString(), QStringLiteral("Alder Mug"));
        QCOMPARE(mug.data(PickListModel::VariantTextRole).toString(), QStringLiteral("Ocean · 350 ml"));
        QCOMPARE(mug.data(PickListModel::ImageUrlRole).toUrl(),
                 QUrl(QStringLiteral("http://127.0.0.1:1/images/p1.svg")));
        QVERIFY(mug.data(PickListModel::LocationTextRole).toString().contains(QStringLiteral("Kitchen")));
        QVERIFY(mug.data(PickListModel::LocationTextRole).toString().contains(QStringLiteral("F8")));
        QCOMPARE(mug.data(PickListModel::StockOnHandRole).toInt(), 5);
        QCOMPARE(mug.data(PickListModel::ResolvedRole).toBool(), false);
        const QModelIndex board = model.index(1);
        // A substituted line is picked by the substitute's code.
        QCOMPARE(board.data(PickListModel::GtinRole).toString(), QStringLiteral("04740168000134"));
        QVERIFY(!board.data(PickListModel::SubstituteTextRole).toString().isEmpty());
        QVERIFY(board.data(PickListModel::ImageUrlRole).toUrl().isEmpty());
        QVERIFY(!model.allResolved());

        // The next answer: the mug fully picked, the board short. Same lines: changed in place.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        list.lines[0].picked = 2;
        list.lines[0].state = QStringLiteral("picked");
        list.lines[1].shortQty = 1;
        list.lines[1].state = QStringLiteral("short");
        model.setLines(list.lines);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0).data(PickListModel::PickedRole).toInt(), 2);
        QVERIFY(model.allResolved());
        QCOMPARE(model.rowOf(QStringLiteral("l-2")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.index(0).data(PickListModel::NameRole).isValid());
    }

    void checkoutQueueModelFollowsTheQueue()
    {
        CheckoutQueueModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&model, &CheckoutQueueModel::countChanged);
        QString error;
        const auto first = CheckoutQueue::fromJson(json(R"({"storeId": "s", "version": 7, "changed": true,
            "totes": [{"id": "t-1", "pickupCode": "K7HQ", "status": "awaiting-pick", "queuedAt": "2026-11-23T14:50:01.120Z",
                       "waitSeconds": 95, "lines": 3, "items": 5, "pickLines": 2, "customer": true, "claim": null}]})"),
                                                   &error);
        QVERIFY2(first, qPrintable(error));
        model.apply(*first);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(count.size(), 1);
        const QModelIndex row = model.index(0);
        QCOMPARE(row.data(CheckoutQueueModel::PickupCodeRole).toString(), QStringLiteral("K7HQ"));
        QCOMPARE(row.data(CheckoutQueueModel::ItemsRole).toInt(), 5);
        QVERIFY(row.data(CheckoutQueueModel::WaitTextRole).toString().contains(QLatin1Char('1'))); // 1 minute
        QCOMPARE(row.data(CheckoutQueueModel::ClaimedByRole).toString(), QString());

        // Someone claims it, and a second tote arrives.
        const auto second = CheckoutQueue::fromJson(json(R"({"version": 8, "changed": true, "totes": [
            {"id": "t-1", "pickupCode": "K7HQ", "status": "picking", "waitSeconds": 120, "items": 5,
             "claim": {"associateId": "a-2", "staffNumber": "7", "name": "Jaan", "expiresAt": "2026-11-23T15:00:00Z", "mine": false}},
            {"id": "t-2", "pickupCode": "ZZ9A", "status": "awaiting-pick", "waitSeconds": 3, "items": 1, "claim": null}]})"),
                                                    &error);
        QVERIFY2(second, qPrintable(error));
        model.apply(*second);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(count.size(), 2);
        QCOMPARE(model.index(0).data(CheckoutQueueModel::ClaimedByRole).toString(), QStringLiteral("Jaan"));
        QCOMPARE(model.index(0).data(CheckoutQueueModel::ClaimedByMeRole).toBool(), false);
        QCOMPARE(model.index(1).data(CheckoutQueueModel::ToteIdRole).toString(), QStringLiteral("t-2"));

        // Picked and gone.
        model.apply(CheckoutQueue {});
        QCOMPARE(model.rowCount(), 0);
        // A queue without its version cannot be long-polled on: refused.
        QVERIFY(!CheckoutQueue::fromJson(json(R"({"totes": []})"), &error));
    }

    void tillStepperStaysInRange()
    {
        TillHandoff till;
        QSignalSpy current(&till, &TillHandoff::currentChanged);
        till.previous();
        till.next();
        QCOMPARE(till.index(), 0);
        QVERIFY(till.barcodeSource().isEmpty());
        till.setItems(QStringLiteral("ott1.t-1"),
                      {{QStringLiteral("04740168000110"), QStringLiteral("v1"), QStringLiteral("Mug"), 2, {}},
                       {QStringLiteral("036000291452"), QStringLiteral("v2"), QStringLiteral("Tin"), 1, {}}});
        QCOMPARE(till.count(), 2);
        QCOMPARE(till.qty(), 2);
        QVERIFY(till.qrSource().toString().startsWith(QStringLiteral("image://barcode/qr/")));
        QVERIFY(till.barcodeSource().toString().startsWith(QStringLiteral("image://barcode/ean13/")));
        till.next();
        QCOMPARE(till.index(), 1);
        QCOMPARE(till.name(), QStringLiteral("Tin"));
        QVERIFY(till.barcodeSource().toString().startsWith(QStringLiteral("image://barcode/upca/")));
        const int signalsBefore = int(current.size());
        till.next(); // past the end: nothing happens
        QCOMPARE(till.index(), 1);
        QCOMPARE(int(current.size()), signalsBefore);
        till.previous();
        QCOMPARE(till.index(), 0);
        QVERIFY(till.positionText().contains(QLatin1Char('2')));
    }
};

QTEST_MAIN(AssociateModelsTest)
#include "associatemodelstest.moc"
