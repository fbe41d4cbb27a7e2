// SPDX-License-Identifier: MIT
// Linux key codes to characters, US layout, with the decoder tracking Shift, Ctrl, Alt and Caps Lock.
#include <evdevkeydecoder.h>

#include <QTest>

#include <linux/input-event-codes.h>

using namespace Omnitote;

namespace {

// Presses and releases a key the way the kernel reports it.
std::optional<HidKey> tap(EvdevKeyDecoder &decoder, int code)
{
    const auto key = decoder.feed(EV_KEY, code, 1);
    decoder.feed(EV_KEY, code, 0);
    return key;
}

QChar tapChar(EvdevKeyDecoder &decoder, int code)
{
    const auto key = tap(decoder, code);
    return key && key->kind == HidKey::Kind::Char ? key->ch : QChar();
}

} // namespace

class EvdevKeyDecoderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usLayout_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("shifted");
        QTest::newRow("1") << KEY_1 << "1"
                           << "!";
        QTest::newRow("0") << KEY_0 << "0"
                           << ")";
        QTest::newRow("a") << KEY_A << "a"
                           << "A";
        QTest::newRow("z") << KEY_Z << "z"
                           << "Z";
        QTest::newRow("minus") << KEY_MINUS << "-"
                               << "_";
        QTest::newRow("slash") << KEY_SLASH << "/"
                               << "?";
        QTest::newRow("right brace") << KEY_RIGHTBRACE << "]"
                                     << "}";
        QTest::newRow("apostrophe") << KEY_APOSTROPHE << "'"
                                    << "\"";
        QTest::newRow("space") << KEY_SPACE << " "
                               << " ";
        QTest::newRow("keypad 7") << KEY_KP7 << "7"
                                  << "7";
    }
    void usLayout()
    {
        QFETCH(int, code);
        QFETCH(QString, plain);
        QFETCH(QString, shifted);
        QCOMPARE(QString(EvdevKeyDecoder::character(code, false)), plain);
        QCOMPARE(QString(EvdevKeyDecoder::character(code, true)), shifted);

        EvdevKeyDecoder decoder;
        QCOMPARE(QString(tapChar(decoder, code)), plain);
        decoder.feed(EV_KEY, KEY_LEFTSHIFT, 1);
        QCOMPARE(QString(tapChar(decoder, code)), shifted);
        decoder.feed(EV_KEY, KEY_LEFTSHIFT, 0);
        QCOMPARE(QString(tapChar(decoder, code)), plain);
    }

    void eitherShiftAndCapsLock()
    {
        EvdevKeyDecoder decoder;
        decoder.feed(EV_KEY, KEY_RIGHTSHIFT, 1);
        QCOMPARE(tapChar(decoder, KEY_Q), QLatin1Char('Q'));
        decoder.feed(EV_KEY, KEY_RIGHTSHIFT, 0);
        tap(decoder, KEY_CAPSLOCK);
        QCOMPARE(tapChar(decoder, KEY_Q), QLatin1Char('Q'));
        QCOMPARE(tapChar(decoder, KEY_5), QLatin1Char('5')); // Caps Lock leaves digits alone
        decoder.feed(EV_KEY, KEY_LEFTSHIFT, 1);
        QCOMPARE(tapChar(decoder, KEY_Q), QLatin1Char('q'));
        decoder.feed(EV_KEY, KEY_LEFTSHIFT, 0);
        tap(decoder, KEY_CAPSLOCK);
        QCOMPARE(tapChar(decoder, KEY_Q), QLatin1Char('q'));
    }

    void terminators()
    {
        EvdevKeyDecoder decoder;
        QCOMPARE(tap(decoder, KEY_ENTER)->kind, HidKey::Kind::Enter);
        QCOMPARE(tap(decoder, KEY_KPENTER)->kind, HidKey::Kind::Enter);
        QCOMPARE(tap(decoder, KEY_TAB)->kind, HidKey::Kind::Tab);
    }

    void groupSeparator()
    {
        EvdevKeyDecoder decoder;
        decoder.feed(EV_KEY, KEY_LEFTCTRL, 1);
        QCOMPARE(tapChar(decoder, KEY_RIGHTBRACE), QChar(0x1D));
        QVERIFY(!tap(decoder, KEY_C)); // Ctrl+C is no character
        decoder.feed(EV_KEY, KEY_LEFTCTRL, 0);

        decoder.feed(EV_KEY, KEY_LEFTALT, 1);
        for (int code : {KEY_KP0, KEY_KP2, KEY_KP9}) {
            const auto key = tap(decoder, code);
            QVERIFY(key);
            QCOMPARE(key->kind, HidKey::Kind::AltDigit);
        }
        decoder.feed(EV_KEY, KEY_LEFTALT, 0);
        QCOMPARE(tapChar(decoder, KEY_KP0), QLatin1Char('0'));
    }

    void ignoresWhatAScannerDoesNotSend()
    {
        EvdevKeyDecoder decoder;
        QVERIFY(!decoder.feed(EV_SYN, SYN_REPORT, 0));
        QVERIFY(!decoder.feed(EV_MSC, MSC_SCAN, 0x70004));
        QVERIFY(!decoder.feed(EV_KEY, KEY_A, 2)); // auto-repeat
        QVERIFY(!decoder.feed(EV_KEY, KEY_A, 0)); // release
        QVERIFY(!tap(decoder, KEY_F1));
        QVERIFY(!tap(decoder, KEY_LEFT));
        QVERIFY(!tap(decoder, 0x2ff)); // past the table
        QVERIFY(!tap(decoder, -1));
    }
};

QTEST_GUILESS_MAIN(EvdevKeyDecoderTest)
#include "evdevkeydecodertest.moc"
