// SPDX-License-Identifier: MIT
// The keyboard wedge in front of a real Qt Quick window with a focused TextField: a scanner's burst
// never reaches the field, a person's typing always does, in order.
#include <hidwedgescanner.h>

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

using namespace Omnitote;

namespace {

constexpr qint64 ms = 1000000;

const char *const windowQml = R"(
import QtQuick
import QtQuick.Controls
Window {
    id: root
    width: 480; height: 120; visible: true
    property int accepted: 0
    TextField {
        objectName: "field"
        anchors.fill: parent
        focus: true
        onAccepted: root.accepted++
    }
})";

} // namespace

class HidWedgeScannerTest : public QObject
{
    Q_OBJECT

    QQmlEngine m_engine;
    std::unique_ptr<QQuickWindow> m_window;
    QQuickItem *m_field = nullptr;
    std::unique_ptr<HidWedgeScanner> m_scanner;
    qint64 m_now = 0;
    qint64 m_gap = 0;

    QString fieldText() const { return m_field->property("text").toString(); }
    int accepted() const { return m_window->property("accepted").toInt(); }

    // Each key press advances the simulated clock by the current gap: 2 ms is a scanner, 150 ms a person.
    void useGap(qint64 gapNs) { m_gap = gapNs; }
    void type(const char *text)
    {
        for (const char *c = text; *c; ++c)
            QTest::keyClick(m_window.get(), *c);
    }
    void enter() { QTest::keyClick(m_window.get(), Qt::Key_Return); }

private Q_SLOTS:
    void initTestCase()
    {
        QQmlComponent component(&m_engine);
        component.setData(windowQml, QUrl::fromLocalFile(QStringLiteral("/wedgetest.qml")));
        m_window.reset(qobject_cast<QQuickWindow *>(component.create()));
        QVERIFY2(m_window, qPrintable(component.errorString()));
        m_field = m_window->findChild<QQuickItem *>(QStringLiteral("field"));
        QVERIFY(m_field);
        m_window->requestActivate();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void init()
    {
        m_scanner = std::make_unique<HidWedgeScanner>();
        m_scanner->setKeyClock([this](const QKeyEvent &) { return m_now += m_gap; });
        m_scanner->start();
        QCOMPARE(m_scanner->state(), ScanSource::State::Ready);
        m_field->setProperty("text", QString());
        m_field->forceActiveFocus();
        QTRY_VERIFY(m_field->hasActiveFocus());
        m_window->setProperty("accepted", 0);
    }

    void cleanup() { m_scanner.reset(); }

    void burstNeverTypesIntoTheField()
    {
        QSignalSpy scanned(m_scanner.get(), &ScanSource::scanned);
        useGap(2 * ms);
        type("4006381333931");
        enter();
        QCOMPARE(scanned.size(), 1);
        const auto event = scanned.first().first().value<ScanEvent>();
        QCOMPARE(event.source, ScanEvent::Source::HidScanner);
        QCOMPARE(event.code.raw, QStringLiteral("4006381333931"));
        QCOMPARE(event.code.gtin, QStringLiteral("04006381333931"));
        QVERIFY(event.capturedAtNs > 0 && event.capturedAtNs <= event.emittedAtNs);
        // Past any deadline the field is still empty and never saw Enter.
        QTest::qWait(m_scanner->config().maxGapMs * 3);
        QCOMPARE(fieldText(), QString());
        QCOMPARE(accepted(), 0);
    }

    void personTypingArrivesInOrder()
    {
        QSignalSpy scanned(m_scanner.get(), &ScanSource::scanned);
        useGap(150 * ms);
        type("hello");
        // The last key waits for the deadline (a real timer), then arrives.
        QTRY_COMPARE(fieldText(), QStringLiteral("hello"));
        enter();
        QCOMPARE(accepted(), 1);
        QCOMPARE(scanned.size(), 0);
    }

    void fastShortTypingIsStillTyping()
    {
        // Two keys and Enter in a hurry: too short to be a code.
        useGap(5 * ms);
        type("ok");
        enter();
        QCOMPARE(fieldText(), QStringLiteral("ok"));
        QCOMPARE(accepted(), 1);
    }

    void editingKeysKeepTheOrder()
    {
        // 'b' is held when Backspace comes: it must reach the field first, then be deleted.
        useGap(150 * ms);
        type("ab");
        QTest::keyClick(m_window.get(), Qt::Key_Backspace);
        QCOMPARE(fieldText(), QStringLiteral("a"));
    }

    void typingThenScanningThenTyping()
    {
        QSignalSpy scanned(m_scanner.get(), &ScanSource::scanned);
        useGap(150 * ms);
        type("ab");
        m_now += 500 * ms;
        useGap(2 * ms);
        type("96385074");
        enter();
        useGap(200 * ms);
        type("c");
        QTRY_COMPARE(fieldText(), QStringLiteral("abc"));
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().first().value<ScanEvent>().code.gtin, QStringLiteral("00000096385074"));
    }

    void shiftedCharactersAndGroupSeparators()
    {
        QSignalSpy scanned(m_scanner.get(), &ScanSource::scanned);
        useGap(2 * ms);
        type("0109501101530003");
        QTest::keyClick(m_window.get(), Qt::Key_BracketRight, Qt::ControlModifier); // GS as Ctrl+]
        type("10");
        QTest::keyClick(m_window.get(), 'A', Qt::ShiftModifier); // Shift pressed around it
        QTest::keyClick(m_window.get(), 'B', Qt::ShiftModifier);
        for (Qt::Key digit : {Qt::Key_0, Qt::Key_2, Qt::Key_9}) // GS as Alt+029
            QTest::keyClick(m_window.get(), digit, Qt::AltModifier | Qt::KeypadModifier);
        type("17261231");
        enter();
        QCOMPARE(scanned.size(), 1);
        const auto event = scanned.first().first().value<ScanEvent>();
        QCOMPARE(event.code.raw,
                 QStringLiteral("0109501101530003\x1d"
                                "10AB\x1d"
                                "17261231"));
        QVERIFY2(event.code.ok(), qPrintable(event.code.error));
        QCOMPARE(event.code.kind, ScannedCode::Kind::Gs1ElementString);
        QCOMPARE(event.code.gtin, QStringLiteral("09501101530003"));
        QTest::qWait(m_scanner->config().maxGapMs * 3);
        QCOMPARE(fieldText(), QString());
    }

    void configuredPrefixAndSubstitute()
    {
        HidScanConfig config;
        config.prefix = QStringLiteral("#");
        config.gsSubstitute = QStringLiteral("~");
        m_scanner = std::make_unique<HidWedgeScanner>(config);
        m_scanner->setKeyClock([this](const QKeyEvent &) { return m_now += m_gap; });
        m_scanner->start();
        QSignalSpy scanned(m_scanner.get(), &ScanSource::scanned);
        useGap(2 * ms);
        type("#0109501101530003~10XY");
        enter();
        QCOMPARE(scanned.size(), 1);
        const auto event = scanned.first().first().value<ScanEvent>();
        QCOMPARE(event.code.raw,
                 QStringLiteral("0109501101530003\x1d"
                                "10XY"));
        QCOMPARE(event.rawBytes, QByteArrayLiteral("#0109501101530003~10XY")); // as typed, for support
        // Without the prefix, fast keys are typing and are not even held back.
        type("12345");
        QCOMPARE(fieldText(), QStringLiteral("12345"));
        QCOMPARE(scanned.size(), 1);
    }

    void stoppedScannerLetsEverythingThrough()
    {
        m_scanner->stop();
        QCOMPARE(m_scanner->state(), ScanSource::State::Stopped);
        useGap(2 * ms);
        type("4006381333931");
        QCOMPARE(fieldText(), QStringLiteral("4006381333931"));
    }

    void stoppingGivesBackHeldKeys()
    {
        useGap(2 * ms);
        type("123");
        QCOMPARE(fieldText(), QString());
        m_scanner->stop();
        QCOMPARE(fieldText(), QStringLiteral("123"));
    }
};

QTEST_MAIN(HidWedgeScannerTest)
#include "hidwedgescannertest.moc"
