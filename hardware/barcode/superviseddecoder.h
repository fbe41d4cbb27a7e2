// SPDX-License-Identifier: MIT
#pragma once

#include "decodedbarcode.h"
#include "decoderprotocol.h"
#include "lumaimage.h"
#include "sharedframememory.h"

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QString>

class QProcess;

namespace Omnitote {

/**
 * Runs the decode pipeline in a separate omnitote-decoder process and keeps it alive.
 *
 * ZXing-C++ 1.4.0 from Debian aborts on some frames; when the worker dies the frame in flight is
 * answered as Crashed (with a safe-mode retry when asked for), the frame is saved to the support
 * folder as PGM, and the next frame starts a new worker. Too many restarts in a short window pause
 * the decoder (answered as Unavailable) instead of fork-looping on a bad camera.
 *
 * decode() blocks until the worker answers: use it from a worker thread (a camera source's) or a CLI,
 * never from the GUI thread. Thread affinity: the thread that calls decode() owns the process.
 */
class SupervisedDecoder : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString workerPath; // empty: $OMNITOTE_DECODER, else omnitote-decoder beside the executable
        QString supportDir; // where crashing frames go; empty: <app data>/support
        int timeoutMs = 10000; // a worker that takes longer is killed and counts as crashed
        int maxRestarts = 5; // within restartWindowMs, before pausing
        int restartWindowMs = 60000;
        int pauseMs = 30000; // how long to stay paused after too many restarts
        int keepCrashFrames = 20; // older saved frames are deleted
        bool retryInSafeMode = true; // re-decode a crashing Full frame without the aborting settings
        bool sharedMemory = true; // pixels through shared memory (false: down the pipe, as before)
    };
    enum class Status { Ok, Crashed, Unavailable };
    struct Result
    {
        Status status = Status::Ok;
        QList<DecodedBarcode> barcodes;
        QString step;
        int stepsTried = 0;
        QString error; // Crashed / Unavailable: why ("decoder crashed: <assert message>")
        QString savedFrame; // Crashed: the PGM written for support ("" if it could not be written)
        double ms = 0; // wall time including the pipe round trip
    };

    explicit SupervisedDecoder(QObject *parent = nullptr);
    explicit SupervisedDecoder(Config config, QObject *parent = nullptr);
    ~SupervisedDecoder() override;

    /** `step` only matters for Mode::Stepped: which camera step runs after the fast one. */
    Result decode(const LumaImage &frame, DecoderProtocol::Mode mode = DecoderProtocol::Mode::Full,
                  int step = 0);
    /** Whether frames travel through shared memory (false: not asked for, or memfd unavailable). */
    bool usesSharedMemory() const { return m_shared.isValid(); }

    /** The running worker's process id, 0 when none runs (benchmarks read its CPU time). */
    qint64 workerProcessId() const;
    int restarts() const { return m_starts > 0 ? m_starts - 1 : 0; }
    int crashes() const { return m_crashes; }
    static QString defaultWorkerPath();

Q_SIGNALS:
    void workerCrashed(const QString &reason, const QString &savedFrame);

private:
    enum class Exchange { Answered, Died, TimedOut, Garbled };
    bool ensureWorker(QString *error);
    Exchange exchange(const LumaImage &frame, DecoderProtocol::RequestHeader request,
                      DecoderProtocol::Response *response);
    bool readExactly(qsizetype size, QByteArray *out, const QDeadlineTimer &deadline);
    QString stopWorker(); // returns what the worker wrote to stderr
    QString saveFrame(const LumaImage &frame);

    Config m_config;
    QProcess *m_process = nullptr;
    SharedFrameMemory m_shared; // kept across worker restarts; each new worker inherits it
    std::uint32_t m_nextId = 1;
    int m_starts = 0;
    int m_crashes = 0;
    QList<qint64> m_recentStartsMs; // steady-clock ms of recent worker starts
    qint64 m_pausedUntilMs = 0;
};

} // namespace Omnitote
