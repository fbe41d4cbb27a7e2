// SPDX-License-Identifier: MIT
#include "simulatedscansource.h"

#include <QFile>

namespace Omnitote {

SimulatedScanSource::SimulatedScanSource(ScanEvent::Source kind, QObject *parent)
    : ScanSource(parent), m_kind(kind)
{
    connect(&m_player, &QTimer::timeout, this, [this] {
        if (m_queue.isEmpty()) {
            m_player.stop();
            return;
        }
        inject(m_queue.takeFirst());
    });
}

void SimulatedScanSource::start()
{
    m_running = true;
    setState(State::Ready, tr("Simulated scanner"));
    if (!m_queue.isEmpty())
        m_player.start();
}

void SimulatedScanSource::stop()
{
    m_running = false;
    m_player.stop();
    setState(State::Stopped);
}

void SimulatedScanSource::inject(const QString &text)
{
    if (!m_running)
        return;
    ScanEvent scan = ScanEvent::make(m_kind, text);
    scan.sourceId = QStringLiteral("simulated");
    Q_EMIT scanned(scan);
}

QStringList SimulatedScanSource::parseCodes(const QString &fileText)
{
    QStringList codes;
    const QStringList lines = fileText.split(QLatin1Char('\n'));
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        line.replace(QStringLiteral("<GS>"), QStringLiteral("\x1d"));
        line.replace(QStringLiteral("\\x1d"), QStringLiteral("\x1d"));
        codes.append(line);
    }
    return codes;
}

bool SimulatedScanSource::loadFile(const QString &path, int intervalMs, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = tr("Cannot read scans from %1: %2").arg(path, file.errorString());
        return false;
    }
    m_queue = parseCodes(QString::fromUtf8(file.readAll()));
    m_player.setInterval(intervalMs);
    if (m_running && !m_queue.isEmpty())
        m_player.start();
    return true;
}

} // namespace Omnitote
