// SPDX-License-Identifier: MIT
#pragma once

#include "nfcreaderworker.h"

#include <scansource.h>

#include <QThread>

namespace Omnitote {

/**
 * An NFC reader driven by libnfc (PN532 on a serial line, ACR122, PN53x USB, ...), as a ScanSource.
 * Tags become ScanEvents with source Nfc: a trusted NDEF URI, else the tag's UID (see NfcTagResolver).
 * All libnfc work runs on a worker thread; this object (GUI thread) only relays state and events.
 */
class LibNfcReader : public ScanSource
{
    Q_OBJECT
public:
    explicit LibNfcReader(const NfcReaderWorker::Settings &settings, QObject *parent = nullptr);
    ~LibNfcReader() override;

    void start() override;
    void stop() override; // asynchronous: state becomes Stopped when the worker has closed the reader

    NfcReaderWorker::Settings settings() const { return m_settings; }

Q_SIGNALS:
    /** Emitted before `scanned` with what was read, for diagnostics. */
    void tagRead(const QByteArray &uid, const QByteArray &memory);

private:
    void stopAndWait();

    NfcReaderWorker::Settings m_settings;
    QThread m_thread;
    NfcReaderWorker *m_worker = nullptr;
    bool m_stopping = false; // shutdown queued to the worker, `stopped` not yet seen
    bool m_restartAfterStop = false;
};

} // namespace Omnitote
