// SPDX-License-Identifier: MIT
// ProductController against the real server on loopback.
#include "democatalog.h"
#include "testserver.h"

#include <backendapi.h>
#include <httpclient.h>
#include <productcontroller.h>

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Omnitote;
using namespace Omnitote::Testing;

class ProductControllerTest : public QObject
{
    Q_OBJECT

    TestServer m_server;
    DemoCatalog m_catalog;
    HttpClient m_http;
    BackendApi m_api {&m_http};

    static bool settle(ProductController &controller)
    {
        QSignalSpy changed(&controller, &ProductController::changed);
        while (controller.status() == ProductController::Status::Loading) {
            if (!changed.wait(15000))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(TestServer::Backend::Sqlite, &error), qPrintable(error));
        m_catalog = DemoCatalog::load();
        m_api.setBaseUrl(m_server.baseUrl());
        m_api.setToken(m_server.token(Server::Principal::Role::Device));
    }

    void showsTheScannedVariant()
    {
        const QJsonObject product = m_catalog.find(
            [](const QJsonObject &p) { return p.value(QStringLiteral("variants")).toArray().size() > 1; });
        const QJsonObject second = product.value(QStringLiteral("variants")).toArray().at(1).toObject();
        ProductController controller(&m_api);
        QSignalSpy shown(&controller, &ProductController::productShown);
        controller.lookup(second.value(QStringLiteral("gtin")).toString());
        QCOMPARE(controller.status(), ProductController::Status::Loading);
        QVERIFY(settle(controller));
        QCOMPARE(controller.status(), ProductController::Status::Ready);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(controller.name(), product.value(QStringLiteral("name")).toString());
        QVERIFY(controller.variantText().contains(second.value(QStringLiteral("color")).toString()));
        QVERIFY(controller.imageUrl().toString().endsWith(second.value(QStringLiteral("image")).toString()));
        QVERIFY(controller.imageUrl().toString().startsWith(m_server.baseUrl().toString()));
        const qint64 cents = second.value(QStringLiteral("price")).toInteger();
        QCOMPARE(controller.priceText(),
                 ProductController::formatPrice({cents, QStringLiteral("EUR")}, QLocale()));
    }

    void unknownCodeIsAFriendlyError()
    {
        ProductController controller(&m_api);
        controller.lookup(QStringLiteral("NOT-A-PRODUCT-42"));
        QVERIFY(settle(controller));
        QCOMPARE(controller.status(), ProductController::Status::Error);
        QVERIFY2(controller.errorMessage().contains(QLatin1String("NOT-A-PRODUCT-42")),
                 qPrintable(controller.errorMessage()));
        controller.lookup(QStringLiteral("4740168000135")); // bad check digit: the server's reason is shown
        QVERIFY(settle(controller));
        QCOMPARE(controller.status(), ProductController::Status::Error);
        QVERIFY2(controller.errorMessage().contains(QLatin1String("check digit"), Qt::CaseInsensitive),
                 qPrintable(controller.errorMessage()));
    }

    void newerLookupWins()
    {
        const QJsonObject a = m_catalog.products.at(1);
        const QJsonObject b = m_catalog.products.at(2);
        ProductController controller(&m_api);
        QSignalSpy shown(&controller, &ProductController::productShown);
        controller.lookup(a.value(QStringLiteral("id")).toString());
        controller.lookup(b.value(QStringLiteral("id")).toString());
        QVERIFY(settle(controller));
        QCOMPARE(controller.productId(), b.value(QStringLiteral("id")).toString());
        QTest::qWait(200); // the cancelled lookup must not arrive late
        QCOMPARE(shown.size(), 1);
        QCOMPARE(controller.productId(), b.value(QStringLiteral("id")).toString());
    }

    void clearForgetsEverything()
    {
        ProductController controller(&m_api);
        controller.lookup(m_catalog.products.first().value(QStringLiteral("id")).toString());
        QVERIFY(settle(controller));
        controller.clear();
        QCOMPARE(controller.status(), ProductController::Status::Empty);
        QVERIFY(controller.name().isEmpty());
        QVERIFY(controller.code().isEmpty());
        QVERIFY(controller.priceText().isEmpty());
    }

    void unconfiguredBackendSaysSo()
    {
        BackendApi unconfigured(&m_http);
        ProductController controller(&unconfigured);
        controller.lookup(QStringLiteral("123"));
        QCOMPARE(controller.status(), ProductController::Status::Error);
        QVERIFY(controller.errorMessage().contains(QLatin1String("starting")));
    }

    void pricesFollowTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("digits");
        QTest::newRow("Estonian") << QStringLiteral("et_EE") << QStringLiteral("1234,50");
        QTest::newRow("Polish") << QStringLiteral("pl_PL") << QStringLiteral("1234,50");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN") << QStringLiteral("1,234.50");
        QTest::newRow("English (Ireland)") << QStringLiteral("en_IE") << QStringLiteral("1,234.50");
    }
    void pricesFollowTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, digits);
        const QString text = ProductController::formatPrice({123450, QStringLiteral("EUR")}, QLocale(locale));
        QString normalized = text;
        normalized.remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(QLatin1Char(' '));
        QVERIFY2(normalized.contains(digits), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("€")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(ProductControllerTest)
#include "productcontrollertest.moc"
