// SPDX-License-Identifier: MIT
#include "simulatednfcreader.h"

namespace Omnitote {

SimulatedNfcReader::SimulatedNfcReader(const QStringList &productUrlPrefixes, QObject *parent)
    : ScanSource(parent)
{
    m_resolver.setProductUrlPrefixes(productUrlPrefixes);
}

void SimulatedNfcReader::start()
{
    setState(State::Ready, tr("Simulated NFC reader"));
}

void SimulatedNfcReader::stop()
{
    setState(State::Stopped);
}

void SimulatedNfcReader::present(const NfcTagDump &tag)
{
    if (state() != State::Ready)
        return;
    Q_EMIT scanned(m_resolver.resolve(tag.uid, tag.memory, QStringLiteral("simulated"), scanClockNs()).event);
}

} // namespace Omnitote
