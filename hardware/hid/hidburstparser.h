// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Omnitote {

/** How a keyboard-wedge scanner is told apart from a person, and what it wraps around its codes. */
struct HidScanConfig
{
    QString prefix; // the scanner sends this first (stripped); a burst without it is not a scan
    QString suffix; // the scanner sends this last (stripped); ends a scan like Enter does
    int maxGapMs = 35; // longest pause between two keys of one scan; people take 80 ms and more
    int minLength = 4; // shortest code (after prefix/suffix) that counts as a scan
    int maxLength = 4096; // longer bursts are not a scan (a stuck key, a paste)
    QString gsSubstitute; // what the scanner sends instead of GS (FNC1), e.g. "~"; replaced by \x1D
    bool tabEnds = true; // Tab ends a scan as well as Enter
};

/** One key as the burst parser sees it, already translated from the keyboard layout. */
struct HidKey
{
    enum class Kind {
        Char, // a character (shift applied), GS included
        Enter,
        Tab,
        AltDigit, // a keypad digit typed with Alt held: consecutive ones form one character (Alt+029 = GS)
    };
    Kind kind = Kind::Char;
    QChar ch; // Char: the character; AltDigit: the digit

    static HidKey character(QChar c) { return {Kind::Char, c}; }
    static HidKey enter() { return {Kind::Enter, {}}; }
    static HidKey tab() { return {Kind::Tab, {}}; }
    static HidKey altDigit(int digit) { return {Kind::AltDigit, QChar(u'0' + digit)}; }
};

/**
 * Tells a scanner's burst of keys from a person typing, with time given explicitly so it can be
 * tested without clocks. The caller keeps every key it fed in a queue (held back from the UI) and
 * does what each Step says: replay the oldest `replay` keys to the UI as typing, or drop the
 * oldest `drop` keys because they were a scan, whose text is in `scan`.
 *
 * A scan: keys no more than maxGapMs apart, starting with the prefix (if any), ending in Enter,
 * Tab or the suffix, with at least minLength characters between them.
 */
class HidBurstParser
{
public:
    struct Step
    {
        int replay = 0; // give this many of the oldest held keys back to the UI, in order
        int drop = 0; // then swallow this many: they were a scan
        QString scan; // non-empty: the scan's text (prefix/suffix stripped, GS substitute applied)
        QString raw; // the scan's characters as typed, prefix and suffix included (for support)
        qint64 firstKeyNs = 0; // when the scan's first key arrived (same clock as feed's atNs)
    };

    explicit HidBurstParser(HidScanConfig config = {}) : m_config(std::move(config)) { }

    const HidScanConfig &config() const { return m_config; }
    void setConfig(HidScanConfig config);

    /** One key at time atNs (nanoseconds, any monotonic clock). The key is held unless Step says otherwise.
     */
    Step feed(const HidKey &key, qint64 atNs);
    /** No key came before deadlineNs() (or something that is not scanner input came): give back all held
     * keys. */
    Step flush();

    int held() const { return int(m_keys.size()); }
    /** When the held keys stop being a possible scan; meaningless when nothing is held. */
    qint64 deadlineNs() const { return m_lastNs + qint64(m_config.maxGapMs) * 1000000; }

private:
    QString composedText() const;
    bool couldBePrefixed(const QString &text) const;
    Step finish(Step step);

    HidScanConfig m_config;
    QList<HidKey> m_keys;
    qint64 m_firstNs = 0;
    qint64 m_lastNs = 0;
    qint64 m_scanEndNs = 0; // the last scan's last key
};

} // namespace Omnitote
