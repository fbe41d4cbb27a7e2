// SPDX-License-Identifier: MIT
// The barcode image provider (ZXing's writer) read back by our own decoder (the omnitote-decoder
// process, as the camera uses it): the checkout QR code and every scan-to-till barcode of the demo
// catalogue's items decode to what they were drawn from.
#include "democatalog.h"

#include <barcodeimageprovider.h>
#include <gtin.h>
#include <lumaimage.h>
#include <scannedcode.h>
#include <superviseddecoder.h>
#include <tillhandoff.h>

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Omnitote;
using namespace Omnitote::Testing;

class BarcodeImageProviderTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_support;
    std::unique_ptr<SupervisedDecoder> m_decoder;
    BarcodeImageProvider m_provider;

    // What QML asks for: the URL's path after image://barcode/.
    QImage request(const QUrl &url, QSize bounds = {})
    {
        const QString prefix = QStringLiteral("image://barcode/");
        const QString full = url.toString(QUrl::FullyEncoded);
        if (!full.startsWith(prefix))
            return {};
        QSize size;
        const QImage image = m_provider.requestImage(full.mid(prefix.size()), &size, bounds);
        if (size != image.size())
            return {};
        return image;
    }

    QList<DecodedBarcode> decode(const QImage &image)
    {
        const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
        const LumaImage luma =
            LumaImage::fromPlane(gray.constBits(), gray.width(), gray.height(), int(gray.bytesPerLine()));
        const auto result = m_decoder->decode(luma);
        if (result.status != SupervisedDecoder::Status::Ok)
            qWarning() << "decoder:" << result.error;
        return result.barcodes;
    }

    static QString gtinOf(const DecodedBarcode &barcode)
    {
        return parseScannedCode(barcode.scannerPayload()).gtin;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_support.isValid());
        SupervisedDecoder::Config config;
        config.supportDir = m_support.path();
        m_decoder = std::make_unique<SupervisedDecoder>(config);
    }

    void qrCodeOfTheToteDecodes()
    {
        const QString payload = QStringLiteral("ott1.3f0c5a52-0d6a-4b8e-9d57-0c1c2f0b7a11");
        const QImage image =
            request(BarcodeImageProvider::url(BarcodeRenderer::Kind::Qr, payload), {480, 480});
        QVERIFY(!image.isNull());
        QVERIFY(image.width() <= 480 && image.height() <= 480);
        const auto barcodes = decode(image);
        QCOMPARE(barcodes.size(), 1);
        QCOMPARE(barcodes.first().format, QStringLiteral("QR Code"));
        QCOMPARE(barcodes.first().text, payload);
    }

    // Reserved URL characters survive the trip through the image URL.
    void payloadWithReservedCharactersRoundTrips()
    {
        const QString payload = QStringLiteral("a/b?c=d&e#f %25 ü");
        BarcodeRenderer::Kind kind {};
        QString parsed;
        const QString prefix = QStringLiteral("image://barcode/");
        const QString id =
            BarcodeImageProvider::url(BarcodeRenderer::Kind::Qr, payload).toString(QUrl::FullyEncoded);
        QVERIFY(BarcodeImageProvider::parseId(id.mid(prefix.size()), &kind, &parsed));
        QCOMPARE(kind, BarcodeRenderer::Kind::Qr);
        QCOMPARE(parsed, payload);
        const auto barcodes = decode(request(BarcodeImageProvider::url(kind, payload), {400, 400}));
        QCOMPARE(barcodes.size(), 1);
        QCOMPARE(barcodes.first().text, payload);
    }

    // Crisp: only black and white pixels, every bar a whole number of pixels, white quiet zones.
    void modulesAreWholePixelsWithQuietZones()
    {
        const QImage image =
            request(BarcodeImageProvider::url(BarcodeRenderer::Kind::Ean13, QStringLiteral("4740168000134")),
                    {1000, 300});
        QVERIFY(!image.isNull());
        QCOMPARE(image.format(), QImage::Format_Grayscale8);
        // EAN-13 is 95 modules plus 11 + 7 of quiet zone: 113 modules, 8 px each fit in 1000.
        QCOMPARE(image.width(), 113 * 8);
        QCOMPARE(image.height(), 300);
        const uchar *row = image.constScanLine(150);
        for (int x = 0; x < image.width(); ++x)
            QVERIFY(row[x] == 0 || row[x] == 255);
        for (int x = 0; x < 11 * 8; ++x)
            QCOMPARE(row[x], uchar(255));
        for (int x = image.width() - 7 * 8; x < image.width(); ++x)
            QCOMPARE(row[x], uchar(255));
        int run = 1;
        for (int x = 1; x < image.width(); ++x) {
            if (row[x] == row[x - 1]) {
                ++run;
                continue;
            }
            QCOMPARE(run % 8, 0);
            run = 1;
        }
    }

    void invalidRequestsGiveNoImage_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("unknown kind") << QStringLiteral("code39/ABC");
        QTest::newRow("no payload") << QStringLiteral("ean13/");
        QTest::newRow("bad check digit") << QStringLiteral("ean13/4740168000135");
        QTest::newRow("letters") << QStringLiteral("upca/03600029145X");
        QTest::newRow("too short") << QStringLiteral("ean8/123");
        QTest::newRow("no slash") << QStringLiteral("qr");
        QTest::newRow("huge QR") << (QStringLiteral("qr/") + QString(600, QLatin1Char('x')));
    }
    void invalidRequestsGiveNoImage()
    {
        QFETCH(QString, id);
        QSize size(1, 1);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".+")));
        QVERIFY(m_provider.requestImage(id, &size, {400, 400}).isNull());
        QVERIFY(size.isEmpty());
    }

    // Every item of the demo catalogue a till could be handed (the first variant of each of the
    // first 24 products): scan-to-till shows a barcode our decoder reads back as the same GTIN.
    void scanToTillBarcodesDecodeToTheirGtins()
    {
        const DemoCatalog catalog = DemoCatalog::load();
        QList<TillItem> items;
        for (const QJsonObject &product : catalog.products.mid(0, 24)) {
            const QJsonObject variant = DemoCatalog::firstVariant(product);
            items.append({variant.value(QStringLiteral("gtin")).toString(),
                          variant.value(QStringLiteral("id")).toString(),
                          product.value(QStringLiteral("name")).toString(),
                          1,
                          {}});
        }
        // A UPC-A (12 digits) and an EAN-8 next to the catalogue's EAN-13s.
        items.append(
            {QStringLiteral("036000291452"), QStringLiteral("upc"), QStringLiteral("UPC-A item"), 2, {}});
        items.append(
            {QStringLiteral("96385074"), QStringLiteral("ean8"), QStringLiteral("EAN-8 item"), 1, {}});
        TillHandoff till;
        till.setItems(QStringLiteral("ott1.x"), items);
        QCOMPARE(till.count(), items.size());
        for (int i = 0; i < till.count(); ++i) {
            QString error;
            const QString expected = Gtin::normalize(items.at(i).gtin, &error);
            QVERIFY2(!expected.isEmpty(), qPrintable(error));
            const QImage image = request(till.barcodeSourceAt(i), {800, 400});
            QVERIFY2(!image.isNull(), qPrintable(items.at(i).gtin));
            const auto barcodes = decode(image);
            QVERIFY2(barcodes.size() == 1, qPrintable(items.at(i).gtin));
            QCOMPARE(gtinOf(barcodes.first()), expected);
        }
        // The stepper shows them in order.
        till.next();
        QCOMPARE(till.gtin(), items.at(1).gtin);
        QCOMPARE(till.barcodeSource(), till.barcodeSourceAt(1));
    }
};

QTEST_MAIN(BarcodeImageProviderTest)
#include "barcodeimageprovidertest.moc"
