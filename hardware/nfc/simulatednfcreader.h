// SPDX-License-Identifier: MIT
#pragma once

#include <nfcdump.h>
#include <nfctagresolver.h>
#include <scansource.h>

namespace Omnitote {

/**
 * The NFC reader's twin for machines without one (demos, UI work): present() a tag dump and it
 * produces the ScanEvent the real reader would, through the same NfcTagResolver.
 */
class SimulatedNfcReader : public ScanSource
{
    Q_OBJECT
public:
    explicit SimulatedNfcReader(const QStringList &productUrlPrefixes, QObject *parent = nullptr);

    void start() override;
    void stop() override;

    /** A tag is tapped. Ignored unless started. */
    void present(const NfcTagDump &tag);

private:
    NfcTagResolver m_resolver;
};

} // namespace Omnitote
