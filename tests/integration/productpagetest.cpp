// SPDX-License-Identifier: MIT
// The product page's models (reviews, stock, related, variant options, Add to tote) against the
// real server on loopback with the demo catalogue; every model runs under QAbstractItemModelTester.
#include "kioskmodelfixture.h"

#include <availabilitymodel.h>
#include <productcontroller.h>
#include <productpage.h>
#include <relatedmodel.h>
#include <reviewmodel.h>
#include <variantoptionmodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Omnitote;
using namespace Omnitote::Testing;

namespace {

const QString kStore = QStringLiteral("tln-centre"); // the store TestServer's tokens belong to

QJsonObject storeStock(const QJsonObject &variant, const QString &store)
{
    return variant.value(QStringLiteral("stock")).toObject().value(store).toObject();
}

int otherStoresQty(const QJsonObject &variant)
{
    int total = 0;
    const QJsonObject stock = variant.value(QStringLiteral("stock")).toObject();
    for (auto it = stock.begin(); it != stock.end(); ++it) {
        if (it.key() != kStore)
            total += it.value().toObject().value(QStringLiteral("qty")).toInt();
    }
    return total;
}

// What the picker should say about a set of variants, computed from the catalogue itself.
VariantOptionModel::Availability expectedAvailability(const QList<QJsonObject> &variants)
{
    auto best = VariantOptionModel::Availability::Unknown;
    for (const auto &variant : variants) {
        const int here = storeStock(variant, kStore).value(QStringLiteral("qty")).toInt();
        const int online =
            variant.value(QStringLiteral("online")).toObject().value(QStringLiteral("qty")).toInt();
        const auto mark = here > 0        ? VariantOptionModel::Availability::InStore
            : otherStoresQty(variant) > 0 ? VariantOptionModel::Availability::Nearby
            : online > 0                  ? VariantOptionModel::Availability::Online
                                          : VariantOptionModel::Availability::SoldOut;
        best = std::min(best, mark);
    }
    return best;
}

QList<QJsonObject> variantsOf(const QJsonObject &product)
{
    QList<QJsonObject> variants;
    const auto array = product.value(QStringLiteral("variants")).toArray();
    for (const auto &variant : array)
        variants.append(variant.toObject());
    return variants;
}

} // namespace

class ProductPageTest : public QObject
{
    Q_OBJECT

    KioskModelFixture m_fixture;
    TestServer &m_server = m_fixture.server;
    DemoCatalog &m_catalog = m_fixture.catalog;
    HttpClient &m_http = m_fixture.http;
    BackendApi &m_api = m_fixture.api;

    static bool waitFor(QSignalSpy &spy, int count = 1) { return KioskModelFixture::waitFor(spy, count); }

    QJsonObject productWithReviews(int atLeast) const
    {
        return m_catalog.find([&](const QJsonObject &p) {
            return m_catalog.reviewsByProduct.value(p.value(QStringLiteral("id")).toString()).size()
                >= atLeast;
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
    }

    void reviewsArriveAPageAtATime()
    {
        const QJsonObject product = productWithReviews(25);
        QVERIFY2(!product.isEmpty(), "the demo catalogue has a product with 25 reviews");
        const QString id = product.value(QStringLiteral("id")).toString();
        const int expectedTotal = int(m_catalog.reviewsByProduct.value(id).size());

        ReviewModel model(&m_api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(10);
        QSignalSpy pages(&model, &ReviewModel::pageLoaded);
        model.setProductId(id);
        QVERIFY(model.loading());
        QVERIFY(waitFor(pages));
        QCOMPARE(model.total(), expectedTotal);
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({})) {
            const int before = int(pages.size());
            model.fetchMore({});
            model.fetchMore({}); // a second request while one runs is ignored, not doubled
            QVERIFY(waitFor(pages, before + 1));
        }
        QCOMPARE(model.rowCount(), expectedTotal);
        QVERIFY(!model.hasMore());

        // Newest first: dates as the catalogue gives them, never increasing.
        QStringList dates;
        for (const auto &review : m_catalog.reviewsByProduct.value(id))
            dates.append(review.value(QStringLiteral("createdAt")).toString());
        std::sort(dates.begin(), dates.end(), std::greater<>());
        const QString newestTitle = [&] {
            for (const auto &review : m_catalog.reviewsByProduct.value(id)) {
                if (review.value(QStringLiteral("createdAt")).toString() == dates.first())
                    return review.value(QStringLiteral("title")).toString();
            }
            return QString();
        }();
        QCOMPARE(model.index(0).data(ReviewModel::TitleRole).toString(), newestTitle);
        QVERIFY(!model.index(0).data(ReviewModel::DateTextRole).toString().isEmpty());
    }

    void reviewsSortByRating_data()
    {
        QTest::addColumn<ReviewModel::Sort>("sort");
        QTest::newRow("highest") << ReviewModel::Sort::Highest;
        QTest::newRow("lowest") << ReviewModel::Sort::Lowest;
    }
    void reviewsSortByRating()
    {
        QFETCH(ReviewModel::Sort, sort);
        const QJsonObject product = productWithReviews(12);
        const QString id = product.value(QStringLiteral("id")).toString();
        QList<int> ratings;
        for (const auto &review : m_catalog.reviewsByProduct.value(id))
            ratings.append(review.value(QStringLiteral("rating")).toInt());
        std::sort(ratings.begin(), ratings.end());
        if (sort == ReviewModel::Sort::Highest)
            std::reverse(ratings.begin(), ratings.end());

        ReviewModel model(&m_api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy pages(&model, &ReviewModel::pageLoaded);
        model.setProductId(id);
        QVERIFY(waitFor(pages));
        model.setSort(sort); // starts again at page 1 in the new order
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(waitFor(pages, 2));
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row).data(ReviewModel::RatingRole).toInt(), ratings.at(row));
    }

    void reviewsKeepWhatTheyHaveWhenTheNetworkFails()
    {
        const QString id = productWithReviews(25).value(QStringLiteral("id")).toString();
        BackendApi api(&m_http);
        api.setBaseUrl(m_server.baseUrl());
        api.setToken(m_server.token(Server::Principal::Role::Device));
        ReviewModel model(&api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy pages(&model, &ReviewModel::pageLoaded);
        QSignalSpy state(&model, &ReviewModel::stateChanged);
        model.setProductId(id);
        QVERIFY(waitFor(pages));
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1"))); // nothing listens there
        // A page already on the wire may still arrive; the next one fails.
        QTRY_VERIFY_WITH_TIMEOUT((model.loadMore(), !model.errorMessage().isEmpty()), 15000);
        QVERIFY(!model.loading());
        const int shown = model.rowCount();
        QVERIFY(shown > 0); // what was shown stays
        QVERIFY(!model.canFetchMore({})); // no automatic retry loop while the view sits at the end
        model.loadMore();
        QCOMPARE(model.rowCount(), shown);

        api.setBaseUrl(m_server.baseUrl());
        const int before = int(pages.size());
        model.retry();
        QVERIFY(waitFor(pages, before + 1));
        QVERIFY(model.errorMessage().isEmpty());
        QVERIFY(model.rowCount() > shown);
    }

    void stockHereNearbyAndOnline()
    {
        const QJsonObject product = m_catalog.find([](const QJsonObject &p) {
            const QJsonObject first = DemoCatalog::firstVariant(p);
            return !p.value(QStringLiteral("onlineOnly")).toBool()
                && storeStock(first, kStore).value(QStringLiteral("qty")).toInt() > 0
                && first.value(QStringLiteral("stock")).toObject().size() > 1;
        });
        QVERIFY(!product.isEmpty());
        const QJsonObject variant = DemoCatalog::firstVariant(product);
        const QJsonObject here = storeStock(variant, kStore);

        AvailabilityModel model(&m_api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &AvailabilityModel::loaded);
        model.setVariantId(variant.value(QStringLiteral("id")).toString());
        model.load(product.value(QStringLiteral("id")).toString());
        QVERIFY(waitFor(loaded));
        QVERIFY(model.hasData());
        QVERIFY(model.carriedHere());
        QCOMPARE(model.storeQty(), here.value(QStringLiteral("qty")).toInt());
        QCOMPARE(model.aisle(), here.value(QStringLiteral("aisle")).toString());
        QCOMPARE(model.bay(), here.value(QStringLiteral("bay")).toString());
        QCOMPARE(model.lowStock(), model.storeQty() <= AvailabilityModel::lowStockThreshold);
        const QJsonObject online = variant.value(QStringLiteral("online")).toObject();
        QCOMPARE(model.onlineQty(), online.value(QStringLiteral("qty")).toInt());
        QCOMPARE(model.shipDays(), online.value(QStringLiteral("shipDays")).toInt());
        QCOMPARE(model.rowCount(), variant.value(QStringLiteral("stock")).toObject().size() - 1);
        QCOMPARE(model.nearbyQty(), otherStoresQty(variant));
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row - 1).data(AvailabilityModel::DistanceKmRole).toDouble()
                    <= model.index(row).data(AvailabilityModel::DistanceKmRole).toDouble());
        }
        const QString storeId = model.index(0).data(AvailabilityModel::StoreIdRole).toString();
        QCOMPARE(model.index(0).data(AvailabilityModel::QtyRole).toInt(),
                 storeStock(variant, storeId).value(QStringLiteral("qty")).toInt());
        QVERIFY(model.index(0)
                    .data(AvailabilityModel::DistanceTextRole)
                    .toString()
                    .contains(QLatin1String("km")));

        model.clear();
        QVERIFY(!model.hasData());
        QCOMPARE(model.rowCount(), 0);
    }

    void relatedProductsInCatalogueOrder()
    {
        const QJsonObject product = m_catalog.find(
            [](const QJsonObject &p) { return p.value(QStringLiteral("related")).toArray().size() >= 2; });
        QVERIFY(!product.isEmpty());
        QList<QPair<QString, QString>> expected; // (id, kind) of relations whose target exists
        const auto relations = product.value(QStringLiteral("related")).toArray();
        for (const auto &relation : relations) {
            const QString target = relation.toObject().value(QStringLiteral("id")).toString();
            if (m_catalog.productsById.contains(target))
                expected.append({target, relation.toObject().value(QStringLiteral("kind")).toString()});
        }
        RelatedModel model(&m_api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &RelatedModel::loaded);
        model.load(product.value(QStringLiteral("id")).toString());
        QVERIFY(waitFor(loaded));
        QCOMPARE(model.rowCount(), expected.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            QCOMPARE(index.data(RelatedModel::ProductIdRole).toString(), expected.at(row).first);
            QCOMPARE(index.data(RelatedModel::RelationRole).toString(), expected.at(row).second);
            QCOMPARE(index.data(RelatedModel::NameRole).toString(),
                     m_catalog.productsById.value(expected.at(row).first)
                         .value(QStringLiteral("name"))
                         .toString());
            QVERIFY(!index.data(RelatedModel::PriceTextRole).toString().isEmpty());
            QVERIFY(!index.data(RelatedModel::RelationTextRole).toString().isEmpty());
        }
    }

    void variantPickersShowWhereEachOptionIs()
    {
        // A product with at least two colours and two sizes.
        const QJsonObject product = m_catalog.find([](const QJsonObject &p) {
            QSet<QString> colors, sizes;
            for (const auto &variant : variantsOf(p)) {
                colors.insert(variant.value(QStringLiteral("color")).toString());
                sizes.insert(variant.value(QStringLiteral("size")).toString());
            }
            return !p.value(QStringLiteral("onlineOnly")).toBool() && colors.size() >= 2 && sizes.size() >= 2;
        });
        QVERIFY(!product.isEmpty());
        const QList<QJsonObject> variants = variantsOf(product);

        ProductController products(&m_api);
        ProductPage page(&products, &m_api);
        QAbstractItemModelTester colorTester(page.colors(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sizeTester(page.sizes(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy stock(page.availability(), &AvailabilityModel::loaded);
        products.lookup(variants.first().value(QStringLiteral("gtin")).toString());
        QVERIFY(waitFor(stock));
        QCOMPARE(page.selectedColor(), variants.first().value(QStringLiteral("color")).toString());
        QCOMPARE(page.selectedSize(), variants.first().value(QStringLiteral("size")).toString());

        const auto checkMarks = [&] {
            for (int row = 0; row < page.colors()->rowCount(); ++row) {
                const QModelIndex index = page.colors()->index(row);
                const QString color = index.data(VariantOptionModel::ValueRole).toString();
                QList<QJsonObject> matching;
                for (const auto &variant : variants) {
                    if (variant.value(QStringLiteral("color")).toString() == color
                        && variant.value(QStringLiteral("size")).toString() == page.selectedSize())
                        matching.append(variant);
                }
                QCOMPARE(index.data(VariantOptionModel::AvailabilityRole).toInt(),
                         int(expectedAvailability(matching)));
                QCOMPARE(index.data(VariantOptionModel::SelectedRole).toBool(),
                         color == page.selectedColor());
            }
        };
        checkMarks();

        // Pick another size: the variant, its stock and the colour marks follow.
        const QString otherSize = page.sizes()->index(1).data(VariantOptionModel::ValueRole).toString();
        page.selectSize(otherSize);
        QCOMPARE(page.selectedSize(), otherSize);
        const QJsonObject *chosen = nullptr;
        for (const auto &variant : variants) {
            if (variant.value(QStringLiteral("id")).toString() == products.variantId())
                chosen = &variant;
        }
        QVERIFY(chosen);
        QCOMPARE(chosen->value(QStringLiteral("size")).toString(), otherSize);
        QCOMPARE(page.availability()->storeQty(),
                 storeStock(*chosen, kStore).value(QStringLiteral("qty")).toInt());
        checkMarks();
        QVERIFY(page.images().first().toString().endsWith(chosen->value(QStringLiteral("image")).toString()));
        QCOMPARE(page.histogram().size(), 5);
    }

    void addToToteHandsOverTheChosenVariant()
    {
        const QJsonObject product = m_catalog.find([](const QJsonObject &p) {
            return !p.value(QStringLiteral("onlineOnly")).toBool()
                && storeStock(DemoCatalog::firstVariant(p), kStore).value(QStringLiteral("qty")).toInt() > 0;
        });
        const QJsonObject variant = DemoCatalog::firstVariant(product);
        ProductController products(&m_api);
        ProductPage page(&products, &m_api);
        QSignalSpy stock(page.availability(), &AvailabilityModel::loaded);
        QSignalSpy requested(&page, &ProductPage::addToToteRequested);
        products.lookup(variant.value(QStringLiteral("gtin")).toString());
        QVERIFY(waitFor(stock));
        QVERIFY(page.canTakeNow());
        QVERIFY(page.addToTote(ProductPage::Fulfilment::TakeNow));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toString(), product.value(QStringLiteral("id")).toString());
        QCOMPARE(requested.first().at(1).toString(), variant.value(QStringLiteral("id")).toString());
        QCOMPARE(requested.first().at(2).value<ProductPage::Fulfilment>(), ProductPage::Fulfilment::TakeNow);
    }

    void onlineOnlyProductsShipButCannotBeTakenNow()
    {
        const QJsonObject product = m_catalog.find([](const QJsonObject &p) {
            return p.value(QStringLiteral("onlineOnly")).toBool()
                && DemoCatalog::firstVariant(p)
                       .value(QStringLiteral("online"))
                       .toObject()
                       .value(QStringLiteral("qty"))
                       .toInt()
                > 0;
        });
        QVERIFY2(!product.isEmpty(), "the demo catalogue has an online-only product in stock online");
        ProductController products(&m_api);
        ProductPage page(&products, &m_api);
        QSignalSpy stock(page.availability(), &AvailabilityModel::loaded);
        QSignalSpy requested(&page, &ProductPage::addToToteRequested);
        products.lookup(product.value(QStringLiteral("id")).toString());
        QVERIFY(waitFor(stock));
        QVERIFY(products.onlineOnly());
        QVERIFY(!page.canTakeNow());
        QVERIFY(!page.canPickUp());
        QVERIFY(page.canShip());
        QVERIFY(!page.addToTote(ProductPage::Fulfilment::TakeNow));
        QCOMPARE(requested.size(), 0);
        QVERIFY(page.addToTote(ProductPage::Fulfilment::Ship));
        QCOMPARE(requested.size(), 1);
    }

    void clearingTheProductClearsThePage()
    {
        ProductController products(&m_api);
        ProductPage page(&products, &m_api);
        QSignalSpy reviews(page.reviews(), &ReviewModel::pageLoaded);
        QSignalSpy related(page.related(), &RelatedModel::loaded);
        products.lookup(productWithReviews(5).value(QStringLiteral("id")).toString());
        QVERIFY(waitFor(reviews));
        QVERIFY(waitFor(related));
        products.clear();
        QCOMPARE(page.reviews()->rowCount(), 0);
        QCOMPARE(page.related()->rowCount(), 0);
        QCOMPARE(page.availability()->rowCount(), 0);
        QVERIFY(!page.availability()->hasData());
        QCOMPARE(page.colors()->rowCount(), 0);
        QCOMPARE(page.sizes()->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(ProductPageTest)
#include "productpagetest.moc"
