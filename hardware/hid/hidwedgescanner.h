// SPDX-License-Identifier: MIT
#pragma once

#include "hidburstparser.h"

#include <scansource.h>

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWindow>

#include <functional>
#include <optional>

class QKeyEvent;

namespace Omnitote {

/**
 * A USB/HID scanner in keyboard mode ("keyboard wedge"): it types its codes. An application-wide
 * event filter holds keys back from the UI until HidBurstParser has decided: a scanner's burst is
 * swallowed and becomes a ScanEvent, anything else is replayed to the window it was meant for, in
 * order, so a person typing into a field loses nothing.
 *
 * Lives on (and must only be used from) the GUI thread. Holding keys delays a person's typing by at
 * most maxGapMs.
 */
class HidWedgeScanner : public ScanSource
{
    Q_OBJECT
public:
    /** Turns a key event into the time its key arrived, in ns; tests replace it to simulate a typist. */
    using KeyClock = std::function<qint64(const QKeyEvent &)>;

    explicit HidWedgeScanner(HidScanConfig config = {}, QObject *parent = nullptr);
    ~HidWedgeScanner() override;

    void start() override;
    void stop() override;

    const HidScanConfig &config() const { return m_parser.config(); }
    void setKeyClock(KeyClock clock) { m_clock = std::move(clock); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** A key press held back from the UI, and whether its release has come (and been held too). */
    struct HeldKey
    {
        QPointer<QWindow> window;
        int key = 0;
        Qt::KeyboardModifiers modifiers;
        QString text;
        quint32 nativeScanCode = 0;
        quint32 nativeVirtualKey = 0;
        quint32 nativeModifiers = 0;
        qint64 arrivedNs = 0; // scanClockNs(): a scan's capture time is its first key's
        bool released = false;
    };

    bool onKeyPress(QWindow *window, QKeyEvent *event);
    bool onKeyRelease(QKeyEvent *event);
    void apply(const HidBurstParser::Step &step);
    void replay(const HeldKey &held);
    void flushHeld();
    void armTimer();

    HidBurstParser m_parser;
    KeyClock m_clock;
    QList<HeldKey> m_held;
    QList<int> m_swallowReleases; // keys of a scan whose release has not come yet
    QTimer m_expiry;
    qint64 m_firstKeyScanClockNs = 0;
    bool m_replaying = false;
    bool m_running = false;
};

/** Translates a key press to what HidBurstParser reads; nullopt for keys no scanner sends. */
std::optional<HidKey> hidKeyFromEvent(int key, Qt::KeyboardModifiers modifiers, const QString &text);

} // namespace Omnitote
