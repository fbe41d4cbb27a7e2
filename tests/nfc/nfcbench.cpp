// SPDX-License-Identifier: MIT
// NFC benchmarks (not a CTest test; figures go to docs/PERFORMANCE.md with the command):
//   nfcbench latency [TAPS] [POLL_MS]   tap-to-ScanEvent through real libnfc and the PN532 emulator
//   nfcbench parse [ITERATIONS]         parse + resolve time per dump in ../shared/testdata/nfc
#include <libnfcreader.h>
#include <ndef.h>
#include <nfcdump.h>
#include <nfctagresolver.h>
#include <pn532emulator.h>
#include <type2tag.h>

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Omnitote;
using namespace Omnitote::Testing;

namespace {

QTextStream out(stdout);

struct Stats
{
    QList<double> values;
    QString summary() const
    {
        QList<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        double sum = 0;
        for (double v : sorted)
            sum += v;
        auto pct = [&](double p) {
            return sorted.at(std::min(sorted.size() - 1, qsizetype(p * sorted.size())));
        };
        return QStringLiteral("n=%1 mean=%2 p50=%3 p95=%4 max=%5")
            .arg(sorted.size())
            .arg(sum / sorted.size(), 0, 'f', 2)
            .arg(pct(0.5), 0, 'f', 2)
            .arg(pct(0.95), 0, 'f', 2)
            .arg(sorted.last(), 0, 'f', 2);
    }
};

// Runs the event loop until `done` or 10 s; returns done().
template<typename Predicate>
bool waitFor(Predicate done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 1);
    return done();
}

QByteArray uriMessageOfSize(int payloadBytes)
{
    const QByteArray payload =
        char(0x04) + QByteArray("shop.northfield.example/p/") + QByteArray(payloadBytes - 27, 'x');
    QByteArray record = QByteArray::fromHex("c101");
    for (int shift = 24; shift >= 0; shift -= 8)
        record += char((payload.size() >> shift) & 0xff);
    return record + "U" + payload;
}

int latency(int taps, int pollMs)
{
    QTemporaryDir dir;
    Pn532Emulator emulator(dir.filePath(QStringLiteral("ttyNFC")));
    QString error;
    if (!emulator.start(&error)) {
        out << error << Qt::endl;
        return 1;
    }
    NfcReaderWorker::Settings settings;
    settings.connstring = emulator.connstring();
    settings.pollIntervalMs = pollMs;
    settings.productUrlPrefixes = {QStringLiteral("https://shop.northfield.example/p/")};
    LibNfcReader reader(settings);
    int events = 0;
    ScanEvent last;
    QObject::connect(&reader, &ScanSource::scanned, [&](const ScanEvent &event) {
        last = event;
        ++events;
    });
    reader.start();
    if (!waitFor([&] { return reader.state() == ScanSource::State::Ready; })) {
        out << "reader not ready: " << reader.statusText() << Qt::endl;
        return 1;
    }

    struct Case
    {
        const char *name;
        VirtualNtag::Type type;
        QByteArray ndef;
    };
    const QList<Case> cases = {
        {"NTAG213, UID only (empty NDEF)", VirtualNtag::Type::Ntag213, {}},
        {"NTAG213, 40-byte URI", VirtualNtag::Type::Ntag213, uriMessageOfSize(40)},
        {"NTAG215, 480-byte URI", VirtualNtag::Type::Ntag215, uriMessageOfSize(480)},
        {"NTAG216, 860-byte URI (full tag)", VirtualNtag::Type::Ntag216, uriMessageOfSize(860)},
    };
    out << "tap-to-ScanEvent, " << taps << " taps per tag, poll interval " << pollMs << " ms (ms)"
        << Qt::endl;
    for (const Case &c : cases) {
        Stats tapToEvent;
        Stats detectToEvent;
        int frames = 0;
        for (int i = 0; i < taps; ++i) {
            QByteArray uid = QByteArray::fromHex("04000000000000");
            uid[6] = char(i + 1);
            const int before = emulator.commandCount(0x40);
            const int eventsBefore = events;
            emulator.placeTag(VirtualNtag::withNdef(c.type, uid, c.ndef));
            if (!waitFor([&] { return events > eventsBefore; })) {
                out << "no event for tap " << i << ": " << reader.statusText() << Qt::endl;
                return 1;
            }
            tapToEvent.values << (last.emittedAtNs - emulator.tagPlacedAtNs()) / 1e6;
            detectToEvent.values << last.latencyMs();
            frames += emulator.commandCount(0x40) - before;
            emulator.removeTag();
            // Let the reader see the empty field, then vary where in the poll cycle the next tap lands.
            const int polls = emulator.commandCount(0x4a);
            waitFor([&] { return emulator.commandCount(0x4a) >= polls + 2; });
            QElapsedTimer pause;
            pause.start();
            waitFor([&] { return pause.elapsed() >= (i * 7) % std::max(1, pollMs); });
        }
        out << "  " << c.name << ": tap->event " << tapToEvent.summary() << "; detect->event "
            << detectToEvent.summary() << "; tag commands per read " << double(frames) / taps << Qt::endl;
    }
    return 0;
}

int parse(int iterations)
{
    QDirIterator files(QStringLiteral(OMNITOTE_SHARED_TESTDATA "/nfc/flipper"), QDir::Files,
                       QDirIterator::Subdirectories);
    NfcTagResolver resolver;
    resolver.setProductUrlPrefixes({QStringLiteral("https://shop.northfield.example/p/")});
    out << "parse + resolve per dump, " << iterations << " iterations (microseconds per tag)" << Qt::endl;
    while (files.hasNext()) {
        const QString path = files.next();
        QString error;
        const auto dump = readNfcTagDump(path, &error);
        if (!dump)
            continue;
        QElapsedTimer timer;
        timer.start();
        qsizetype sink = 0;
        for (int i = 0; i < iterations; ++i) {
            const Type2TagContent tag = parseType2Tag(dump->memory);
            sink += parseNdefMessage(tag.ndef).records.size();
            sink += resolver.resolve(dump->uid, dump->memory, QString(), 1).event.lookupKey().size();
        }
        const double us = double(timer.nsecsElapsed()) / 1000.0 / iterations;
        out << "  " << files.fileName() << " (" << dump->memory.size()
            << " B): " << QString::number(us, 'f', 2) << (sink < 0 ? "" : "") << Qt::endl;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("latency"))
        return latency(args.value(2, QStringLiteral("50")).toInt(),
                       args.value(3, QStringLiteral("50")).toInt());
    if (args.value(1) == QLatin1String("parse"))
        return parse(args.value(2, QStringLiteral("20000")).toInt());
    out << "usage: nfcbench latency [TAPS] [POLL_MS] | parse [ITERATIONS]" << Qt::endl;
    return 2;
}
