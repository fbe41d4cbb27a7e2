// SPDX-License-Identifier: MIT
// The kiosk's lookups with the offline catalogue: the product page keeps working from the cache after
// the real server on loopback has stopped, and says how old the stock and prices are.
#include "democatalog.h"
#include "testserver.h"

#include <backendapi.h>
#include <catalogservice.h>
#include <httpclient.h>
#include <imagecache.h>
#include <productcontroller.h>
#include <productpage.h>

#include <QLocale>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Omnitote;
using namespace Omnitote::Testing;

namespace {

bool settle(ProductController &controller)
{
    QSignalSpy changed(&controller, &ProductController::changed);
    while (controller.status() == ProductController::Status::Loading) {
        if (!changed.wait(60000))
            return false;
    }
    return true;
}

} // namespace

class OfflineLookupTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scanWorksFromTheCacheWhenTheServerIsGone()
    {
        auto server = std::make_unique<TestServer>();
        QString error;
        QVERIFY2(server->start(TestServer::Backend::Sqlite, &error), qPrintable(error));
        const DemoCatalog catalog = DemoCatalog::load();
        HttpClient http;
        http.setConnectTimeoutMs(2000);
        BackendApi api(&http);
        api.setBaseUrl(server->baseUrl());
        api.setToken(server->token(Server::Principal::Role::Device));

        QTemporaryDir dir;
        CatalogService cache;
        QSignalSpy synced(&cache, &CatalogService::synced);
        CatalogSyncSettings settings;
        settings.path = dir.filePath(QStringLiteral("catalog.db"));
        settings.baseUrl = api.baseUrl();
        settings.token = server->token(Server::Principal::Role::Device);
        settings.retryMs = 100000;
        cache.start(settings);
        QVERIFY(synced.wait(60000));

        ProductController products(&api);
        products.setCatalog(&cache);
        ProductPage page(&products, &api);
        // A product with shelf stock here, so the cached stock can be checked.
        const QString storeId = catalog.stores.first().value(QStringLiteral("id")).toString();
        const QJsonObject product = catalog.find([&storeId](const QJsonObject &p) {
            const auto stock = DemoCatalog::firstVariant(p).value(QStringLiteral("stock")).toObject();
            return stock.value(storeId).toObject().value(QStringLiteral("qty")).toInt() > 0
                && !DemoCatalog::firstVariant(p).value(QStringLiteral("gtin")).toString().isEmpty();
        });
        QVERIFY(!product.isEmpty());
        const QJsonObject variant = DemoCatalog::firstVariant(product);
        const QString gtin = variant.value(QStringLiteral("gtin")).toString();

        // Online: the server's answer wins and nothing is labelled as old.
        products.lookup(gtin);
        QVERIFY(settle(products));
        QTRY_VERIFY_WITH_TIMEOUT(!page.availability()->loading(), 60000);
        QCOMPARE(products.status(), ProductController::Status::Ready);
        QTRY_VERIFY_WITH_TIMEOUT(!products.fromCache(), 60000);
        QVERIFY(products.freshnessText().isEmpty());

        // The server stops: its port refuses connections.
        server.reset();
        products.clear();
        QSignalSpy shown(&products, &ProductController::productShown);
        products.lookup(gtin);
        QVERIFY(settle(products));
        QCOMPARE(products.status(), ProductController::Status::Ready);
        QCOMPARE(products.name(), product.value(QStringLiteral("name")).toString());
        QCOMPARE(products.priceText(),
                 ProductController::formatPrice(
                     {variant.value(QStringLiteral("price")).toInteger(), QStringLiteral("EUR")}, QLocale()));
        QVERIFY(products.fromCache());
        QVERIFY2(products.freshnessText().contains(QLatin1String("updated")),
                 qPrintable(products.freshnessText()));
        // The failed network lookup does not take the cached product away.
        QTRY_VERIFY_WITH_TIMEOUT(!page.availability()->loading(), 60000);
        QCOMPARE(products.status(), ProductController::Status::Ready);
        QVERIFY(products.fromCache());
        QCOMPARE(shown.size(), 1);
        // The shelf stock comes from the cache.
        QVERIFY(page.availability()->hasData());
        QCOMPARE(page.availability()->storeQty(),
                 variant.value(QStringLiteral("stock"))
                     .toObject()
                     .value(storeId)
                     .toObject()
                     .value(QStringLiteral("qty"))
                     .toInt());

        // A code the cache does not know, offline: a clear error, no product.
        products.lookup(QStringLiteral("NOT-IN-THE-CACHE"));
        QVERIFY(settle(products));
        QCOMPARE(products.status(), ProductController::Status::Error);
        QVERIFY(!products.errorMessage().isEmpty());
    }

    void imagesShowFromTheDiskCacheOffline()
    {
        auto server = std::make_unique<TestServer>();
        QString error;
        QVERIFY2(server->start(TestServer::Backend::Sqlite, &error), qPrintable(error));
        const DemoCatalog catalog = DemoCatalog::load();
        const QString image =
            DemoCatalog::firstVariant(catalog.products.first()).value(QStringLiteral("image")).toString();
        QVERIFY(!image.isEmpty());
        const QUrl url = server->baseUrl().resolved(
            QUrl(QStringLiteral("/images/") + image.section(QLatin1Char('/'), -1)));
        QTemporaryDir dir;
        // What QML's Image elements get from the engine's factory.
        ImageCacheFactory factory(dir.filePath(QStringLiteral("images")), 1024 * 1024);
        QObject owner;
        QNetworkAccessManager *network = factory.create(&owner);
        const auto get = [network, &url](bool *fromCache) {
            std::unique_ptr<QNetworkReply> reply(network->get(QNetworkRequest(url)));
            QSignalSpy finished(reply.get(), &QNetworkReply::finished);
            if (!reply->isFinished() && !finished.wait(15000))
                return QByteArray();
            *fromCache = reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool();
            return reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
        };
        bool fromCache = true;
        const QByteArray online = get(&fromCache);
        QVERIFY(online.contains("<svg"));
        QVERIFY(!fromCache);

        server.reset(); // the network is gone
        const QByteArray offline = get(&fromCache);
        QCOMPARE(offline, online);
        QVERIFY(fromCache);
    }

    void ageTextSaysHowOld()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(ProductController::freshnessText(now.addSecs(-20), now),
                 QStringLiteral("Stock and prices updated just now"));
        QCOMPARE(ProductController::freshnessText(now.addSecs(-3 * 60 - 5), now),
                 QStringLiteral("Stock and prices updated 3 min ago"));
        const QDateTime old = now.addSecs(-3 * 3600);
        const QString text = ProductController::freshnessText(old, now);
        QVERIFY2(text.startsWith(QLatin1String("Stock and prices as of ")), qPrintable(text));
        const QLocale locale;
        QVERIFY2(text.contains(locale.toString(old.toLocalTime().time(), QLocale::ShortFormat)),
                 qPrintable(text));
    }
};

QTEST_MAIN(OfflineLookupTest)
#include "offlinelookuptest.moc"
