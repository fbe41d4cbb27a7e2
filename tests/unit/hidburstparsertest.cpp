// SPDX-License-Identifier: MIT
// The burst parser with time fed explicitly: what a scanner types becomes a scan, what a person
// types comes back in order, and nothing is lost either way.
#include <hidburstparser.h>

#include <QTest>

using namespace Omnitote;

namespace {

constexpr qint64 ms = 1000000;

/** Plays the caller's part: keeps the held keys, replays or drops them as each Step says. */
class Harness
{
public:
    explicit Harness(HidScanConfig config = {}) : parser(std::move(config)) { }

    // Types `text` starting at `atNs`, one key every `gapNs`; "\n" is Enter, "\t" Tab.
    qint64 type(const QString &text, qint64 atNs, qint64 gapNs)
    {
        for (const QChar c : text) {
            feed(c == u'\n' ? HidKey::enter() : c == u'\t' ? HidKey::tab() : HidKey::character(c), atNs);
            atNs += gapNs;
        }
        return atNs;
    }
    void feed(const HidKey &key, qint64 atNs)
    {
        held.append(key);
        apply(parser.feed(key, atNs));
    }
    void flush() { apply(parser.flush()); }

    HidBurstParser parser;
    QList<HidKey> held;
    QString typed; // what reached the UI, Enter as "\n", Tab as "\t"
    QStringList scans;
    QList<qint64> scanStarts;
    QStringList raws;

private:
    void apply(const HidBurstParser::Step &step)
    {
        for (int i = 0; i < step.replay; ++i) {
            const HidKey key = held.takeFirst();
            typed += key.kind == HidKey::Kind::Enter ? QChar(u'\n')
                : key.kind == HidKey::Kind::Tab      ? QChar(u'\t')
                                                     : key.ch;
        }
        for (int i = 0; i < step.drop; ++i)
            held.removeFirst();
        if (!step.scan.isEmpty()) {
            scans.append(step.scan);
            scanStarts.append(step.firstKeyNs);
            raws.append(step.raw);
        }
        QCOMPARE(parser.held(), held.size()); // the parser and its caller agree on what is held
    }
};

} // namespace

class HidBurstParserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fastBurstEndingInEnterIsAScan()
    {
        Harness h;
        h.type(QStringLiteral("4006381333931\n"), 1000 * ms, 2 * ms);
        QCOMPARE(h.scans, QStringList {QStringLiteral("4006381333931")});
        QCOMPARE(h.scanStarts, QList<qint64> {1000 * ms});
        QVERIFY(h.typed.isEmpty());
        QCOMPARE(h.parser.held(), 0);
    }

    void tabEndsAScanUnlessConfiguredOff()
    {
        Harness h;
        h.type(QStringLiteral("ABC-123\t"), 0, 3 * ms);
        QCOMPARE(h.scans, QStringList {QStringLiteral("ABC-123")});

        HidScanConfig config;
        config.tabEnds = false;
        Harness off(config);
        off.type(QStringLiteral("ABC-123\t"), 0, 3 * ms);
        QVERIFY(off.scans.isEmpty());
        QCOMPARE(off.parser.held(), 8); // still waiting for Enter
        off.type(QStringLiteral("\n"), 24 * ms, 0);
        QCOMPARE(off.scans, QStringList {QStringLiteral("ABC-123")});
    }

    void personTypingComesBackInOrder()
    {
        // 120 ms between keys: each held key is given back when the next one shows the pace.
        Harness h;
        h.type(QStringLiteral("hello\n"), 0, 120 * ms);
        QVERIFY(h.scans.isEmpty());
        QCOMPARE(h.typed, QStringLiteral("hello\n"));
        QCOMPARE(h.parser.held(), 0);
    }

    void lastKeyOfATypistWaitsForTheDeadline()
    {
        Harness h;
        h.type(QStringLiteral("ab"), 0, 150 * ms);
        QCOMPARE(h.typed, QStringLiteral("a"));
        QCOMPARE(h.parser.held(), 1);
        QCOMPARE(h.parser.deadlineNs(), 150 * ms + 35 * ms);
        h.flush(); // the caller's timer at the deadline
        QCOMPARE(h.typed, QStringLiteral("ab"));
    }

    void fastButShortIsNotAScan()
    {
        // A person can hit two keys and Enter fast; fewer than minLength characters are theirs.
        Harness h;
        h.type(QStringLiteral("ok\n"), 0, 10 * ms);
        QVERIFY(h.scans.isEmpty());
        QCOMPARE(h.typed, QStringLiteral("ok\n"));
    }

    void loneEnterPassesAtOnce()
    {
        Harness h;
        h.type(QStringLiteral("\n"), 0, 0);
        QCOMPARE(h.typed, QStringLiteral("\n"));
        QCOMPARE(h.parser.held(), 0);
    }

    void burstWithoutEnterIsGivenBack()
    {
        // A fast paste or a stuck key with no terminator: after the deadline it is typing.
        Harness h;
        h.type(QStringLiteral("1234567"), 0, 1 * ms);
        QCOMPARE(h.parser.held(), 7);
        h.flush();
        QCOMPARE(h.typed, QStringLiteral("1234567"));
        QVERIFY(h.scans.isEmpty());
    }

    void typingThenAScanSeparates()
    {
        Harness h;
        qint64 t = h.type(QStringLiteral("xy"), 0, 200 * ms);
        t = h.type(QStringLiteral("96385074\n"), t + 300 * ms, 4 * ms);
        QCOMPARE(h.typed, QStringLiteral("xy"));
        QCOMPARE(h.scans, QStringList {QStringLiteral("96385074")});
        QCOMPARE(h.scanStarts, QList<qint64> {200 * ms + 200 * ms + 300 * ms});
    }

    void slowMiddleKeySplitsTheBurst()
    {
        // A gap longer than maxGapMs in the middle: the first part was not a scanner's; the rest,
        // fast and long enough, is.
        Harness h;
        qint64 t = h.type(QStringLiteral("12"), 0, 5 * ms);
        h.type(QStringLiteral("34567\n"), t + 100 * ms, 5 * ms);
        QCOMPARE(h.typed, QStringLiteral("12"));
        QCOMPARE(h.scans, QStringList {QStringLiteral("34567")});
    }

    void gapExactlyAtTheLimitStillCounts()
    {
        Harness h;
        h.type(QStringLiteral("12345\n"), 0, 35 * ms);
        QCOMPARE(h.scans, QStringList {QStringLiteral("12345")});
        Harness slower;
        slower.type(QStringLiteral("12345\n"), 0, 35 * ms + 1);
        QVERIFY(slower.scans.isEmpty());
        QCOMPARE(slower.typed, QStringLiteral("12345\n"));
    }

    void prefixIsRequiredAndStripped()
    {
        HidScanConfig config;
        config.prefix = QStringLiteral("#!");
        Harness h(config);
        h.type(QStringLiteral("#!0012345678905\n"), 0, 2 * ms);
        QCOMPARE(h.scans, QStringList {QStringLiteral("0012345678905")});
        QCOMPARE(h.raws, QStringList {QStringLiteral("#!0012345678905")}); // as typed, for support

        // Without the prefix even a fast burst is typing, and it is given back at the first key.
        Harness noPrefix(config);
        noPrefix.type(QStringLiteral("0"), 0, 0);
        QCOMPARE(noPrefix.typed, QStringLiteral("0"));
        QCOMPARE(noPrefix.parser.held(), 0);
        noPrefix.type(QStringLiteral("012345678905\n"), 1 * ms, 2 * ms);
        QVERIFY(noPrefix.scans.isEmpty());
        QCOMPARE(noPrefix.typed, QStringLiteral("0012345678905\n"));

        // A wrong second character of the prefix gives both back.
        Harness wrong(config);
        wrong.type(QStringLiteral("#x"), 0, 2 * ms);
        QCOMPARE(wrong.typed, QStringLiteral("#x"));
    }

    void suffixEndsTheScanWithoutEnter()
    {
        HidScanConfig config;
        config.suffix = QStringLiteral("$$");
        Harness h(config);
        h.type(QStringLiteral("ABCD1234$$"), 0, 2 * ms);
        QCOMPARE(h.scans, QStringList {QStringLiteral("ABCD1234")});
        QCOMPARE(h.parser.held(), 0);
        // The scanner's Enter after its suffix is swallowed with the scan; a person's later one is not.
        Harness enter(config);
        const qint64 t = enter.type(QStringLiteral("ABCD1234$$\n"), 0, 2 * ms);
        QCOMPARE(enter.scans, QStringList {QStringLiteral("ABCD1234")});
        QVERIFY(enter.typed.isEmpty());
        QCOMPARE(enter.parser.held(), 0);
        enter.type(QStringLiteral("\n"), t + 500 * ms, 0);
        QCOMPARE(enter.typed, QStringLiteral("\n"));
        config.suffix = QStringLiteral("%");
        Harness percent(config);
        percent.type(QStringLiteral("QWERTY%"), 0, 2 * ms);
        QCOMPARE(percent.scans, QStringList {QStringLiteral("QWERTY")});
    }

    void groupSeparatorsInAllTheirDisguises()
    {
        const QString expected = QStringLiteral("0109501101530003\x1d"
                                                "10ABC");
        // Ctrl+] arrives as the GS character itself.
        Harness h;
        h.type(QStringLiteral("0109501101530003\x1d"
                              "10ABC\n"),
               0, 2 * ms);
        QCOMPARE(h.scans, QStringList {expected});

        // A configured substitute.
        HidScanConfig config;
        config.gsSubstitute = QStringLiteral("~");
        Harness substituted(config);
        substituted.type(QStringLiteral("0109501101530003~10ABC\n"), 0, 2 * ms);
        QCOMPARE(substituted.scans, QStringList {expected});

        // Alt+029 on the keypad.
        Harness alt;
        qint64 t = alt.type(QStringLiteral("0109501101530003"), 0, 2 * ms);
        for (int digit : {0, 2, 9}) {
            alt.feed(HidKey::altDigit(digit), t);
            t += 2 * ms;
        }
        alt.type(QStringLiteral("10ABC\n"), t, 2 * ms);
        QCOMPARE(alt.scans, QStringList {expected});
    }

    void altCodeAtTheEndAndOutOfRange()
    {
        Harness h;
        qint64 t = h.type(QStringLiteral("CODE"), 0, 2 * ms);
        for (int digit : {0, 6, 5}) { // Alt+065 = 'A'
            h.feed(HidKey::altDigit(digit), t);
            t += 2 * ms;
        }
        h.type(QStringLiteral("\n"), t, 0);
        QCOMPARE(h.scans, QStringList {QStringLiteral("CODEA")});

        // Nonsense digits never crash and never become a surrogate.
        Harness big;
        t = big.type(QStringLiteral("CODE"), 0, 2 * ms);
        for (int i = 0; i < 12; ++i)
            big.feed(HidKey::altDigit(9), t += 1 * ms);
        big.type(QStringLiteral("\n"), t + 1 * ms, 0);
        QCOMPARE(big.scans.size(), 1);
        QCOMPARE(big.scans.first().size(), 5);
        QVERIFY(!big.scans.first().at(4).isSurrogate());
    }

    void overlongBurstIsGivenBack()
    {
        HidScanConfig config;
        config.maxLength = 16;
        Harness h(config);
        h.type(QString(17, QLatin1Char('7')), 0, 1 * ms);
        QCOMPARE(h.typed, QString(17, QLatin1Char('7')));
        QCOMPARE(h.parser.held(), 0);
    }

    void backToBackScans()
    {
        Harness h;
        qint64 t = h.type(QStringLiteral("4006381333931\n"), 0, 2 * ms);
        h.type(QStringLiteral("96385074\n"), t + 1 * ms, 2 * ms);
        QCOMPARE(h.scans, (QStringList {QStringLiteral("4006381333931"), QStringLiteral("96385074")}));
        QVERIFY(h.typed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(HidBurstParserTest)
#include "hidburstparsertest.moc"
