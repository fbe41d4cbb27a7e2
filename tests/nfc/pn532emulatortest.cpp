// SPDX-License-Identifier: MIT
// The PN532 emulator fixture itself, driven by libnfc directly: the paths LibNfcReader does not take
// (InAutoPoll through nfc_initiator_poll_target, InCommunicateThru without easy framing) and NTAG
// commands outside the chip's range.
#include <pn532emulator.h>

#include <QTemporaryDir>
#include <QTest>

#include <nfc/nfc.h>

using namespace Omnitote::Testing;

class Pn532EmulatorTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Pn532Emulator> m_emulator;
    nfc_context *m_context = nullptr;
    nfc_device *m_device = nullptr;
    const QByteArray m_uid = QByteArray::fromHex("04112233445566");

    QByteArray transceive(const QByteArray &command)
    {
        uint8_t rx[264];
        const int n =
            nfc_initiator_transceive_bytes(m_device, reinterpret_cast<const uint8_t *>(command.constData()),
                                           size_t(command.size()), rx, sizeof rx, 500);
        return n < 0 ? QByteArray() : QByteArray(reinterpret_cast<const char *>(rx), n);
    }

private Q_SLOTS:
    void init()
    {
        m_emulator = std::make_unique<Pn532Emulator>(m_dir.filePath(QStringLiteral("ttyNFC")));
        QString error;
        QVERIFY2(m_emulator->start(&error), qPrintable(error));
        nfc_init(&m_context);
        QVERIFY(m_context);
        m_device = nfc_open(m_context, m_emulator->connstring().toLocal8Bit().constData());
        QVERIFY(m_device);
        QCOMPARE(nfc_initiator_init(m_device), 0);
        QVERIFY(m_emulator->commandCount(0x02) > 0); // GetFirmwareVersion
        QVERIFY(m_emulator->commandCount(0x14) > 0); // SAMConfiguration out of low-VBat mode
    }
    void cleanup()
    {
        if (m_device)
            nfc_close(m_device);
        if (m_context)
            nfc_exit(m_context);
        m_device = nullptr;
        m_context = nullptr;
        m_emulator.reset();
    }

    void autoPollFindsTheTag()
    {
        m_emulator->placeTag(VirtualNtag::blank(VirtualNtag::Type::Ntag213, m_uid));
        const nfc_modulation modulation {NMT_ISO14443A, NBR_106};
        nfc_target target {};
        QCOMPARE(nfc_initiator_poll_target(m_device, &modulation, 1, 2, 1, &target), 1);
        QCOMPARE(
            QByteArray(reinterpret_cast<const char *>(target.nti.nai.abtUid), int(target.nti.nai.szUidLen)),
            m_uid);
        QVERIFY(m_emulator->commandCount(0x60) > 0); // InAutoPoll
    }

    void communicateThruWithoutEasyFraming()
    {
        const VirtualNtag tag = VirtualNtag::withNdef(
            VirtualNtag::Type::Ntag215, m_uid, ndefTextMessage(QStringLiteral("en"), QStringLiteral("hi")));
        m_emulator->placeTag(tag);
        QCOMPARE(nfc_device_set_property_bool(m_device, NP_INFINITE_SELECT, false), 0);
        const nfc_modulation modulation {NMT_ISO14443A, NBR_106};
        nfc_target target {};
        QCOMPARE(nfc_initiator_select_passive_target(m_device, modulation, nullptr, 0, &target), 1);
        QCOMPARE(nfc_device_set_property_bool(m_device, NP_EASY_FRAMING, false), 0);
        QCOMPARE(transceive(QByteArray::fromHex("3004")), tag.memory().mid(16, 16));
        QVERIFY(m_emulator->commandCount(0x42) > 0); // InCommunicateThru
        QCOMPARE(transceive(QByteArray::fromHex("60")), tag.version());
        QCOMPARE(transceive(QByteArray::fromHex("3a0005")), tag.memory().left(24));
        // Past the end of the chip (NTAG215: 135 pages) the tag NAKs and libnfc reports an error.
        QVERIFY(transceive(QByteArray::fromHex("30ff")).isEmpty());
        QVERIFY(transceive(QByteArray::fromHex("3a0087")).isEmpty());
    }

    void noTagMeansNoTarget()
    {
        QCOMPARE(nfc_device_set_property_bool(m_device, NP_INFINITE_SELECT, false), 0);
        const nfc_modulation modulation {NMT_ISO14443A, NBR_106};
        nfc_target target {};
        QCOMPARE(nfc_initiator_select_passive_target(m_device, modulation, nullptr, 0, &target), 0);
        const nfc_modulation typeB {NMT_ISO14443B, NBR_106};
        m_emulator->placeTag(VirtualNtag::blank(VirtualNtag::Type::Ntag213, m_uid));
        QVERIFY(nfc_initiator_select_passive_target(m_device, typeB, nullptr, 0, &target) <= 0);
    }
};

QTEST_GUILESS_MAIN(Pn532EmulatorTest)
#include "pn532emulatortest.moc"
