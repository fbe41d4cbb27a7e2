// SPDX-License-Identifier: MIT
#pragma once

#include <nfctagresolver.h>
#include <scansource.h>

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <mutex>

struct nfc_context;
struct nfc_device;

namespace Omnitote {

/**
 * The libnfc side of LibNfcReader. Lives on the "NfcReaderThread" thread: every libnfc call happens here,
 * one short command at a time, paced by a timer (never a sleeping loop), so stopping waits for at most
 * one command. Opens the reader, polls ISO 14443-A at 106 kbps, reads a new tag, resolves it, and
 * reopens the reader after it was unplugged or stopped answering.
 */
class NfcReaderWorker : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString connstring; // "" = LIBNFC_DEFAULT_DEVICE / the first device libnfc finds
        int pollIntervalMs = 50; // between two polls when no new tag is there
        int reopenIntervalMs = 1000; // after the reader went away or failed to open
        int commandTimeoutMs = 250; // one tag command (READ, FAST_READ, GET_VERSION)
        QStringList productUrlPrefixes;
    };

    explicit NfcReaderWorker(const Settings &settings);
    ~NfcReaderWorker() override;

    // Thread-safe: interrupts a libnfc command in progress (nfc_abort_command).
    void abort();

public Q_SLOTS:
    void start();
    void shutdown(); // closes the reader; the worker is idle afterwards

Q_SIGNALS:
    void stateChanged(Omnitote::ScanSource::State state, const QString &statusText);
    void scanned(const Omnitote::ScanEvent &event);
    void tagRead(const QByteArray &uid, const QByteArray &memory); // for diagnostics (omnitote nfc-read)
    void stopped();

private:
    void tick();
    bool open();
    void close();
    void lostReader(const QString &why);
    bool readTag(const QByteArray &uid, QByteArray *memory, QString *error);
    bool transceive(const QByteArray &command, QByteArray *answer);
    bool reselect(const QByteArray &uid);

    Settings m_settings;
    NfcTagResolver m_resolver;
    QTimer *m_timer = new QTimer(this); // a child, so it moves to the worker thread with us
    nfc_context *m_context = nullptr;
    nfc_device *m_device = nullptr;
    std::mutex m_deviceMutex; // guards m_device against abort() from another thread
    QByteArray m_presentUid; // the tag already read and still in the field
    int m_failedPolls = 0;
    bool m_running = false;
};

} // namespace Omnitote
