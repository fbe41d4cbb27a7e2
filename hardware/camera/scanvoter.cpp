// SPDX-License-Identifier: MIT
#include "scanvoter.h"

#include <QSet>

#include <algorithm>

namespace Omnitote {

bool ScanVoter::hasStrongCheck(const QString &format)
{
    return format == QLatin1String("QR Code") || format == QLatin1String("DataMatrix");
}

QList<DecodedBarcode> ScanVoter::addFrame(const QList<DecodedBarcode> &found, qint64 frameNs)
{
    forgetOlderThan(frameNs);
    QList<DecodedBarcode> accepted;
    QSet<QString> seenThisFrame; // a code found twice in one frame (two steps, two symbols) is one vote
    for (const DecodedBarcode &barcode : found) {
        const QString key = barcode.format + u'\n' + barcode.text;
        if (seenThisFrame.contains(key))
            continue;
        seenThisFrame.insert(key);
        Candidate &candidate = m_candidates[key];
        const qint64 sinceLastNs = frameNs - candidate.lastSeenNs;
        if (candidate.votes > 0 && !candidate.accepted && sinceLastNs > m_config.voteWindowMs * 1000000LL)
            candidate.votes = 0; // a stale vote does not count towards a new sighting
        ++candidate.votes;
        candidate.lastSeenNs = frameNs;
        if (candidate.accepted)
            continue; // still in view (or back within the repeat window): the same scan
        if (candidate.votes >= m_config.votesNeeded || hasStrongCheck(barcode.format)) {
            candidate.accepted = true;
            accepted.append(barcode);
        }
    }
    return accepted;
}

void ScanVoter::forgetOlderThan(qint64 frameNs)
{
    const qint64 keepNs = std::max(m_config.voteWindowMs, m_config.repeatWindowMs) * 1000000LL;
    m_candidates.removeIf([&](const auto &entry) {
        const Candidate &candidate = entry.value();
        const qint64 ageNs = frameNs - candidate.lastSeenNs;
        // An accepted code is forgotten once it has been out of view for the repeat window, so it
        // scans again; an unaccepted one once its votes can no longer count.
        return candidate.accepted ? ageNs > m_config.repeatWindowMs * 1000000LL : ageNs > keepNs;
    });
}

} // namespace Omnitote
