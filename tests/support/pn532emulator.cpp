// SPDX-License-Identifier: MIT
#include "pn532emulator.h"

#include <scanevent.h>

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

namespace Omnitote::Testing {

namespace {

constexpr quint8 hostToPn532 = 0xd4;
constexpr quint8 pn532ToHost = 0xd5;
const QByteArray ackFrame = QByteArray::fromHex("0000ff00ff00");
// Syntax error frame: what a PN532 answers to a command it does not know.
const QByteArray errorFrame = QByteArray::fromHex("0000ff01ff7f8100");

// PN532 command codes (User Manual UM0701-02, section 7).
enum Command : quint8 {
    Diagnose = 0x00,
    GetFirmwareVersion = 0x02,
    GetGeneralStatus = 0x04,
    ReadRegister = 0x06,
    WriteRegister = 0x08,
    SetParameters = 0x12,
    SamConfiguration = 0x14,
    PowerDown = 0x16,
    RfConfiguration = 0x32,
    InDataExchange = 0x40,
    InCommunicateThru = 0x42,
    InDeselect = 0x44,
    InListPassiveTarget = 0x4a,
    InRelease = 0x52,
    InAutoPoll = 0x60,
};

// InDataExchange / InCommunicateThru status: 0x01 is "time-out, the target did not answer".
constexpr char statusOk = 0x00;
constexpr char statusTimeout = 0x01;

QByteArray frame(const QByteArray &data)
{
    QByteArray out = QByteArray::fromHex("0000ff");
    out += char(data.size());
    out += char(-data.size() & 0xff);
    out += data;
    quint8 sum = 0;
    for (char c : data)
        sum += quint8(c);
    out += char(-sum & 0xff);
    out += char(0x00);
    return out;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

/**
 * Pulls host frames out of the byte stream. Skips wake-up bytes (0x55, 0x00), answers nothing to the
 * host's ACK (used to abort), and drops frames whose checksums fail, as the chip does.
 */
class FrameParser
{
public:
    void feed(const char *data, qsizetype size) { m_buffer.append(data, size); }

    // Next complete command (TFI and everything after it up to DCS), or std::nullopt.
    std::optional<QByteArray> next()
    {
        for (;;) {
            const qsizetype start = m_buffer.indexOf(QByteArrayView("\x00\xff", 2));
            if (start < 0) {
                m_buffer = m_buffer.right(1); // keep a trailing 0x00 that may start a frame
                return std::nullopt;
            }
            m_buffer.remove(0, start);
            if (m_buffer.size() < 4)
                return std::nullopt;
            const quint8 len = quint8(m_buffer[2]);
            const quint8 lcs = quint8(m_buffer[3]);
            if (len == 0x00 && lcs == 0xff) { // ACK from the host
                m_buffer.remove(0, 4);
                continue;
            }
            qsizetype header = 4;
            qsizetype length = len;
            if (len == 0xff && lcs == 0xff) { // extended frame: LENM LENL LCS
                if (m_buffer.size() < 7)
                    return std::nullopt;
                length = (quint8(m_buffer[4]) << 8) | quint8(m_buffer[5]);
                if (quint8(quint8(m_buffer[4]) + quint8(m_buffer[5]) + quint8(m_buffer[6])) != 0) {
                    m_buffer.remove(0, 2);
                    continue;
                }
                header = 7;
            } else if (quint8(len + lcs) != 0) {
                m_buffer.remove(0, 2);
                continue;
            }
            if (m_buffer.size() < header + length + 1)
                return std::nullopt;
            const QByteArray data = m_buffer.mid(header, length);
            quint8 sum = quint8(m_buffer[header + length]);
            for (char c : data)
                sum += quint8(c);
            m_buffer.remove(0, header + length + 1);
            if (sum == 0 && !data.isEmpty() && quint8(data[0]) == hostToPn532)
                return data.mid(1);
        }
    }

private:
    QByteArray m_buffer;
};

} // namespace

Pn532Emulator::Pn532Emulator(const QString &linkPath) : m_linkPath(linkPath) { }

Pn532Emulator::~Pn532Emulator()
{
    unplug();
}

bool Pn532Emulator::start(QString *error)
{
    stopThread();
    int master = -1;
    int slave = -1;
    char name[128] = {};
    termios raw {};
    cfmakeraw(&raw);
    if (::openpty(&master, &slave, name, &raw, nullptr) != 0) {
        *error = QStringLiteral("openpty: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    // Keep the slave side open only until libnfc opens it: closing ours now would hang up the line
    // (reads on the master then fail with EIO until someone opens the slave).
    ::close(slave);
    QFile::remove(m_linkPath);
    if (!QFile::link(QString::fromLocal8Bit(name), m_linkPath)) {
        *error = QStringLiteral("cannot link %1 to %2").arg(m_linkPath, QString::fromLocal8Bit(name));
        ::close(master);
        return false;
    }
    if (::pipe(m_wakePipe) != 0) {
        ::close(master);
        *error = QStringLiteral("pipe failed");
        return false;
    }
    {
        std::lock_guard lock(m_mutex);
        m_devicePath = QString::fromLocal8Bit(name);
        m_registers.clear();
    }
    m_masterFd = master;
    m_thread = std::thread([this, master, wake = m_wakePipe[0]] { serve(master, wake); });
    return true;
}

void Pn532Emulator::stopThread()
{
    if (!m_thread.joinable())
        return;
    const char stop = 'q';
    (void)!::write(m_wakePipe[1], &stop, 1);
    m_thread.join();
    ::close(m_wakePipe[0]);
    ::close(m_wakePipe[1]);
    ::close(m_masterFd);
    m_masterFd = -1;
}

void Pn532Emulator::unplug()
{
    stopThread();
    QFile::remove(m_linkPath);
}

QString Pn532Emulator::devicePath() const
{
    std::lock_guard lock(m_mutex);
    return m_devicePath;
}

void Pn532Emulator::placeTag(const VirtualNtag &tag)
{
    std::lock_guard lock(m_mutex);
    m_tag = tag;
    m_readsBeforeRemoval = -1;
    m_tagPlacedAtNs = scanClockNs();
}

void Pn532Emulator::removeTag()
{
    std::lock_guard lock(m_mutex);
    m_tag.reset();
}

void Pn532Emulator::removeTagAfterReads(int reads)
{
    std::lock_guard lock(m_mutex);
    m_readsBeforeRemoval = reads;
}

int Pn532Emulator::commandCount(quint8 command) const
{
    std::lock_guard lock(m_mutex);
    const auto found = m_commandCounts.find(command);
    return found == m_commandCounts.end() ? 0 : found->second;
}

int Pn532Emulator::tagReads() const
{
    std::lock_guard lock(m_mutex);
    return m_tagReads;
}

void Pn532Emulator::serve(int fd, int wakeFd)
{
    FrameParser parser;
    char buffer[512];
    for (;;) {
        pollfd fds[2] = {{fd, POLLIN, 0}, {wakeFd, POLLIN, 0}};
        if (::poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        if (fds[1].revents)
            return;
        if (fds[0].revents & POLLHUP) {
            // Nobody has the slave open (before libnfc opens it, or after it closed it): wait.
            ::poll(fds + 1, 1, 5);
            if (fds[1].revents)
                return;
            continue;
        }
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0) {
            if (n < 0 && (errno == EINTR || errno == EAGAIN || errno == EIO))
                continue;
            return;
        }
        parser.feed(buffer, n);
        while (auto command = parser.next()) {
            const QByteArray response = handle(*command);
            const bool ok =
                writeAll(fd, ackFrame)
                && writeAll(
                    fd, response.isEmpty() ? errorFrame : frame(QByteArray(1, char(pn532ToHost)) + response));
            if (!ok)
                return;
        }
    }
}

QByteArray Pn532Emulator::handle(const QByteArray &command)
{
    if (command.isEmpty())
        return {};
    const quint8 code = quint8(command[0]);
    const QByteArray args = command.mid(1);
    QByteArray reply(1, char(code + 1));
    std::lock_guard lock(m_mutex);
    ++m_commandCounts[code];
    switch (code) {
    case Diagnose: // test 0x00 (communication line) echoes its data
        return reply + args;
    case GetFirmwareVersion:
        return reply + QByteArray::fromHex("32010607"); // PN532 v1.6, ISO14443A/B + FeliCa
    case GetGeneralStatus:
        return reply
            + QByteArray::fromHex("0000"
                                  "00"
                                  "00");
    case ReadRegister:
        for (qsizetype i = 0; i + 1 < args.size(); i += 2)
            reply += char(m_registers[quint16((quint8(args[i]) << 8) | quint8(args[i + 1]))]);
        return reply;
    case WriteRegister:
        for (qsizetype i = 0; i + 2 < args.size(); i += 3)
            m_registers[quint16((quint8(args[i]) << 8) | quint8(args[i + 1]))] = quint8(args[i + 2]);
        return reply;
    case SetParameters:
    case SamConfiguration:
    case RfConfiguration:
        return reply;
    case PowerDown:
    case InDeselect:
    case InRelease:
        return reply + char(statusOk);
    case InListPassiveTarget: {
        // MaxTg, BrTy (0x00: 106 kbps type A), optional UID to select.
        const bool typeA = args.size() >= 2 && args[1] == 0x00;
        // libnfc selects a known UID with its cascade tags (0x88) in front of each full cascade level.
        QByteArray wanted = args.mid(2);
        if ((wanted.size() == 8 || wanted.size() == 12) && quint8(wanted[0]) == 0x88)
            wanted.remove(0, 1);
        if (wanted.size() == 11 && quint8(wanted[3]) == 0x88)
            wanted.remove(3, 1);
        const bool uidMatches = wanted.isEmpty() || (m_tag && wanted == m_tag->uid());
        if (!typeA || !m_tag || !uidMatches)
            return reply + char(0x00);
        return reply + char(0x01) + char(0x01) + QByteArray::fromHex("004400") + char(m_tag->uid().size())
            + m_tag->uid();
    }
    case InAutoPoll: {
        if (!m_tag)
            return reply + char(0x00);
        const QByteArray data =
            char(0x01) + QByteArray::fromHex("004400") + char(m_tag->uid().size()) + m_tag->uid();
        return reply + char(0x01) + char(0x10) + char(data.size())
            + data; // type 0x10: MIFARE / Type 2 at 106A
    }
    case InDataExchange:
        return reply + exchangeWithTag(args.mid(1)); // args[0] is the target number
    case InCommunicateThru:
        return reply + exchangeWithTag(args);
    default:
        return {};
    }
}

// Called with m_mutex held.
QByteArray Pn532Emulator::exchangeWithTag(const QByteArray &tagCommand)
{
    if (!m_tag || tagCommand.isEmpty())
        return QByteArray(1, statusTimeout);
    const quint8 op = quint8(tagCommand[0]);
    const bool isRead = op == 0x30 || op == 0x3a;
    if (isRead && m_readsBeforeRemoval == 0) {
        m_tag.reset(); // it left the field mid-read
        return QByteArray(1, statusTimeout);
    }
    QByteArray answer;
    if (op == 0x30 && tagCommand.size() == 2)
        answer = m_tag->read(quint8(tagCommand[1]));
    else if (op == 0x3a && tagCommand.size() == 3)
        answer = m_tag->fastRead(quint8(tagCommand[1]), quint8(tagCommand[2]));
    else if (op == 0x60 && tagCommand.size() == 1)
        answer = m_tag->version();
    if (answer.isEmpty()) // NAK or no answer: the PN532 reports a time-out and the tag goes idle
        return QByteArray(1, statusTimeout);
    if (isRead) {
        ++m_tagReads;
        if (m_readsBeforeRemoval > 0)
            --m_readsBeforeRemoval;
    }
    return char(statusOk) + answer;
}

} // namespace Omnitote::Testing
