// SPDX-License-Identifier: MIT
#include "libnfcreader.h"

#include <utility>

namespace Omnitote {

LibNfcReader::LibNfcReader(const NfcReaderWorker::Settings &settings, QObject *parent)
    : ScanSource(parent), m_settings(settings)
{
    qRegisterMetaType<Omnitote::ScanEvent>();
    qRegisterMetaType<Omnitote::ScanSource::State>();
    m_thread.setObjectName(QStringLiteral("NfcReaderThread"));
}

LibNfcReader::~LibNfcReader()
{
    stopAndWait();
}

void LibNfcReader::start()
{
    if (m_worker) {
        m_restartAfterStop = m_stopping; // stop() still under way: start again once it has finished
        return;
    }
    setState(State::Starting, tr("Opening the NFC reader"));
    m_worker = new NfcReaderWorker(m_settings);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &NfcReaderWorker::stateChanged, this,
            [this](State state, const QString &text) { setState(state, text); });
    connect(m_worker, &NfcReaderWorker::tagRead, this, &LibNfcReader::tagRead);
    connect(m_worker, &NfcReaderWorker::scanned, this, &ScanSource::scanned);
    connect(m_worker, &NfcReaderWorker::stopped, this, [this] {
        m_thread.quit();
        m_thread.wait(); // the worker has returned from its last slot: this is immediate
        delete std::exchange(m_worker, nullptr); // its thread has finished: safe from here
        m_stopping = false;
        setState(State::Stopped);
        if (std::exchange(m_restartAfterStop, false))
            start();
    });
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &NfcReaderWorker::start, Qt::QueuedConnection);
}

void LibNfcReader::stop()
{
    m_restartAfterStop = false;
    if (!m_worker || m_stopping)
        return;
    m_stopping = true;
    m_worker->abort(); // cut a libnfc command short; the worker then sees the shutdown at once
    QMetaObject::invokeMethod(m_worker, &NfcReaderWorker::shutdown, Qt::QueuedConnection);
}

void LibNfcReader::stopAndWait()
{
    if (!m_worker)
        return;
    m_worker->abort();
    QMetaObject::invokeMethod(m_worker, &NfcReaderWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete std::exchange(m_worker, nullptr);
    m_stopping = false;
}

} // namespace Omnitote
