// SPDX-License-Identifier: MIT
#include "superviseddecoder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>

#include <fcntl.h>

namespace Omnitote {

Q_LOGGING_CATEGORY(lcDecoder, "omnitote.barcode.decoder")

namespace {

qint64 steadyMs()
{
    return scanClockNs() / 1000000;
}

} // namespace

SupervisedDecoder::SupervisedDecoder(QObject *parent) : SupervisedDecoder(Config(), parent) { }

SupervisedDecoder::SupervisedDecoder(Config config, QObject *parent)
    : QObject(parent), m_config(std::move(config))
{
    if (m_config.workerPath.isEmpty())
        m_config.workerPath = defaultWorkerPath();
    if (m_config.supportDir.isEmpty())
        m_config.supportDir =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/support");
    if (m_config.sharedMemory) {
        QString error;
        m_shared = SharedFrameMemory::create(&error);
        if (!m_shared.isValid())
            qCInfo(lcDecoder).noquote() << "frames go down the pipe:" << error;
    }
}

SupervisedDecoder::~SupervisedDecoder()
{
    stopWorker();
}

QString SupervisedDecoder::defaultWorkerPath()
{
    const QString fromEnvironment = qEnvironmentVariable("OMNITOTE_DECODER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QCoreApplication::applicationDirPath() + QStringLiteral("/omnitote-decoder");
}

SupervisedDecoder::Result SupervisedDecoder::decode(const LumaImage &frame, DecoderProtocol::Mode mode,
                                                    int step)
{
    QElapsedTimer timer;
    timer.start();
    Result result;
    auto finish = [&]() {
        result.ms = timer.nsecsElapsed() / 1e6;
        return result;
    };
    if (frame.isNull()) {
        result.status = Status::Unavailable;
        result.error = QStringLiteral("empty frame");
        return finish();
    }
    if (!ensureWorker(&result.error)) {
        result.status = Status::Unavailable;
        return finish();
    }
    DecoderProtocol::Response response;
    const Exchange outcome = exchange(frame, {0, frame.width(), frame.height(), mode, step}, &response);
    if (outcome == Exchange::Answered) {
        result.barcodes = response.barcodes;
        result.step = response.step;
        result.stepsTried = response.stepsTried;
        return finish();
    }

    // The worker died, hung or spoke nonsense: answer this frame as crashed, keep it for support.
    const QString stderrText = stopWorker().trimmed();
    ++m_crashes;
    result.status = Status::Crashed;
    const QString what = outcome == Exchange::TimedOut
        ? QStringLiteral("decoder timed out after %1 ms").arg(m_config.timeoutMs)
        : outcome == Exchange::Garbled ? QStringLiteral("decoder sent an invalid answer")
                                       : QStringLiteral("decoder crashed");
    result.error = stderrText.isEmpty() ? what : what + QStringLiteral(": ") + stderrText.section(u'\n', -1);
    result.savedFrame = saveFrame(frame);
    qCWarning(lcDecoder).noquote() << result.error << "; frame saved as" << result.savedFrame;
    Q_EMIT workerCrashed(result.error, result.savedFrame);

    if (m_config.retryInSafeMode && mode == DecoderProtocol::Mode::Full) {
        QString ignored;
        if (ensureWorker(&ignored)
            && exchange(frame, {0, frame.width(), frame.height(), DecoderProtocol::Mode::FullSafe}, &response)
                == Exchange::Answered) {
            result.barcodes = response.barcodes;
            result.step = response.step;
            result.stepsTried = response.stepsTried;
        } else {
            stopWorker();
        }
    }
    return finish();
}

qint64 SupervisedDecoder::workerProcessId() const
{
    return m_process && m_process->state() == QProcess::Running ? m_process->processId() : 0;
}

bool SupervisedDecoder::ensureWorker(QString *error)
{
    if (m_process && m_process->state() == QProcess::Running)
        return true;
    stopWorker();
    const qint64 now = steadyMs();
    if (now < m_pausedUntilMs) {
        *error = QStringLiteral("decoder paused after %1 restarts; retrying in %2 s")
                     .arg(m_config.maxRestarts)
                     .arg((m_pausedUntilMs - now + 999) / 1000);
        return false;
    }
    m_recentStartsMs.removeIf([&](qint64 at) { return now - at > m_config.restartWindowMs; });
    if (m_recentStartsMs.size() > m_config.maxRestarts) {
        m_pausedUntilMs = now + m_config.pauseMs;
        m_recentStartsMs.clear();
        *error = QStringLiteral("decoder restarted %1 times within %2 s; paused for %3 s")
                     .arg(m_config.maxRestarts)
                     .arg(m_config.restartWindowMs / 1000)
                     .arg(m_config.pauseMs / 1000);
        qCWarning(lcDecoder).noquote() << *error;
        return false;
    }
    m_process = new QProcess(this);
    m_process->setProgram(m_config.workerPath);
    if (m_shared.isValid()) {
        const int fd = m_shared.fd();
        m_process->setArguments({QStringLiteral("--shm-fd"), QString::number(fd)});
        // Runs in the child between fork and exec: only the decoder inherits the frame memory.
        m_process->setChildProcessModifier([fd] { ::fcntl(fd, F_SETFD, 0); });
    }
    m_process->start(QIODevice::ReadWrite | QIODevice::Unbuffered);
    if (!m_process->waitForStarted(m_config.timeoutMs)) {
        *error =
            QStringLiteral("cannot start decoder %1: %2").arg(m_config.workerPath, m_process->errorString());
        delete m_process;
        m_process = nullptr;
        // A missing binary also counts towards the pause, so a broken install does not spin.
        m_recentStartsMs.append(now);
        return false;
    }
    m_recentStartsMs.append(now);
    ++m_starts;
    return true;
}

SupervisedDecoder::Exchange SupervisedDecoder::exchange(const LumaImage &frame,
                                                        DecoderProtocol::RequestHeader request,
                                                        DecoderProtocol::Response *response)
{
    const std::uint32_t id = m_nextId++;
    request.id = id;
    const QDeadlineTimer deadline(m_config.timeoutMs);
    // The worker only reads the memory after it has the header, and we touch it again only after
    // its answer (or its death), so one buffer is enough.
    const bool shared = m_shared.isValid() && m_shared.write(frame);
    request.flags = shared ? DecoderProtocol::pixelsInSharedMemory : 0;
    m_process->write(DecoderProtocol::encodeRequestHeader(request));
    if (!shared)
        m_process->write(reinterpret_cast<const char *>(frame.data()),
                         static_cast<qint64>(frame.byteCount()));

    QByteArray responseHeader;
    if (!readExactly(12, &responseHeader, deadline))
        return deadline.hasExpired() ? Exchange::TimedOut : Exchange::Died;
    std::uint32_t answeredId = 0;
    const auto length = DecoderProtocol::responseLength(responseHeader.constData(), &answeredId);
    if (!length || answeredId != id)
        return Exchange::Garbled;
    QByteArray body;
    if (!readExactly(static_cast<qsizetype>(*length), &body, deadline))
        return deadline.hasExpired() ? Exchange::TimedOut : Exchange::Died;
    const auto decoded = DecoderProtocol::decodeResponseBody(id, body);
    if (!decoded)
        return Exchange::Garbled;
    *response = *decoded;
    return Exchange::Answered;
}

bool SupervisedDecoder::readExactly(qsizetype size, QByteArray *out, const QDeadlineTimer &deadline)
{
    out->clear();
    while (out->size() < size) {
        if (m_process->bytesAvailable() == 0) {
            // waitForReadyRead also flushes our pending write of the frame into the pipe.
            if (m_process->state() != QProcess::Running || deadline.hasExpired()
                || !m_process->waitForReadyRead(
                    static_cast<int>(std::max<qint64>(1, deadline.remainingTime()))))
                return false;
        }
        out->append(m_process->read(size - out->size()));
    }
    return true;
}

QString SupervisedDecoder::stopWorker()
{
    if (!m_process)
        return {};
    if (m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel(); // a healthy worker exits on end of input
        if (!m_process->waitForFinished(500)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
    const QString stderrText = QString::fromLocal8Bit(m_process->readAllStandardError());
    delete m_process;
    m_process = nullptr;
    return stderrText;
}

QString SupervisedDecoder::saveFrame(const LumaImage &frame)
{
    QDir dir(m_config.supportDir);
    if (!dir.mkpath(QStringLiteral(".")))
        return {};
    const QString name =
        QStringLiteral("decoder-crash-%1-%2.pgm")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")))
            .arg(m_crashes);
    const QString path = dir.filePath(name);
    if (!frame.savePgm(path))
        return {};
    // Keep the folder bounded: a camera pointed at a bad pattern must not fill the disk.
    const QFileInfoList saved =
        dir.entryInfoList({QStringLiteral("decoder-crash-*.pgm")}, QDir::Files, QDir::Time);
    for (qsizetype i = m_config.keepCrashFrames; i < saved.size(); ++i)
        QFile::remove(saved.at(i).absoluteFilePath());
    return path;
}

} // namespace Omnitote
