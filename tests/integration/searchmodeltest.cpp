// SPDX-License-Identifier: MIT
// SearchModel (search as you type, filters, facets, paging) against the real server on loopback.
#include "kioskmodelfixture.h"

#include <facetmodel.h>
#include <searchmodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Omnitote;
using namespace Omnitote::Testing;

class SearchModelTest : public QObject
{
    Q_OBJECT

    KioskModelFixture m_fixture;
    TestServer &m_server = m_fixture.server;
    DemoCatalog &m_catalog = m_fixture.catalog;
    HttpClient &m_http = m_fixture.http;
    BackendApi &m_api = m_fixture.api;

    static bool waitFor(QSignalSpy &spy, int count = 1) { return KioskModelFixture::waitFor(spy, count); }
    // Fetches every page the model offers.
    static bool fetchAll(SearchModel &model, QSignalSpy &pages)
    {
        while (model.canFetchMore({})) {
            const int before = int(pages.size());
            model.fetchMore({});
            if (!waitFor(pages, before + 1))
                return false;
        }
        return !model.loading() || waitFor(pages, int(pages.size()) + 1);
    }
    // How many first pages arrived: one per search that was answered (later pages come from scrolling).
    static int firstPages(const QSignalSpy &pages)
    {
        return int(std::count_if(pages.begin(), pages.end(),
                                 [](const QList<QVariant> &args) { return args.value(0).toInt() == 1; }));
    }
    int catalogueCount(const std::function<bool(const QJsonObject &)> &predicate) const
    {
        return int(std::count_if(m_catalog.products.begin(), m_catalog.products.end(), predicate));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
    }

    void browsingPagesThroughTheWholeCatalogue()
    {
        SearchModel model(&m_api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy pages(&model, &SearchModel::pageLoaded);
        model.searchNow();
        QVERIFY(waitFor(pages));
        QCOMPARE(model.total(), m_catalog.products.size());
        QCOMPARE(model.rowCount(), 24);
        QVERIFY(model.categories()->rowCount() > 0);
        QVERIFY(fetchAll(model, pages));
        QCOMPARE(model.rowCount(), m_catalog.products.size());
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.index(row).data(SearchModel::ProductIdRole).toString());
        QCOMPARE(ids.size(), m_catalog.products.size());
    }

    void typingIsDebouncedAndTheNewestQueryWins()
    {
        // A brand as the search word: brands never occur in category names, so every hit names it.
        const QString brand = m_catalog.products.at(7).value(QStringLiteral("brand")).toString();
        const QString word = brand.split(QLatin1Char(' ')).first();
        SearchModel model(&m_api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDebounceMs(100);
        QSignalSpy pages(&model, &SearchModel::pageLoaded);
        for (int length = 1; length <= word.size(); ++length)
            model.setQuery(word.left(length)); // one keystroke at a time
        QVERIFY(!model.loading()); // nothing is sent while the shopper types
        QVERIFY(waitFor(pages));
        QTest::qWait(300); // an earlier keystroke must not answer late
        QCOMPARE(firstPages(pages), 1);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const QString text = index.data(SearchModel::NameRole).toString() + QLatin1Char(' ')
                + index.data(SearchModel::BrandRole).toString();
            QVERIFY2(text.contains(word, Qt::CaseInsensitive), qPrintable(text));
        }

        // A search already on the wire is cancelled by a newer one.
        const QString other = m_catalog.products.at(40)
                                  .value(QStringLiteral("brand"))
                                  .toString()
                                  .split(QLatin1Char(' '))
                                  .first();
        model.setQuery(QStringLiteral("zzzz"));
        model.searchNow();
        model.setQuery(other);
        model.searchNow();
        QTRY_COMPARE_WITH_TIMEOUT(firstPages(pages), 2, 15000);
        QTest::qWait(300);
        QCOMPARE(firstPages(pages), 2);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(
            model.index(0).data(SearchModel::BrandRole).toString().contains(other, Qt::CaseInsensitive)
            || model.index(0).data(SearchModel::NameRole).toString().contains(other, Qt::CaseInsensitive));
    }

    void serverFilters()
    {
        SearchModel model(&m_api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStoreId(QStringLiteral("tln-centre"));
        QSignalSpy pages(&model, &SearchModel::pageLoaded);
        model.setOnlineOnly(true);
        QVERIFY(waitFor(pages));
        QCOMPARE(model.total(), catalogueCount([](const QJsonObject &p) {
                     return p.value(QStringLiteral("onlineOnly")).toBool();
                 }));
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row).data(SearchModel::OnlineOnlyRole).toBool());

        model.setOnlineOnly(false);
        model.setInStockHere(true);
        QVERIFY(waitFor(pages, 3));
        QCOMPARE(model.total(), catalogueCount([](const QJsonObject &p) {
                     const auto variants = p.value(QStringLiteral("variants")).toArray();
                     return std::any_of(variants.begin(), variants.end(), [](const QJsonValue &v) {
                         return v.toObject()
                                    .value(QStringLiteral("stock"))
                                    .toObject()
                                    .value(QStringLiteral("tln-centre"))
                                    .toObject()
                                    .value(QStringLiteral("qty"))
                                    .toInt()
                             > 0;
                     });
                 }));

        // A category facet's count is what choosing it finds.
        model.setInStockHere(false);
        QVERIFY(waitFor(pages, 4));
        const QString category = model.categories()->index(0).data(FacetModel::IdRole).toString();
        const qint64 count = model.categories()->index(0).data(FacetModel::CountRole).toLongLong();
        model.setCategory(category);
        QVERIFY(waitFor(pages, 5));
        QCOMPARE(model.total(), count);
        QCOMPARE(model.categories()->nameOf(category),
                 model.categories()->index(0).data(FacetModel::NameRole).toString());
    }

    void priceAndRatingFiltersApplyToEveryRow()
    {
        SearchModel model(&m_api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy pages(&model, &SearchModel::pageLoaded);
        model.setMaxPriceCents(2500);
        model.setMinRating(4);
        QVERIFY(waitFor(pages));
        QVERIFY(fetchAll(model, pages));
        const int expected = catalogueCount([this](const QJsonObject &p) {
            const QString id = p.value(QStringLiteral("id")).toString();
            const auto reviews = m_catalog.reviewsByProduct.value(id);
            double sum = 0;
            for (const auto &review : reviews)
                sum += review.value(QStringLiteral("rating")).toInt();
            const double average = reviews.isEmpty() ? 0 : sum / reviews.size();
            return p.value(QStringLiteral("price")).toInteger() <= 2500 && average >= 4 - 0.05;
        });
        QVERIFY(model.rowCount() > 0);
        QVERIFY2(qAbs(model.rowCount() - expected) <= 2, // averages are rounded by the server
                 qPrintable(QStringLiteral("%1 rows, %2 expected").arg(model.rowCount()).arg(expected)));
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row).data(SearchModel::RatingAverageRole).toDouble() >= 4);
            const QString id = model.index(row).data(SearchModel::ProductIdRole).toString();
            QVERIFY(m_catalog.productsById.value(id).value(QStringLiteral("price")).toInteger() <= 2500);
        }
    }

    void failuresKeepTheResultsAndClearForgetsThem()
    {
        BackendApi api(&m_http);
        api.setBaseUrl(m_server.baseUrl());
        api.setToken(m_server.token(Server::Principal::Role::Device));
        SearchModel model(&api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy pages(&model, &SearchModel::pageLoaded);
        model.searchNow();
        QVERIFY(waitFor(pages));
        const int shown = model.rowCount();
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
        model.setOnlineOnly(true);
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), 15000);
        QVERIFY(!model.errorMessage().isEmpty());
        QCOMPARE(model.rowCount(), shown);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.query().isEmpty());
        QVERIFY(!model.onlineOnly());
        QVERIFY(model.errorMessage().isEmpty());
        QVERIFY(!model.searched());
    }
};

QTEST_GUILESS_MAIN(SearchModelTest)
#include "searchmodeltest.moc"
