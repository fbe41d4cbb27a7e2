// SPDX-License-Identifier: MIT
// The evdev scanner reading input_event records: from a real uinput virtual keyboard when the
// kernel offers /dev/uinput (grabbed exclusively, as in a store), and always from a FIFO that
// carries the same records, which also lets the test unplug and re-plug the "device".
#include <evdevkeydecoder.h>
#include <evdevscanner.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/input.h>
#include <linux/uinput.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Omnitote;

namespace {

constexpr qint64 ms = 1000000;

/** Builds the input_event records a US-layout scanner sends for a text ("\n" Enter, "\x1d" Ctrl+]). */
class EventWriter
{
public:
    QByteArray events;
    qint64 nowNs = 1000 * ms;

    void type(const QString &text, qint64 gapNs)
    {
        for (const QChar c : text) {
            if (c == u'\n') {
                key(KEY_ENTER);
            } else if (c == QChar(0x1D)) {
                record(EV_KEY, KEY_LEFTCTRL, 1);
                key(KEY_RIGHTBRACE);
                record(EV_KEY, KEY_LEFTCTRL, 0);
            } else {
                const auto [code, shifted] = codeFor(c);
                if (shifted)
                    record(EV_KEY, KEY_LEFTSHIFT, 1);
                key(code);
                if (shifted)
                    record(EV_KEY, KEY_LEFTSHIFT, 0);
            }
            nowNs += gapNs;
        }
    }
    QByteArray take() { return std::exchange(events, {}); }

private:
    static std::pair<int, bool> codeFor(QChar c)
    {
        for (int code = 1; code < 256; ++code) {
            if (EvdevKeyDecoder::character(code, false) == c)
                return {code, false};
            if (EvdevKeyDecoder::character(code, true) == c)
                return {code, true};
        }
        qFatal("no key for %c", c.toLatin1());
    }
    void key(int code)
    {
        record(EV_MSC, MSC_SCAN, 0x70000 + code); // real keyboards send these too
        record(EV_KEY, code, 1);
        record(EV_SYN, SYN_REPORT, 0);
        record(EV_KEY, code, 0);
        record(EV_SYN, SYN_REPORT, 0);
    }
    void record(int type, int code, int value)
    {
        input_event event {};
        event.input_event_sec = nowNs / 1000000000;
        event.input_event_usec = (nowNs % 1000000000) / 1000;
        event.type = quint16(type);
        event.code = quint16(code);
        event.value = value;
        events.append(reinterpret_cast<const char *>(&event), sizeof event);
    }
};

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

QStringList scannedTexts(const QSignalSpy &spy)
{
    QStringList texts;
    for (const auto &arguments : spy)
        texts.append(arguments.first().value<ScanEvent>().code.raw);
    return texts;
}

/** A FIFO standing in for /dev/input/eventN: the test writes the records a keyboard would send. */
struct FifoDevice
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("event-fifo"));
    QByteArray nativePath = QFile::encodeName(path);

    bool create() const { return ::mkfifo(nativePath.constData(), 0600) == 0; }
    int openWriter() const { return ::open(nativePath.constData(), O_WRONLY | O_NONBLOCK); }
};

} // namespace

class EvdevScannerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fifoCarriesScansAndSurvivesUnplugging()
    {
        FifoDevice fifo;
        QVERIFY(fifo.create());
        const QString &path = fifo.path;
        EvdevScanner scanner(path);
        scanner.setExclusiveGrab(false); // a FIFO is no input device; the uinput test grabs
        scanner.setRetryIntervalMs(20);
        QList<ScanSource::State> states;
        connect(&scanner, &ScanSource::stateChanged, this, [&] { states.append(scanner.state()); });
        QSignalSpy scanned(&scanner, &ScanSource::scanned);
        scanner.start();
        QCOMPARE(scanner.state(), ScanSource::State::Ready);

        int writer = fifo.openWriter();
        QVERIFY(writer >= 0);
        EventWriter events;
        events.type(QStringLiteral("4006381333931\n"), 3 * ms);
        events.type(QStringLiteral("0109501101530003\x1d"
                                   "10AB-7\n"),
                    3 * ms);
        // A slow burst (a person at a keyboard that should not be there) is dropped, not a scan.
        events.type(QStringLiteral("12345\n"), 200 * ms);
        events.type(QStringLiteral("Https://id.gs1.org/01/09501101530003\n"), 2 * ms);
        QVERIFY(writeAll(writer, events.take()));
        QTRY_COMPARE(scanned.size(), 3);
        QCOMPARE(scannedTexts(scanned),
                 (QStringList {QStringLiteral("4006381333931"),
                               QStringLiteral("0109501101530003\x1d"
                                              "10AB-7"),
                               QStringLiteral("Https://id.gs1.org/01/09501101530003")}));
        const auto first = scanned.first().first().value<ScanEvent>();
        QCOMPARE(first.source, ScanEvent::Source::HidScanner);
        QCOMPARE(first.sourceId, path);
        QCOMPARE(first.code.gtin, QStringLiteral("04006381333931"));
        QVERIFY(first.capturedAtNs > 0 && first.capturedAtNs <= first.emittedAtNs);

        // Unplugged (the writer goes away): an error, then it reopens and reads again.
        ::close(writer);
        QTRY_VERIFY(states.contains(ScanSource::State::Error));
        QTRY_COMPARE(scanner.state(), ScanSource::State::Ready);
        writer = fifo.openWriter();
        QVERIFY(writer >= 0);
        events.type(QStringLiteral("96385074\n"), 2 * ms);
        QVERIFY(writeAll(writer, events.take()));
        QTRY_COMPARE(scanned.size(), 4);
        QCOMPARE(scannedTexts(scanned).last(), QStringLiteral("96385074"));

        // The device node itself goes away: "no scanner", and back when it returns.
        QVERIFY(QFile::remove(path));
        ::close(writer);
        QTRY_COMPARE(scanner.state(), ScanSource::State::Unavailable);
        QVERIFY(scanner.statusText().contains(path));
        QVERIFY(fifo.create());
        QTRY_COMPARE(scanner.state(), ScanSource::State::Ready);
        writer = fifo.openWriter();
        QVERIFY(writer >= 0);
        events.type(QStringLiteral("ABCD-1234\n"), 2 * ms);
        QVERIFY(writeAll(writer, events.take()));
        QTRY_COMPARE(scanned.size(), 5);
        QCOMPARE(scannedTexts(scanned).last(), QStringLiteral("ABCD-1234"));
        ::close(writer);
        scanner.stop();
        QCOMPARE(scanner.state(), ScanSource::State::Stopped);
    }

    void splitRecordsAreReassembled()
    {
        FifoDevice fifo;
        QVERIFY(fifo.create());
        EvdevScanner scanner(fifo.path);
        scanner.setExclusiveGrab(false);
        QSignalSpy scanned(&scanner, &ScanSource::scanned);
        scanner.start();
        const int writer = fifo.openWriter();
        QVERIFY(writer >= 0);
        EventWriter events;
        events.type(QStringLiteral("4006381333931\n"), 2 * ms);
        const QByteArray data = events.take();
        // Cut in the middle of a record: the reader must keep the half and wait for the rest.
        const qsizetype cut = qsizetype(sizeof(input_event)) * 7 + 5;
        QVERIFY(writeAll(writer, data.left(cut)));
        QTest::qWait(20);
        QVERIFY(writeAll(writer, data.mid(cut)));
        QTRY_COMPARE(scanned.size(), 1);
        QCOMPARE(scannedTexts(scanned), QStringList {QStringLiteral("4006381333931")});
        ::close(writer);
    }

    void missingDeviceAndNotADevice()
    {
        QTemporaryDir dir;
        EvdevScanner missing(dir.filePath(QStringLiteral("event99")));
        missing.start();
        QCOMPARE(missing.state(), ScanSource::State::Unavailable);
        missing.stop();

        // A regular file cannot be grabbed: a clear error, no crash, and it keeps trying.
        QFile file(dir.filePath(QStringLiteral("not-a-device")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        EvdevScanner notDevice(file.fileName());
        notDevice.start();
        QCOMPARE(notDevice.state(), ScanSource::State::Error);
        QVERIFY2(notDevice.statusText().contains(QStringLiteral("grab")), qPrintable(notDevice.statusText()));
    }

    void uinputKeyboardIsGrabbedAndRead()
    {
        const int ui = ::open("/dev/uinput", O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (ui < 0)
            QSKIP(qPrintable(QStringLiteral("/dev/uinput cannot be opened here (%1): the kernel's uinput "
                                            "module is not loaded or this container has no access; the "
                                            "FIFO tests cover the reader")
                                 .arg(QString::fromLocal8Bit(std::strerror(errno)))));
        const auto closeUi = qScopeGuard([ui] {
            ::ioctl(ui, UI_DEV_DESTROY);
            ::close(ui);
        });
        QCOMPARE(::ioctl(ui, UI_SET_EVBIT, EV_KEY), 0);
        QCOMPARE(::ioctl(ui, UI_SET_EVBIT, EV_SYN), 0);
        for (int code = 1; code < 256; ++code)
            ::ioctl(ui, UI_SET_KEYBIT, code);
        uinput_setup setup {};
        setup.id.bustype = BUS_USB;
        setup.id.vendor = 0x05e0; // looks like a handheld scanner; any id would do
        setup.id.product = 0x1200;
        std::strncpy(setup.name, "Omnitote test scanner", UINPUT_MAX_NAME_SIZE - 1);
        QCOMPARE(::ioctl(ui, UI_DEV_SETUP, &setup), 0);
        QCOMPARE(::ioctl(ui, UI_DEV_CREATE), 0);

        // Which /dev/input/eventN it became; without udev (containers) make the node ourselves.
        char sysName[64] = {};
        QVERIFY(::ioctl(ui, UI_GET_SYSNAME(sizeof sysName), sysName) >= 0);
        const QDir sysDir(QStringLiteral("/sys/devices/virtual/input/") + QString::fromLatin1(sysName));
        QStringList eventDirs;
        QTRY_VERIFY(!(eventDirs = sysDir.entryList({QStringLiteral("event*")}, QDir::Dirs)).isEmpty());
        QString node = QStringLiteral("/dev/input/") + eventDirs.first();
        QTemporaryDir dir;
        if (!QFile::exists(node)) {
            QFile dev(sysDir.filePath(eventDirs.first() + QStringLiteral("/dev")));
            QVERIFY(dev.open(QIODevice::ReadOnly));
            const QList<QByteArray> majorMinor = dev.readAll().trimmed().split(':');
            QCOMPARE(majorMinor.size(), 2);
            node = dir.filePath(eventDirs.first());
            if (::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0600,
                        makedev(majorMinor[0].toUInt(), majorMinor[1].toUInt()))
                != 0)
                QSKIP("no device node for the uinput keyboard and mknod is not allowed here");
        }

        EvdevScanner scanner(node);
        QSignalSpy scanned(&scanner, &ScanSource::scanned);
        scanner.start();
        QCOMPARE(scanner.state(), ScanSource::State::Ready);
        // Grabbed: a second grab must fail, so no one else (a desktop, a text field) sees the keys.
        const int other = ::open(QFile::encodeName(node).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(other >= 0);
        QCOMPARE(::ioctl(other, EVIOCGRAB, 1), -1);
        QCOMPARE(errno, EBUSY);
        ::close(other);

        EventWriter events;
        events.type(QStringLiteral("4006381333931\n"), 0);
        events.type(QStringLiteral("0109501101530003\x1d"
                                   "10LOT-7\n"),
                    0);
        QVERIFY(writeAll(ui, events.take())); // the kernel stamps the times itself
        QTRY_COMPARE(scanned.size(), 2);
        QCOMPARE(scannedTexts(scanned),
                 (QStringList {QStringLiteral("4006381333931"),
                               QStringLiteral("0109501101530003\x1d"
                                              "10LOT-7")}));

        // Unplugged: the device disappears under the reader.
        QCOMPARE(::ioctl(ui, UI_DEV_DESTROY), 0);
        QTRY_VERIFY(scanner.state() != ScanSource::State::Ready);
    }
};

QTEST_GUILESS_MAIN(EvdevScannerTest)
#include "evdevscannertest.moc"
