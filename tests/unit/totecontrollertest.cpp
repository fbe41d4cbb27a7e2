// SPDX-License-Identifier: MIT
// ToteController and ToteModel on a real ToteStore, under QAbstractItemModelTester.
#include <backendapi.h>
#include <httpclient.h>
#include <productcontroller.h>
#include <syncengine.h>
#include <totecontroller.h>
#include <totelimits.h>
#include <totestore.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Omnitote;

namespace {

Product shirt()
{
    Product product;
    product.id = QStringLiteral("p-shirt");
    product.name = QStringLiteral("Linen Shirt");
    product.price = {2500, QStringLiteral("EUR")};
    Variant medium;
    medium.id = QStringLiteral("v-m");
    medium.color = QStringLiteral("Blue");
    medium.size = QStringLiteral("M");
    medium.price = {1999, QStringLiteral("EUR")};
    product.variants = {medium};
    return product;
}

Product lamp()
{
    Product product;
    product.id = QStringLiteral("p-lamp");
    product.name = QStringLiteral("Lamp");
    product.onlineOnly = true;
    product.price = {5000, QStringLiteral("EUR")};
    return product;
}

} // namespace

class ToteControllerTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;
    HttpClient m_http;
    BackendApi m_api {&m_http}; // not configured: these tests never reach a server
    std::unique_ptr<ToteStore> m_store;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<ToteController> m_tote;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QVariant role(int row, ToteModel::Roles role) const
    {
        return m_tote->model()->data(m_tote->model()->index(row), role);
    }

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
        m_store = std::make_unique<ToteStore>();
        QString error;
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("t%1.db").arg(++m_file)), &error));
        m_sync = std::make_unique<SyncEngine>(m_store.get(), &m_api);
        m_tote = std::make_unique<ToteController>(m_store.get(), m_sync.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_tote->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_tote.reset();
        m_sync.reset();
        m_store.reset();
    }

    void addShowsTheLineWithItsRoles()
    {
        QSignalSpy added(m_tote.get(), &ToteController::added);
        QSignalSpy lines(m_tote.get(), &ToteController::linesChanged);
        const QString lineId = m_tote->add(shirt(), QStringLiteral("v-m"), Fulfilment::Pickup,
                                           LineSource::Nfc, QStringLiteral("img.jpg"));
        QVERIFY2(!lineId.isEmpty(), qPrintable(m_tote->errorMessage()));
        QCOMPARE(added.size(), 1);
        QVERIFY(!lines.isEmpty());
        QCOMPARE(m_tote->model()->rowCount(), 1);
        QCOMPARE(role(0, ToteModel::LineIdRole).toString(), lineId);
        QCOMPARE(role(0, ToteModel::NameRole).toString(), QStringLiteral("Linen Shirt"));
        QCOMPARE(role(0, ToteModel::VariantRole).toString(), QStringLiteral("Blue · M"));
        QCOMPARE(role(0, ToteModel::QtyRole).toInt(), 1);
        QCOMPARE(role(0, ToteModel::FulfilmentRole).toString(), QStringLiteral("pickup"));
        QCOMPARE(role(0, ToteModel::SourceRole).toString(), QStringLiteral("nfc"));
        QCOMPARE(role(0, ToteModel::ImageRole).toString(), QStringLiteral("img.jpg"));
        QCOMPARE(role(0, ToteModel::LineTotalCentsRole).toLongLong(), 1999); // the variant's price
        QCOMPARE(role(0, ToteModel::UnitPriceRole).toString(),
                 ProductController::formatPrice({1999, QStringLiteral("EUR")}, QLocale()));
        QCOMPARE(m_tote->itemCount(), 1);
        QCOMPARE(m_tote->lineCount(), 1);
        QCOMPARE(m_tote->syncState(), ToteController::SyncState::Pending);
        QCOMPARE(m_tote->pendingCount(), 1);
        QVERIFY(m_tote->syncText().contains(QLatin1Char('1')));
        QCOMPARE(m_tote->model()->roleNames().value(ToteModel::LineTotalRole), QByteArray("lineTotal"));
    }

    void quantityFulfilmentAndTotals()
    {
        const QString shirtLine =
            m_tote->add(shirt(), QStringLiteral("v-m"), Fulfilment::Take, LineSource::Scan);
        const QString lampLine = m_tote->add(lamp(), {}, Fulfilment::Ship, LineSource::Search);
        QVERIFY(!lampLine.isEmpty());
        QSignalSpy dataChanged(m_tote->model(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_tote->setQty(shirtLine, 3));
        QCOMPARE(dataChanged.size(), 1);
        QCOMPARE(role(0, ToteModel::QtyRole).toInt(), 3);
        QCOMPARE(role(0, ToteModel::LineTotalCentsRole).toLongLong(), 3 * 1999);
        QCOMPARE(m_tote->itemCount(), 4);
        const auto money = [](qint64 cents) {
            return ProductController::formatPrice({cents, QStringLiteral("EUR")}, QLocale());
        };
        QCOMPARE(m_tote->takeTotalText(), money(3 * 1999));
        QCOMPARE(m_tote->shipTotalText(), money(5000));
        QCOMPARE(m_tote->pickupTotalText(), money(0));
        QCOMPARE(m_tote->totalText(), money(3 * 1999 + 5000));

        QVERIFY(m_tote->setFulfilment(shirtLine, QStringLiteral("pickup")));
        QCOMPARE(role(0, ToteModel::FulfilmentRole).toString(), QStringLiteral("pickup"));
        QCOMPARE(m_tote->pickupTotalText(), money(3 * 1999));

        // Online-only items can only ship; bad input is refused with a message.
        QVERIFY(!m_tote->setFulfilment(lampLine, QStringLiteral("take")));
        QVERIFY(!m_tote->errorMessage().isEmpty());
        QVERIFY(m_tote->setQty(lampLine, 2));
        QVERIFY(m_tote->errorMessage().isEmpty());
        QVERIFY(!m_tote->setQty(lampLine, 0));
        // The quantity stepper's limit is the shared one, which the server applies as well.
        QCOMPARE(m_tote->property("maxLineQty").toInt(), ToteLimits::maxLineQty);
        QVERIFY(m_tote->setQty(lampLine, ToteLimits::maxLineQty));
        QVERIFY(!m_tote->setQty(lampLine, ToteLimits::maxLineQty + 1));
        QVERIFY(m_tote->errorMessage().contains(QString::number(ToteLimits::maxLineQty)));
        QCOMPARE(role(1, ToteModel::QtyRole).toInt(), ToteLimits::maxLineQty);
        QVERIFY(m_tote->setQty(lampLine, 2));
        QVERIFY(!m_tote->setFulfilment(lampLine, QStringLiteral("teleport")));
        QVERIFY(m_tote->add(lamp(), {}, Fulfilment::Take, LineSource::Scan).isEmpty());
        QCOMPARE(m_tote->lineCount(), 2);
    }

    void removeAndUndo()
    {
        const QString a = m_tote->add(shirt(), QStringLiteral("v-m"), Fulfilment::Take, LineSource::Scan);
        const QString b = m_tote->add(lamp(), {}, Fulfilment::Ship, LineSource::Related);
        const QString c = m_tote->add(shirt(), QStringLiteral("v-m"), Fulfilment::Pickup, LineSource::Scan);
        QVERIFY(!m_tote->canUndo());
        QVERIFY(!m_tote->undo());
        QVERIFY(m_tote->remove(b));
        QVERIFY(m_tote->canUndo());
        QCOMPARE(m_tote->model()->rowCount(), 2);
        QVERIFY(m_tote->remove(a));
        QVERIFY(m_tote->undo()); // a comes back first (the newest removal)
        QCOMPARE(role(0, ToteModel::NameRole).toString(), QStringLiteral("Linen Shirt"));
        QVERIFY(role(0, ToteModel::LineIdRole).toString() != a);
        QVERIFY(m_tote->undo());
        QCOMPARE(role(1, ToteModel::NameRole).toString(), QStringLiteral("Lamp"));
        QCOMPARE(role(2, ToteModel::LineIdRole).toString(), c);
        QVERIFY(!m_tote->canUndo());
        QCOMPARE(m_store->pendingCount(), 3 + 2 + 2);
        QVERIFY(!m_tote->remove(QStringLiteral("nope")));
    }

    void addCurrentProductNeedsAProduct()
    {
        HttpClient http;
        BackendApi api(&http);
        ProductController products(&api);
        m_tote->setProductController(&products);
        QVERIFY(!m_tote->addCurrentProduct(QStringLiteral("take")));
        QVERIFY(!m_tote->errorMessage().isEmpty());
        QCOMPARE(m_tote->lineCount(), 0);
    }

    void endSessionClearsTheScreenAndUndo()
    {
        const QString a = m_tote->add(shirt(), QStringLiteral("v-m"), Fulfilment::Take, LineSource::Scan);
        m_tote->add(lamp(), {}, Fulfilment::Ship, LineSource::Scan);
        m_tote->remove(a);
        QSignalSpy reset(m_tote->model(), &QAbstractItemModel::modelReset);
        m_tote->endSession();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_tote->model()->rowCount(), 0);
        QCOMPARE(m_tote->itemCount(), 0);
        QVERIFY(!m_tote->canUndo());
        QVERIFY(m_tote->pickupCode().isEmpty());
        QCOMPARE(m_tote->pendingCount(), 3); // still to be synced, without the shopper's lines
    }

    void reopenedStoreFillsTheModel()
    {
        m_tote->add(shirt(), QStringLiteral("v-m"), Fulfilment::Take, LineSource::Scan);
        m_tote->add(lamp(), {}, Fulfilment::Ship, LineSource::Scan);
        cleanup();
        m_store = std::make_unique<ToteStore>();
        QString error;
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("t%1.db").arg(m_file)), &error));
        m_sync = std::make_unique<SyncEngine>(m_store.get(), &m_api);
        m_tote = std::make_unique<ToteController>(m_store.get(), m_sync.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_tote->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_tote->model()->rowCount(), 2);
        QCOMPARE(role(1, ToteModel::NameRole).toString(), QStringLiteral("Lamp"));
        QCOMPARE(m_tote->syncState(), ToteController::SyncState::Pending);
    }
};

QTEST_MAIN(ToteControllerTest)
#include "totecontrollertest.moc"
