// SPDX-License-Identifier: MIT
#include "evdevscanner.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <linux/input.h>
#include <sys/ioctl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcEvdev, "omnitote.hardware.evdev")

namespace Omnitote {

namespace {

qint64 eventTimeNs(const input_event &event)
{
    return qint64(event.input_event_sec) * 1000000000 + qint64(event.input_event_usec) * 1000;
}

QString errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

EvdevScanner::EvdevScanner(const QString &devicePath, HidScanConfig config, QObject *parent)
    : ScanSource(parent), m_path(devicePath), m_parser(std::move(config))
{
    m_retry.setInterval(1000);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (openDevice())
            m_retry.stop();
    });
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, [this] { finish(m_parser.flush(), 0); });
}

EvdevScanner::~EvdevScanner()
{
    closeDevice();
}

void EvdevScanner::start()
{
    if (m_fd >= 0)
        return;
    setState(State::Starting);
    if (!openDevice())
        m_retry.start();
}

void EvdevScanner::stop()
{
    m_retry.stop();
    closeDevice();
    setState(State::Stopped);
}

bool EvdevScanner::openDevice()
{
    const QByteArray path = QFile::encodeName(m_path);
    const int fd = ::open(path.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT || error == ENODEV || error == ENXIO)
            setState(State::Unavailable, tr("No scanner at %1; waiting for one").arg(m_path));
        else if (error == EACCES || error == EPERM)
            setState(State::Error,
                     tr("No permission to read %1 (the kiosk user needs the \"input\" group)").arg(m_path));
        else
            setState(State::Error, tr("Cannot open %1: %2").arg(m_path, errorText(error)));
        return false;
    }
    // Exclusive: while we hold it, the scanner's keys reach no one else (no desktop, no text field).
    if (m_grab && ::ioctl(fd, EVIOCGRAB, 1) != 0) {
        const int error = errno;
        ::close(fd);
        setState(State::Error,
                 error == EBUSY
                     ? tr("%1 is grabbed by another program").arg(m_path)
                     : tr("Cannot grab %1 (is it an input device?): %2").arg(m_path, errorText(error)));
        return false;
    }
    // Event times on the monotonic clock, the one scanClockNs() uses, so a scan's capture time is
    // its first key's time stamp from the kernel.
    int clock = CLOCK_MONOTONIC;
    m_monotonic = ::ioctl(fd, EVIOCSCLOCKID, &clock) == 0;
    m_fd = fd;
    m_partial.clear();
    m_decoder.reset();
    m_parser.flush();
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &EvdevScanner::onReadable);
    setState(State::Ready, tr("Reading the scanner at %1").arg(m_path));
    qCInfo(lcEvdev) << "reading" << m_path << (m_grab ? "(grabbed)" : "(not grabbed)");
    return true;
}

void EvdevScanner::closeDevice()
{
    m_expiry.stop();
    if (m_notifier) {
        // Deleted at once: a notifier must not outlive its descriptor, even for one event loop turn.
        m_notifier->setEnabled(false);
        delete m_notifier;
        m_notifier = nullptr;
    }
    if (m_fd >= 0) {
        ::close(m_fd); // also releases the grab
        m_fd = -1;
    }
}

void EvdevScanner::onGone(const QString &reason)
{
    qCWarning(lcEvdev) << m_path << reason;
    finish(m_parser.flush(), 0);
    closeDevice();
    setState(State::Error, tr("%1: %2; trying again").arg(m_path, reason));
    m_retry.start();
}

void EvdevScanner::onReadable()
{
    char buffer[64 * sizeof(input_event)];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        if (n < 0) {
            onGone(errno == ENODEV ? tr("unplugged") : errorText(errno));
            return;
        }
        if (n == 0) {
            onGone(tr("closed"));
            return;
        }
        m_partial.append(buffer, int(n));
        const int whole = int(m_partial.size() / qsizetype(sizeof(input_event)));
        for (int i = 0; i < whole; ++i) {
            input_event event;
            std::memcpy(&event, m_partial.constData() + i * sizeof(input_event), sizeof event);
            handleKey(event.type, event.code, event.value, eventTimeNs(event));
            if (m_fd < 0)
                return;
        }
        m_partial.remove(0, whole * qsizetype(sizeof(input_event)));
    }
}

void EvdevScanner::handleKey(int type, int code, int value, qint64 timeNs)
{
    const std::optional<HidKey> key = m_decoder.feed(type, code, value);
    if (key)
        finish(m_parser.feed(*key, timeNs), timeNs);
}

void EvdevScanner::finish(const HidBurstParser::Step &step, qint64 lastKeyNs)
{
    // Nothing is replayed: the device is grabbed and only a scanner types on it, so keys that are
    // not a scan (a misread, a half burst) are dropped.
    if (step.replay > 0)
        qCDebug(lcEvdev) << "dropped" << step.replay << "keys that were not a scan";
    if (!step.scan.isEmpty()) {
        // Without monotonic kernel stamps, the first key's time is now less the burst's length.
        const qint64 capturedNs =
            m_monotonic ? step.firstKeyNs : scanClockNs() - qMax<qint64>(0, lastKeyNs - step.firstKeyNs);
        ScanEvent scan = ScanEvent::make(ScanEvent::Source::HidScanner, step.scan, {}, capturedNs);
        scan.rawBytes = step.raw.toUtf8(); // what the scanner typed, before prefix, suffix and GS rules
        scan.sourceId = m_path;
        Q_EMIT scanned(scan);
    }
    if (m_parser.held() > 0) {
        m_expiry.start(m_parser.config().maxGapMs + 1);
    } else {
        m_expiry.stop();
    }
}

} // namespace Omnitote
