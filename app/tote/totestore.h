// SPDX-License-Identifier: MIT
#pragma once

#include "toteops.h"
#include "totetypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QVariantList>

#include <array>
#include <functional>
#include <optional>

class QSqlQuery;

namespace Omnitote {

/**
 * The shopper's tote on the device: lines in a local SQLite file and, in the same transaction as each
 * change, the operation that tells the server about it (the outbox). What the shopper saw added survives
 * a crash, a kill or a power cut; the outbox is drained by SyncEngine.
 */
// Thread affinity: one thread (the GUI thread in the kiosk). Every change is one small transaction;
// the change is shown only after it is committed, so the screen never shows what the disk lacks.
class ToteStore : public QObject
{
    Q_OBJECT
public:
    /** A tote as the device knows it: the active one, or a previous shopper's still syncing. */
    struct ToteRecord
    {
        QString localId;
        QString serverId; // empty until the server created it
        QString pickupCode;
        qint64 version = 0;
        bool active = false;
    };

    explicit ToteStore(QObject *parent = nullptr);
    ~ToteStore() override;

    /** Opens (or creates) the file; false with a reason when it cannot be used. */
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_db.isOpen(); }

    // The active tote, in display order. Lookups by line id and the sums are O(log n) or O(1): a
    // sync of a large tote touches many lines, and each must not cost a walk over the list.
    const QList<ToteLine> &lines() const { return m_lines; }
    int rowOf(const QString &lineId) const;
    int itemCount() const { return m_itemCount; }
    /** Sum of line totals, of one fulfilment or of all. */
    qint64 total(std::optional<Fulfilment> fulfilment = std::nullopt) const;
    QString currency() const;
    ToteRecord activeTote() const;
    std::optional<ToteRecord> tote(const QString &localId) const;

    // Edits. Each writes the line and its outbox op in one transaction, or nothing (false + reason).
    /** The new line's id, or an empty string with a reason. */
    QString add(const NewToteLine &line, QString *error);
    bool setQty(const QString &lineId, int qty, QString *error);
    bool setFulfilment(const QString &lineId, Fulfilment fulfilment, QString *error);
    /** The removed line (keep it to undo), or nothing with a reason. */
    std::optional<ToteLine> remove(const QString &lineId, QString *error);
    /** Undo of a removal: a new "add" (with a new lineId) at the line's old place. The id, or "". */
    QString restore(const ToteLine &removed, QString *error);

    /**
     * The shopper left: the device forgets the tote's lines and pickup code. The server keeps the tote.
     * Ops not yet synced stay in the outbox (ids and quantities only, nothing about the shopper) and
     * drain in the background; a fresh, empty tote becomes active.
     */
    bool endSession(QString *error);

    // The outbox, for SyncEngine.
    /** Up to maxOps oldest unsent ops, all of one tote (the one with the oldest op). */
    QList<OutboxOp> nextBatch(int maxOps) const;
    int pendingCount() const { return m_pending; }
    int quarantinedCount() const { return m_quarantined; }
    /** The server applied these ops: they leave the outbox; the tote's version is recorded. */
    bool acknowledge(const QList<OutboxOp> &ops, qint64 version, QString *error);
    /** The server refused this op for good: it is set aside with the reason so the rest can flow. */
    bool quarantine(const OutboxOp &op, const QString &reason, QString *error);
    /** Set-aside ops with their reasons, oldest first (diagnostics). */
    QList<QPair<OutboxOp, QString>> quarantinedOps() const;
    bool setServerTote(const QString &localId, const QString &serverId, const QString &pickupCode,
                       qint64 version, QString *error);

Q_SIGNALS:
    void lineInserted(int row);
    void lineChanged(int row);
    void lineRemoved(int row);
    void linesReset();
    /** Ops were queued, acknowledged or quarantined. */
    void outboxChanged();
    /** The active tote's server id, pickup code or version changed. */
    void toteChanged();

private:
    bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error) const;
    bool exec(const QString &sql, const QVariantList &values, QString *error) const;
    /** BEGIN; change(); queue op; COMMIT — or ROLLBACK and false. */
    bool commit(const std::function<bool(QString *)> &change, const QJsonObject &op, QString *error);
    bool insertLine(const ToteLine &line, QString *error);
    bool createActiveTote(QString *error);
    bool loadActiveTote(QString *error);
    void refreshCounts();
    const ToteLine *find(const QString &lineId, QString *error) const;
    /** The line's row is taken (+1) or given back (-1): keeps the index and the sums current. */
    void account(const ToteLine &line, int sign);
    void resetIndex();
    bool checkRoomForLine(QString *error) const;
    bool fail(QString *error, const QString &reason) const;

    QSqlDatabase m_db;
    QString m_connection;
    QString m_activeToteId;
    QList<ToteLine> m_lines; // sorted by position, which is unique within a tote
    QHash<QString, qint64> m_positionOf; // lineId -> position, to binary-search m_lines
    int m_itemCount = 0;
    std::array<qint64, 3> m_totals {}; // by Fulfilment
    int m_pending = 0;
    int m_quarantined = 0;
};

} // namespace Omnitote
