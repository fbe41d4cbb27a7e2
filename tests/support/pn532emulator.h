// SPDX-License-Identifier: MIT
#pragma once

#include "virtualntag.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace Omnitote::Testing {

/**
 * A PN532 on a serial line, emulated on a pseudo-terminal so that libnfc's real pn532_uart driver can
 * drive it: frames (preamble, LEN/LCS, TFI, DCS, ACK, extended frames), the wake-up sequence, and the
 * commands libnfc sends to initialise, poll and talk to a tag (Diagnose, GetFirmwareVersion,
 * SAMConfiguration, Read/WriteRegister, SetParameters, RFConfiguration, InListPassiveTarget, InAutoPoll,
 * InDataExchange / InCommunicateThru with NTAG READ, FAST_READ and GET_VERSION, InDeselect, InRelease,
 * PowerDown). One virtual NTAG can sit in the field; tests place, remove or swap it, make it leave in
 * the middle of a read, and unplug / replug the whole reader.
 *
 * The reader is reached through a stable symlink (like /dev/serial/by-id/...) that replug() re-points
 * at the new pseudo-terminal, so a reader configured with connstring() finds it again.
 *
 * Thread-safe: the protocol runs on its own std::thread; every public method may be called from the
 * test thread at any time.
 */
class Pn532Emulator
{
public:
    explicit Pn532Emulator(const QString &linkPath);
    ~Pn532Emulator();
    Pn532Emulator(const Pn532Emulator &) = delete;
    Pn532Emulator &operator=(const Pn532Emulator &) = delete;

    bool start(QString *error); // "plug in": open a pty, point the link at it, serve
    void unplug(); // the reader disappears: the pty closes under libnfc
    bool replug(QString *error) { return start(error); }

    QString connstring() const { return QStringLiteral("pn532_uart:") + m_linkPath; }
    QString devicePath() const; // the current /dev/pts/N

    void placeTag(const VirtualNtag &tag); // also swaps whatever tag was there
    void removeTag();
    // The tag leaves the field after answering `reads` more READ / FAST_READ commands.
    void removeTagAfterReads(int reads);

    qint64 tagPlacedAtNs() const { return m_tagPlacedAtNs; } // scanClockNs() of the last placeTag()
    int commandCount(quint8 command) const; // frames received with this command code
    int tagReads() const; // READ + FAST_READ answered since start

private:
    void serve(int fd, int wakeFd);
    QByteArray handle(const QByteArray &command); // command frame data (TFI stripped) -> response data
    QByteArray exchangeWithTag(const QByteArray &tagCommand); // status byte + tag answer
    void stopThread();

    const QString m_linkPath;
    mutable std::mutex m_mutex;
    std::optional<VirtualNtag> m_tag;
    int m_readsBeforeRemoval = -1;
    int m_tagReads = 0;
    std::map<quint8, int> m_commandCounts;
    std::map<quint16, quint8> m_registers;
    QString m_devicePath;
    std::atomic<qint64> m_tagPlacedAtNs {0};
    std::thread m_thread;
    int m_masterFd = -1;
    int m_wakePipe[2] = {-1, -1};
};

} // namespace Omnitote::Testing
