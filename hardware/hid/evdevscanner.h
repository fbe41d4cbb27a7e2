// SPDX-License-Identifier: MIT
#pragma once

#include "evdevkeydecoder.h"
#include "hidburstparser.h"

#include <scansource.h>

#include <QByteArray>
#include <QTimer>

class QSocketNotifier;

namespace Omnitote {

/**
 * A USB scanner read straight from its Linux input device (/dev/input/eventN), grabbed exclusively
 * so its keys never reach the desktop or any text field. Keys become characters (US layout) and
 * bursts become scans with the same rules as the keyboard wedge. When the device goes away
 * (unplugged) or is not there yet, it keeps trying to open it every retryIntervalMs.
 *
 * Reads are non-blocking on a QSocketNotifier in the thread the object lives in (a scanner sends a
 * few hundred bytes per scan, so the GUI thread never waits on it).
 */
class EvdevScanner : public ScanSource
{
    Q_OBJECT
public:
    explicit EvdevScanner(const QString &devicePath, HidScanConfig config = {}, QObject *parent = nullptr);
    ~EvdevScanner() override;

    void start() override;
    void stop() override;

    QString devicePath() const { return m_path; }
    /** On by default. Off only for streams that are not an input device (tests feed a FIFO). */
    void setExclusiveGrab(bool grab) { m_grab = grab; }
    void setRetryIntervalMs(int ms) { m_retry.setInterval(ms); }

private:
    bool openDevice();
    void closeDevice();
    void onReadable();
    void onGone(const QString &reason);
    void handleKey(int type, int code, int value, qint64 timeNs);
    void finish(const HidBurstParser::Step &step, qint64 lastKeyNs);

    QString m_path;
    HidBurstParser m_parser;
    EvdevKeyDecoder m_decoder;
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_partial; // the start of an input_event a read split (FIFOs can)
    QTimer m_retry;
    QTimer m_expiry;
    bool m_grab = true;
    bool m_monotonic = false; // event times are on scanClockNs()'s clock
};

} // namespace Omnitote
