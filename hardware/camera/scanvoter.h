// SPDX-License-Identifier: MIT
#pragma once

#include <decodedbarcode.h>

#include <QHash>
#include <QList>
#include <QString>

namespace Omnitote {

/**
 * Turns per-frame decodes into scans: a code is accepted once it agrees across `votesNeeded` frames
 * within `voteWindowMs` (or at once for symbologies whose own checks make a misread practically
 * impossible), and a code that stays in view, or comes back within `repeatWindowMs` of its last
 * sighting, is one scan, not thirty a second.
 *
 * Pure logic on frame timestamps (no clock of its own), so tests drive it frame by frame.
 */
class ScanVoter
{
public:
    struct Config
    {
        int votesNeeded = 2; // frames that must agree for codes without a strong check
        int voteWindowMs = 700; // votes older than this are forgotten
        int repeatWindowMs = 1500; // the same code within this of its last sighting is the same scan
    };

    ScanVoter() = default;
    explicit ScanVoter(Config config) : m_config(config) { }

    /**
     * Whether one frame's read is trusted on its own. QR Code and DataMatrix carry Reed-Solomon error
     * correction over every codeword: a wrong read would have to decode to a valid codeword set,
     * which blur or glare practically never produce. EAN/UPC have one mod-10 check digit (ZXing's
     * own samples include UPC-E misreads, see testdata REFERENCE.md), and Code 128 / DataBar checks
     * are weaker than RS too, so 1D codes wait for a second frame that agrees.
     */
    static bool hasStrongCheck(const QString &format);

    /** One decoded frame (possibly with nothing in it); returns the codes that became scans now. */
    QList<DecodedBarcode> addFrame(const QList<DecodedBarcode> &found, qint64 frameNs);

    /** Forget everything (the camera stopped). */
    void reset() { m_candidates.clear(); }

    int tracked() const { return static_cast<int>(m_candidates.size()); }

private:
    struct Candidate
    {
        int votes = 0;
        qint64 lastSeenNs = 0;
        bool accepted = false;
    };
    void forgetOlderThan(qint64 frameNs);

    Config m_config;
    QHash<QString, Candidate> m_candidates; // by format + text
};

} // namespace Omnitote
