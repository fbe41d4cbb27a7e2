// SPDX-License-Identifier: MIT
// The kiosk's "Email me my list" and "Use my account" (EmailController) against the real server's
// email endpoints on loopback: the tote syncs, the message is queued in the server's outbox (read
// back from the database, so the one-time code comes from the real message), limits and network
// failures give their messages, and the session's end forgets the address.
#include "democatalog.h"
#include "outboxpeek.h"
#include "testserver.h"

#include <addresscheck.h>
#include <backendapi.h>
#include <emailcontroller.h>
#include <httpclient.h>
#include <syncengine.h>
#include <totestore.h>

#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTranslator>

using namespace Omnitote;
using namespace Omnitote::Testing;

class EmailControllerTest : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    DemoCatalog m_catalog;
    HttpClient m_http;
    BackendApi m_api {&m_http};
    QTemporaryDir m_dir;
    int m_file = 0;
    std::unique_ptr<ToteStore> m_tote;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<EmailController> m_email;

    std::unique_ptr<OutboxPeek> m_outbox;
    QTranslator m_translator;

    /** The six digits in the newest code message to `address`, as the server wrote it. */
    QString codeSentTo(const QString &address)
    {
        return QRegularExpression(QStringLiteral("\\b([0-9]{6})\\b"))
            .match(m_outbox->newestText(address, QStringLiteral("code")))
            .captured(1);
    }

    void addProduct()
    {
        const QJsonObject product = m_catalog.find(
            [](const QJsonObject &p) { return !p.value(QStringLiteral("onlineOnly")).toBool(); });
        const QJsonObject variant = DemoCatalog::firstVariant(product);
        NewToteLine line;
        line.productId = product.value(QStringLiteral("id")).toString();
        line.variantId = variant.value(QStringLiteral("id")).toString();
        line.unitPrice = variant.value(QStringLiteral("price"))
                             .toInteger(product.value(QStringLiteral("price")).toInteger());
        line.currency = QStringLiteral("EUR");
        line.productName = product.value(QStringLiteral("name")).toString();
        QString error;
        QVERIFY2(!m_tote->add(line, &error).isEmpty(), qPrintable(error));
    }

    bool waitForState(EmailController::State state)
    {
        QSignalSpy changed(m_email.get(), &EmailController::stateChanged);
        while (m_email->state() != state) {
            if (m_email->state() != EmailController::State::Busy || !changed.wait(15000))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Low limits so a test reaches them in a few calls; everything else as configured by default.
        m_server.setConfigure(
            [](Server::ServerSettings &settings) { settings.options.email.recipientLimitPerDay = 2; });
        QString error;
        QVERIFY2(m_server.start(TestServer::Backend::Sqlite, &error), qPrintable(error));
        m_catalog = DemoCatalog::load();
        m_api.setBaseUrl(m_server.baseUrl());
        m_api.setToken(m_server.token(Server::Principal::Role::Device));
        m_outbox = std::make_unique<OutboxPeek>(m_server.databaseFile());
    }

    void init()
    {
        m_tote = std::make_unique<ToteStore>();
        QString error;
        QVERIFY(m_tote->open(m_dir.filePath(QStringLiteral("tote%1.db").arg(++m_file)), &error));
        m_sync = std::make_unique<SyncEngine>(m_tote.get(), &m_api);
        m_email = std::make_unique<EmailController>(&m_api, m_tote.get(), m_sync.get());
        m_sync->start();
        m_api.setBaseUrl(m_server.baseUrl());
    }

    void cleanup()
    {
        m_email.reset();
        m_sync.reset();
        m_tote.reset();
    }

    void addressesAreCheckedBeforeSending()
    {
        QVERIFY(!m_email->addressValid());
        for (const QString &bad :
             {QStringLiteral("mari"), QStringLiteral("mari@"), QStringLiteral("mari@example"),
              QStringLiteral("ma ri@example.ee"), QStringLiteral("mari@example.ee\r\nBcc: x@y.zz"),
              QStringLiteral("märt@example.ee"), QStringLiteral(".mari@example.ee"),
              QStringLiteral("mari@-example.ee"), QStringLiteral("mari@example.e3")}) {
            m_email->setAddress(bad);
            QVERIFY2(!m_email->addressValid(), qPrintable(bad));
            QVERIFY(!m_email->addressError().isEmpty());
        }
        for (const QString &good :
             {QStringLiteral("mari.maasikas@example.ee"), QStringLiteral("a+b@sub.example.com"),
              QStringLiteral("  li.na@example.cn ")}) {
            m_email->setAddress(good);
            QVERIFY2(m_email->addressValid(), qPrintable(good));
        }
        QCOMPARE(AddressCheck::check(QString(65, QLatin1Char('a')) + QStringLiteral("@example.com")),
                 AddressCheck::Problem::LocalPart);
        // Nothing leaves the kiosk for a bad address.
        addProduct();
        m_email->setAddress(QStringLiteral("mari@"));
        QVERIFY(!m_email->sendList());
        QCOMPARE(m_email->state(), EmailController::State::Editing);
    }

    void listIsQueuedWithTheConsentAsTicked()
    {
        QVERIFY(!m_email->marketingConsent()); // unticked until the shopper ticks it
        addProduct();
        m_email->setAddress(QStringLiteral("kadri.tamm@example.ee"));
        m_email->setMarketingConsent(true);
        m_email->setLanguage(QStringLiteral("et"));
        QVERIFY(m_email->sendList());
        QVERIFY2(waitForState(EmailController::State::Sent), qPrintable(m_email->message()));
        QVERIFY(m_email->message().contains(QStringLiteral("kadri.tamm@example.ee")));
        QCOMPARE(m_outbox->count(QStringLiteral("kadri.tamm@example.ee"), QStringLiteral("list")), 1);
        QVERIFY(m_outbox->newestText(QStringLiteral("kadri.tamm@example.ee"), QStringLiteral("list"))
                    .contains(QStringLiteral("/cart/")));
        const auto consent = m_outbox->consent(QStringLiteral("kadri.tamm@example.ee"));
        QCOMPARE(consent.first, 1);
        QCOMPARE(consent.second, QString::fromLatin1(EmailController::kConsentWording));
    }

    void recipientLimitSaysSo()
    {
        addProduct();
        m_email->setAddress(QStringLiteral("often@example.com"));
        for (int i = 0; i < 2; ++i) {
            QVERIFY(m_email->sendList());
            QVERIFY2(waitForState(EmailController::State::Sent), qPrintable(m_email->message()));
            m_email->begin();
        }
        QVERIFY(m_email->sendList());
        QVERIFY(waitForState(EmailController::State::Failed));
        QVERIFY2(m_email->message().contains(QStringLiteral("in a day")), qPrintable(m_email->message()));
        QVERIFY(!m_email->canRetry()); // trying again at once cannot help
        QCOMPARE(m_email->address(), QStringLiteral("often@example.com"));
    }

    void limitMessagesAreTranslated()
    {
        // A server of its own with limits reached in a few calls: each kind of 429 (recipient, device,
        // store) must reach the shopper in the kiosk's language, from the kiosk's own translations
        // (the server's problem detail is English only).
        TestServer limited;
        limited.setConfigure([](Server::ServerSettings &settings) {
            settings.options.email.recipientLimitPerDay = 1;
            settings.options.email.deviceLimitPerHour = 2;
            settings.options.email.storeLimitPerHour = 3;
        });
        QString error;
        QVERIFY2(limited.start(TestServer::Backend::Sqlite, &error), qPrintable(error));
        const auto restore = qScopeGuard([this] {
            QCoreApplication::removeTranslator(&m_translator);
            m_api.setToken(m_server.token(Server::Principal::Role::Device));
        });
        m_api.setBaseUrl(limited.baseUrl());
        m_api.setToken(limited.token(Server::Principal::Role::Device));
        addProduct();
        const auto send = [&](const QString &address) {
            m_email->begin();
            m_email->setAddress(address);
            return m_email->sendList() && waitForState(EmailController::State::Sent);
        };
        // The message for the limit `source` in every language, as the kiosk would show it.
        const auto checkLanguages = [&](const QString &address, const char *source) {
            for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN"),
                                            QStringLiteral("et"), QStringLiteral("pl")}) {
                QCoreApplication::removeTranslator(&m_translator);
                QVERIFY(m_translator.load(QStringLiteral(":/i18n/omnitote_%1.qm").arg(language)));
                QVERIFY(QCoreApplication::installTranslator(&m_translator));
                const QString expected = m_translator.translate("Omnitote::EmailController", source);
                if (language == QLatin1String("en"))
                    QVERIFY(expected.isEmpty() || expected == QLatin1String(source));
                else
                    QVERIFY2(!expected.isEmpty() && expected != QLatin1String(source), qPrintable(language));
                m_email->begin();
                m_email->setAddress(address);
                QVERIFY(m_email->sendList());
                QVERIFY(waitForState(EmailController::State::Failed));
                QCOMPARE(m_email->message(), expected.isEmpty() ? QString::fromLatin1(source) : expected);
            }
        };
        QVERIFY(send(QStringLiteral("once@example.com")));
        checkLanguages(QStringLiteral("once@example.com"),
                       "This address has had as many lists as we send in a day. Please try again tomorrow.");
        if (QTest::currentTestFailed())
            return;
        QVERIFY(send(QStringLiteral("twice@example.com")));
        checkLanguages(
            QStringLiteral("third@example.com"),
            "This kiosk has sent a lot of emails in the last hour. Please try again later or ask a "
            "member of staff.");
        if (QTest::currentTestFailed())
            return;
        m_api.setToken(limited.token(Server::Principal::Role::Device)); // a second kiosk in the store
        QVERIFY(send(QStringLiteral("fourth@example.com")));
        checkLanguages(QStringLiteral("fifth@example.com"),
                       "This store has sent a lot of emails in the last hour. Please try again later.");
    }

    void networkFailureKeepsTheAddressAndRetries()
    {
        addProduct();
        // A port nothing listens on: reserved, then closed.
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost, 0));
        QUrl dead = m_server.baseUrl();
        dead.setPort(reserve.serverPort());
        reserve.close();
        m_api.setBaseUrl(dead);
        m_email->setAddress(QStringLiteral("offline@example.com"));
        QVERIFY(m_email->sendList());
        QVERIFY(waitForState(EmailController::State::Failed));
        QVERIFY(m_email->canRetry());
        QVERIFY(m_email->message().contains(QStringLiteral("could not reach")));
        QCOMPARE(m_email->address(), QStringLiteral("offline@example.com"));

        m_api.setBaseUrl(m_server.baseUrl());
        m_email->retry();
        QVERIFY2(waitForState(EmailController::State::Sent), qPrintable(m_email->message()));
    }

    void identifyByEmailShowsTheCartOnlyAfterTheCode()
    {
        addProduct();
        const QString address = QStringLiteral("returning@example.pl");
        m_email->setAddress(address);
        m_email->setLanguage(QStringLiteral("pl"));
        QVERIFY(m_email->requestCode());
        QVERIFY2(waitForState(EmailController::State::CodeSent), qPrintable(m_email->message()));
        QVERIFY(m_email->cartLines().isEmpty());
        const QString code = codeSentTo(address);
        QCOMPARE(code.size(), 6);

        // A wrong code first: the cart stays hidden and the tries left are shown.
        const QString wrong =
            code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        QVERIFY(m_email->verifyCode(wrong));
        QVERIFY(waitForState(EmailController::State::CodeSent));
        QVERIFY2(m_email->message().contains(QLatin1Char('4')), qPrintable(m_email->message()));
        QVERIFY(m_email->cartLines().isEmpty());
        QVERIFY(!m_email->verifyCode(QStringLiteral("12ab")));

        QVERIFY(m_email->verifyCode(code));
        QVERIFY2(waitForState(EmailController::State::Linked), qPrintable(m_email->message()));
        QCOMPARE(m_email->cartLines().size(), 1);
        QVERIFY(!m_email->cartTotalText().isEmpty());

        // The session ends: nothing of this shopper stays.
        m_email->endSession();
        QVERIFY(m_email->address().isEmpty());
        QVERIFY(!m_email->marketingConsent());
        QVERIFY(m_email->cartLines().isEmpty());
        QCOMPARE(m_email->state(), EmailController::State::Editing);
    }

    void identifyWorksBeforeAnythingIsScanned()
    {
        // An empty tote is made on the server when the shopper identifies first.
        QVERIFY(m_tote->activeTote().serverId.isEmpty());
        m_email->setAddress(QStringLiteral("early@example.com"));
        QVERIFY(m_email->requestCode());
        QVERIFY2(waitForState(EmailController::State::CodeSent), qPrintable(m_email->message()));
        QVERIFY(!m_tote->activeTote().serverId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(EmailControllerTest)
#include "emailcontrollertest.moc"
