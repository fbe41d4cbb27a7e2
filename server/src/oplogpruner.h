// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

namespace Omnitote::Server {

class ToteStore;

/**
 * Keeps the tote op log (the idempotency records) bounded: once at start and then every hour it
 * asks the ToteStore to prune what is older than the retention (see ToteStore::pruneOpLog).
 */
// Thread affinity: the storage's thread (the ApiServer's), like every other ToteStore call.
class OpLogPruner : public QObject
{
    Q_OBJECT
public:
    OpLogPruner(ToteStore &totes, int retentionDays, QObject *parent = nullptr);

    /** Prunes now; the number of op records deleted, or -1. */
    int pruneNow();

private:
    ToteStore &m_totes;
    int m_retentionDays;
    QTimer m_timer;
};

} // namespace Omnitote::Server
