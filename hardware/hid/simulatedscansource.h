// SPDX-License-Identifier: MIT
#pragma once

#include <scansource.h>

#include <QStringList>
#include <QTimer>

namespace Omnitote {

/**
 * A scanner that is not there: demos and tests inject codes, or it plays a file of codes (one per
 * line, "#" comments, "\x1d" or "<GS>" for GS) one every intervalMs. It always builds and always works.
 */
class SimulatedScanSource : public ScanSource
{
    Q_OBJECT
public:
    explicit SimulatedScanSource(ScanEvent::Source kind = ScanEvent::Source::HidScanner,
                                 QObject *parent = nullptr);

    void start() override;
    void stop() override;

    /** Emits a scan of `text` now (when started). */
    Q_INVOKABLE void inject(const QString &text);
    /** Plays the codes in this file, one every intervalMs, after start(); false with a reason if unreadable.
     */
    bool loadFile(const QString &path, int intervalMs, QString *error);

    static QStringList parseCodes(const QString &fileText);

private:
    ScanEvent::Source m_kind;
    QStringList m_queue;
    QTimer m_player;
    bool m_running = false;
};

} // namespace Omnitote
