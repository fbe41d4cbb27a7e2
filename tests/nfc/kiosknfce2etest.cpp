// SPDX-License-Identifier: MIT
// The whole kiosk with an NFC reader configured: PN532 emulator -> real libnfc -> the kiosk's
// LibNfcReader -> ScanController -> product page on screen (offscreen QML, embedded backend, demo
// catalogue). What a shopper sees when they tap a tagged product on the tablet.
#include "democatalog.h"
#include "quickitems.h"

#include <backendstatus.h>
#include <kioskapplication.h>
#include <pn532emulator.h>
#include <productcontroller.h>
#include <scancontroller.h>

#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(OmnitotePlugin)
Q_IMPORT_QML_PLUGIN(Omnitote_KioskPlugin)

using namespace Omnitote;
using namespace Omnitote::Testing;

class KioskNfcE2eTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Pn532Emulator> m_emulator;
    std::unique_ptr<KioskApplication> m_kiosk;
    DemoCatalog m_catalog;

    QQuickWindow *window() const
    {
        return qobject_cast<QQuickWindow *>(m_kiosk->engine().rootObjects().value(0));
    }
    QString nameOnScreen() const
    {
        auto *item = visibleItem(window()->contentItem(), QStringLiteral("productName"));
        return item ? item->property("text").toString() : QString();
    }
    // The n-th demo product whose first variant carries an NFC tag.
    QJsonObject productWithTag(int n) const
    {
        for (const QJsonObject &product : m_catalog.products) {
            if (!DemoCatalog::firstVariant(product).value(QStringLiteral("nfcUid")).toString().isEmpty()
                && n-- == 0)
                return product;
        }
        return {};
    }
    static QByteArray tagUid(const QJsonObject &product)
    {
        return QByteArray::fromHex(
            DemoCatalog::firstVariant(product).value(QStringLiteral("nfcUid")).toString().toLatin1());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = DemoCatalog::load();
        m_emulator = std::make_unique<Pn532Emulator>(m_dir.filePath(QStringLiteral("ttyNFC")));
        QString error;
        QVERIFY2(m_emulator->start(&error), qPrintable(error));

        const auto options = KioskOptions::parse(
            {QStringLiteral("omnitote"), QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")),
             QStringLiteral("--nfc-device"), m_emulator->connstring(), QStringLiteral("--nfc-url-prefix"),
             QStringLiteral("https://shop.northfield.example/p/")},
            &error);
        QVERIFY2(options, qPrintable(error));
        m_kiosk = std::make_unique<KioskApplication>(*options);
        QVERIFY(m_kiosk->start());
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->backendStatus()->state(), BackendStatus::State::Ready, 30000);
        // The reader is one of the kiosk's scan sources, and says it is ready (what diagnostics show).
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto sources = m_kiosk->scans()->sources();
                return std::any_of(sources.begin(), sources.end(), [](const QVariant &source) {
                    const auto map = source.toMap();
                    return map.value(QStringLiteral("name"))
                               .toString()
                               .startsWith(QLatin1String("NFC reader"))
                        && map.value(QStringLiteral("state")).toString() == QLatin1String("Ready");
                });
            }(),
            10000);
    }

    void tapOpensTheProductFromTheAttractScreen()
    {
        const QJsonObject product = productWithTag(0);
        QVERIFY(!product.isEmpty());
        QVERIFY(nameOnScreen().isEmpty());
        m_emulator->placeTag(VirtualNtag::blank(VirtualNtag::Type::Ntag213, tagUid(product)));
        QTRY_COMPARE_WITH_TIMEOUT(nameOnScreen(), product.value(QStringLiteral("name")).toString(), 15000);
        QCOMPARE(m_kiosk->scans()->lastScan().value(QStringLiteral("source")).toString(),
                 QStringLiteral("nfc"));
        m_emulator->removeTag();
    }

    void untrustedUrlOnATagIsIgnored()
    {
        // Someone rewrote a tag to point elsewhere: the kiosk goes by the tag's UID, not the URL.
        const QJsonObject tagged = productWithTag(1);
        const QJsonObject product = m_catalog.find([&](const QJsonObject &p) {
            return p.value(QStringLiteral("id")) != tagged.value(QStringLiteral("id"))
                && !p.value(QStringLiteral("onlineOnly")).toBool();
        });
        QVERIFY(!tagged.isEmpty() && !product.isEmpty());
        m_kiosk->products()->lookup(
            DemoCatalog::firstVariant(product).value(QStringLiteral("gtin")).toString());
        QTRY_COMPARE_WITH_TIMEOUT(nameOnScreen(), product.value(QStringLiteral("name")).toString(), 15000);
        m_emulator->placeTag(
            VirtualNtag::withNdef(VirtualNtag::Type::Ntag215, tagUid(tagged),
                                  ndefUriMessage(QStringLiteral("https://evil.example/p/")
                                                 + product.value(QStringLiteral("id")).toString())));
        QTRY_COMPARE_WITH_TIMEOUT(nameOnScreen(), tagged.value(QStringLiteral("name")).toString(), 15000);
        m_emulator->removeTag();
    }

    // Staff see an unplugged reader on screen, with the reason; it goes away once it is back.
    void unpluggedReaderIsShownUntilItIsBack()
    {
        const auto problemShown = [this] {
            auto *item = visibleItem(window()->contentItem(), QStringLiteral("scannerProblem"));
            return item && item->property("text").toString().startsWith(QLatin1String("NFC reader"));
        };
        QTRY_VERIFY(nameOnScreen().size() > 0); // on the product screen, where the bar is
        QVERIFY(!problemShown());
        m_emulator->unplug();
        QTRY_VERIFY_WITH_TIMEOUT(problemShown(), 15000);
        QString error;
        QVERIFY2(m_emulator->replug(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!problemShown(), 15000);
    }

    void cleanupTestCase()
    {
        m_kiosk.reset();
        m_emulator.reset();
    }
};

QTEST_MAIN(KioskNfcE2eTest)
#include "kiosknfce2etest.moc"
