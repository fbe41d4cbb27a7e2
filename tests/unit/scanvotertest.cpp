// SPDX-License-Identifier: MIT
// ScanVoter: which per-frame reads become scans (agreement across frames, strong checks, repeats).
#include <scanvoter.h>

#include <QTest>

using namespace Omnitote;

namespace {

DecodedBarcode code(const QString &format, const QString &text)
{
    DecodedBarcode barcode;
    barcode.format = format;
    barcode.text = text;
    return barcode;
}

constexpr qint64 frameNs = 33'333'333; // 30 fps

} // namespace

class ScanVoterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneDimensionalCodesNeedTwoAgreeingFrames()
    {
        ScanVoter voter;
        const auto ean = code(QStringLiteral("EAN-13"), QStringLiteral("8413000065504"));
        QVERIFY(voter.addFrame({ean}, 0).isEmpty());
        const auto accepted = voter.addFrame({ean}, frameNs);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(accepted.first().text, ean.text);
    }

    // A single-frame misread (another text) never becomes a scan; the two frames that agree do.
    void disagreeingFramesDoNotVote()
    {
        ScanVoter voter;
        QVERIFY(voter.addFrame({code(QStringLiteral("UPC-E"), QStringLiteral("01234565"))}, 0).isEmpty());
        QVERIFY(
            voter.addFrame({code(QStringLiteral("UPC-E"), QStringLiteral("01234572"))}, frameNs).isEmpty());
        QCOMPARE(
            voter.addFrame({code(QStringLiteral("UPC-E"), QStringLiteral("01234572"))}, 2 * frameNs).size(),
            1);
    }

    void strongChecksAreAcceptedAtOnce_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("immediate");
        QTest::newRow("QR") << QStringLiteral("QR Code") << true;
        QTest::newRow("DataMatrix") << QStringLiteral("DataMatrix") << true;
        QTest::newRow("EAN-13") << QStringLiteral("EAN-13") << false;
        QTest::newRow("UPC-E") << QStringLiteral("UPC-E") << false;
        QTest::newRow("Code 128") << QStringLiteral("Code 128") << false;
        QTest::newRow("DataBar") << QStringLiteral("GS1 DataBar") << false;
    }
    void strongChecksAreAcceptedAtOnce()
    {
        QFETCH(QString, format);
        QFETCH(bool, immediate);
        ScanVoter voter;
        QCOMPARE(voter.addFrame({code(format, QStringLiteral("0123456789012"))}, 0).size(),
                 immediate ? 1 : 0);
    }

    void votesOutsideTheWindowAreForgotten()
    {
        ScanVoter voter({2, 500, 1500});
        const auto ean = code(QStringLiteral("EAN-8"), QStringLiteral("96385074"));
        QVERIFY(voter.addFrame({ean}, 0).isEmpty());
        QVERIFY(voter.addFrame({ean}, 600'000'000).isEmpty()); // 600 ms later: a fresh first vote
        QCOMPARE(voter.addFrame({ean}, 650'000'000).size(), 1);
    }

    // A code held in front of the camera for seconds is one scan; gone for longer than the repeat
    // window and shown again, it is a new scan.
    void codeInViewIsOneScanUntilItLeaves()
    {
        ScanVoter voter({2, 700, 1500});
        const auto qr =
            code(QStringLiteral("QR Code"), QStringLiteral("https://id.gs1.org/01/09506000134352"));
        int scans = 0;
        qint64 at = 0;
        for (int i = 0; i < 150; ++i, at += frameNs) // five seconds in view
            scans += int(voter.addFrame({qr}, at).size());
        QCOMPARE(scans, 1);
        at += 1'000'000'000; // away for one second: still the same scan
        QCOMPARE(voter.addFrame({qr}, at).size(), 0);
        at += 1'600'000'000; // away for longer than the window
        QVERIFY(voter.addFrame({}, at).isEmpty());
        QCOMPARE(voter.addFrame({qr}, at + frameNs).size(), 1);
    }

    void sameCodeTwiceInOneFrameIsOneVote()
    {
        ScanVoter voter;
        const auto ean = code(QStringLiteral("EAN-13"), QStringLiteral("8413000065504"));
        QVERIFY(voter.addFrame({ean, ean}, 0).isEmpty());
        QCOMPARE(voter.tracked(), 1);
    }

    void emptyFramesExpireCandidates()
    {
        ScanVoter voter;
        voter.addFrame({code(QStringLiteral("EAN-13"), QStringLiteral("8413000065504"))}, 0);
        QCOMPARE(voter.tracked(), 1);
        voter.addFrame({}, 5'000'000'000);
        QCOMPARE(voter.tracked(), 0);
    }
};

QTEST_GUILESS_MAIN(ScanVoterTest)
#include "scanvotertest.moc"
