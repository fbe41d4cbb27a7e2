// SPDX-License-Identifier: MIT
#include "nfcreaderworker.h"

#include <type2tag.h>

#include <QLoggingCategory>

#include <nfc/nfc.h>

namespace Omnitote {

Q_LOGGING_CATEGORY(lcNfc, "omnitote.nfc")

namespace {

const nfc_modulation typeA106 {NMT_ISO14443A, NBR_106};

// NTAG / Ultralight commands.
constexpr quint8 cmdRead = 0x30; // 4 pages from a start page
constexpr quint8 cmdFastRead = 0x3a; // a page range (NTAG21x)
constexpr quint8 cmdGetVersion = 0x60;
constexpr int fastReadPages = 32; // 128 bytes: well inside one PN532 frame

// Highest page to read: the CC's data area, capped by the chip's size when GET_VERSION told us.
int lastDataPage(const QByteArray &memory, const QByteArray &version)
{
    int last = 3 + quint8(memory[14]) * 8 / 4;
    if (version.size() == 8) {
        const quint8 storage = quint8(version[6]);
        const int userBytes = storage == 0x0f ? 144 : storage == 0x11 ? 496 : storage == 0x13 ? 872 : 0;
        if (userBytes > 0)
            last = std::min(last, 3 + userBytes / 4);
    }
    return last;
}

} // namespace

NfcReaderWorker::NfcReaderWorker(const Settings &settings) : m_settings(settings)
{
    m_resolver.setProductUrlPrefixes(settings.productUrlPrefixes);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &NfcReaderWorker::tick);
}

NfcReaderWorker::~NfcReaderWorker()
{
    close();
    if (m_context)
        nfc_exit(m_context);
}

void NfcReaderWorker::abort()
{
    std::lock_guard lock(m_deviceMutex);
    if (m_device)
        nfc_abort_command(m_device);
}

void NfcReaderWorker::start()
{
    m_running = true;
    if (!m_context)
        nfc_init(&m_context);
    if (!m_context) {
        Q_EMIT stateChanged(ScanSource::State::Error, tr("libnfc could not be initialised"));
        return;
    }
    tick();
}

void NfcReaderWorker::shutdown()
{
    m_running = false;
    m_timer->stop();
    close();
    Q_EMIT stopped();
}

bool NfcReaderWorker::open()
{
    const QByteArray connstring = m_settings.connstring.toLocal8Bit();
    nfc_device *device = nfc_open(m_context, connstring.isEmpty() ? nullptr : connstring.constData());
    if (!device)
        return false;
    if (nfc_initiator_init(device) < 0
        // Short polls: one activation attempt instead of waiting for a tag inside the chip.
        || nfc_device_set_property_bool(device, NP_INFINITE_SELECT, false) < 0
        // The chip adds and checks CRCs and frames InDataExchange for us.
        || nfc_device_set_property_bool(device, NP_EASY_FRAMING, true) < 0) {
        qCWarning(lcNfc) << "initiator setup failed:" << nfc_strerror(device);
        nfc_close(device);
        return false;
    }
    std::lock_guard lock(m_deviceMutex);
    m_device = device;
    return true;
}

void NfcReaderWorker::close()
{
    std::lock_guard lock(m_deviceMutex);
    if (m_device)
        nfc_close(m_device);
    m_device = nullptr;
    m_presentUid.clear();
}

void NfcReaderWorker::lostReader(const QString &why)
{
    qCWarning(lcNfc) << "reader lost:" << why;
    close();
    Q_EMIT stateChanged(ScanSource::State::Error,
                        tr("NFC reader not responding (%1); reconnecting").arg(why));
    m_timer->start(m_settings.reopenIntervalMs);
}

void NfcReaderWorker::tick()
{
    if (!m_running)
        return;
    if (!m_device) {
        if (!open()) {
            const QString where = m_settings.connstring.isEmpty() ? tr("any port") : m_settings.connstring;
            Q_EMIT stateChanged(ScanSource::State::Unavailable,
                                tr("No NFC reader at %1; retrying").arg(where));
            m_timer->start(m_settings.reopenIntervalMs);
            return;
        }
        m_failedPolls = 0;
        Q_EMIT stateChanged(
            ScanSource::State::Ready,
            tr("NFC reader %1 ready").arg(QString::fromLocal8Bit(nfc_device_get_name(m_device))));
    }

    nfc_target target {};
    const int found = nfc_initiator_select_passive_target(m_device, typeA106, nullptr, 0, &target);
    if (found < 0) {
        // One failed poll can be noise on the line; two in a row, or a dead line, mean the reader is gone.
        const bool deadLine = found == NFC_EIO || found == NFC_ENOTSUCHDEV;
        if (deadLine || ++m_failedPolls >= 2)
            lostReader(QString::fromLocal8Bit(nfc_strerror(m_device)));
        else
            m_timer->start(m_settings.pollIntervalMs);
        return;
    }
    m_failedPolls = 0;
    if (found == 0) {
        m_presentUid.clear();
        m_timer->start(m_settings.pollIntervalMs);
        return;
    }

    const qint64 capturedAtNs = scanClockNs();
    const QByteArray uid(reinterpret_cast<const char *>(target.nti.nai.abtUid), int(target.nti.nai.szUidLen));
    if (uid != m_presentUid) {
        QByteArray memory;
        QString error;
        if (readTag(uid, &memory, &error)) {
            m_presentUid = uid;
            // The connstring libnfc actually opened (the configured one, or the device it found).
            const QString sourceId = QString::fromLocal8Bit(nfc_device_get_connstring(m_device));
            const auto resolution = m_resolver.resolve(uid, memory, sourceId, capturedAtNs);
            if (!resolution.note.isEmpty())
                qCInfo(lcNfc) << "tag" << uid.toHex() << "resolved by UID:" << resolution.note;
            Q_EMIT tagRead(uid, memory);
            Q_EMIT scanned(resolution.event);
            Q_EMIT stateChanged(ScanSource::State::Ready,
                                tr("Read tag %1").arg(QString::fromLatin1(uid.toHex())));
        } else {
            // Usually the tag left the field mid-read: nothing to show, the next tap reads it again.
            qCInfo(lcNfc) << "tag" << uid.toHex() << "not read:" << error;
            Q_EMIT stateChanged(ScanSource::State::Ready, tr("Tag moved away before it was read; tap again"));
        }
    }
    nfc_initiator_deselect_target(m_device);
    m_timer->start(m_settings.pollIntervalMs);
}

bool NfcReaderWorker::transceive(const QByteArray &command, QByteArray *answer)
{
    uint8_t rx[264];
    const int n =
        nfc_initiator_transceive_bytes(m_device, reinterpret_cast<const uint8_t *>(command.constData()),
                                       size_t(command.size()), rx, sizeof rx, m_settings.commandTimeoutMs);
    if (n < 0)
        return false;
    *answer = QByteArray(reinterpret_cast<const char *>(rx), n);
    return true;
}

bool NfcReaderWorker::reselect(const QByteArray &uid)
{
    nfc_target target {};
    return nfc_initiator_select_passive_target(m_device, typeA106,
                                               reinterpret_cast<const uint8_t *>(uid.constData()),
                                               size_t(uid.size()), &target)
        > 0;
}

bool NfcReaderWorker::readTag(const QByteArray &uid, QByteArray *memory, QString *error)
{
    QByteArray answer;
    if (!transceive(QByteArray(1, char(cmdRead)) + char(0), &answer) || answer.size() != 16) {
        *error = QStringLiteral("READ of pages 0-3 failed: %1")
                     .arg(QString::fromLocal8Bit(nfc_strerror(m_device)));
        return false;
    }
    *memory = answer;
    if (quint8(answer[12]) != 0xe1)
        return true; // not NDEF-formatted: the UID is all there is

    // NTAG21x answer GET_VERSION and FAST_READ; an Ultralight does not, and goes idle: select it again.
    QByteArray version;
    const bool ntag = transceive(QByteArray(1, char(cmdGetVersion)), &version) && version.size() == 8;
    if (!ntag && !reselect(uid)) {
        *error = QStringLiteral("the tag left after GET_VERSION");
        return false;
    }
    const int lastPage = lastDataPage(*memory, ntag ? version : QByteArray());
    for (;;) {
        const Type2TagContent content = parseType2Tag(*memory);
        const int nextPage = int(memory->size() / 4);
        if (!content.needsMoreData || nextPage > lastPage)
            return true;
        QByteArray chunk;
        bool ok = false;
        if (ntag) {
            const int endPage = std::min(nextPage + fastReadPages - 1, lastPage);
            ok = transceive(QByteArray(1, char(cmdFastRead)) + char(nextPage) + char(endPage), &chunk)
                && chunk.size() == (endPage - nextPage + 1) * 4;
        } else {
            ok = transceive(QByteArray(1, char(cmdRead)) + char(nextPage), &chunk) && chunk.size() == 16;
            chunk.truncate((std::min(nextPage + 3, lastPage) - nextPage + 1) * 4);
        }
        if (!ok) {
            *error = QStringLiteral("read from page %1 failed: %2")
                         .arg(nextPage)
                         .arg(QString::fromLocal8Bit(nfc_strerror(m_device)));
            return false;
        }
        *memory += chunk;
    }
}

} // namespace Omnitote
