// SPDX-License-Identifier: MIT
#include "oplogpruner.h"

#include "servertotestore.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOpLog, "omnitote.server.oplog")

namespace Omnitote::Server {

OpLogPruner::OpLogPruner(ToteStore &totes, int retentionDays, QObject *parent)
    : QObject(parent), m_totes(totes), m_retentionDays(retentionDays)
{
    // Hourly is plenty for a retention counted in days; the first run waits for the event loop so
    // start-up is not slowed by it.
    m_timer.setInterval(60 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &OpLogPruner::pruneNow);
    m_timer.start();
    QTimer::singleShot(0, this, &OpLogPruner::pruneNow);
}

int OpLogPruner::pruneNow()
{
    QString error;
    const int deleted =
        m_totes.pruneOpLog(QDateTime::currentDateTimeUtc().addDays(-qint64(m_retentionDays)), &error);
    if (deleted < 0)
        qCWarning(lcOpLog) << "pruning the op log failed:" << error;
    return deleted;
}

} // namespace Omnitote::Server
